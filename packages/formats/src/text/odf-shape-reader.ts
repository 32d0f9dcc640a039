/**
 * Drawing shapes without text and groups of ODF text as `shape` nodes (model in
 * `text-shape-schema.ts`): ODF 1.3 Part 3, 10.3.2 `draw:rect`, 10.3.3 `draw:line`, 10.3.8
 * `draw:circle`, 10.3.9 `draw:ellipse`, 10.3.10 `draw:connector`, 10.6.1 `draw:custom-shape`
 * with 10.6.2 `draw:enhanced-geometry` (19.145 `draw:type`, 19.202/19.203 mirroring), 10.3.15
 * `draw:g`; 19.228 `draw:transform`; graphic properties 20.65 `draw:fill`, 20.66
 * `draw:fill-color`, 20.76/20.77 `draw:marker-start`/`-end`, 20.91 `draw:stroke`, 20.92
 * `draw:stroke-dash`, 20.372 `svg:stroke-color`, 20.375 `svg:stroke-width`.
 *
 * `draw:type` values are mapped to DrawingML preset names (LibreOffice's own names, and its
 * `ooxml-<preset>` ones); unknown ones become `rect`, and the custom shape's
 * `draw:enhanced-geometry` is kept as its `source` so ODF → ODF still draws the same outline.
 * Automatic styles would dangle in a copy, so only the geometry is kept, not the element.
 */
import { MAX_GROUP_CHILDREN, normalisedLook, shapeSig, textSchema, validShapeAdjust } from '@ostal/model';
import type { ShapeChild, ShapeDash, ShapeLineEnd, ShapeLook } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { attr, childElement, textContent } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { odfLengthToEmu } from './odf-frame-reader.js';
import type { GraphicProps } from './odf-frame-reader.js';
import { xmlSource } from './opaque-xml.js';
import { adjustOfModifiers } from '../odf/preset-adjusts.js';
import { adjustOfTypeModifiers, LINE_CALLOUT_TYPES } from '../odf/odf-type-modifiers.js';

/** `draw:type` → DrawingML preset. */
const TYPES: Readonly<Record<string, string>> = {
  rectangle: 'rect', 'round-rectangle': 'roundRect', ellipse: 'ellipse', circle: 'ellipse', 'isosceles-triangle': 'triangle', 'right-triangle': 'rtTriangle',
  diamond: 'diamond', parallelogram: 'parallelogram', trapezoid: 'trapezoid', pentagon: 'pentagon', hexagon: 'hexagon', 'right-arrow': 'rightArrow', 'left-arrow': 'leftArrow',
  'up-arrow': 'upArrow', 'down-arrow': 'downArrow', star5: 'star5', cross: 'plus', chevron: 'chevron', 'pentagon-right': 'homePlate', 'flowchart-process': 'rect',
  'flowchart-decision': 'diamond', 'flowchart-connector': 'flowChartConnector', 'flowchart-data': 'flowChartInputOutput',
  ...Object.fromEntries(Object.entries(LINE_CALLOUT_TYPES).map(([preset, type]) => [type, preset])),
};
/** Shapes the model understands, by element. */
export const ODF_SHAPES = new Set(['custom-shape', 'rect', 'ellipse', 'circle', 'line', 'connector', 'polygon', 'polyline', 'path', 'g']);
const MARKERS = new Set<string>(['arrow', 'triangle', 'stealth', 'diamond', 'oval']);

/** What the shape reader needs of the frame reader. */
export interface OdfShapeContext {
  /** Size, name and placement of a frame or shape. */
  placement(el: XmlElement): Record<string, unknown>;
  graphicProps(el: XmlElement): GraphicProps;
}

function colour(v: string | undefined): string | null | undefined {
  if (v === undefined) return undefined;
  const t = v.trim().toLowerCase();
  return /^#[0-9a-f]{6}$/.test(t) ? t : null;
}

function marker(name: string | undefined): ShapeLineEnd {
  if (name === undefined || name === '') return 'none';
  const own = /^Ostal_(\w+)$/.exec(name);
  if (own && MARKERS.has(own[1]!)) return own[1] as ShapeLineEnd;
  if (/circle|oval/i.test(name)) return 'oval';
  if (/square|diamond/i.test(name)) return 'diamond';
  if (/line/i.test(name)) return 'arrow';
  return 'triangle';
}

