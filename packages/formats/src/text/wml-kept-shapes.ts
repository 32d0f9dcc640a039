/**
 * Drawings without text or picture — shapes, lines, groups of them (DrawingML `wps:wsp`,
 * `wpg:wgp`; VML `v:shape`, `v:rect`, `v:oval`, `v:line`, `v:group`...) — kept for docx → docx
 * as an `opaque` node holding the run they were in (ECMA-376 Part 1, 17.3.3.9 `w:drawing`,
 * 17.3.3.19 `w:pict`). Only drawings that reference no relationship (no `r:` attribute: no
 * picture fill, no link) are kept, as the relationship ids would point nowhere in the written
 * package; the others are dropped as before (`image-dropped`). The other format gets nothing
 * in their place (`shape-kept-same-format`, info).
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { XmlElement } from '../xml/xml-tree.js';
import { xmlSource } from './opaque-xml.js';
import { opaqueNode } from './text-changes.js';
import type { WmlNs } from './wml-run-properties.js';

const SHAPES = new Set(['wsp', 'wgp', 'grpSp', 'sp', 'cxnSp', 'shape', 'rect', 'roundrect', 'oval', 'line', 'polyline', 'arc', 'curve', 'group']);
/** Largest drawing kept (its XML), against hostile files. */
const MAX_SOURCE = 1_000_000;

function scan(el: XmlElement, r: string): { shape: boolean; related: boolean } {
  let shape = SHAPES.has(el.local);
  for (const [name] of el.attrs) if (name.startsWith(`{${r}}`)) return { shape, related: true };
  for (const c of el.children) {
    if (typeof c !== 'object') continue;
    const inner = scan(c, r);
    if (inner.related) return inner;
    shape ||= inner.shape;
  }
  return { shape, related: false };
}

/** The `opaque` node keeping `drawing` (a `w:drawing` or `w:pict`), or undefined when it cannot be kept. */
export function keptShape(drawing: XmlElement, ns: WmlNs): PMNode | undefined {
  const { shape, related } = scan(drawing, ns.r);
  if (!shape || related) return undefined;
  const source = xmlSource(drawing);
  if (source.length > MAX_SOURCE) return undefined;
  return opaqueNode('ooxml', 'shape', `<w:r xmlns:w="${ns.w}">${source}</w:r>`, '');
}
