/**
 * A mutable copy of a parsed part, for writers that patch a kept part instead of writing it anew:
 * every element keeps its qualified name, its namespace declarations and its attributes as
 * written (prefixes included), so what is not touched serialises as it was read. Elements are
 * matched by namespace URI and local name; the copy is an `XmlOut` for `serializeXml`.
 */
import type { XmlElement } from './xml-tree.js';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export interface EditElement {
  readonly ns: string;
  readonly local: string;
  /** Qualified name as written (`c:ser`). */
  readonly name: string;
  attrs: Record<string, string>;
  children: EditNode[];
}

export type EditNode = EditElement | string;

/** The mutable copy of `el` and its subtree; `scope` maps URIs to the prefixes declared above it. */
export function editTree(el: XmlElement, scope: ReadonlyMap<string, string> = new Map()): EditElement {
  const inScope = new Map(scope);
  const attrs: Record<string, string> = {};
  for (const [p, uri] of el.nsDecls) {
    attrs[p === '' ? 'xmlns' : `xmlns:${p}`] = uri;
    if (p !== '') inScope.set(uri, p);
  }
  for (const [name, value] of el.attrs) {
    if (!name.startsWith('{')) {
      attrs[name] = value;
      continue;
    }
    const end = name.indexOf('}');
    const uri = name.slice(1, end);
    const prefix = uri === XML_NS ? 'xml' : inScope.get(uri);
    // An attribute's namespace is always declared above it in a well-formed part.
    if (prefix !== undefined) attrs[`${prefix}:${name.slice(end + 1)}`] = value;
  }
  const children = el.children.map((c) => (typeof c === 'string' ? c : editTree(c, inScope)));
  return { ns: el.ns, local: el.local, name: el.qname, attrs, children };
}

/** The prefix of a qualified name ('' for none). */
export function prefixOf(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? '' : name.slice(0, i);
}

/** Child elements named `local` in namespace `ns` (any name when `local` is absent). */
export function kids(el: EditElement | undefined, ns: string, local?: string): EditElement[] {
  if (!el) return [];
  return el.children.filter((c): c is EditElement => typeof c === 'object' && c.ns === ns && (local === undefined || c.local === local));
}

/** The first child element named so, or undefined. */
export function kid(el: EditElement | undefined, ns: string, local: string): EditElement | undefined {
  return kids(el, ns, local)[0];
}

/** Every descendant named so, depth-first. */
export function descendants(el: EditElement, ns: string, local: string, out: EditElement[] = []): EditElement[] {
  for (const c of el.children) {
    if (typeof c !== 'object') continue;
    if (c.ns === ns && c.local === local) out.push(c);
    descendants(c, ns, local, out);
  }
  return out;
}

/** Removes `child` from `el` (no-op when it is not a child). */
export function removeChild(el: EditElement, child: EditElement): void {
  el.children = el.children.filter((c) => c !== child);
}

/** Replaces `old` by `next` in `el`, or appends `next` when `old` is absent. */
export function replaceChild(el: EditElement, old: EditElement | undefined, next: EditElement): void {
  const i = old ? el.children.indexOf(old) : -1;
  if (i >= 0) el.children[i] = next;
  else el.children.push(next);
}

/** Inserts `child` before the first child `before` accepts, or at the end. */
export function insertBefore(el: EditElement, child: EditElement, before: (c: EditElement) => boolean): void {
  const i = el.children.findIndex((c) => typeof c === 'object' && before(c));
  if (i < 0) el.children.push(child);
  else el.children.splice(i, 0, child);
}

/** A deep copy. */
export function cloneTree(el: EditElement): EditElement {
  return { ...el, attrs: { ...el.attrs }, children: el.children.map((c) => (typeof c === 'string' ? c : cloneTree(c))) };
}

/** Text of the element and its descendants. */
export function editText(el: EditElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : editText(c))).join('');
}

/**
 * A maker of new elements of namespace `ns` written with `prefix` (declared above where they go).
 * Children may be elements or text.
 */
export function maker(ns: string, prefix: string): (local: string, attrs?: Record<string, string | number>, ...children: EditNode[]) => EditElement {
  return (local, attrs = {}, ...children) => ({
    ns,
    local,
    name: prefix === '' ? local : `${prefix}:${local}`,
    attrs: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, String(v)])),
    children,
  });
}
