/**
 * Writes `shape` nodes (`text-shape-schema.ts`) as ODF drawing shapes (ODF 1.3 Part 3, 10.6.1
 * `draw:custom-shape` with 10.6.2 `draw:enhanced-geometry` `draw:type`, 10.3.3 `draw:line`,
 * 10.3.15 `draw:g`; 19.228 `draw:transform`; 16.40 `draw:marker` and 16.41 `draw:stroke-dash`
 * in `office:styles`). Mirrors `odf-shape-reader.ts`.
 *
 * Presets LibreOffice names are written with its names (`rectangle`, `ellipse`, `right-arrow`...)
 * and their modifiers converted from the adjust values, others as `ooxml-<preset>` with the adjust
 * values as modifiers, as LibreOffice does for Word's shapes; the trapezoid and stars of 5 to 32
 * points as `ooxml-<preset>` with a path of their own, as ODP (`odf/odf-preset-paths.ts`); a kept
 * `draw:enhanced-geometry` (see the model's `source`) is written back while the shape is
 * unchanged. Fill and line go to the shape's automatic graphic style (with its placement),
 * markers and dashes to `Ostal_<kind>` definitions in `office:styles` ({@link odfShapeDefinitions}).
 */
import { keptShapeSource, SHAPE_DASHES, SHAPE_LINE_ENDS } from '@ostal/model';
import type { ShapeChild, ShapeLook } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { sourceOut } from './opaque-xml.js';
import { presetGeometry } from '../odf/odf-preset-paths.js';
import { LINE_CALLOUT_TYPES } from '../odf/odf-type-modifiers.js';

/** An EMU length as ODF centimetres (six decimals: exact back to EMU, as `odf-frame-writer.ts`). */
function emuToCm(emu: number): string {
  return `${String(Number((emu / 360000).toFixed(6)))}cm`;
}

/** DrawingML preset → `draw:type` LibreOffice knows by its own name. */
const TYPES: Readonly<Record<string, string>> = {
  rect: 'rectangle', roundRect: 'round-rectangle', ellipse: 'ellipse', triangle: 'isosceles-triangle', rtTriangle: 'right-triangle', diamond: 'diamond',
  parallelogram: 'parallelogram', pentagon: 'pentagon', hexagon: 'hexagon', rightArrow: 'right-arrow', leftArrow: 'left-arrow',
  upArrow: 'up-arrow', downArrow: 'down-arrow', plus: 'cross', chevron: 'chevron', homePlate: 'pentagon-right',
  flowChartConnector: 'flowchart-connector', flowChartInputOutput: 'flowchart-data', ...LINE_CALLOUT_TYPES,
};
/** Marker outlines (`svg:viewBox` 0 0 20 30 for arrows, pointing up as ODF wants). */
const MARKER_PATHS: Readonly<Record<string, { box: string; d: string }>> = {
  arrow: { box: '0 0 20 30', d: 'M10 0 L20 30 L16 30 L10 8 L4 30 L0 30 Z' },
  triangle: { box: '0 0 20 30', d: 'M10 0 L20 30 L0 30 Z' },
  stealth: { box: '0 0 20 30', d: 'M10 0 L20 30 L10 22 L0 30 Z' },
  diamond: { box: '0 0 20 20', d: 'M10 0 L20 10 L10 20 L0 10 Z' },
  oval: { box: '0 0 20 20', d: 'M10 0 A10 10 0 1 1 10 20 A10 10 0 1 1 10 0 Z' },
};
const DASHES: Readonly<Record<string, Record<string, string | number>>> = {
  dash: { 'draw:style': 'rect', 'draw:dots1': 1, 'draw:dots1-length': '300%', 'draw:distance': '100%' },
  dot: { 'draw:style': 'round', 'draw:dots1': 1, 'draw:dots1-length': '100%', 'draw:distance': '200%' },
  'dash-dot': { 'draw:style': 'rect', 'draw:dots1': 1, 'draw:dots1-length': '300%', 'draw:dots2': 1, 'draw:dots2-length': '100%', 'draw:distance': '100%' },
};

/** Graphic properties of a look: fill, line, dash and markers. */
export function shapeGraphicProps(look: ShapeLook): Record<string, string> {
  const props: Record<string, string> = {};
  if (look.fill === null) props['draw:fill'] = 'none';
  else Object.assign(props, { 'draw:fill': 'solid', 'draw:fill-color': look.fill });
  if (look.line === null) props['draw:stroke'] = 'none';
  else {
    Object.assign(props, { 'draw:stroke': look.lineDash === 'solid' ? 'solid' : 'dash', 'svg:stroke-color': look.line, 'svg:stroke-width': emuToCm(look.lineWidth) });
    if (look.lineDash !== 'solid') props['draw:stroke-dash'] = `Ostal_${look.lineDash}`;
  }
  const width = emuToCm(Math.max(6350, look.lineWidth * 3));
  if (look.headEnd !== 'none') Object.assign(props, { 'draw:marker-start': `Ostal_${look.headEnd}`, 'draw:marker-start-width': width });
  if (look.tailEnd !== 'none') Object.assign(props, { 'draw:marker-end': `Ostal_${look.tailEnd}`, 'draw:marker-end-width': width });
  return props;
}

