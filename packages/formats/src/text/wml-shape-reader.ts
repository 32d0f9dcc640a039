/**
 * Drawing shapes without text and groups of WordprocessingML as `shape` nodes (model in
 * `text-shape-schema.ts`): DrawingML `wps:wsp` (ECMA-376 Part 1, 20.1.2.2.19 `a:spPr` with
 * 20.1.7.6 `a:xfrm`, 20.1.9.18 `a:prstGeom`, 20.1.8.54 `a:solidFill`, 20.1.2.2.24 `a:ln` with
 * 20.1.8.48 `a:prstDash` and 20.1.8.38/57 `a:headEnd`/`a:tailEnd`; 20.1.2.2.37 `wps:style`
 * references) and groups `wpg:wgp` (20.1.7.5 `a:xfrm` of a group with `a:chOff`/`a:chExt`),
 * and VML (14.1.2.17 `v:rect`, 14.1.2.12 `v:oval`, 14.1.2.15 `v:line`, 14.1.2.16 `v:roundrect`,
 * 14.1.2.19 `v:shape`, 14.1.2.7 `v:group` with `coordorigin`/`coordsize`, 14.1.2.21 `v:stroke`).
 *
 * The element read is kept as the shape's `source` (see the model) unless it refers to other
 * parts (relationship ids), which a copy could not carry, or is in Strict namespaces.
 */
import { MAX_GROUP_CHILDREN, normalisedLook, shapeSig, textSchema } from '@ostal/model';
import type { ShapeChild, ShapeDash, ShapeLineEnd, ShapeLook } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { attr } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { xmlSource } from './opaque-xml.js';
import { presetAdjustDefaults } from '../odf/preset-adjusts.js';
import { DEFAULT_THEME_PALETTE, themeColour } from './dml-theme-colours.js';
import type { ThemePalette } from './dml-theme-colours.js';

const MAX_EMU = 2 ** 40;
const VML_NS = 'urn:schemas-microsoft-com:vml';
const VML_COLOURS: Readonly<Record<string, string>> = { black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00', gray: '#808080', grey: '#808080', silver: '#c0c0c0', navy: '#000080', maroon: '#800000', purple: '#800080', teal: '#008080', olive: '#808000', lime: '#00ff00', aqua: '#00ffff', fuchsia: '#ff00ff' };
const LINE_ENDS = new Set<string>(['arrow', 'triangle', 'stealth', 'diamond', 'oval']);

export function kid(el: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c === 'object' && c.local === local) return c;
  return undefined;
}

export function kids(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c === 'object');
}

export function at(el: XmlElement | undefined, local: string): string | undefined {
  return el ? attr(el, '', local) : undefined;
}

function num(v: string | undefined, fallback = 0): number {
  const n = Number(v);
  return Number.isFinite(n) ? Math.max(-MAX_EMU, Math.min(MAX_EMU, Math.round(n))) : fallback;
}

function on(v: string | undefined): boolean {
  return v === '1' || v === 'true' || v === 'on' || v === 't';
}

/** Whether the subtree refers to a relationship of the part (a picture, a link). */
function refersToParts(el: XmlElement): boolean {
  for (const k of el.attrs.keys()) if (k.startsWith(`{${NS.r}}`) || k.startsWith(`{${NS.strictR}}`)) return true;
  return kids(el).some(refersToParts);
}

/**
 * The colour of a DrawingML colour choice (`a:srgbClr`, `a:schemeClr` from the document's theme,
 * with their transforms; `a:sysClr`, `a:prstClr`).
 */
function drawingColour(parent: XmlElement | undefined, palette: ThemePalette): string | null | undefined {
  if (!parent) return undefined;
  for (const c of kids(parent)) {
    const val = at(c, 'val');
    if (c.local === 'srgbClr' && val && /^[0-9A-Fa-f]{6}$/.test(val)) return themeColour(c, palette);
    if (c.local === 'schemeClr' && val) return themeColour(c, palette);
    if (c.local === 'sysClr') {
      const last = at(c, 'lastClr');
      return last && /^[0-9A-Fa-f]{6}$/.test(last) ? `#${last.toLowerCase()}` : val === 'window' ? '#ffffff' : '#000000';
    }
    if (c.local === 'prstClr' && val) return VML_COLOURS[val] ?? '#000000';
  }
  return undefined;
}

