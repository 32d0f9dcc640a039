/**
 * ODF drawing shapes read into deck shapes (ODF 1.3 Part 3, 10.3 shapes, 10.4 frames, 10.6
 * enhanced geometry; 16.2 automatic styles with 20 graphic, paragraph and text properties).
 */
import type { Crop, CustomPath, DeckShape, Fill, GeometryShape, Outline, PlaceholderRef, TableCell, TextBody, Transform } from '@ostal/model';
import { bodyPropsOf } from './odp-body-props-read.js';
import { ALIGN, hexColor, readOdfText, styleProp } from './odp-text-read.js';
import type { OdpReadContext } from './odp-text-read.js';
import { NS } from '../xml/namespaces.js';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { odfLengthToEmu } from './odf-lengths.js';
import { readOdfTile } from './odp-picture-tile.js';
import { isPresetOdfType, presetOfOdfType } from './odp-geometry.js';
import { adjustOfModifiers } from '../odf/preset-adjusts.js';
import { adjustOfTypeModifiers } from '../odf/odf-type-modifiers.js';
import { imageSizeEmu } from './image-size.js';
import { pathsOfPoints, pathsOfSvgD } from './custom-geometry.js';
import { enhancedGeometryPaths } from './odf-enhanced-path.js';
import { FormulaError } from './odf-formula.js';
import { shadowOfOdf } from './shape-effects.js';

/** LibreOffice's drawing extension namespace (drawooo:sub-view-size, drawooo:enhanced-path). */
const DRAWOOO = 'http://openoffice.org/2010/draw';


function readFill(get: (ns: string, local: string) => string | undefined, ctx: OdpReadContext): Fill | undefined {
  const kind = get(NS.draw, 'fill');
  if (kind === 'none') return { kind: 'none' };
  if (kind === 'solid') {
    const color = hexColor(get(NS.draw, 'fill-color'));
    return color ? { kind: 'solid', color } : undefined;
  }
  if (kind === 'gradient') {
    const g = ctx.named('gradient', get(NS.draw, 'fill-gradient-name'));
    const start = hexColor(g ? attr(g, NS.draw, 'start-color') : undefined);
    const end = hexColor(g ? attr(g, NS.draw, 'end-color') : undefined);
    if (!g || !start || !end) return undefined;
    const angle = Number((attr(g, NS.draw, 'angle') ?? '0').replace(/deg$/, ''));
    const style = attr(g, NS.draw, 'style');
    const dml = (((90 - (Number.isFinite(angle) ? (attr(g, NS.draw, 'angle')?.endsWith('deg') ? angle : angle / 10) : 0)) % 360) + 360) % 360;
    return {
      kind: 'gradient',
      stops: [
        { pos: 0, color: start },
        { pos: 100_000, color: end },
      ],
      ...(style === 'radial' ? { path: 'circle' as const } : style === 'rectangular' || style === 'square' ? { path: 'rect' as const } : { angle: Math.round(dml) * 60_000 }),
    };
  }
  if (kind === 'bitmap') {
    const img = ctx.named('fill-image', get(NS.draw, 'fill-image-name'));
    const media = img ? ctx.picture(img) : undefined;
    const tile = media ? readOdfTile(get, ctx.mediaData(media)) : undefined;
    return media ? { kind: 'picture', media, ...(tile ? { tile } : {}) } : undefined;
  }
  return undefined;
}

function readOutline(get: (ns: string, local: string) => string | undefined): Outline | undefined {
  const stroke = get(NS.draw, 'stroke');
  if (stroke === 'none') return { fill: { kind: 'none' } };
  const color = hexColor(get(NS.svg, 'stroke-color'));
  const width = odfLengthToEmu(get(NS.svg, 'stroke-width'));
  const head = get(NS.draw, 'marker-start') ? 'triangle' : undefined;
  const tail = get(NS.draw, 'marker-end') ? 'triangle' : undefined;
  if (stroke === undefined && !color && width === undefined && !head && !tail) return undefined;
  return {
    ...(width !== undefined ? { width } : {}),
    ...(color ? { fill: { kind: 'solid' as const, color } } : {}),
    ...(stroke === 'dash' ? { dash: 'dash' } : {}),
    ...(head ? { head } : {}),
    ...(tail ? { tail } : {}),
  };
}

