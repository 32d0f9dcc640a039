/**
 * The shape tree of a slide, layout, master or notes slide (ECMA-376 Part 1, 19.3.1.45 p:spTree;
 * 19.3.1.43 p:sp, 19.3.1.22 p:grpSp, 19.3.1.21 p:graphicFrame, 19.3.1.37 p:pic, 19.3.1.19
 * p:cxnSp; placeholders 19.3.1.36 p:ph) read into deck shapes, in z-order.
 */
import type { DeckShape, KeptPart, OpaqueShape, OpaqueSource, PlaceholderRef, TableCell, TableShape } from '@ostal/model';
import { attr, childElements } from '../xml/xml-tree.js';
import type { XmlElement, XmlNode } from '../xml/xml-tree.js';
import { NS } from '../xml/namespaces.js';
import { parseXml } from '../xml/xml-parser.js';
import { intAttr, readChildSpace, readFill, readGeometry, readOutline, readCrop, readTransform } from './dml-properties.js';
import type { MediaResolver } from './dml-properties.js';
import { readRichTextBody } from './dml-rich-text.js';
import type { LinkResolver } from './dml-rich-text.js';
import { aChild, alternateContent, isA, isP, pChild } from './ooxml-names.js';
import { elementXml } from './xml-fragment.js';
import { transitionalElement, usesStrict } from '../ooxml/strict-namespaces.js';
import { chartOfKeptFrame } from './pptx-charts.js';
import { diagramTextShapes } from './pptx-diagram-text.js';
import { readShapeEffects } from './shape-effects.js';
import { applyTableStyle, builtInTableStyle, readTableStyleRef } from './pptx-table-style.js';
import { readShapeStyle, styledEffects, styledFill, styledLine, styledText } from './pptx-shape-style.js';

/** How a shape tree finds the parts it refers to. */
export interface ShapeContext {
  readonly media: MediaResolver;
  readonly links: LinkResolver;
  /** The part a relationship of this part reaches, with the parts it needs, kept as is. */
  readonly keep?: (relId: string) => { type: string; path: string; parts: KeptPart[]; external?: boolean } | undefined;
  /** The application that wrote the package, recorded on kept markup. */
  readonly generator?: OpaqueSource['generator'];
  /** The theme's line widths (a:lnStyleLst), for shapes whose style refers to one. */
  readonly lineWidths?: readonly (number | undefined)[];
  /** The theme's effect lists (a:effectStyleLst), for shapes whose style refers to one. */
  readonly effectStyles?: readonly (XmlElement | undefined)[];
  /** The deck's table styles (ppt/tableStyles.xml a:tblStyle), by upper-case style id. */
  readonly tableStyles?: ReadonlyMap<string, XmlElement>;
}

function placeholderOf(nvPr: XmlElement | undefined): PlaceholderRef | undefined {
  const ph = pChild(nvPr, 'ph');
  if (!ph) return undefined;
  // ST_PlaceholderType defaults to "obj" (19.3.1.36).
  const idx = intAttr(ph, 'idx');
  return { type: attr(ph, '', 'type') ?? 'obj', ...(idx !== undefined ? { idx } : {}) };
}

/** id, name, description and hidden flag of p:cNvPr, and the placeholder of p:nvPr. */
function common(nv: XmlElement | undefined): { id: number; name?: string; description?: string; hidden?: boolean; placeholder?: PlaceholderRef } {
  const c = pChild(nv, 'cNvPr');
  const name = c ? attr(c, '', 'name') : undefined;
  const description = c ? attr(c, '', 'descr') : undefined;
  const hidden = c ? attr(c, '', 'hidden') : undefined;
  const placeholder = placeholderOf(pChild(nv, 'nvPr'));
  return {
    id: intAttr(c, 'id') ?? 0,
    ...(name ? { name } : {}),
    ...(description ? { description } : {}),
    ...(hidden === '1' || hidden === 'true' ? { hidden: true } : {}),
    ...(placeholder ? { placeholder } : {}),
  };
}