function dashOf(v: string | undefined): ShapeDash {
  if (!v || v === 'solid') return 'solid';
  if (/dot$/i.test(v) && !/dash/i.test(v)) return 'dot';
  if (/dashdot/i.test(v)) return 'dash-dot';
  return 'dash';
}

function endOf(v: string | undefined): ShapeLineEnd {
  return v && LINE_ENDS.has(v) ? (v as ShapeLineEnd) : v === 'block' || v === 'classic' ? 'triangle' : v === 'open' ? 'arrow' : 'none';
}

function degrees(rot60k: number): number {
  const d = (((rot60k / 60000) % 360) + 360) % 360;
  return Math.round(d * 1000) / 1000 === 360 ? 0 : Math.round(d * 1000) / 1000;
}

/** The look of a `wps:wsp` from its `wps:spPr` and `wps:style`. */
/**
 * The adjust values of a preset (`a:avLst` `a:gd` with `val n` formulas, ECMA-376 Part 1,
 * 20.1.9.5) that differ from its defaults, or null: a shape read without them and one read with
 * its defaults spelt out are the same shape.
 */
export function presetAdjust(prstGeom: XmlElement | undefined, preset: string): Record<string, number> | null {
  const av = kid(prstGeom, 'avLst');
  if (!av) return null;
  const defaults = new Map(presetAdjustDefaults(preset).map((d) => [d.name, d.value]));
  const out: Record<string, number> = {};
  for (const gd of kids(av).filter((g) => g.local === 'gd')) {
    const m = /^val\s+(-?\d+)$/.exec(at(gd, 'fmla') ?? '');
    const name = at(gd, 'name');
    if (m && name && /^[a-z][a-z0-9]{0,7}$/.test(name) && Number(m[1]) !== defaults.get(name) && Object.keys(out).length < 8) out[name] = Number(m[1]);
  }
  return Object.keys(out).length > 0 ? out : null;
}

export function wspLook(sp: XmlElement, palette: ThemePalette): { look: ShapeLook; box: { x: number; y: number; w: number; h: number } } {
  const spPr = kid(sp, 'spPr');
  const style = kid(sp, 'style');
  const xfrm = kid(spPr, 'xfrm');
  const prst = at(kid(spPr, 'prstGeom'), 'prst');
  const geometry = prst && /^[A-Za-z][A-Za-z0-9]{0,39}$/.test(prst) && prst !== 'group' ? prst : 'rect';
  let fill: string | null;
  if (kid(spPr, 'noFill')) fill = null;
  else {
    const solid = drawingColour(kid(spPr, 'solidFill'), palette);
    if (solid !== undefined) fill = solid;
    else if (kid(spPr, 'gradFill') || kid(spPr, 'pattFill')) fill = drawingColour(find(spPr, 'gs') ?? kid(kid(spPr, 'pattFill'), 'fgClr'), palette) ?? null;
    else {
      const ref = kid(style, 'fillRef');
      fill = ref && at(ref, 'idx') !== '0' ? (drawingColour(ref, palette) ?? null) : null;
    }
  }
  const ln = kid(spPr, 'ln');
  let line: string | null;
  if (kid(ln, 'noFill')) line = null;
  else {
    const solid = drawingColour(kid(ln, 'solidFill'), palette);
    if (solid !== undefined) line = solid;
    else {
      const ref = kid(style, 'lnRef');
      line = ref && at(ref, 'idx') !== '0' ? (drawingColour(ref, palette) ?? '#000000') : ln ? '#000000' : null;
    }
  }
  const adjust = presetAdjust(kid(spPr, 'prstGeom'), geometry);
  const look: ShapeLook = {
    geometry,
    ...(adjust ? { adjust } : {}),
    fill,
    line,
    lineWidth: Math.max(0, num(at(ln, 'w'), 9525)),
    lineDash: dashOf(at(kid(ln, 'prstDash'), 'val')),
    headEnd: endOf(at(kid(ln, 'headEnd'), 'type')),
    tailEnd: endOf(at(kid(ln, 'tailEnd'), 'type')),
    rotation: degrees(num(at(xfrm, 'rot'))),
    flipH: on(at(xfrm, 'flipH')),
    flipV: on(at(xfrm, 'flipV')),
  };
  const off = kid(xfrm, 'off');
  const ext = kid(xfrm, 'ext');
  return { look, box: { x: num(at(off, 'x')), y: num(at(off, 'y')), w: Math.max(0, num(at(ext, 'cx'))), h: Math.max(0, num(at(ext, 'cy'))) } };
}