/** The `draw:marker` and `draw:stroke-dash` definitions the shapes of `doc` use, for `office:styles`. */
export function odfShapeDefinitions(doc: PMNode): XmlOut[] {
  const ends = new Set<string>();
  const dashes = new Set<string>();
  doc.descendants((n) => {
    if (n.type.name !== 'shape') return true;
    const looks: ShapeLook[] = n.attrs.geometry === 'group' ? ((n.attrs.children as ShapeChild[] | null) ?? []) : [n.attrs as unknown as ShapeLook];
    for (const l of looks) {
      if (l.line !== null && l.lineDash !== 'solid') dashes.add(l.lineDash);
      for (const e of [l.headEnd, l.tailEnd]) if (e !== 'none') ends.add(e);
    }
    return false;
  });
  return [
    ...SHAPE_LINE_ENDS.filter((e) => ends.has(e)).map((e) => x('draw:marker', { 'draw:name': `Ostal_${e}`, 'svg:viewBox': MARKER_PATHS[e]!.box, 'svg:d': MARKER_PATHS[e]!.d })),
    ...SHAPE_DASHES.filter((d) => dashes.has(d)).map((d) => x('draw:stroke-dash', { 'draw:name': `Ostal_${d}`, ...DASHES[d] })),
  ];
}

/** `draw:transform` placing a box at (`bx`, `by`) turned by `rotation` degrees clockwise about its centre. */
function rotated(rotation: number, bx: number, by: number, w: number, h: number): string {
  const a = (-rotation * Math.PI) / 180;
  const cx = bx + w / 2;
  const cy = by + h / 2;
  const tx = cx - (w / 2) * Math.cos(a) - (h / 2) * Math.sin(a);
  const ty = cy + (w / 2) * Math.sin(a) - (h / 2) * Math.cos(a);
  return `rotate (${String(Number(a.toFixed(12)))}) translate (${emuToCm(Math.round(tx))} ${emuToCm(Math.round(ty))})`;
}

/** Attributes and children of one shape element with `look` in box (`bx`, `by`, `w`, `h`). */
export function odfShapeElement(look: ShapeLook, bx: number, by: number, w: number, h: number, attrs: Record<string, string | number | undefined>, kept: string | null, extra: readonly XmlOut[]): XmlOut {
  if (look.geometry === 'line') {
    const [x1, x2] = look.flipH ? [bx + w, bx] : [bx, bx + w];
    const [y1, y2] = look.flipV ? [by + h, by] : [by, by + h];
    const rest = Object.fromEntries(Object.entries(attrs).filter(([k]) => !['svg:x', 'svg:y', 'svg:width', 'svg:height'].includes(k)));
    return x('draw:line', { ...rest, 'svg:x1': emuToCm(x1), 'svg:y1': emuToCm(y1), 'svg:x2': emuToCm(x2), 'svg:y2': emuToCm(y2) }, extra);
  }
  const place: Record<string, string | undefined> =
    look.rotation === 0 ? { 'svg:x': emuToCm(bx), 'svg:y': emuToCm(by) } : { 'svg:x': undefined, 'svg:y': undefined, 'draw:transform': rotated(look.rotation, bx, by, w, h) };
  const preset = presetGeometry(look.geometry, TYPES[look.geometry] ?? `ooxml-${look.geometry}`, look.adjust, w, h, '0 0 21600 21600');
  const geometry =
    (kept !== null ? sourceOut(kept) : undefined) ??
    x(
      'draw:enhanced-geometry',
      { ...preset.attrs, 'draw:mirror-horizontal': look.flipH ? 'true' : undefined, 'draw:mirror-vertical': look.flipV ? 'true' : undefined },
      preset.equations.map(([name, formula]) => x('draw:equation', { 'draw:name': name, 'draw:formula': formula })),
    );
  return x('draw:custom-shape', { ...attrs, ...place, 'svg:width': emuToCm(w), 'svg:height': emuToCm(h) }, extra, geometry);
}

/** The kept geometry of a shape node, when it still describes it. */
export function keptOdfGeometry(a: Readonly<Record<string, unknown>>): string | null {
  return keptShapeSource(a, 'odf');
}
