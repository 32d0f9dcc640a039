/**
 * Where each text box of a grouped drawing sits. A `wpg:wgp` group (ECMA-376 Part 1, 20.1.7.5:
 * children placed in the group's `a:chOff`/`a:chExt` space) or a VML `v:group` (14.1.2.7:
 * children in its `coordorigin`/`coordsize` space) may hold several shapes with text; each
 * becomes a text frame of its own size, placed where it is inside the group, instead of every
 * box taking the whole group's frame (or, in VML, its child coordinates read as pixels).
 */
import type { XmlElement } from '../xml/xml-tree.js';
import { at, groupMapping, kid, kids, vmlBox, vmlGroupMapping, vmlStyle } from './wml-shape-reader.js';
import type { Mapping } from './wml-shape-reader.js';

/** A box in EMU, from the group's top-left corner. */
export interface GroupBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const VML_NS = 'urn:schemas-microsoft-com:vml';
const MAX_DEPTH = 32;

/** The box of each `w:txbxContent` of `el` (a `w:drawing` or `w:pict`) that sits in a group. */
export function groupedTextBoxes(el: XmlElement): Map<XmlElement, GroupBox> {
  const out = new Map<XmlElement, GroupBox>();
  if (el.local === 'pict') {
    const group = kids(el).find((c) => c.ns === VML_NS && c.local === 'group');
    if (group) {
      const top = vmlBox(group, vmlStyle(group), 9525);
      vmlBoxes(group, vmlGroupMapping(group, { x: 0, y: 0, w: top.w, h: top.h }, (x, y, w, h) => ({ x, y, w, h })), out, 0);
    }
    return out;
  }
  const frame = kid(el, 'inline') ?? kid(el, 'anchor');
  const wgp = kid(kid(kid(frame, 'graphic'), 'graphicData'), 'wgp');
  if (!wgp) return out;
  const off = kid(kid(kid(wgp, 'grpSpPr'), 'xfrm'), 'off');
  const originX = Number(at(off, 'x') ?? 0) || 0;
  const originY = Number(at(off, 'y') ?? 0) || 0;
  const extent = kid(frame, 'extent');
  const size = { cx: Number(at(extent, 'cx')) || 0, cy: Number(at(extent, 'cy')) || 0 };
  drawingBoxes(wgp, groupMapping(kid(wgp, 'grpSpPr'), (x, y, w, h) => ({ x: x - originX, y: y - originY, w, h }), size), out, 0);
  return out;
}

function rounded(b: GroupBox): GroupBox {
  return { x: Math.round(b.x), y: Math.round(b.y), w: Math.max(1, Math.round(b.w)), h: Math.max(1, Math.round(b.h)) };
}

function drawingBoxes(group: XmlElement, map: Mapping, out: Map<XmlElement, GroupBox>, depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (const c of kids(group)) {
    if (c.local === 'grpSp') drawingBoxes(c, groupMapping(kid(c, 'grpSpPr'), map), out, depth + 1);
    else if (c.local === 'wsp') {
      const content = kid(kid(c, 'txbx'), 'txbxContent');
      if (!content) continue;
      const xfrm = kid(kid(c, 'spPr'), 'xfrm');
      const off = kid(xfrm, 'off');
      const ext = kid(xfrm, 'ext');
      const n = (v: string | undefined): number => Number(v ?? 0) || 0;
      out.set(content, rounded(map(n(at(off, 'x')), n(at(off, 'y')), Math.max(0, n(at(ext, 'cx'))), Math.max(0, n(at(ext, 'cy'))))));
    }
  }
}

function vmlBoxes(group: XmlElement, map: Mapping, out: Map<XmlElement, GroupBox>, depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (const c of kids(group)) {
    if (c.ns !== VML_NS) continue;
    const b = vmlBox(c, vmlStyle(c), 1);
    if (c.local === 'group') vmlBoxes(c, vmlGroupMapping(c, b, map), out, depth + 1);
    else {
      const content = kid(kid(c, 'textbox'), 'txbxContent');
      if (content) out.set(content, rounded(map(b.x, b.y, b.w, b.h)));
    }
  }
}