function find(el: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of kids(el)) {
    if (c.local === local) return c;
    const f = find(c, local);
    if (f) return f;
  }
  return undefined;
}

/** Maps child coordinates of a group to the outer group's (EMU from its top left). */
export type Mapping = (x: number, y: number, w: number, h: number) => { x: number; y: number; w: number; h: number };

/**
 * The mapping of a group's child space to its parent's. `extent`: the size the group is drawn
 * at, when its frame gives it (`wp:extent`, which wins over a group `a:ext` a unit apart).
 */
export function groupMapping(grpSpPr: XmlElement | undefined, outer: Mapping, extent?: { cx: number; cy: number }): Mapping {
  const xfrm = kid(grpSpPr, 'xfrm');
  const off = kid(xfrm, 'off');
  const ext = kid(xfrm, 'ext');
  const chOff = kid(xfrm, 'chOff');
  const chExt = kid(xfrm, 'chExt');
  const cx = extent && extent.cx > 0 ? extent.cx : num(at(ext, 'cx'));
  const cy = extent && extent.cy > 0 ? extent.cy : num(at(ext, 'cy'));
  const sx = num(at(chExt, 'cx')) > 0 ? cx / num(at(chExt, 'cx')) : 1;
  const sy = num(at(chExt, 'cy')) > 0 ? cy / num(at(chExt, 'cy')) : 1;
  const ox = num(at(off, 'x'));
  const oy = num(at(off, 'y'));
  const chx = num(at(chOff, 'x'));
  const chy = num(at(chOff, 'y'));
  return (x, y, w, h) => outer(ox + (x - chx) * sx, oy + (y - chy) * sy, w * sx, h * sy);
}

/** The shapes of a DrawingML group (nested groups flattened), boxes from the group's corner. */
function groupChildren(grp: XmlElement, map: Mapping, out: ShapeChild[], palette: ThemePalette): void {
  for (const c of kids(grp)) {
    if (out.length >= MAX_GROUP_CHILDREN) return;
    if (c.local === 'wsp' || c.local === 'sp') {
      const { look, box } = wspLook(c, palette);
      out.push(childOf(look, map(box.x, box.y, box.w, box.h)));
    } else if (c.local === 'grpSp') groupChildren(c, groupMapping(kid(c, 'grpSpPr'), map), out, palette);
  }
}

function childOf(look: ShapeLook, b: { x: number; y: number; w: number; h: number }): ShapeChild {
  return { ...normalisedLook(look, b.w, b.h), x: num(String(b.x)), y: num(String(b.y)), width: Math.max(0, num(String(b.w))), height: Math.max(0, num(String(b.h))) };
}

/**
 * The `shape` node of a `w:drawing` holding a shape without text or a group, or null when it
 * holds neither. `frame`: its size and placement, as the picture reader reads them; `palette`:
 * the document theme's colours, for scheme colours.
 */
export function wmlDrawingShape(drawing: XmlElement, frame: Readonly<Record<string, unknown>>, alt: { alt: string | null; title: string | null }, palette: ThemePalette = DEFAULT_THEME_PALETTE): PMNode | null {
  const holder = kid(drawing, 'inline') ?? kid(drawing, 'anchor');
  const data = kid(kid(holder, 'graphic'), 'graphicData');
  const wsp = kid(data, 'wsp');
  const wgp = kid(data, 'wgp');
  let attrs: Record<string, unknown>;
  if (wsp && !kid(wsp, 'txbx')) {
    attrs = { ...wspLook(wsp, palette).look };
  } else if (wgp) {
    const children: ShapeChild[] = [];
    const xfrm = kid(kid(wgp, 'grpSpPr'), 'xfrm');
    const off = kid(xfrm, 'off');
    const identity: Mapping = (x, y, w, h) => ({ x: x - num(at(off, 'x')), y: y - num(at(off, 'y')), w, h });
    groupChildren(wgp, groupMapping(kid(wgp, 'grpSpPr'), identity, { cx: Number(frame.width), cy: Number(frame.height) }), children, palette);
    attrs = { geometry: 'group', fill: null, line: null, children };
  } else return null;
  // A group holding text boxes is read as this shape and a text frame per box: a copy of its
  // XML would write the boxes' text twice.
  const kept = refersToParts(drawing) || (wgp !== undefined && find(wgp, 'txbx') !== undefined);
  return shapeNode({ ...attrs, ...frame, ...alt }, kept ? null : xmlSource(drawing), palette);
}