function readSp(sp: XmlElement, ctx: ShapeContext): DeckShape {
  const spPr = pChild(sp, 'spPr');
  const xfrm = readTransform(aChild(spPr, 'xfrm'));
  // What the shape does not state itself comes from its style (p:style): most inserted shapes.
  const style = readShapeStyle(pChild(sp, 'style'));
  const fill = styledFill(readFill(spPr, ctx.media), style);
  const line = styledLine(readOutline(aChild(spPr, 'ln'), ctx.media), style, ctx.lineWidths ?? []);
  const text = styledText(readRichTextBody(pChild(sp, 'txBody'), ctx.links, ctx.media), style);
  const { effectsXml, shadow } = readShapeEffects(spPr, styledEffects(style, ctx.effectStyles ?? []));
  const txBox = attr(pChild(pChild(sp, 'nvSpPr'), 'cNvSpPr') ?? sp, '', 'txBox');
  return {
    kind: 'shape',
    ...common(pChild(sp, 'nvSpPr')),
    ...readGeometry(spPr),
    ...(xfrm ? { xfrm } : {}),
    ...(fill ? { fill } : {}),
    ...(line ? { line } : {}),
    ...(effectsXml ? { effectsXml } : {}),
    ...(shadow ? { shadow } : {}),
    ...(text ? { text } : {}),
    ...(txBox === '1' || txBox === 'true' ? { textBox: true } : {}),
  };
}

function readConnector(cxn: XmlElement, ctx: ShapeContext): DeckShape {
  const spPr = pChild(cxn, 'spPr');
  const xfrm = readTransform(aChild(spPr, 'xfrm'));
  const line = styledLine(readOutline(aChild(spPr, 'ln'), ctx.media), readShapeStyle(pChild(cxn, 'style')), ctx.lineWidths ?? []);
  const locks = pChild(pChild(cxn, 'nvCxnSpPr'), 'cNvCxnSpPr');
  const end = (local: string): { id: number; site: number } | undefined => {
    const e = aChild(locks, local);
    const id = intAttr(e, 'id');
    return id === undefined ? undefined : { id, site: intAttr(e, 'idx') ?? 0 };
  };
  const start = end('stCxn');
  const stop = end('endCxn');
  return {
    kind: 'connector',
    ...common(pChild(cxn, 'nvCxnSpPr')),
    geometry: readGeometry(spPr).geometry,
    ...(xfrm ? { xfrm } : {}),
    ...(line ? { line } : {}),
    ...(start ? { start } : {}),
    ...(stop ? { end: stop } : {}),
  };
}

function mediaElement(nvPr: XmlElement | undefined): boolean {
  return nvPr ? childElements(nvPr).some((c) => isA(c, 'videoFile') || isA(c, 'audioFile') || isA(c, 'wavAudioFile') || isA(c, 'quickTimeFile') || isA(c, 'audioCd')) : false;
}

function readPic(pic: XmlElement, ctx: ShapeContext): DeckShape | undefined {
  const nv = pChild(pic, 'nvPicPr');
  const spPr = pChild(pic, 'spPr');
  const xfrm = readTransform(aChild(spPr, 'xfrm'));
  const blipFill = pChild(pic, 'blipFill');
  const blip = aChild(blipFill, 'blip');
  const media = ctx.media(blip ? (attr(blip, NS.r, 'embed') ?? attr(blip, NS.strictR, 'embed')) : undefined);
  const base = { ...common(nv), ...(xfrm ? { xfrm } : {}) };
  if (mediaElement(pChild(nv, 'nvPr'))) {
    // Kept whole for PPTX saves (the video or sound, linked or embedded, with its poster picture);
    // a Strict file's picture is renamed into the Transitional namespaces the writer uses.
    const source = keptSource(usesStrict(pic) ? transitionalElement(pic) : pic, pic, ctx);
    const opaque: OpaqueShape = { kind: 'opaque', what: 'media', ...base, ...(media ? { fallback: media } : {}), ...(source ? { source } : {}) };
    return opaque;
  }
  if (!media) return base.placeholder ? { kind: 'shape', geometry: 'rect', ...base } : undefined;
  const crop = readCrop(aChild(blipFill, 'srcRect'));
  const line = readOutline(aChild(spPr, 'ln'), ctx.media);
  return { kind: 'picture', ...base, media, ...(crop ? { crop } : {}), ...(line ? { line } : {}) };
}

