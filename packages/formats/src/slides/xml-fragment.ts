/**
 * Parsed XML elements turned back into writable ones, for markup Ostal keeps without
 * understanding it (charts, SmartArt, OLE frames on same-format saves): every namespace the
 * fragment uses is declared on its root, so it stands alone wherever it is written.
 */
import { parseXml } from '../xml/xml-parser.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { serializeXmlFragment, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';

const XMLNS = 'http://www.w3.org/2000/xmlns/';

/** A writable copy of `el`; `rename` may change attribute values (relationship ids). */
export function elementToXmlOut(el: XmlElement, rename?: (uri: string, local: string, value: string) => string): XmlOut {
  const prefixes = new Map<string, string>();
  const note = (qname: string, uri: string): void => {
    const i = qname.indexOf(':');
    if (i > 0 && uri !== '' && !prefixes.has(uri)) prefixes.set(uri, qname.slice(0, i));
  };
  const collect = (e: XmlElement): void => {
    note(e.qname, e.ns);
    for (const [prefix, uri] of e.nsDecls) if (prefix !== '' && !prefixes.has(uri)) prefixes.set(uri, prefix);
    for (const c of e.children) if (typeof c !== 'string') collect(c);
  };
  collect(el);
  const used = new Map<string, string>();
  const prefixOf = (uri: string): string => {
    let p = prefixes.get(uri);
    if (!p) {
      p = `ns${String(prefixes.size + 1)}`;
      prefixes.set(uri, p);
    }
    used.set(p, uri);
    return p;
  };
  const convert = (e: XmlElement): XmlOut => {
    const attrs: Record<string, string> = {};
    for (const [key, value] of e.attrs) {
      const m = /^\{([^}]*)\}(.*)$/.exec(key);
      if (m && m[1] === XMLNS) continue;
      const uri = m?.[1] ?? '';
      const local = m?.[2] ?? key;
      const name = uri === '' ? local : uri === 'http://www.w3.org/XML/1998/namespace' ? `xml:${local}` : `${prefixOf(uri)}:${local}`;
      attrs[name] = rename ? rename(uri, local, value) : value;
    }
    const name = e.ns === '' ? e.local : `${prefixOf(e.ns)}:${e.local}`;
    return x(name, attrs, e.children.map((c) => (typeof c === 'string' ? c : convert(c))));
  };
  const out = convert(el);
  const decls: Record<string, string> = {};
  for (const [p, uri] of used) decls[`xmlns:${p}`] = uri;
  return { ...out, attrs: { ...decls, ...out.attrs } };
}

/** The markup of an element, standalone. */
export function elementXml(el: XmlElement): string {
  return serializeXmlFragment(elementToXmlOut(el));
}

/** Writable markup from a stored fragment, with attribute values renamed. */
export function fragmentToXmlOut(xml: string, rename?: (uri: string, local: string, value: string) => string): XmlOut | undefined {
  try {
    return elementToXmlOut(parseXml(xml, { part: 'kept markup', maxDepth: 256 }), rename);
  } catch {
    return undefined;
  }
}
