/**
 * Source XML kept by `opaque` nodes (see `text-change-schema.ts` in the model): an element of a
 * part read by the XML parser, serialised with the namespace declarations it needs (Namespaces
 * in XML 1.0, 3-6), and turned back into writer output.
 *
 * The serialised form declares, on its root, every namespace its elements and attributes use,
 * so it can be parsed on its own and placed anywhere in a part of the same family.
 */
import { NS } from '../xml/namespaces.js';
import { parseXml } from '../xml/xml-parser.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { serializeXmlFragment, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** Usual prefixes of namespaces only attributes use in kept XML (elements give their own). */
const KNOWN_PREFIXES: ReadonlyMap<string, string> = new Map(
  (['office', 'style', 'text', 'table', 'draw', 'fo', 'xlink', 'svg', 'presentation', 'w', 'r'] as const).map((p) => [NS[p], p]),
);
/** Opaque XML is small (an equation, an object frame); deeper nesting is refused when parsed back. */
const MAX_DEPTH = 256;

function prefixOf(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? '' : qname.slice(0, i);
}

function localOf(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

/** Namespace URI → prefix used by the elements of the subtree (first one met wins). */
function collectPrefixes(el: XmlElement, out: Map<string, string>): void {
  if (el.ns !== '' && !out.has(el.ns)) out.set(el.ns, prefixOf(el.qname));
  for (const [p, uri] of el.nsDecls) if (p !== '' && !out.has(uri)) out.set(uri, p);
  for (const c of el.children) if (typeof c === 'object') collectPrefixes(c, out);
}

/** Splits a Clark name (`{uri}local` or `local`). */
function clark(name: string): { ns: string; local: string } {
  if (!name.startsWith('{')) return { ns: '', local: name };
  const end = name.indexOf('}');
  return { ns: name.slice(1, end), local: name.slice(end + 1) };
}

/**
 * Writer output for `el` and its subtree, with namespace declarations on the root for every
 * namespace the subtree uses; `extra` maps further attribute namespace URIs to prefixes.
 */
export function xmlOutOf(el: XmlElement, extra: ReadonlyMap<string, string> = new Map()): XmlOut {
  const prefixes = new Map<string, string>();
  collectPrefixes(el, prefixes);
  for (const [uri, p] of extra) if (!prefixes.has(uri)) prefixes.set(uri, p);
  for (const [uri, p] of KNOWN_PREFIXES) if (!prefixes.has(uri) && ![...prefixes.values()].includes(p)) prefixes.set(uri, p);
  const used = new Map<string, string>();
  let generated = 0;
  const prefixFor = (uri: string): string => {
    if (uri === XML_NS) return 'xml';
    let p = prefixes.get(uri);
    if (p === undefined || p === '') {
      p = `ns${String(generated++)}`;
      prefixes.set(uri, p);
    }
    used.set(p, uri);
    return p;
  };
  const convert = (e: XmlElement): XmlOut => {
    const attrs: Record<string, string> = {};
    for (const [name, value] of e.attrs) {
      const { ns, local } = clark(name);
      attrs[ns === '' ? local : `${prefixFor(ns)}:${local}`] = value;
    }
    let name = localOf(e.qname);
    if (e.ns !== '') {
      const p = prefixOf(e.qname);
      if (p === '') used.set('', e.ns);
      else {
        used.set(p, e.ns);
        if (!prefixes.has(e.ns)) prefixes.set(e.ns, p);
      }
      name = p === '' ? name : `${p}:${name}`;
    }
    const children = e.children.map((c) => (typeof c === 'string' ? c : convert(c)));
    return x(name, attrs, children);
  };
  const root = convert(el);
  const decls: Record<string, string> = {};
  for (const [p, uri] of used) decls[p === '' ? 'xmlns' : `xmlns:${p}`] = uri;
  return { name: root.name, attrs: { ...decls, ...root.attrs }, children: root.children };
}

/** `el` serialised on its own (no XML declaration), with the namespace declarations it needs. */
export function xmlSource(el: XmlElement, extra?: ReadonlyMap<string, string>): string {
  return serializeXmlFragment(xmlOutOf(el, extra));
}

/**
 * Parses kept source XML back into an element, or undefined when it is not well-formed (a
 * document edited by hand); the caller then writes the fallback text.
 */
export function parseSource(source: string): XmlElement | undefined {
  try {
    return parseXml(source, { part: 'opaque', maxDepth: MAX_DEPTH });
  } catch {
    return undefined;
  }
}

/**
 * Writer output for kept source XML. Declarations the surrounding part already makes
 * (`inScope`, prefix → URI) are left out, so the output reads like the part's own markup.
 */
export function sourceOut(source: string, inScope: ReadonlyMap<string, string> = new Map()): XmlOut | undefined {
  const el = parseSource(source);
  if (!el) return undefined;
  const out = xmlOutOf(el);
  const attrs: Record<string, string | number | boolean | undefined> = {};
  for (const [k, v] of Object.entries(out.attrs)) {
    const p = k === 'xmlns' ? '' : k.startsWith('xmlns:') ? k.slice(6) : null;
    if (p !== null && inScope.get(p) === v) continue;
    attrs[k] = v;
  }
  return { name: out.name, attrs, children: out.children };
}
