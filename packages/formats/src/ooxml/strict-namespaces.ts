/**
 * Strict OOXML markup (ISO/IEC 29500 Strict, `http://purl.oclc.org/ooxml/...`) renamed into the
 * Transitional namespaces Ostal writes, for markup kept from a Strict file and written into a
 * Transitional package. Only the names change: callers use it for markup whose values read the
 * same in both (a media picture's references), not for markup with Strict-only value forms.
 */
import type { XmlElement, XmlNode } from '../xml/xml-tree.js';

const STRICT_RELS = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';
const TRANSITIONAL_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** Strict namespace -> its Transitional twin (ECMA-376 Part 1, Annex A namespaces). */
const TRANSITIONAL: ReadonlyMap<string, string> = new Map([
  ['http://purl.oclc.org/ooxml/presentationml/main', 'http://schemas.openxmlformats.org/presentationml/2006/main'],
  ['http://purl.oclc.org/ooxml/drawingml/main', 'http://schemas.openxmlformats.org/drawingml/2006/main'],
  ['http://purl.oclc.org/ooxml/drawingml/picture', 'http://schemas.openxmlformats.org/drawingml/2006/picture'],
  ['http://purl.oclc.org/ooxml/drawingml/chart', 'http://schemas.openxmlformats.org/drawingml/2006/chart'],
  ['http://purl.oclc.org/ooxml/officeDocument/relationships', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'],
  ['http://purl.oclc.org/ooxml/wordprocessingml/main', 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'],
  ['http://purl.oclc.org/ooxml/spreadsheetml/main', 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'],
]);

/** A relationship type in its Transitional form (unchanged when it is one already). */
export function transitionalRelType(type: string): string {
  return type.startsWith(STRICT_RELS) ? TRANSITIONAL_RELS + type.slice(STRICT_RELS.length) : type;
}

/** Whether `el` or anything inside it is in a Strict namespace. */
export function usesStrict(el: XmlElement): boolean {
  if (TRANSITIONAL.has(el.ns)) return true;
  for (const key of el.attrs.keys()) if (TRANSITIONAL.has(/^\{([^}]*)\}/.exec(key)?.[1] ?? '')) return true;
  return el.children.some((c) => typeof c !== 'string' && usesStrict(c));
}

/** `el` with every Strict namespace (of elements, attributes and declarations) renamed to Transitional. */
export function transitionalElement(el: XmlElement): XmlElement {
  const uri = (u: string): string => TRANSITIONAL.get(u) ?? u;
  const attrs = new Map<string, string>();
  for (const [key, value] of el.attrs) {
    const m = /^\{([^}]*)\}(.*)$/.exec(key);
    attrs.set(m ? `{${uri(m[1] ?? '')}}${m[2] ?? ''}` : key, value);
  }
  const nsDecls = new Map<string, string>();
  for (const [prefix, u] of el.nsDecls) nsDecls.set(prefix, uri(u));
  const children = el.children.map((c): XmlNode => (typeof c === 'string' ? c : transitionalElement(c)));
  return { ns: uri(el.ns), local: el.local, qname: el.qname, attrs, nsDecls, children };
}