function dash(stroke: string | undefined, name: string | undefined): ShapeDash {
  if (stroke !== 'dash') return 'solid';
  if (name && /^Ostal_(dot|dash-dot)$/.exec(name)) return name.slice(6) as ShapeDash;
  if (name && /dot/i.test(name)) return /dash/i.test(name) ? 'dash-dot' : 'dot';
  return 'dash';
}

/** Rotation (degrees clockwise) and translation of a `draw:transform`, when it is `rotate(a) translate(x y)`. */
function transformOf(v: string | undefined): { rotation: number; tx: number; ty: number } | undefined {
  const m = /^\s*rotate\s*\(\s*(-?[\d.eE+-]+)\s*\)\s*translate\s*\(\s*(\S+?)\s*[ ,]\s*(\S+?)\s*\)\s*$/.exec(v ?? '');
  if (!m) return undefined;
  const a = Number(m[1]);
  const tx = odfLengthToEmu(m[2]);
  const ty = odfLengthToEmu(m[3]);
  if (!Number.isFinite(a) || tx === undefined || ty === undefined) return undefined;
  const deg = Math.round(((((-a * 180) / Math.PI) % 360) + 360) % 360 * 1000) / 1000;
  return { rotation: deg >= 360 ? 0 : deg, tx, ty };
}

/** The model's box (unrotated, EMU) and rotation of a shape with a `draw:transform`. */
export function unrotatedBox(rotation: number, tx: number, ty: number, w: number, h: number): { x: number; y: number } {
  const a = (-rotation * Math.PI) / 180;
  // ODF rotates the box about its origin, then translates: find the centre, then the corner.
  const cx = tx + (w / 2) * Math.cos(a) + (h / 2) * Math.sin(a);
  const cy = ty - (w / 2) * Math.sin(a) + (h / 2) * Math.cos(a);
  return { x: Math.round(cx - w / 2), y: Math.round(cy - h / 2) };
}

/** The look and box (EMU, in the coordinates of the anchor) of one shape element. */
function lookOf(el: XmlElement, props: GraphicProps): { look: ShapeLook; box: { x: number; y: number; w: number; h: number } } {
  let geometry = 'rect';
  let flipH = false;
  let flipV = false;
  let type = '';
  const geo = childElement(el, NS.draw, 'enhanced-geometry');
  if (el.local === 'custom-shape') {
    type = attr(geo ?? el, NS.draw, 'type') ?? '';
    const ooxml = /^ooxml-([A-Za-z][A-Za-z0-9]{0,39})$/.exec(type);
    geometry = ooxml ? ooxml[1]! : (TYPES[type] ?? 'rect');
    flipH = geo !== undefined && attr(geo, NS.draw, 'mirror-horizontal') === 'true';
    flipV = geo !== undefined && attr(geo, NS.draw, 'mirror-vertical') === 'true';
  } else if (el.local === 'ellipse' || el.local === 'circle') geometry = 'ellipse';
  else if (el.local === 'rect' && attr(el, NS.draw, 'corner-radius') !== undefined) geometry = 'roundRect';
  else if (el.local === 'line' || el.local === 'connector') geometry = 'line';
  let box: { x: number; y: number; w: number; h: number };
  if (el.local === 'line' || el.local === 'connector') {
    const v = (n: string): number => odfLengthToEmu(attr(el, NS.svg, n)) ?? 0;
    const [x1, y1, x2, y2] = [v('x1'), v('y1'), v('x2'), v('y2')];
    flipH = x2 < x1;
    flipV = y2 < y1;
    box = { x: Math.min(x1, x2), y: Math.min(y1, y2), w: Math.abs(x2 - x1), h: Math.abs(y2 - y1) };
  } else {
    const w = Math.max(0, odfLengthToEmu(attr(el, NS.svg, 'width')) ?? 0);
    const h = Math.max(0, odfLengthToEmu(attr(el, NS.svg, 'height')) ?? 0);
    box = { x: odfLengthToEmu(attr(el, NS.svg, 'x')) ?? 0, y: odfLengthToEmu(attr(el, NS.svg, 'y')) ?? 0, w, h };
  }
  const t = transformOf(attr(el, NS.draw, 'transform'));
  const rotation = t ? t.rotation : 0;
  if (t) Object.assign(box, unrotatedBox(t.rotation, t.tx, t.ty, box.w, box.h));
  const lineShape = geometry === 'line' || geometry.includes('Connector');
  const fillKind = props(NS.draw, 'fill');
  const fillColour = colour(props(NS.draw, 'fill-color'));
  const fill = lineShape || fillKind === 'none' ? null : fillKind === undefined && fillColour === undefined ? '#729fcf' : (fillColour ?? '#729fcf');
  const stroke = props(NS.draw, 'stroke');
  const line = stroke === 'none' ? null : (colour(props(NS.svg, 'stroke-color')) ?? (stroke === undefined ? '#3465a4' : '#000000'));
  // An `ooxml-<preset>` type keeps the adjust values as its modifiers in a:avLst order; an ODF
  // type of its own has modifiers in its 21600 box, converted with the shape's size.
  const modifiers = geo ? attr(geo, NS.draw, 'modifiers') : undefined;
  const adjust = type.startsWith('ooxml-') ? adjustOfModifiers(geometry, modifiers) : adjustOfTypeModifiers(type, modifiers, { cx: box.w, cy: box.h });
  const look: ShapeLook = {
    geometry,
    ...(adjust && validShapeAdjust(adjust) ? { adjust } : {}),
    fill,
    line,
    // No line: the model's default width, as DOCX reads it.
    lineWidth: line === null ? 9525 : Math.max(0, odfLengthToEmu(props(NS.svg, 'stroke-width')) ?? 0),
    lineDash: dash(stroke, props(NS.draw, 'stroke-dash')),
    headEnd: marker(props(NS.draw, 'marker-start')),
    tailEnd: marker(props(NS.draw, 'marker-end')),
    rotation,
    flipH,
    flipV,
  };
  return { look, box };
}

