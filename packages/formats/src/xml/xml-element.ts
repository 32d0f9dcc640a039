/**
 * The element class `parseXml` builds: a compact implementation of {@link XmlElement}.
 *
 * Why not plain objects with two `Map`s each: a 12 MB WordprocessingML part has ~370,000
 * elements and ~500,000 attributes; two hash maps per element (most of them empty) made the
 * tree builder spend more time in the garbage collector than in parsing. Here attributes and
 * namespace declarations sit in flat string arrays (one shared empty array when there are
 * none), children in one exactly sized array made when the element closes (a shared empty one
 * for leaves), names are shared strings from the parser's name cache, and the `attrs` / `nsDecls`
 * maps the interface promises are built only when someone asks for them. `attr()` in
 * `xml-tree.ts` reads the flat array directly, without building a Clark-name key.
 */
import type { XmlElement, XmlNode } from './xml-tree.js';

/** Shared by every element without attributes or declarations; never written to. */
export const NO_STRINGS: readonly string[] = Object.freeze([]);

/** Shared by every element without children; never written to. */
export const NO_CHILDREN: readonly XmlNode[] = Object.freeze([]);

const EMPTY_MAP: ReadonlyMap<string, string> = new Map<string, string>();

// The Clark-keyed views, built on demand and held outside the elements so that the ~400,000
// elements of a big part that never need them carry no field for them.
const attrViews = new WeakMap<TreeElement, ReadonlyMap<string, string>>();
const declViews = new WeakMap<TreeElement, ReadonlyMap<string, string>>();

export class TreeElement implements XmlElement {
  /** Set by the parser when the element closes, as one exactly sized array. */
  children: readonly XmlNode[] = NO_CHILDREN;

  /**
   * @param attrData attributes as `[ns, local, value, ns, local, value, …]` (ns '' when none),
   *   in document order.
   * @param declData namespace declarations as `[prefix, uri, …]` ('' for the default), with
   *   the URI as written.
   */
  constructor(
    readonly ns: string,
    readonly local: string,
    readonly qname: string,
    readonly attrData: readonly string[],
    readonly declData: readonly string[],
  ) {}

  /** Attributes keyed by Clark name (`{uri}local`, or `local` without namespace); built on first use. */
  get attrs(): ReadonlyMap<string, string> {
    const d = this.attrData;
    if (d.length === 0) return EMPTY_MAP;
    let m = attrViews.get(this);
    if (m === undefined) {
      const built = new Map<string, string>();
      for (let i = 0; i < d.length; i += 3) built.set(d[i] === '' ? d[i + 1]! : `{${d[i]!}}${d[i + 1]!}`, d[i + 2]!);
      attrViews.set(this, (m = built));
    }
    return m;
  }

  /** Namespace declarations made on this element (prefix -> URI); built on first use. */
  get nsDecls(): ReadonlyMap<string, string> {
    const d = this.declData;
    if (d.length === 0) return EMPTY_MAP;
    let m = declViews.get(this);
    if (m === undefined) {
      const built = new Map<string, string>();
      for (let i = 0; i < d.length; i += 2) built.set(d[i]!, d[i + 1]!);
      declViews.set(this, (m = built));
    }
    return m;
  }

  /** The value of the attribute `{ns}local`, or undefined; a linear scan, as elements have few. */
  attribute(ns: string, local: string): string | undefined {
    const d = this.attrData;
    for (let i = 0; i < d.length; i += 3) if (d[i + 1] === local && d[i] === ns) return d[i + 2];
    return undefined;
  }
}