/** The placeholder a presentation:class stands for. */
export function placeholderOfClass(cls: string | undefined): PlaceholderRef | undefined {
  switch (cls ?? '') {
    case 'title':
      return { type: 'title' };
    case 'outline':
    case 'text':
      return { type: 'body', idx: 1 };
    case 'subtitle':
      return { type: 'subTitle', idx: 1 };
    case 'date-time':
      return { type: 'dt' };
    case 'footer':
      return { type: 'ftr' };
    case 'page-number':
      return { type: 'sldNum' };
    case 'header':
      return { type: 'hdr' };
    case 'graphic':
      return { type: 'pic' };
    case 'chart':
      return { type: 'chart' };
    case 'table':
      return { type: 'tbl' };
    case 'object':
      return { type: 'obj' };
    default:
      return undefined;
  }
}

/** The transform of a shape: svg:x/y/width/height, or draw:transform `rotate (a) translate (x y)`. */
function transformOf(el: XmlElement): Transform | undefined {
  const cx = odfLengthToEmu(attr(el, NS.svg, 'width')) ?? 0;
  const cy = odfLengthToEmu(attr(el, NS.svg, 'height')) ?? 0;
  const tf = attr(el, NS.draw, 'transform');
  const m = tf ? /rotate\s*\(\s*([-+\d.eE]+)\s*\)\s*translate\s*\(\s*(\S+)\s+([^)\s]+)\s*\)/.exec(tf) : null;
  if (m) {
    const a = -Number(m[1]);
    const tx = odfLengthToEmu(m[2]) ?? 0;
    const ty = odfLengthToEmu(m[3]) ?? 0;
    // The translation places the rotated top-left corner; the centre gives the unrotated position.
    const cxm = tx + ((cx / 2) * Math.cos(a) - (cy / 2) * Math.sin(a));
    const cym = ty + ((cx / 2) * Math.sin(a) + (cy / 2) * Math.cos(a));
    const deg = (((a * 180) / Math.PI) % 360 + 360) % 360;
    const rot = Math.round(deg * 60_000) % 21_600_000;
    return { x: Math.round(cxm - cx / 2), y: Math.round(cym - cy / 2), cx, cy, ...(rot ? { rot } : {}) };
  }
  const x = odfLengthToEmu(attr(el, NS.svg, 'x'));
  const y = odfLengthToEmu(attr(el, NS.svg, 'y'));
  if (x === undefined && y === undefined && attr(el, NS.svg, 'width') === undefined) return undefined;
  return { x: x ?? 0, y: y ?? 0, cx, cy };
}

function lineTransform(el: XmlElement): Transform {
  const x1 = odfLengthToEmu(attr(el, NS.svg, 'x1')) ?? 0;
  const y1 = odfLengthToEmu(attr(el, NS.svg, 'y1')) ?? 0;
  const x2 = odfLengthToEmu(attr(el, NS.svg, 'x2')) ?? 0;
  const y2 = odfLengthToEmu(attr(el, NS.svg, 'y2')) ?? 0;
  return { x: Math.min(x1, x2), y: Math.min(y1, y2), cx: Math.abs(x2 - x1), cy: Math.abs(y2 - y1), ...(x2 < x1 ? { flipH: true } : {}), ...(y2 < y1 ? { flipV: true } : {}) };
}

/** Reading state shared by the shapes of one page. */
export interface ShapeReading {
  nextId: number;
  readonly ctx: OdpReadContext;
  /** Counts of content that could not be kept, by kind. */
  readonly dropped: Map<string, number>;
}

function graphicGetter(el: XmlElement, reading: ShapeReading, props = 'graphic-properties'): (ns: string, local: string) => string | undefined {
  const pres = attr(el, NS.presentation, 'style-name');
  const family = pres ? 'presentation' : 'graphic';
  const name = pres ?? attr(el, NS.draw, 'style-name');
  return (ns, local) => styleProp(reading.ctx, family, name, props, ns, local);
}

