/**
 * Charts of an XLSX worksheet: the sheet's drawing part (ECMA-376 Part 1, 20.5 `xdr:wsDr`,
 * anchors 20.5.2.33 `twoCellAnchor` / 20.5.2.24 `oneCellAnchor` / 20.5.2.1 `absoluteAnchor`)
 * whose graphic frames name chart parts (21.2.2.27 `c:chart r:id`).
 *
 * Read: every chart the model can express becomes a {@link Chart} tied to its part
 * (`keptPart`); the whole drawing stays kept verbatim (xlsx-opaque-drawing.ts) because it also
 * holds pictures, shapes and chart formatting the model does not. Write: charts without a kept
 * part (inserted in Ostal, or read from ODS) become new chart parts, anchored in a new drawing
 * part or appended to the kept one.
 */
import type { Chart, ChartAnchor, ChartAnchorPoint, OpaqueDrawing, Sheet } from '@ostal/model';
import type { ReadContext } from '../codec.js';
import type { OpcPackage } from '../ooxml/opc-package.js';
import { CT_CHART, REL_CHART, NS_CHART, chartOfChartSpace, chartSpaceXml, isChartElement } from '../ooxml/dml-chart.js';
import { FormatError } from '../errors.js';
import { NS } from '../xml/namespaces.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { attr, childElement, childElements, isElement } from '../xml/xml-tree.js';
import { escapeAttr } from '../xml/xml-writer.js';
import { decodeBase64 } from '../text/text-media.js';
import { NS_XDR, freePartName, markerXml } from './xlsx-drawing-writer.js';
import type { NewDrawingObject } from './xlsx-drawing-writer.js';

export { NS_XDR } from './xlsx-drawing-writer.js';

const NS_XDR_STRICT = 'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing';

/** The first child `local` of `el` in the drawing namespace (Transitional or Strict). */
export function xdr(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el ? childElements(el).find((e) => (e.ns === NS_XDR || e.ns === NS_XDR_STRICT) && e.local === local) : undefined;
}

export function findChartRef(el: XmlElement): XmlElement | undefined {
  for (const c of childElements(el)) {
    if (isChartElement(c, 'chart')) return c;
    const found = findChartRef(c);
    if (found) return found;
  }
  return undefined;
}
const NS_MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const EMU_PER_PT = 12_700;
/** Excel's default column width (8.43 characters, 64 px) and row height, in points. */
const DEFAULT_COL_PT = 48;
const DEFAULT_ROW_PT = 15;
/** Charts read per drawing at most, as many as the ODS reader takes frames per sheet (a hostile file cannot make the model huge). */
const MAX_CHARTS = 500;

export function textOf(el: XmlElement): string {
  return el.children.map((n) => (isElement(n) ? textOf(n) : n)).join('');
}

function num(el: XmlElement | undefined, local: string): number {
  const child = xdr(el, local);
  const n = child ? Number(textOf(child)) : 0;
  return Number.isFinite(n) && n >= 0 ? n : 0;
}

export function pointOf(el: XmlElement | undefined): ChartAnchorPoint {
  const dx = num(el, 'colOff') / EMU_PER_PT;
  const dy = num(el, 'rowOff') / EMU_PER_PT;
  return { row: Math.min(Math.floor(num(el, 'row')), 1_048_575), col: Math.min(Math.floor(num(el, 'col')), 16_383), ...(dx > 0 ? { dx } : {}), ...(dy > 0 ? { dy } : {}) };
}

/** The cell corner `width` x `height` points away from `from`, with default cell sizes. */
function pointAfter(from: ChartAnchorPoint, width: number, height: number): ChartAnchorPoint {
  const x = (from.dx ?? 0) + width;
  const y = (from.dy ?? 0) + height;
  return { col: from.col + Math.floor(x / DEFAULT_COL_PT), row: from.row + Math.floor(y / DEFAULT_ROW_PT), dx: x % DEFAULT_COL_PT, dy: y % DEFAULT_ROW_PT };
}

/** The anchor the model has for a drawing anchor element (one- and absolute anchors placed with Excel's default cells). */
export function anchorOf(el: XmlElement): ChartAnchor {
  const from = xdr(el, 'from');
  if (el.local === 'twoCellAnchor') return { from: pointOf(from), to: pointOf(xdr(el, 'to')) };
  const ext = xdr(el, 'ext');
  const w = Number(ext ? attr(ext, '', 'cx') : 0) / EMU_PER_PT || 360;
  const h = Number(ext ? attr(ext, '', 'cy') : 0) / EMU_PER_PT || 216;
  if (el.local === 'oneCellAnchor') {
    const start = pointOf(from);
    return { from: start, to: pointAfter(start, w, h) };
  }
  const pos = xdr(el, 'pos');
  const start = pointAfter({ row: 0, col: 0 }, Number(pos ? attr(pos, '', 'x') : 0) / EMU_PER_PT || 0, Number(pos ? attr(pos, '', 'y') : 0) / EMU_PER_PT || 0);
  return { from: start, to: pointAfter(start, w, h) };
}

