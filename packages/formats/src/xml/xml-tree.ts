/**
 * A small namespace-aware XML element tree, for parts small enough to hold whole.
 * Names are matched by namespace URI and local name, never by prefix: prefixes vary between
 * producers (and ISO Strict OOXML uses other namespace URIs than Transitional).
 */
import { TreeElement } from './xml-element.js';

export interface XmlElement {
  /** Namespace URI ('' when none). */
  readonly ns: string;
  readonly local: string;
  /** Qualified name as written (`w:p`), kept for diagnostics and faithful rewriting. */
  readonly qname: string;
  /** Attributes keyed by Clark name: `{uri}local`, or `local` without namespace. */
  readonly attrs: ReadonlyMap<string, string>;
  /** Namespace declarations made on this element (prefix -> URI; '' for the default). */
  readonly nsDecls: ReadonlyMap<string, string>;
  readonly children: readonly XmlNode[];
}

export type XmlNode = XmlElement | string;

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === 'object';
}

/** Attribute value by namespace and local name (`ns` '' for unqualified attributes). */
export function attr(el: XmlElement, ns: string, local: string): string | undefined {
  if (el instanceof TreeElement) return el.attribute(ns, local);
  return el.attrs.get(ns === '' ? local : `{${ns}}${local}`);
}

/** Child elements, optionally filtered by namespace and local name. */
export function childElements(el: XmlElement, ns?: string, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (typeof c === 'object' && (ns === undefined || c.ns === ns) && (local === undefined || c.local === local)) out.push(c);
  }
  return out;
}

/** First child element with that name, or undefined. */
export function childElement(el: XmlElement, ns: string, local: string): XmlElement | undefined {
  for (const c of el.children) if (typeof c === 'object' && c.ns === ns && c.local === local) return c;
  return undefined;
}

/** First descendant (depth-first) with that name, or undefined. */
export function findElement(el: XmlElement, ns: string, local: string): XmlElement | undefined {
  for (const c of el.children) {
    if (typeof c !== 'object') continue;
    if (c.ns === ns && c.local === local) return c;
    const found = findElement(c, ns, local);
    if (found) return found;
  }
  return undefined;
}

/** All descendants with that name, depth-first, not descending into matches. */
export function findElements(el: XmlElement, ns: string, local: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c !== 'object') continue;
    if (c.ns === ns && c.local === local) out.push(c);
    else findElements(c, ns, local, out);
  }
  return out;
}

/** Concatenated text of the element and its descendants. */
export function textContent(el: XmlElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textContent(c);
  return s;
}

/** Trimmed text of the first child element with that name, or undefined when absent or empty. */
export function childText(parent: XmlElement, ns: string, local: string): string | undefined {
  const el = childElement(parent, ns, local);
  const t = el ? textContent(el).trim() : '';
  return t === '' ? undefined : t;
}