/**
 * The text with the alignment its frame's style gives (a presentation style such as LibreOffice's
 * centred subtitle, a graphic style's paragraph properties) on paragraphs that state none.
 */
function withFrameAlignment(text: TextBody, el: XmlElement, reading: ShapeReading): TextBody {
  const align = ALIGN[graphicGetter(el, reading, 'paragraph-properties')(NS.fo, 'text-align') ?? ''];
  if (!align) return text;
  return { ...text, paragraphs: text.paragraphs.map((p) => (p.style?.align ? p : { ...p, style: { ...p.style, align } })) };
}

function base(el: XmlElement, reading: ShapeReading): { id: number; name?: string; description?: string } {
  reading.nextId += 1;
  const name = attr(el, NS.draw, 'name');
  const desc = childElement(el, NS.svg, 'desc');
  const description = desc ? desc.children.filter((c): c is string => typeof c === 'string').join('') : undefined;
  return { id: reading.nextId, ...(name ? { name } : {}), ...(description ? { description } : {}) };
}

/**
 * A custom shape's draw:text-rotate-angle (degrees counter-clockwise) as DrawingML's turned text: a
 * quarter turn clockwise reads downwards (`vert`), counter-clockwise upwards (`vert270`).
 */
function withTurnedText(shape: GeometryShape, geo: XmlElement | undefined): GeometryShape {
  const angle = Number(geo ? attr(geo, NS.draw, 'text-rotate-angle') : undefined);
  if (!shape.text || !Number.isFinite(angle)) return shape;
  const turn = ((Math.round(angle) % 360) + 360) % 360;
  const vertical = turn === 270 ? 'vert' : turn === 90 ? 'vert270' : undefined;
  return vertical ? { ...shape, text: { ...shape.text, props: { ...shape.text.props, vertical } } } : shape;
}

function withProps(text: TextBody, props: TextBody['props']): TextBody {
  return props ? { ...text, props } : text;
}

function readTable(table: XmlElement, reading: ShapeReading): { columns: number[]; rows: { height: number; cells: TableCell[] }[] } {
  const columns: number[] = [];
  for (const col of childElements(table, NS.table, 'table-column')) {
    const w = odfLengthToEmu(styleProp(reading.ctx, 'table-column', attr(col, NS.table, 'style-name'), 'table-column-properties', NS.style, 'column-width')) ?? 914_400;
    const n = Math.min(1000, Math.max(1, Number(attr(col, NS.table, 'number-columns-repeated') ?? '1') || 1));
    for (let i = 0; i < n; i++) columns.push(w);
  }
  const rowEls: XmlElement[] = [];
  const collect = (el: XmlElement): void => {
    for (const c of childElements(el, NS.table)) {
      if (c.local === 'table-row') rowEls.push(c);
      else if (c.local === 'table-rows' || c.local === 'table-header-rows' || c.local === 'table-row-group') collect(c);
    }
  };
  collect(table);
  const rows = rowEls.map((row) => {
    const height = odfLengthToEmu(styleProp(reading.ctx, 'table-row', attr(row, NS.table, 'style-name'), 'table-row-properties', NS.style, 'row-height')) ?? 370_840;
    const cells: TableCell[] = childElements(row, NS.table)
      .filter((c) => c.local === 'table-cell' || c.local === 'covered-table-cell')
      .map((c) => {
        if (c.local === 'covered-table-cell') return { text: { paragraphs: [] }, merged: true };
        const colSpan = Number(attr(c, NS.table, 'number-columns-spanned') ?? '1');
        const rowSpan = Number(attr(c, NS.table, 'number-rows-spanned') ?? '1');
        const cellStyle = attr(c, NS.table, 'style-name');
        const bg = hexColor(styleProp(reading.ctx, 'table-cell', cellStyle, 'table-cell-properties', NS.fo, 'background-color') ?? styleProp(reading.ctx, 'table-cell', cellStyle, 'graphic-properties', NS.draw, 'fill-color'));
        return {
          text: readOdfText(c, reading.ctx, false),
          ...(colSpan > 1 ? { colSpan } : {}),
          ...(rowSpan > 1 ? { rowSpan } : {}),
          ...(bg ? { fill: { kind: 'solid' as const, color: bg } } : {}),
        };
      });
    return { height, cells };
  });
  return { columns, rows };
}