function shapeNode(read: Record<string, unknown>, source: string | null, palette?: ThemePalette): PMNode {
  const attrs = read.geometry === 'group' ? read : normalisedLook(read as unknown as ShapeLook, Number(read.width), Number(read.height));
  const node = textSchema.nodes.shape!.create(attrs);
  // A Strict document's drawing is in Strict namespaces, which a Transitional package cannot
  // hold as they are: the shape is written from its modelled values instead.
  if (source === null || source.includes('"http://purl.oclc.org/ooxml/')) return node;
  // The writer gives every drawing a fresh `wp:docPr` id: the kept one says 0.
  const xml = source.replace(/(<(?:[\w.-]+:)?docPr\s[^>]*?\bid=")[^"]*"/, '$10"');
  // Scheme colours keep their meaning only with the theme they refer to: it goes with the source.
  const theme = palette && /<(?:[\w.-]+:)?schemeClr\b/.test(xml) ? { palette } : {};
  return textSchema.nodes.shape!.create({ ...node.attrs, source: { family: 'ooxml', xml, sig: shapeSig(node.attrs), ...theme } });
}

/** A VML `style` attribute as a map of lower-case properties. */
export function vmlStyle(el: XmlElement): Map<string, string> {
  const style = new Map<string, string>();
  for (const decl of (at(el, 'style') ?? '').split(';')) {
    const colon = decl.indexOf(':');
    if (colon > 0) style.set(decl.slice(0, colon).trim().toLowerCase(), decl.slice(colon + 1).trim());
  }
  return style;
}

const VML_UNITS: Readonly<Record<string, number>> = { pt: 12700, in: 914400, cm: 360000, mm: 36000, px: 9525, emu: 1 };

/** A VML length in EMU; bare numbers are `unit` (pixels at the top level, coordinates in groups). */
function vmlLength(v: string | undefined, unit: number): number | undefined {
  const m = /^(-?[\d.]+)(pt|in|cm|mm|px|emu)?$/.exec((v ?? '').trim());
  if (!m) return undefined;
  return num(String(Number(m[1]) * (m[2] ? VML_UNITS[m[2]]! : unit)));
}

function vmlColour(v: string | undefined): string | null | undefined {
  if (v === undefined) return undefined;
  const t = v.trim().split(/\s/)[0]!.toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(t)) return t;
  if (/^#[0-9a-f]{3}$/.test(t)) return `#${t[1]!}${t[1]!}${t[2]!}${t[2]!}${t[3]!}${t[3]!}`;
  return VML_COLOURS[t] ?? null;
}

const VML_SHAPES = new Set(['rect', 'roundrect', 'oval', 'line', 'shape', 'polyline', 'arc', 'curve']);

function vmlLook(el: XmlElement, style: Map<string, string>): ShapeLook {
  const geometry = el.local === 'oval' ? 'ellipse' : el.local === 'roundrect' ? 'roundRect' : el.local === 'line' ? 'line' : 'rect';
  const stroke = kid(el, 'stroke');
  const filled = at(el, 'filled');
  const stroked = at(el, 'stroked');
  const flip = style.get('flip') ?? '';
  return {
    geometry,
    fill: filled !== undefined && !on(filled) ? null : (vmlColour(at(el, 'fillcolor')) ?? (filled !== undefined && on(filled) ? '#ffffff' : geometry === 'line' ? null : '#ffffff')),
    line: stroked !== undefined && !on(stroked) ? null : (vmlColour(at(el, 'strokecolor')) ?? '#000000'),
    lineWidth: Math.max(0, vmlLength(at(el, 'strokeweight'), 12700) ?? 9525),
    lineDash: dashOf(at(stroke, 'dashstyle')),
    headEnd: endOf(at(stroke, 'startarrow')),
    tailEnd: endOf(at(stroke, 'endarrow')),
    rotation: degrees(Math.round(Number.parseFloat(style.get('rotation') ?? '0') * 60000) || 0),
    flipH: /x/.test(flip),
    flipV: /y/.test(flip),
  };
}

/** A VML shape's box in its parent's coordinates (`unit` EMU per bare number). */
export function vmlBox(el: XmlElement, style: Map<string, string>, unit: number): { x: number; y: number; w: number; h: number } {
  if (el.local === 'line') {
    const pt = (v: string | undefined): [number, number] => {
      const [a, b] = (v ?? '0,0').split(',');
      return [vmlLength(a, unit) ?? 0, vmlLength(b, unit) ?? 0];
    };
    const [x1, y1] = pt(at(el, 'from'));
    const [x2, y2] = pt(at(el, 'to'));
    return { x: Math.min(x1, x2), y: Math.min(y1, y2), w: Math.abs(x2 - x1), h: Math.abs(y2 - y1) };
  }
  return {
    x: vmlLength(style.get('margin-left') ?? style.get('left'), unit) ?? 0,
    y: vmlLength(style.get('margin-top') ?? style.get('top'), unit) ?? 0,
    w: Math.max(0, vmlLength(style.get('width'), unit) ?? 0),
    h: Math.max(0, vmlLength(style.get('height'), unit) ?? 0),
  };
}

function vmlGroupChildren(group: XmlElement, map: Mapping, out: ShapeChild[]): void {
  for (const c of kids(group)) {
    if (out.length >= MAX_GROUP_CHILDREN) return;
    if (c.ns !== VML_NS) continue;
    const style = vmlStyle(c);
    const b = vmlBox(c, style, 1);
    if (c.local === 'group') vmlGroupChildren(c, vmlGroupMapping(c, b, map), out);
    else if (VML_SHAPES.has(c.local) && !kid(c, 'textbox') && !kid(c, 'imagedata')) out.push(childOf(vmlLook(c, style), map(b.x, b.y, b.w, b.h)));
  }
}

export function vmlGroupMapping(group: XmlElement, box: { x: number; y: number; w: number; h: number }, outer: Mapping): Mapping {
  const pair = (v: string | undefined, fallback: [number, number]): [number, number] => {
    const [a, b] = (v ?? '').split(',').map((s) => Number(s.trim()));
    return [Number.isFinite(a) ? a! : fallback[0], Number.isFinite(b) ? b! : fallback[1]];
  };
  const [ox, oy] = pair(at(group, 'coordorigin'), [0, 0]);
  const [cw, ch] = pair(at(group, 'coordsize'), [1000, 1000]);
  const sx = cw > 0 ? box.w / cw : 1;
  const sy = ch > 0 ? box.h / ch : 1;
  return (x, y, w, h) => outer(box.x + (x - ox) * sx, box.y + (y - oy) * sy, w * sx, h * sy);
}

/**
 * The `shape` node of a `w:pict` whose VML is a shape without text or picture, or a group of
 * them, or null; size and placement come from its `style` (absolute: anchored).
 */
export function wmlVmlShape(pict: XmlElement, withTextBoxes = false): PMNode | null {
  const el = kids(pict).find((c) => c.ns === VML_NS && (c.local === 'group' || VML_SHAPES.has(c.local)));
  if (!el || find(el, 'imagedata')) return null;
  const boxes = find(el, 'textbox') !== undefined;
  // With `withTextBoxes`, a group's shapes without text (its boxes become text frames).
  if (boxes && (!withTextBoxes || el.local !== 'group')) return null;
  const style = vmlStyle(el);
  const alt = at(el, 'alt');
  const top = vmlBox(el, style, 9525);
  let attrs: Record<string, unknown>;
  if (el.local === 'group') {
    const children: ShapeChild[] = [];
    vmlGroupChildren(el, vmlGroupMapping(el, { x: 0, y: 0, w: top.w, h: top.h }, (x, y, w, h) => ({ x, y, w, h })), children);
    if (boxes && children.length === 0) return null;
    attrs = { geometry: 'group', fill: null, line: null, children };
  } else attrs = { ...vmlLook(el, style) };
  const placed: Record<string, unknown> = { width: Math.max(1, top.w), height: Math.max(1, top.h) };
  if (style.get('position') === 'absolute' || el.local === 'line') {
    Object.assign(placed, { placement: 'anchored', x: top.x, y: top.y, wrap: Number(style.get('z-index') ?? '0') < 0 ? 'behind' : 'in-front' });
  }
  return shapeNode({ ...attrs, ...placed, alt: alt && alt.trim() !== '' ? alt : null }, boxes || refersToParts(pict) ? null : xmlSource(pict));
}