function readCell(tc: XmlElement, ctx: ShapeContext): TableCell {
  const tcPr = aChild(tc, 'tcPr');
  const text = readRichTextBody(aChild(tc, 'txBody'), ctx.links, ctx.media) ?? { paragraphs: [] };
  const colSpan = intAttr(tc, 'gridSpan');
  const rowSpan = intAttr(tc, 'rowSpan');
  const merged = attr(tc, '', 'hMerge') === '1' || attr(tc, '', 'vMerge') === '1' || attr(tc, '', 'hMerge') === 'true' || attr(tc, '', 'vMerge') === 'true';
  const fill = readFill(tcPr, ctx.media);
  const border = (local: string) => readOutline(aChild(tcPr, local), ctx.media);
  const left = border('lnL');
  const right = border('lnR');
  const top = border('lnT');
  const bottom = border('lnB');
  const borders = { ...(left ? { left } : {}), ...(right ? { right } : {}), ...(top ? { top } : {}), ...(bottom ? { bottom } : {}) };
  return {
    text,
    ...(colSpan && colSpan > 1 ? { colSpan } : {}),
    ...(rowSpan && rowSpan > 1 ? { rowSpan } : {}),
    ...(merged ? { merged } : {}),
    ...(fill ? { fill } : {}),
    ...(Object.keys(borders).length > 0 ? { borders } : {}),
  };
}

function readTable(tbl: XmlElement, base: Omit<TableShape, 'kind' | 'columns' | 'rows'>, ctx: ShapeContext): TableShape {
  const grid = aChild(tbl, 'tblGrid');
  const columns = grid ? childElements(grid).filter((g) => isA(g, 'gridCol')).map((g) => intAttr(g, 'w') ?? 0) : [];
  const trs = childElements(tbl).filter((r) => isA(r, 'tr'));
  const tblPr = aChild(tbl, 'tblPr');
  const firstRow = tblPr ? attr(tblPr, '', 'firstRow') : undefined;
  const headerRow = firstRow === '1' || firstRow === 'true';
  const style = readTableStyleRef(tblPr, ctx.tableStyles);
  const definition = style ? (ctx.tableStyles?.get(style.id.toUpperCase()) ?? builtInTableStyle(style.id)) : undefined;
  const read = trs.map((tr) => childElements(tr).filter((c) => isA(c, 'tc')).map((tc) => readCell(tc, ctx)));
  const cells = style && definition ? applyTableStyle(read, columns.length, definition, style, headerRow, ctx.media) : read;
  const rows = trs.map((tr, i) => ({ height: intAttr(tr, 'h') ?? 0, cells: cells[i] ?? [] }));
  return { kind: 'table', ...base, columns, rows, ...(headerRow ? { headerRow } : {}), ...(style ? { style } : {}) };
}

function fallbackPicture(el: XmlElement, ctx: ShapeContext): string | undefined {
  // An OLE object's p:oleObj carries its picture as p:pic (19.3.2.4); so do mc:Fallback branches.
  for (const c of childElements(el)) {
    if (isP(c, 'pic')) {
      const s = readPic(c, ctx);
      if (s?.kind === 'picture') return s.media;
    }
    const inner = fallbackPicture(c, ctx);
    if (inner) return inner;
  }
  return undefined;
}

const REL_NAMESPACES = new Set<string>([NS.r, NS.strictR]);

/**
 * `el` with each markup-compatibility choice that needs VML (`mc:Choice Requires="v"`: an OLE
 * object drawn by a legacy VML shape, `spid`) replaced by its fallback (the object with its own
 * picture, as PowerPoint 2010 and later write it). The VML drawing part is not kept, so the
 * choice would leave the object without a picture.
 */