/** The crop of `fo:clip="rect(top, right, bottom, left)"` (lengths of the picture) as shares of its natural size. */
function cropOf(clip: string | undefined, data: Uint8Array | undefined): Crop | undefined {
  const m = clip ? /^\s*rect\(\s*([^,\s]+)[\s,]+([^,\s]+)[\s,]+([^,\s]+)[\s,]+([^,\s)]+)\s*\)\s*$/.exec(clip) : null;
  const size = m && data ? imageSizeEmu(data) : undefined;
  if (!m || !size || size.cx <= 0 || size.cy <= 0) return undefined;
  const share = (v: string | undefined, total: number): number => Math.round(((odfLengthToEmu(v) ?? 0) / total) * 100_000);
  const crop = { top: share(m[1], size.cy), right: share(m[2], size.cx), bottom: share(m[3], size.cy), left: share(m[4], size.cx) };
  return crop.top || crop.right || crop.bottom || crop.left ? { left: crop.left, top: crop.top, right: crop.right, bottom: crop.bottom } : undefined;
}

function count(reading: ShapeReading, kind: string): void {
  reading.dropped.set(kind, (reading.dropped.get(kind) ?? 0) + 1);
}

function readFrame(frame: XmlElement, reading: ShapeReading): DeckShape | undefined {
  const cls = attr(frame, NS.presentation, 'class');
  if (cls === 'notes' || cls === 'page' || cls === 'handout') return undefined;
  const placeholder = placeholderOfClass(cls);
  const xfrm = transformOf(frame);
  const common = { ...base(frame, reading), ...(xfrm ? { xfrm } : {}), ...(placeholder ? { placeholder } : {}) };
  const get = graphicGetter(frame, reading);
  const image = childElement(frame, NS.draw, 'image');
  for (const c of childElements(frame)) {
    if (c.ns === NS.draw && c.local === 'text-box') {
      const fill = readFill(get, reading.ctx);
      const line = readOutline(get);
      const text = withFrameAlignment(withProps(readOdfText(c, reading.ctx, cls === 'outline'), bodyPropsOf(get)), frame, reading);
      return { kind: 'shape', ...common, geometry: 'rect', ...(fill && fill.kind !== 'none' ? { fill } : {}), ...(line && line.fill?.kind !== 'none' ? { line } : {}), text, ...(placeholder ? {} : { textBox: true }) };
    }
    if (c.ns === NS.table && c.local === 'table') {
      const { columns, rows } = readTable(c, reading);
      return { kind: 'table', ...common, columns, rows, ...(attr(c, NS.table, 'use-first-row-styles') === 'true' ? { headerRow: true } : {}) };
    }
    if (c.ns === NS.draw && (c.local === 'object' || c.local === 'object-ole' || c.local === 'plugin')) {
      const fallback = image ? reading.ctx.picture(image) : undefined;
      // A chart object is a chart whatever the frame's presentation class says.
      const chart = c.local === 'object' ? reading.ctx.chart?.(c) : undefined;
      const what = c.local === 'plugin' ? 'media' : cls === 'chart' || chart ? 'chart' : 'ole-object';
      const source = c.local === 'plugin' ? undefined : reading.ctx.keep?.(c);
      count(reading, what);
      return { kind: 'opaque', ...common, what, ...(fallback ? { fallback } : {}), ...(source ? { source } : {}), ...(chart ? { chart } : {}) };
    }
    if (c.ns === NS.draw && c.local === 'image') {
      const media = reading.ctx.picture(c);
      if (!media) return placeholder ? { kind: 'shape', ...common, geometry: 'rect' } : undefined;
      const crop = cropOf(get(NS.fo, 'clip'), reading.ctx.mediaData(media));
      const flipped = mirroredFrame(common.xfrm, get(NS.style, 'mirror'));
      return { kind: 'picture', ...common, ...(flipped ? { xfrm: flipped } : {}), media, ...(crop ? { crop } : {}) };
    }
  }
  return placeholder ? { kind: 'shape', ...common, geometry: 'rect', text: { paragraphs: [] } } : undefined;
}

