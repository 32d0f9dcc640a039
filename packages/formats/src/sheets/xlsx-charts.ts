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
import type { OpcPartOut } from '../ooxml/opc-writer.js';
import { CT_CHART, REL_CHART, NS_CHART, chartOfChartSpace, chartSpaceXml, isChartElement } from '../ooxml/dml-chart.js';
import { FormatError } from '../errors.js';
import { NS } from '../xml/namespaces.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { attr, childElement, childElements, isElement } from '../xml/xml-tree.js';
import { escapeAttr } from '../xml/xml-writer.js';
import { decodeBase64, encodeBase64 } from '../text/text-media.js';

export const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_XDR_STRICT = 'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing';

/** The first child `local` of `el` in the drawing namespace (Transitional or Strict). */
function xdr(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el ? childElements(el).find((e) => (e.ns === NS_XDR || e.ns === NS_XDR_STRICT) && e.local === local) : undefined;
}

function findChartRef(el: XmlElement): XmlElement | undefined {
  for (const c of childElements(el)) {
    if (isChartElement(c, 'chart')) return c;
    const found = findChartRef(c);
    if (found) return found;
  }
  return undefined;
}
export const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const NS_MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const EMU_PER_PT = 12_700;
/** Excel's default column width (8.43 characters, 64 px) and row height, in points. */
const DEFAULT_COL_PT = 48;
const DEFAULT_ROW_PT = 15;
const MAX_CHARTS = 200;

function textOf(el: XmlElement): string {
  return el.children.map((n) => (isElement(n) ? textOf(n) : n)).join('');
}

function num(el: XmlElement | undefined, local: string): number {
  const child = xdr(el, local);
  const n = child ? Number(textOf(child)) : 0;
  return Number.isFinite(n) && n >= 0 ? n : 0;
}