function withoutVmlChoices(el: XmlElement): XmlElement {
  const children = el.children.flatMap((c): XmlNode[] => {
    if (typeof c === 'string') return [c];
    if (c.ns === NS.mc && c.local === 'AlternateContent') {
      const choice = childElements(c).find((e) => e.ns === NS.mc && e.local === 'Choice');
      const fallback = childElements(c).find((e) => e.ns === NS.mc && e.local === 'Fallback');
      const needsVml = (choice?.attrs.get('Requires') ?? '').split(/\s+/).includes('v');
      if (needsVml && fallback) return fallback.children.map((f) => (typeof f === 'string' ? f : withoutVmlChoices(f)));
    }
    return [withoutVmlChoices(c)];
  });
  return { ns: el.ns, local: el.local, qname: el.qname, attrs: el.attrs, nsDecls: el.nsDecls, children };
}

/** The frame's markup and every part its relationship attributes reach, for same-format saves. */
function keptSource(frame: XmlElement, data: XmlElement, ctx: ShapeContext): OpaqueSource | undefined {
  if (!ctx.keep) return undefined;
  const rels: Record<string, { type: string; path: string; external?: boolean }> = {};
  const parts: KeptPart[] = [];
  const seen = new Set<string>();
  const walk = (el: XmlElement): void => {
    for (const [key, value] of el.attrs) {
      const m = /^\{([^}]*)\}/.exec(key);
      if (!m || !REL_NAMESPACES.has(m[1] ?? '') || rels[value]) continue;
      const kept = ctx.keep?.(value);
      if (!kept) continue;
      rels[value] = { type: kept.type, path: kept.path, ...(kept.external ? { external: true } : {}) };
      for (const p of kept.parts) {
        if (seen.has(p.path)) continue;
        seen.add(p.path);
        parts.push(p);
      }
    }
    for (const c of childElements(el)) walk(c);
  };
  walk(data);
  if (Object.keys(rels).length === 0) return undefined;
  return { format: 'pptx', xml: elementXml(withoutVmlChoices(frame)), rels, parts, ...(ctx.generator ? { generator: ctx.generator } : {}) };
}

function readGraphicFrame(frame: XmlElement, ctx: ShapeContext): DeckShape {
  const xfrm = readTransform(pChild(frame, 'xfrm'));
  const base = { ...common(pChild(frame, 'nvGraphicFramePr')), ...(xfrm ? { xfrm } : {}) };
  const data = aChild(aChild(frame, 'graphic'), 'graphicData');
  const tbl = aChild(data, 'tbl');
  if (tbl) return readTable(tbl, base, ctx);
  const uri = data ? (attr(data, '', 'uri') ?? '') : '';
  const what: OpaqueShape['what'] = /chart/i.test(uri) ? 'chart' : /diagram/i.test(uri) ? 'diagram' : /ole/i.test(uri) ? 'ole-object' : 'graphic';
  const fallback = data ? fallbackPicture(data, ctx) : undefined;
  const source = data ? keptSource(frame, data, ctx) : undefined;
  const chart = what === 'chart' ? chartOfKeptFrame(source, 256) : undefined;
  const drawing = what === 'diagram' ? (diagramDrawing(source, ctx) ?? diagramText(source, xfrm)) : undefined;
  return { kind: 'opaque', what, ...base, ...(fallback ? { fallback } : {}), ...(source ? { source } : {}), ...(chart ? { chart } : {}), ...(drawing ? { drawing } : {}) };
}

/**
 * The shapes of a SmartArt diagram's drawing part ([MS-ODRAWXML] 2.1.1313 dsp:drawing), which its
 * data part names in `dsp:dataModelExt relId` (a relationship of the slide). Pictures are left
 * out: their relationships belong to the drawing part, not to the slide.
 */
function diagramDrawing(source: OpaqueSource | undefined, ctx: ShapeContext): DeckShape[] | undefined {
  const data = source?.parts?.find((p) => /(^|\/)diagrams\/data[^/]*\.xml$/.test(p.path));
  const relId = data ? /<(?:\w+:)?dataModelExt\b[^>]*\brelId="([^"]+)"/.exec(new TextDecoder().decode(data.data))?.[1] : undefined;
  const part = relId ? ctx.keep?.(relId)?.parts[0] : undefined;
  if (!part) return undefined;
  let root: XmlElement;
  try {
    root = parseXml(new TextDecoder().decode(part.data), { part: part.path, maxDepth: 256 });
  } catch {
    return undefined;
  }
  const shapes = readShapeTree(root, ctx).filter((s) => s.kind !== 'picture');
  return shapes.length > 0 ? shapes : undefined;
}

