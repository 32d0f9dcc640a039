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
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/**
 * The usual prefixes of the namespaces Office markup uses: a fragment whose namespaces were
 * declared above it gets them back under their familiar names, and a markup-compatibility
 * attribute (`Requires="v"`, `mc:Ignorable="a14"`) naming a prefix the fragment never declared
 * still finds its namespace.
 */
const KNOWN_PREFIXES: Readonly<Record<string, string>> = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  dgm: 'http://schemas.openxmlformats.org/drawingml/2006/diagram',
  mc: MC,
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  a14: 'http://schemas.microsoft.com/office/drawing/2010/main',
  a16: 'http://schemas.microsoft.com/office/drawing/2014/main',
  p14: 'http://schemas.microsoft.com/office/powerpoint/2010/main',
  p15: 'http://schemas.microsoft.com/office/powerpoint/2012/main',
  c14: 'http://schemas.microsoft.com/office/drawing/2007/8/2/chart',
};
const KNOWN_URIS = new Map(Object.entries(KNOWN_PREFIXES).map(([p, u]) => [u, p]));

/** Attributes whose value is a list of namespace prefixes (ECMA-376 Part 3, markup compatibility). */
function namesPrefixes(uri: string, local: string): boolean {
  return (uri === '' && local === 'Requires') || (uri === MC && (local === 'Ignorable' || local === 'ProcessContent' || local === 'MustUnderstand'));
}

/** A writable copy of `el`; `rename` may change attribute values (relationship ids). */
export function elementToXmlOut(el: XmlElement, rename?: (uri: string, local: string, value: string) => string): XmlOut {
  const prefixes = new Map<string, string>();
  // Prefix -> namespace as declared inside the fragment (for prefixes named in attribute values).
  const declared = new Map<string, string>();
  const note = (qname: string, uri: string): void => {
    const i = qname.indexOf(':');
    if (i > 0 && uri !== '' && !prefixes.has(uri)) prefixes.set(uri, qname.slice(0, i));
  };
  const collect = (e: XmlElement): void => {
    note(e.qname, e.ns);
    for (const [prefix, uri] of e.nsDecls) {
      if (prefix !== '' && !prefixes.has(uri)) prefixes.set(uri, prefix);
      if (prefix !== '' && !declared.has(prefix)) declared.set(prefix, uri);
    }
    for (const c of e.children) if (typeof c !== 'string') collect(c);
  };
  collect(el);
  const used = new Map<string, string>();
  const prefixOf = (uri: string): string => {
    let p = prefixes.get(uri);
    if (!p) {
      const known = KNOWN_URIS.get(uri);
      p = known && ![...prefixes.values()].includes(known) ? known : `ns${String(prefixes.size + 1)}`;
      prefixes.set(uri, p);
    }
    used.set(p, uri);
    return p;
  };
  /** Declares the prefixes an attribute value names, with the namespace they stand for. */
  const keepNamed = (value: string): void => {
    for (const p of value.split(/\s+/).filter(Boolean)) {
      const uri = declared.get(p) ?? KNOWN_PREFIXES[p];
      if (uri && (!used.has(p) || used.get(p) === uri)) used.set(p, uri);
    }
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
      if (namesPrefixes(uri, local)) keepNamed(value);
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