/** A picture frame's box with the flips of its style's style:mirror (`horizontal`, `vertical`, both; LibreOffice also writes `horizontal-on-odd`/`-even` for pages, read as horizontal). */
function mirroredFrame(xfrm: Transform | undefined, mirror: string | undefined): Transform | undefined {
  if (!xfrm || !mirror) return undefined;
  const words = mirror.trim().split(/\s+/);
  const flipH = words.some((w) => w.startsWith('horizontal'));
  const flipV = words.includes('vertical');
  return flipH || flipV ? { ...xfrm, ...(flipH ? { flipH } : {}), ...(flipV ? { flipV } : {}) } : undefined;
}

function readGeometryShape(el: XmlElement, reading: ShapeReading, geometry: string, xfrm: Transform | undefined): GeometryShape {
  const get = graphicGetter(el, reading);
  const fill = readFill(get, reading.ctx);
  const line = readOutline(get);
  const shadow = shadowOfOdf(get, odfLengthToEmu);
  const text = readOdfText(el, reading.ctx, false);
  const hasText = text.paragraphs.length > 0;
  return {
    kind: 'shape',
    ...base(el, reading),
    geometry,
    ...(xfrm ? { xfrm } : {}),
    ...(fill ? { fill } : {}),
    ...(line ? { line } : {}),
    ...(shadow ? { shadow } : {}),
    ...(hasText ? { text: withProps(text, bodyPropsOf(get)) } : {}),
  };
}

function boundingBox(shapes: readonly DeckShape[]): Transform | undefined {
  const boxes = shapes.flatMap((s) => (s.xfrm ? [s.xfrm] : []));
  if (boxes.length === 0) return undefined;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const r = Math.max(...boxes.map((b) => b.x + b.cx));
  const b = Math.max(...boxes.map((bb) => bb.y + bb.cy));
  return { x, y, cx: r - x, cy: b - y };
}

/**
 * A draw:custom-shape: a type DrawingML has as a preset stays that preset; any other (free forms,
 * LibreOffice's own shapes such as callouts) is drawn from its enhanced path, formulas evaluated.
 * A path that cannot be evaluated leaves a custom shape without outline (a rectangle elsewhere),
 * and the reason is reported.
 */
function readCustomShape(el: XmlElement, reading: ShapeReading): GeometryShape {
  const geo = childElement(el, NS.draw, 'enhanced-geometry');
  const type = geo ? attr(geo, NS.draw, 'type') : undefined;
  const xfrm = transformOf(el);
  if (!geo || isPresetOdfType(type)) {
    const shape = readGeometryShape(el, reading, presetOfOdfType(type), xfrm);
    // An `ooxml-<preset>` type keeps the preset's adjust values as its modifiers, in a:avLst order;
    // an ODF type of its own has modifiers in its 21600 box, converted with the shape's size.
    const modifiers = geo ? attr(geo, NS.draw, 'modifiers') : undefined;
    const adjust = type?.startsWith('ooxml-') ? adjustOfModifiers(shape.geometry, modifiers) : adjustOfTypeModifiers(type, modifiers, xfrm);
    return adjust ? { ...shape, adjust } : shape;
  }
  // LibreOffice leaves svg:viewBox empty for a DrawingML custGeom and gives its space as drawooo:sub-view-size.
  const viewBox = attr(geo, NS.svg, 'viewBox');
  const subView = /^\s*(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)/.exec(attr(geo, DRAWOOO, 'sub-view-size') ?? '');
  const box = subView && (!viewBox || /^\s*0\s+0\s+0\s+0\s*$/.test(viewBox)) ? `0 0 ${subView[1] ?? '0'} ${subView[2] ?? '0'}` : viewBox;
  const shape = readGeometryShape(el, reading, 'custom', xfrm);
  let paths: CustomPath[] | undefined;
  try {
    paths = enhancedGeometryPaths(geo, { logWidth: (xfrm?.cx ?? 0) / 360, logHeight: (xfrm?.cy ?? 0) / 360, hasFill: shape.fill?.kind !== 'none', hasStroke: shape.line?.fill?.kind !== 'none' }, box);
  } catch (e) {
    if (!(e instanceof FormulaError)) throw e;
    count(reading, `free-shape-formula:${e.message}`);
    return shape;
  }
  if (!paths) {
    count(reading, 'free-shape');
    return shape;
  }
  // Its handles move modifiers its formulas use; the outline is kept as evaluated, so no handle
  // has a guide to move in a:custGeom or draw:enhanced-path (`shape-handles-dropped`).
  if (childElements(geo, NS.draw, 'handle').length > 0) count(reading, 'free-shape-handles');
  return { ...shape, paths };
}