function pointOf(el: XmlElement | undefined): ChartAnchorPoint {
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

function anchorOf(el: XmlElement): ChartAnchor {
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
function anchorsOf(root: XmlElement): XmlElement[] {
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

/** The charts of the drawing `drawingPart` the model can express, each tied to its chart part. */
export function readXlsxCharts(pkg: OpcPackage, drawingPart: string, sheetName: string, ctx: ReadContext): Chart[] {
  let root: XmlElement;
  try {
    root = pkg.xml(drawingPart);
  } catch (err) {
    if (err instanceof FormatError && err.reason !== 'malformed-xml') throw err;
    return [];
  }
  const rels = new Map(pkg.relationships(drawingPart).map((r) => [r.id, r]));
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

/**
 * The kept drawing without the charts the user removed (read into the model, no longer in
 * `Sheet.charts`): their anchors leave the drawing part, and parts no longer reachable from it
 * leave the package. Anchors inside markup-compatibility blocks are left alone.
 */
export function withoutRemovedCharts(sheet: Sheet): OpaqueDrawing | undefined {
  const drawing = sheet.drawing;
  const first = drawing?.parts[0];
  if (!drawing || drawing.format !== 'xlsx' || !first || !drawing.charts) return drawing;
  const current = new Set((sheet.charts ?? []).map((c) => c.keptPart));
  const removed = new Set(drawing.charts.filter((p) => !current.has(p)));
  if (removed.size === 0) return drawing;
  const ids = new Set((first.rels ?? []).filter((r) => !r.external && removed.has(r.target)).map((r) => r.id));
  const bytes = decodeBase64(first.base64);
  if (!bytes || ids.size === 0) return drawing;
  let text = new TextDecoder().decode(bytes);
  const anchor = /<([A-Za-z_][\w.-]*:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/\1\2>/g;
  text = text.replace(anchor, (whole: string) => {
    const id = /\br?:?id="([^"]+)"/.exec(whole.slice(whole.search(/:chart\b|<chart\b/)))?.[1];
    return id !== undefined && ids.has(id) && !/AlternateContent/.test(whole) ? '' : whole;
  });
  const rels = (first.rels ?? []).filter((r) => !ids.has(r.id));
  const drawingPart = { ...first, base64: encodeBase64(new TextEncoder().encode(text)), rels };
  // Keep only the parts still reachable from the drawing part.
  const byName = new Map(drawing.parts.map((p) => [p.name, p]));
  byName.set(first.name, drawingPart);
  const reach = new Set<string>([first.name]);
  const queue = [first.name];
  while (queue.length > 0) {
    for (const r of byName.get(queue.shift()!)?.rels ?? []) {
      if (!r.external && byName.has(r.target) && !reach.has(r.target)) {
        reach.add(r.target);
        queue.push(r.target);
      }
    }
  }
  const charts = drawing.charts.filter((p) => !removed.has(p));
  return { format: 'xlsx', parts: drawing.parts.filter((p) => reach.has(p.name)).map((p) => (p.name === first.name ? drawingPart : p)), ...(charts.length > 0 ? { charts } : {}) };
}

/** The charts of a sheet the XLSX writer must write itself (not already in its kept drawing). */
export function chartsToWrite(sheet: Sheet): Chart[] {
  const kept = new Set((sheet.drawing?.format === 'xlsx' ? sheet.drawing.parts : []).map((p) => p.name));
  return (sheet.charts ?? []).filter((c) => !c.keptPart || !kept.has(c.keptPart));
}

function anchorXml(chart: Chart, relId: string, objectId: number, declare: boolean): string {
  const pt = (p: ChartAnchorPoint, tag: string): string =>
    `<xdr:${tag}><xdr:col>${String(p.col)}</xdr:col><xdr:colOff>${String(Math.round((p.dx ?? 0) * EMU_PER_PT))}</xdr:colOff><xdr:row>${String(p.row)}</xdr:row><xdr:rowOff>${String(Math.round((p.dy ?? 0) * EMU_PER_PT))}</xdr:rowOff></xdr:${tag}>`;
  const ns = declare ? ` xmlns:xdr="${NS_XDR}" xmlns:a="${NS.a}"` : '';
  const name = escapeAttr(chart.title ? `Graphique ${String(objectId)} - ${chart.title}` : `Graphique ${String(objectId)}`);
  return (
    `<xdr:twoCellAnchor${ns} editAs="oneCell">${pt(chart.anchor.from, 'from')}${pt(chart.anchor.to, 'to')}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${String(objectId)}" name="${name}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_CHART}"><c:chart xmlns:c="${NS_CHART}" xmlns:r="${NS.r}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** A part name `${prefix}${n}.xml` not in `taken`. */
function freeName(prefix: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = `${prefix}${String(n)}.xml`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/**
 * Chart parts for `charts`, and the drawing that anchors them: the sheet's kept drawing with the
 * new anchors appended (returned as a new kept drawing), or a new drawing part pushed to `out`.
 * `reserved` holds every part name already used or kept in the package (lower case).
 * Returns the drawing's part name, or the kept drawing to write instead.
 */
export function chartDrawingParts(
  charts: readonly Chart[],
  kept: OpaqueDrawing | undefined,
  reserved: Set<string>,
  out: OpcPartOut[],
): { drawing?: OpaqueDrawing; drawingPart?: string } {
  if (charts.length === 0) return kept ? { drawing: kept } : {};
  const chartNames = charts.map(() => freeName('xl/charts/chart', reserved));
  charts.forEach((chart, i) => out.push({ name: chartNames[i]!, contentType: CT_CHART, data: chartSpaceXml(chart) }));
  if (kept && kept.format === 'xlsx' && kept.parts[0]) {
    const first = kept.parts[0];
    const bytes = decodeBase64(first.base64);
    const text = bytes ? new TextDecoder().decode(bytes) : '';
    const close = text.lastIndexOf('</');
    if (close > 0) {
      const usedIds = new Set((first.rels ?? []).map((r) => r.id));
      const rels = [...(first.rels ?? [])];
      let anchors = '';
      charts.forEach((chart, i) => {
        let n = i + 1;
        while (usedIds.has(`rIdOstalChart${String(n)}`)) n++;
        const id = `rIdOstalChart${String(n)}`;
        usedIds.add(id);
        rels.push({ id, type: REL_CHART, target: chartNames[i]! });
        anchors += anchorXml(chart, id, 5000 + i, true);
      });
      const merged = text.slice(0, close) + anchors + text.slice(close);
      return { drawing: { format: 'xlsx', parts: [{ ...first, base64: encodeBase64(new TextEncoder().encode(merged)), rels }, ...kept.parts.slice(1)] } };
    }
  }
  const drawingPart = freeName('xl/drawings/drawing', reserved);
  const body = charts.map((chart, i) => anchorXml(chart, `rId${String(i + 1)}`, i + 2, false)).join('');
  out.push({
    name: drawingPart,
    contentType: CT_DRAWING,
    data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS.a}">${body}</xdr:wsDr>`,
    rels: charts.map((_, i) => ({ id: `rId${String(i + 1)}`, type: REL_CHART, target: `/${chartNames[i]!}` })),
  });
  return { drawingPart };
}