/** Without a drawing part: the text of the diagram's data as an outline in its frame. */
function diagramText(source: OpaqueSource | undefined, xfrm: { cx: number; cy: number } | undefined): DeckShape[] | undefined {
  const data = source?.parts?.find((p) => /(^|\/)diagrams\/data[^/]*\.xml$/.test(p.path));
  if (!data || !xfrm) return undefined;
  return diagramTextShapes(new TextDecoder().decode(data.data), xfrm.cx, xfrm.cy, data.path);
}

function readGroup(grp: XmlElement, ctx: ShapeContext): DeckShape {
  const x = aChild(pChild(grp, 'grpSpPr'), 'xfrm');
  const xfrm = readTransform(x);
  const childSpace = readChildSpace(x);
  return { kind: 'group', ...common(pChild(grp, 'nvGrpSpPr')), ...(xfrm ? { xfrm } : {}), ...(childSpace ? { childSpace } : {}), children: readShapes(childElements(grp), ctx) };
}

const A14 = 'http://schemas.microsoft.com/office/drawing/2010/main';

function holdsMath(el: XmlElement, depth = 0): boolean {
  if (el.ns === A14 && el.local === 'm') return true;
  return depth < 12 && childElements(el).some((c) => holdsMath(c, depth + 1));
}

/**
 * A shape whose text holds an Office Math equation (a14:m in mc:Choice, its picture in
 * mc:Fallback): kept whole as an opaque `equation` for PPTX saves, shown elsewhere as the picture.
 */
function readEquation(ac: XmlElement, ctx: ShapeContext): OpaqueShape | undefined {
  const choice = childElements(ac, NS.mc, 'Choice')[0];
  if (!choice || !holdsMath(choice)) return undefined;
  const shapes = readShapes(alternateContent(ac), ctx);
  const shape = shapes[0];
  if (shapes.length !== 1 || !shape) return undefined;
  const source = keptSource(ac, ac, ctx);
  if (!source) return undefined;
  const fallback = shape.kind === 'shape' && shape.fill?.kind === 'picture' ? shape.fill.media : shape.kind === 'picture' ? shape.media : undefined;
  const { id, name, description, hidden, xfrm } = shape;
  return {
    kind: 'opaque',
    what: 'equation',
    id,
    ...(name ? { name } : {}),
    ...(description ? { description } : {}),
    ...(hidden ? { hidden } : {}),
    ...(xfrm ? { xfrm } : {}),
    ...(fallback ? { fallback } : {}),
    source,
  };
}

function readShapes(nodes: readonly XmlElement[], ctx: ShapeContext): DeckShape[] {
  const out: DeckShape[] = [];
  for (const el of nodes) {
    if (isP(el, 'sp')) out.push(readSp(el, ctx));
    else if (isP(el, 'grpSp')) out.push(readGroup(el, ctx));
    else if (isP(el, 'graphicFrame')) out.push(readGraphicFrame(el, ctx));
    else if (isP(el, 'cxnSp')) out.push(readConnector(el, ctx));
    else if (isP(el, 'pic')) {
      const pic = readPic(el, ctx);
      if (pic) out.push(pic);
    } else if (isP(el, 'contentPart')) out.push({ kind: 'opaque', what: 'content-part', id: 0 });
    else if (el.ns === NS.mc && el.local === 'AlternateContent') {
      const equation = readEquation(el, ctx);
      if (equation) out.push(equation);
      else out.push(...readShapes(alternateContent(el), ctx));
    }
  }
  return out;
}

/** The shapes of `p:cSld` (slide, layout, master, notes slide) in z-order; unknown elements are skipped. */
export function readShapeTree(cSld: XmlElement | undefined, ctx: ShapeContext): DeckShape[] {
  const tree = pChild(cSld, 'spTree');
  return tree ? readShapes(childElements(tree), ctx) : [];
}