function description(el: XmlElement): { alt: string | null; title: string | null } {
  const text = (c: XmlElement | undefined): string | null => {
    const v = c ? textContent(c) : '';
    return v.trim() === '' ? null : v;
  };
  return { alt: text(childElement(el, NS.svg, 'desc')), title: text(childElement(el, NS.svg, 'title')) };
}

function groupChildren(g: XmlElement, ctx: OdfShapeContext, out: ShapeChild[]): void {
  for (const c of g.children) {
    if (typeof c !== 'object' || c.ns !== NS.draw || out.length >= MAX_GROUP_CHILDREN) continue;
    if (c.local === 'g') groupChildren(c, ctx, out);
    else if (ODF_SHAPES.has(c.local)) {
      const { look, box } = lookOf(c, ctx.graphicProps(c));
      out.push({ ...normalisedLook(look, box.w, box.h), x: box.x, y: box.y, width: box.w, height: box.h });
    }
  }
}

/** The `shape` node of a shape element without text (or a group), or null when it is not one. */
export function odfShape(el: XmlElement, ctx: OdfShapeContext): PMNode | null {
  if (el.ns !== NS.draw || !ODF_SHAPES.has(el.local)) return null;
  const placed = ctx.placement(el);
  if (el.local === 'g') {
    const children: ShapeChild[] = [];
    groupChildren(el, ctx, children);
    if (children.length === 0) return null;
    const x0 = Math.min(...children.map((c) => c.x));
    const y0 = Math.min(...children.map((c) => c.y));
    const width = Math.max(1, Math.max(...children.map((c) => c.x + c.width)) - x0);
    const height = Math.max(1, Math.max(...children.map((c) => c.y + c.height)) - y0);
    const moved = children.map((c) => ({ ...c, x: c.x - x0, y: c.y - y0 }));
    const at = placed.placement === 'anchored' ? { x: x0, y: y0 } : {};
    return textSchema.nodes.shape!.create({ ...placed, ...at, width, height, geometry: 'group', fill: null, line: null, children: moved, ...description(el) });
  }
  const { look, box } = lookOf(el, ctx.graphicProps(el));
  const at = placed.placement === 'anchored' ? { x: box.x, y: box.y } : {};
  const width = Math.max(1, box.w);
  const height = Math.max(1, box.h);
  const node = textSchema.nodes.shape!.create({ ...placed, ...at, ...normalisedLook(look, width, height), width, height, ...description(el) });
  const geo = el.local === 'custom-shape' ? childElement(el, NS.draw, 'enhanced-geometry') : undefined;
  if (!geo || [...geo.attrs.keys()].some((k) => k.startsWith(`{${NS.xlink}}`))) return node;
  return textSchema.nodes.shape!.create({ ...node.attrs, source: { family: 'odf', xml: xmlSource(geo), sig: shapeSig(node.attrs) } });
}