/** The deck shapes among the children of a page, master page or group, in z-order. */
export function readOdfShapes(parent: XmlElement, reading: ShapeReading): DeckShape[] {
  const out: DeckShape[] = [];
  for (const el of childElements(parent)) {
    if (el.ns !== NS.draw) continue;
    switch (el.local) {
      case 'frame': {
        const s = readFrame(el, reading);
        if (s) out.push(s);
        break;
      }
      case 'custom-shape': {
        const shape = readCustomShape(el, reading);
        const geo = childElement(el, NS.draw, 'enhanced-geometry');
        const flipH = geo ? attr(geo, NS.draw, 'mirror-horizontal') === 'true' : false;
        const flipV = geo ? attr(geo, NS.draw, 'mirror-vertical') === 'true' : false;
        // LibreOffice mirrors after the turn, DrawingML flips before it: one mirror reverses the turn.
        const turn = shape.xfrm?.rot && flipH !== flipV ? { rot: 21_600_000 - shape.xfrm.rot } : {};
        const flipped = shape.xfrm && (flipH || flipV) ? { ...shape, xfrm: { ...shape.xfrm, ...turn, ...(flipH ? { flipH } : {}), ...(flipV ? { flipV } : {}) } } : shape;
        out.push(withTurnedText(flipped, geo));
        break;
      }
      case 'rect':
        out.push(readGeometryShape(el, reading, attr(el, NS.draw, 'corner-radius') ? 'roundRect' : 'rect', transformOf(el)));
        break;
      case 'ellipse':
      case 'circle':
        out.push(readGeometryShape(el, reading, 'ellipse', transformOf(el)));
        break;
      case 'line':
        out.push(readGeometryShape(el, reading, 'line', lineTransform(el)));
        break;
      case 'polygon':
      case 'polyline':
      case 'path':
      case 'regular-polygon': {
        const viewBox = attr(el, NS.svg, 'viewBox');
        const paths =
          el.local === 'path' ? pathsOfSvgD(attr(el, NS.svg, 'd'), viewBox) : el.local === 'regular-polygon' ? undefined : pathsOfPoints(attr(el, NS.draw, 'points'), viewBox, el.local === 'polygon');
        if (!paths) count(reading, 'free-shape');
        const shape = readGeometryShape(el, reading, 'custom', transformOf(el));
        out.push(paths ? { ...shape, paths } : shape);
        break;
      }
      case 'connector': {
        const get = graphicGetter(el, reading);
        const line = readOutline(get);
        const type = attr(el, NS.draw, 'type');
        out.push({ kind: 'connector', ...base(el, reading), geometry: type === 'curve' ? 'curvedConnector3' : type === 'standard' ? 'bentConnector3' : 'straightConnector1', xfrm: lineTransform(el), ...(line ? { line } : {}) });
        break;
      }
      case 'g':
      case 'a': {
        const children = readOdfShapes(el, reading);
        if (el.local === 'a') out.push(...children);
        else if (children.length > 0) {
          const box = boundingBox(children);
          out.push({ kind: 'group', ...base(el, reading), ...(box ? { xfrm: box, childSpace: box } : {}), children });
        }
        break;
      }
      default:
        break;
    }
  }
  return out;
}
