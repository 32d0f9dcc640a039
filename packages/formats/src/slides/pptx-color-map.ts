/**
 * A master's colour mapping (ECMA-376 Part 1, 19.3.1.6 p:clrMap; 19.3.1.7 p:clrMapOvr with
 * a:overrideClrMapping on layouts and slides): the names shapes use (`bg1`, `tx1`, `bg2`, `tx2`,
 * the accents, the links) sent to the theme's slots. Most masters send them to themselves
 * (bg1 → lt1, tx1 → dk1...); dark templates and decks converted from PowerPoint 97 swap them
 * (bg1 → dk2, tx1 → lt1: light text on a dark background).
 *
 * Ostal writes the identity mapping, so a deck read with another one has its colours sent through
 * it as it is read: `{ scheme: 'bg1' }` under bg1 → dk2 becomes `{ scheme: 'dk2' }`, the theme
 * slot it shows. The colours keep following the theme; the mapping itself is not kept.
 */
import { attr, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { aChild } from './ooxml-names.js';

/** The identity mapping, the one Ostal writes (`pptx-placeholders.ts` colourMap), in the schema's attribute order. */
export const IDENTITY_COLOR_MAP: Readonly<Record<string, string>> = {
  bg1: 'lt1',
  tx1: 'dk1',
  bg2: 'lt2',
  tx2: 'dk2',
  accent1: 'accent1',
  accent2: 'accent2',
  accent3: 'accent3',
  accent4: 'accent4',
  accent5: 'accent5',
  accent6: 'accent6',
  hlink: 'hlink',
  folHlink: 'folHlink',
};

const SLOTS: ReadonlySet<string> = new Set(['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink']);

/** Where a mapping sends each name it changes (names it leaves as the identity does are left out). */
export type ColorMap = Readonly<Record<string, string>>;

/** The changes of a p:clrMap or a:overrideClrMapping element from the identity; empty when none. */
export function readColorMap(el: XmlElement | undefined): ColorMap {
  const out: Record<string, string> = {};
  if (!el) return out;
  for (const [name, identity] of Object.entries(IDENTITY_COLOR_MAP)) {
    const to = attr(el, '', name);
    if (to && to !== identity && SLOTS.has(to)) out[name] = to;
  }
  return out;
}

/** A layout's or slide's own mapping (p:clrMapOvr/a:overrideClrMapping), undefined when it keeps its master's. */
export function readColorMapOverride(root: XmlElement): ColorMap | undefined {
  const ovr = childElements(root).find((c) => c.local === 'clrMapOvr');
  const own = aChild(ovr, 'overrideClrMapping');
  return own ? readColorMap(own) : undefined;
}

/** `value` (a shape, a master, a background...) with every scheme colour the map changes sent to its slot. */
export function remapSchemeColors<T>(value: T, map: ColorMap): T {
  if (Object.keys(map).length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>).map(([k, x]): [string, unknown] => (k === 'scheme' && typeof x === 'string' && Object.hasOwn(map, x) ? [k, map[x]] : [k, walk(x)]));
    return Object.fromEntries(entries);
  };
  return walk(value) as T;
}