/** Anchors of a drawing, looking into markup-compatibility blocks (their fallback, else first choice). */
export function anchorsOf(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const el of childElements(root)) {
    if ((el.ns === NS_XDR || el.ns === NS_XDR_STRICT) && /^(?:twoCellAnchor|oneCellAnchor|absoluteAnchor)$/.test(el.local)) out.push(el);
    else if (el.ns === NS_MC && el.local === 'AlternateContent') {
      const branch = childElement(el, NS_MC, 'Fallback') ?? childElement(el, NS_MC, 'Choice');
      if (branch) out.push(...childElements(branch).filter((a) => a.ns === NS_XDR || a.ns === NS_XDR_STRICT));
    }
  }
  return out;
}

/**
 * The root and relationships (by id) of the drawing part `drawingPart`; undefined when its XML is
 * malformed (the sheet then reads without its drawing objects).
 */
export function readDrawing(pkg: OpcPackage, drawingPart: string): { root: XmlElement; rels: Map<string, ReturnType<OpcPackage['relationships']>[number]> } | undefined {
  let root: XmlElement;
  try {
    root = pkg.xml(drawingPart);
  } catch (err) {
    if (err instanceof FormatError && err.reason !== 'malformed-xml') throw err;
    return undefined;
  }
  return { root, rels: new Map(pkg.relationships(drawingPart).map((r) => [r.id, r])) };
}

/** The charts of the drawing `drawingPart` the model can express, each tied to its chart part. */
export function readXlsxCharts(pkg: OpcPackage, drawingPart: string, sheetName: string, ctx: ReadContext): Chart[] {
  const drawing = readDrawing(pkg, drawingPart);
  if (!drawing) return [];
  const { root, rels } = drawing;
  const charts: Chart[] = [];
  let skipped = 0;
  for (const anchor of anchorsOf(root)) {
    const frame = xdr(anchor, 'graphicFrame');
    const ref = frame ? findChartRef(frame) : undefined;
    const id = ref ? (attr(ref, NS.r, 'id') ?? attr(ref, NS.strictR, 'id')) : undefined;
    const rel = id ? rels.get(id) : undefined;
    if (!rel || rel.external || !pkg.has(rel.target)) continue;
    if (charts.length >= MAX_CHARTS) break;
    let chart: Chart | null = null;
    try {
      chart = chartOfChartSpace(pkg.xml(rel.target), anchorOf(anchor), sheetName);
    } catch (err) {
      if (err instanceof FormatError && err.reason !== 'malformed-xml') throw err;
    }
    if (chart) charts.push({ ...chart, keptPart: rel.target });
    else skipped += 1;
  }
  if (skipped > 0) ctx.diagnostics.add('info', 'chart-kept-opaque', `${String(skipped)} chart(s) of the sheet "${sheetName}" use a kind Ostal does not draw; they are kept as they are for XLSX.`, drawingPart);
  return charts;
}

/** Number of anchored objects (charts, pictures, shapes) in a kept drawing. */
export function drawingObjectCount(drawing: OpaqueDrawing): number {
  const first = drawing.parts[0];
  const bytes = first ? decodeBase64(first.base64) : undefined;
  if (!bytes) return 0;
  const text = new TextDecoder().decode(bytes);
  return (text.match(/<(?:[A-Za-z_][\w.-]*:)?(?:twoCellAnchor|oneCellAnchor|absoluteAnchor)[\s>/]/g) ?? []).length;
}

/** The charts of a sheet the XLSX writer must write itself (not already in its kept drawing). */
export function chartsToWrite(sheet: Sheet): Chart[] {
  const kept = new Set((sheet.drawing?.format === 'xlsx' ? sheet.drawing.parts : []).map((p) => p.name));
  return (sheet.charts ?? []).filter((c) => !c.keptPart || !kept.has(c.keptPart));
}

function anchorXml(chart: Chart, relId: string, objectId: number, declare: boolean): string {
  const ns = declare ? ` xmlns:xdr="${NS_XDR}" xmlns:a="${NS.a}"` : '';
  const name = escapeAttr(chart.title ? `Graphique ${String(objectId)} - ${chart.title}` : `Graphique ${String(objectId)}`);
  return (
    `<xdr:twoCellAnchor${ns} editAs="oneCell">${markerXml('from', chart.anchor.from)}${markerXml('to', chart.anchor.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${String(objectId)}" name="${name}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_CHART}"><c:chart xmlns:c="${NS_CHART}" xmlns:r="${NS.r}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** New chart parts for `charts`, as objects for the drawing (xlsx-drawing-writer.ts). */
export function chartObjects(charts: readonly Chart[], reserved: Set<string>): NewDrawingObject[] {
  return charts.map((chart) => ({
    part: { name: freePartName('xl/charts/chart', reserved), contentType: CT_CHART, data: chartSpaceXml(chart), relType: REL_CHART },
    anchorXml: (relId, objectId, declare) => anchorXml(chart, relId, objectId, declare),
  }));
}
