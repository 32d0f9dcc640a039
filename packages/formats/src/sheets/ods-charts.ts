/**
 * Charts of an ODF spreadsheet: a `draw:frame` (in a cell or in `table:shapes`) holding a
 * `draw:object` that names a chart sub-document (`Object 1/content.xml`, media type
 * `application/vnd.oasis.opendocument.chart`; in a flat file the object holds the
 * `office:document` itself). The chart is ODF 1.3 Part 3, 11 `chart:chart`: class on the chart,
 * plot-area style (`chart:vertical`, `chart:stacked`, `chart:percentage`), axes with titles and
 * `chart:categories`, series with `chart:values-cell-range-address` and
 * `chart:label-cell-address` (scatter x values in `chart:domain`).
 *
 * Positions: `svg:x`/`svg:y` are absolute on the sheet in files LibreOffice writes, but relative
 * to the anchor cell in some others; a frame in a cell whose `svg:x` lies left of the cell is
 * read as relative. The writer puts frames in `table:shapes` at absolute positions computed from
 * the column widths and row heights (LibreOffice's defaults for the others), with a local data
 * table holding the cached values.
 */
import { THREE_D_CHART_TYPES, formatChartRef, parseChartRef, refreshChartCache, sheetFromGrid } from '@ostal/model';
import type { Chart, ChartAnchor, ChartAxisHidden, ChartStock, ChartGrouping, ChartLegendPosition, ChartRef, ChartSeries, ChartType, CombinedSeriesType, Sheet, Workbook } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { dataStyleXml, excelCodeOfDataStyle } from './odf-number-format.js';
import { escapeAttr, escapeText } from '../xml/xml-writer.js';
import { numberText } from './cell-value-text.js';
import type { OdfNode } from './odf-style-node.js';
import { odfAttr, odfChild, odfText } from './odf-style-node.js';
import { fromOpenFormula } from './openformula.js';
import { odfSheetName } from './ods-sheet-features.js';
import { anchorPosition, pointAt, sheetOffset } from './sheet-geometry.js';
import { dataLabelsOfOdfStyle, odfLabelStyle } from './ods-chart-labels.js';
import { axisHiddenOfOdfStyle, odfAxisStyle } from './ods-chart-axes.js';

export { anchorPosition, sheetOffset } from './sheet-geometry.js';

export const NS_CHART = 'urn:oasis:names:tc:opendocument:xmlns:chart:1.0';
export const CHART_MEDIA_TYPE = 'application/vnd.oasis.opendocument.chart';

/** A frame met while reading a table, with the cell it sits in (none in `table:shapes`). */
export interface OdsFrame {
  readonly node: OdfNode;
  readonly cell?: { readonly row: number; readonly col: number };
}

// --- geometry (sheet-geometry.ts, LibreOffice's default cell sizes) ---

import { odfLengthPt } from './odf-length.js';
import { odfPlotAreaAttrs, plotAreaOfOdf } from './ods-chart-plot-area.js';
import { odfLineWidthAttr, odfMarkerAttrs, seriesLookOfOdfStyle } from './ods-chart-series-look.js';

export { odfLengthPt };

function lengthPt(pt: number): string {
  return `${String(Math.round(pt * 1000) / 1000)}pt`;
}

export function frameAnchor(sheet: Sheet, frame: OdsFrame): ChartAnchor {
  const n = frame.node;
  let x = odfLengthPt(odfAttr(n, NS.svg, 'x')) ?? 0;
  let y = odfLengthPt(odfAttr(n, NS.svg, 'y')) ?? 0;
  const w = odfLengthPt(odfAttr(n, NS.svg, 'width')) ?? 360;
  const h = odfLengthPt(odfAttr(n, NS.svg, 'height')) ?? 216;
  if (frame.cell) {
    const left = sheetOffset(sheet, 'col', frame.cell.col);
    const top = sheetOffset(sheet, 'row', frame.cell.row);
    if (x < left - 0.5 || y < top - 0.5) {
      x += left;
      y += top;
    }
  }
  return { from: pointAt(sheet, x, y), to: pointAt(sheet, x + Math.max(w, 1), y + Math.max(h, 1)) };
}

// --- reading ---

function chartChild(node: OdfNode | undefined, local: string): OdfNode | undefined {
  return node ? odfChild(node, NS_CHART, local) : undefined;
}

function findChart(node: OdfNode, depth = 0): OdfNode | undefined {
  if (node.ns === NS_CHART && node.local === 'chart') return node;
  if (depth > 4) return undefined;
  for (const c of node.children) {
    const found = findChart(c, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function excelRangeOfOdf(address: string): string | null {
  const t = fromOpenFormula(`of:=[${address.trim()}]`);
  return t.issues.length === 0 && t.formula.startsWith('=') ? t.formula.slice(1) : null;
}

/** One rectangle of an ODF cell range address, or undefined (several ranges, bad syntax). */
export function chartRefOfOdf(address: string | undefined, defaultSheet: string): ChartRef | undefined {
  // Several ranges are separated by spaces (outside quoted sheet names): not one rectangle.
  if (!address || address.trim() === '' || /\s/.test(address.trim().replace(/'(?:[^']|'')*'/g, ''))) return undefined;
  const excel = excelRangeOfOdf(address);
  return (excel && parseChartRef(excel, defaultSheet)) || undefined;
}

function paragraphsText(node: OdfNode | undefined): string | undefined {
  if (!node) return undefined;
  const paras = node.children.filter((c) => c.ns === NS.text && (c.local === 'p' || c.local === 'h'));
  const text = paras.map((p) => odfText(p).trim()).filter((t) => t !== '').join(' ');
  return text || undefined;
}

const CLASSES: Record<string, ChartType> = {
  'chart:bar': 'column',
  'chart:line': 'line',
  'chart:circle': 'pie',
  'chart:area': 'area',
  'chart:scatter': 'scatter',
  'chart:ring': 'doughnut',
  'chart:radar': 'radar',
  'chart:filled-radar': 'radar',
  'chart:stock': 'stock',
  'chart:bubble': 'bubble',
};

/** Series classes a combined chart may mix (bars take the chart's direction). */
const COMBINED: Readonly<Record<string, CombinedSeriesType>> = { 'chart:bar': 'column', 'chart:line': 'line', 'chart:area': 'area' };

/** The model's legend position of an ODF `chart:legend-position`. */
export function legendOf(position: string | undefined): ChartLegendPosition {
  if (!position) return 'right';
  if (position.startsWith('start')) return 'left';
  if (position.startsWith('top')) return 'top';
  if (position.startsWith('bottom')) return 'bottom';
  return 'right';
}

/** Styles of a chart document by name: its `style:style`s, or those `which` picks (its data styles). */
function stylesOf(doc: OdfNode, which: (s: OdfNode) => boolean = (s) => s.ns === NS.style && s.local === 'style'): Map<string, OdfNode> {
  const out = new Map<string, OdfNode>();
  for (const section of doc.children) {
    if (section.ns !== NS.office || (section.local !== 'automatic-styles' && section.local !== 'styles')) continue;
    for (const s of section.children) {
      const name = odfAttr(s, NS.style, 'name');
      if (name && which(s)) out.set(name, s);
    }
  }
  return out;
}

/** The Excel code of a data style; undefined when there is none or it cannot be said. */
function excelCodeOfDataStyleSafe(style: OdfNode | undefined, byName: (name: string) => OdfNode | undefined): string | undefined {
  if (!style) return undefined;
  try {
    const code = excelCodeOfDataStyle(style, byName);
    return code && code !== '' ? code : undefined;
  } catch {
    return undefined;
  }
}

/** An attribute of a named style element itself (style:data-style-name...). */
function styleOf(styles: Map<string, OdfNode>, name: string | undefined, local: string): string | undefined {
  const style = name ? styles.get(name) : undefined;
  return style ? odfAttr(style, NS.style, local) : undefined;
}

function styleProp(styles: Map<string, OdfNode>, name: string | undefined, props: string, ns: string, local: string): string | undefined {
  const style = name ? styles.get(name) : undefined;
  const p = style ? odfChild(style, NS.style, props) : undefined;
  return p ? odfAttr(p, ns, local) : undefined;
}

/**
 * What a stock chart draws besides its points (ODF 1.3 Part 3, 11.10 chart:stock-range-line,
 * 20.10 chart:japanese-candle-stick): LibreOffice writes the range line always and "off" as a
 * line without stroke, and the boxes as the candle-stick flag (false when absent; with an open
 * series only).
 */
function stockOfOdf(plot: OdfNode, styles: Map<string, OdfNode>, japanese: string | undefined, seriesCount: number): ChartStock {
  const range = chartChild(plot, 'stock-range-line');
  const stroke = range ? styleProp(styles, odfAttr(range, NS_CHART, 'style-name'), 'graphic-properties', NS.draw, 'stroke') : undefined;
  return { hiLowLines: stroke !== 'none', upDownBars: seriesCount >= 4 && japanese === 'true' };
}

/**
 * The chart of a chart document (the root of `Object N/content.xml`, or the `office:document`
 * of a flat file), or null when the model cannot express it (other classes, series of several
 * classes). Cached values are left to the caller, which reads them from the cells.
 */
export function chartOfOdfDocument(doc: OdfNode, anchor: ChartAnchor, sheetName: string): Chart | null {
  const chart = findChart(doc);
  const plot = chartChild(chart, 'plot-area');
  if (!chart || !plot) return null;
  const cls = odfAttr(chart, NS_CHART, 'class') ?? '';
  let type = CLASSES[cls];
  if (!type) return null;
  const styles = stylesOf(doc);
  const plotStyle = odfAttr(plot, NS_CHART, 'style-name');
  const chartProp = (local: string): string | undefined => styleProp(styles, plotStyle, 'chart-properties', NS_CHART, local);
  if (type === 'column' && chartProp('vertical') === 'true') type = 'bar';
  const grouping: ChartGrouping | undefined = chartProp('percentage') === 'true' ? 'percentStacked' : chartProp('stacked') === 'true' ? 'stacked' : undefined;
  // 3-D (ODF 1.3 Part 3, 20.11 chart:three-dimensional): the flag only; the viewpoint (dr3d:transform) is left to the application.
  const view3D = chartProp('three-dimensional') === 'true' && THREE_D_CHART_TYPES.includes(type) ? {} : undefined;
  const axes = plot.children.filter((c) => c.ns === NS_CHART && c.local === 'axis');
  const xAxis = axes.find((a) => odfAttr(a, NS_CHART, 'dimension') === 'x');
  const yAxis = axes.find((a) => odfAttr(a, NS_CHART, 'dimension') === 'y');
  const categoriesRef = chartRefOfOdf(odfAttr(chartChild(xAxis, 'categories') ?? xAxis ?? plot, NS.table, 'cell-range-address'), sheetName);
  const series: ChartSeries[] = [];
  for (const s of plot.children) {
    if (s.ns !== NS_CHART || s.local !== 'series') continue;
    // Combined charts: a series of another class among bars, lines and areas (ODF 1.3 Part 3, 19.15 chart:class on chart:series).
    const own = odfAttr(s, NS_CHART, 'class');
    const ownType = own && own !== cls ? COMBINED[own] : undefined;
    if (own && own !== cls && (!ownType || !COMBINED[cls])) return null;
    const values = chartRefOfOdf(odfAttr(s, NS_CHART, 'values-cell-range-address'), sheetName);
    const nameRef = chartRefOfOdf(odfAttr(s, NS_CHART, 'label-cell-address'), sheetName);
    // Bubble series (ODF 1.3 Part 3, 19.15 chart:series): the values are the sizes, the first domain the y values, the second the x values.
    const domains = s.children.filter((d) => d.ns === NS_CHART && d.local === 'domain').map((d) => chartRefOfOdf(odfAttr(d, NS.table, 'cell-range-address'), sheetName));
    const categories = type === 'scatter' ? domains[0] : type === 'bubble' ? domains[1] : categoriesRef;
    const bubbleSizes = type === 'bubble' ? values : undefined;
    const yValues = type === 'bubble' ? domains[0] : values;
    const styleName = odfAttr(s, NS_CHART, 'style-name');
    const raw =
      type === 'line' || type === 'scatter' || (type === 'radar' && cls !== 'chart:filled-radar')
        ? (styleProp(styles, styleName, 'graphic-properties', NS.svg, 'stroke-color') ?? styleProp(styles, styleName, 'graphic-properties', NS.draw, 'fill-color'))
        : styleProp(styles, styleName, 'graphic-properties', NS.draw, 'fill-color');
    const color = raw && /^#[0-9A-Fa-f]{6}$/.test(raw) ? raw.toUpperCase() : undefined;
    const dataLabels = dataLabelsOfOdfStyle(doc, styleName ? styles.get(styleName) : undefined);
    const kind = ownType ?? type;
    const { lineWidth, ...marker } = kind === 'line' || kind === 'scatter' || kind === 'radar' ? seriesLookOfOdfStyle(styleName ? styles.get(styleName) : undefined, color) : {};
    // A width only where the writer draws a line (a scatter series is points only): it reads back as it was written.
    const look = lineWidth !== undefined && (kind === 'line' || kind === 'radar') ? { ...marker, lineWidth } : marker;
    series.push({ ...look, ...(nameRef ? { nameRef } : {}), ...(categories ? { categories } : {}), ...(yValues ? { values: yValues } : {}), ...(bubbleSizes ? { bubbleSizes } : {}), ...(color ? { color } : {}), ...(dataLabels ? { dataLabels } : {}), ...(ownType && ownType !== type ? { type: ownType } : {}), ...(COMBINED[cls] && odfAttr(s, NS_CHART, 'attached-axis') === 'secondary-y' ? { secondaryAxis: true } : {}) });
  }
  // Stock series come open, low, high, close (ODF order): the model wants high before low.
  if (type === 'stock' && series.length >= 3) {
    const lowAt = series.length >= 4 ? 1 : 0;
    [series[lowAt], series[lowAt + 1]] = [series[lowAt + 1]!, series[lowAt]!];
  }
  const title = paragraphsText(chartChild(chart, 'title'));
  const legendEl = chartChild(chart, 'legend');
  const round = type === 'pie' || type === 'doughnut';
  const categoryAxisTitle = !round ? paragraphsText(chartChild(xAxis, 'title')) : undefined;
  const valueAxisTitle = !round ? paragraphsText(chartChild(yAxis, 'title')) : undefined;
  // A data style on the x axis: its format code (a date axis), else the general number format.
  const axisDataStyle = !round && type !== 'scatter' && type !== 'bubble' && xAxis ? styleOf(styles, odfAttr(xAxis, NS_CHART, 'style-name'), 'data-style-name') : undefined;
  const dataStyles = stylesOf(doc, (s) => s.ns === NS.number);
  const axisCode = axisDataStyle ? excelCodeOfDataStyleSafe(dataStyles.get(axisDataStyle), (n) => dataStyles.get(n)) : undefined;
  const categoryAxisNumberFormat = axisDataStyle ? (axisCode ?? 'General') : undefined;
  const axisHidden = (axis: OdfNode | undefined): ChartAxisHidden | undefined => (!round && axis ? axisHiddenOfOdfStyle(styles.get(odfAttr(axis, NS_CHART, 'style-name') ?? '')) : undefined);
  const categoryAxisHidden = axisHidden(xAxis);
  const valueAxisHidden = axisHidden(yAxis);
  const plotArea = plotAreaOfOdf(chart, plot);
  return {
    type,
    ...(grouping && !round && type !== 'scatter' && type !== 'radar' && type !== 'stock' && type !== 'bubble' ? { grouping } : {}),
    ...(cls === 'chart:filled-radar' ? { radarStyle: 'filled' as const } : {}),
    ...(type === 'stock' ? { stock: stockOfOdf(plot, styles, chartProp('japanese-candle-stick'), series.length) } : {}),
    ...(view3D ? { view3D } : {}),
    ...(title ? { title } : {}),
    legend: legendEl ? legendOf(odfAttr(legendEl, NS_CHART, 'legend-position')) : 'none',
    ...(categoryAxisTitle ? { categoryAxisTitle } : {}),
    ...(valueAxisTitle ? { valueAxisTitle } : {}),
    ...(categoryAxisNumberFormat ? { categoryAxisNumberFormat } : {}),
    ...(categoryAxisHidden ? { categoryAxisHidden } : {}),
    ...(valueAxisHidden ? { valueAxisHidden } : {}),
    ...(plotArea ? { plotArea } : {}),
    series,
    anchor,
  };
}

/** The object a frame names: `./Object 1` -> `Object 1`, or the inline document; undefined for pictures and shapes. */
export function frameObject(frame: OdsFrame): { href?: string; inline?: OdfNode } | undefined {
  const obj = odfChild(frame.node, NS.draw, 'object');
  if (!obj) return undefined;
  const inline = obj.children.find((c) => c.ns === NS.office && c.local === 'document');
  if (inline) return { inline };
  const href = odfAttr(obj, NS.xlink, 'href');
  if (!href) return undefined;
  const path = href.replace(/^\.\//, '').replace(/\/+$/, '');
  if (path === '' || path.includes('..') || path.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(path)) return undefined;
  return { href: path };
}

/** The chart of a frame once its document is at hand. */
export function chartOfFrame(sheet: Sheet, frame: OdsFrame, doc: OdfNode): Chart | null {
  return chartOfOdfDocument(doc, frameAnchor(sheet, frame), sheet.name);
}

// --- writing ---

/** LibreOffice's default chart palette: written for pie slices, which otherwise share one colour. */
const PALETTE = ['#004586', '#FF420E', '#FFD320', '#579D1C', '#7E0021', '#83CAFF', '#314004', '#AECF00', '#4B1F6F', '#FF950E', '#C5000B', '#0084D1'];

function odfRef(ref: ChartRef): string {
  const s = odfSheetName(ref.sheet);
  const { top, left, bottom, right } = ref.range;
  const abs = formatChartRef({ sheet: 'x', range: { top, left, bottom: top, right: left } }).replace(/^x!/, '');
  const abs2 = formatChartRef({ sheet: 'x', range: { top: bottom, left: right, bottom, right } }).replace(/^x!/, '');
  return top === bottom && left === right ? `${s}.${abs}` : `${s}.${abs}:${s}.${abs2}`;
}

function cellText(value: string): string {
  return `<table:table-cell office:value-type="string"><text:p>${escapeText(value)}</text:p></table:table-cell>`;
}

function numberCell(value: number | null): string {
  return value === null ? '<table:table-cell/>' : `<table:table-cell office:value-type="float" office:value="${numberText(value)}"><text:p>${numberText(value)}</text:p></table:table-cell>`;
}

const CHART_DOC_NS = ['office', 'style', 'text', 'table', 'draw', 'fo', 'xlink', 'svg', 'number'].map((p) => ` xmlns:${p}="${escapeAttr(NS[p as keyof typeof NS])}"`).join('') + ` xmlns:chart="${NS_CHART}"`;

/** ODF `chart:legend-position` of each legend position of the model. */
export const LEGEND_POS: Record<ChartLegendPosition, string> = { right: 'end', left: 'start', top: 'top', bottom: 'bottom', none: 'end' };
const CLASS_OF: Record<ChartType, string> = {
  column: 'chart:bar',
  bar: 'chart:bar',
  line: 'chart:line',
  pie: 'chart:circle',
  area: 'chart:area',
  scatter: 'chart:scatter',
  doughnut: 'chart:ring',
  radar: 'chart:radar',
  stock: 'chart:stock',
  bubble: 'chart:bubble',
};

/** The ODF chart class of a chart (a filled radar has its own). */
function classOf(chart: Chart): string {
  return chart.type === 'radar' && chart.radarStyle === 'filled' ? 'chart:filled-radar' : CLASS_OF[chart.type];
}

/** Automatic styles and body of a chart document (shared by the sub-document and the flat inline form). */
function chartParts(chart: Chart, width: number, height: number, linked: boolean): { styles: string; body: string } {
  const styles: string[] = [];
  const vertical = chart.type === 'bar' ? ' chart:vertical="true"' : '';
  const stacked = chart.grouping === 'stacked' ? ' chart:stacked="true"' : chart.grouping === 'percentStacked' ? ' chart:percentage="true"' : '';
  const symbols = chart.type === 'line' || chart.type === 'scatter' || (chart.type === 'radar' && chart.radarStyle !== 'filled');
  const threeD = chart.view3D && THREE_D_CHART_TYPES.includes(chart.type) && chart.series.every((s) => (s.type === undefined || s.type === chart.type) && !s.secondaryAxis) ? ' chart:three-dimensional="true"' : '';
  const stock = chart.stock ?? { hiLowLines: true, upDownBars: chart.series.length >= 4 };
  const japanese = chart.type === 'stock' && stock.upDownBars && chart.series.length >= 4 ? ' chart:japanese-candle-stick="true"' : '';
  styles.push(`<style:style style:name="chPlot" style:family="chart"><style:chart-properties${vertical}${stacked}${threeD}${japanese}${symbols ? ' chart:symbol-type="automatic"' : ''}/></style:style>`);
  const body: string[] = [];
  // `xlink:href=".."`: the data comes from the container document's cells (ODF 1.3 Part 3, 19.910.2).
  const link = linked ? ' xlink:href=".." xlink:type="simple"' : '';
  body.push(`<chart:chart chart:class="${classOf(chart)}" svg:width="${lengthPt(width)}" svg:height="${lengthPt(height)}"${link}>`);
  if (chart.title) body.push(`<chart:title><text:p>${escapeText(chart.title)}</text:p></chart:title>`);
  if ((chart.legend ?? 'right') !== 'none') body.push(`<chart:legend chart:legend-position="${LEGEND_POS[chart.legend ?? 'right']}"/>`);
  body.push(`<chart:plot-area chart:style-name="chPlot"${odfPlotAreaAttrs(chart.plotArea, width, height)} chart:data-source-has-labels="both">`);
  const first = chart.series[0];
  const round = chart.type === 'pie' || chart.type === 'doughnut';
  if (!round) {
    // The axis's own number format: without one, LibreOffice gives category labels a date format.
    const numbered = chart.categoryAxisNumberFormat !== undefined && chart.type !== 'scatter' && chart.type !== 'bubble';
    // Its own format (a date axis shows dates); General as a plain number.
    const code = chart.categoryAxisNumberFormat;
    if (numbered) styles.push(code && code.toLowerCase() !== 'general' ? dataStyleXml(code, 'chN0') : '<number:number-style style:name="chN0"><number:number number:min-integer-digits="1"/></number:number-style>');
    // Every axis says whether its labels show: LibreOffice hides those of an axis that does not.
    styles.push(odfAxisStyle('chAxisX', chart.categoryAxisHidden, numbered ? 'chN0' : undefined), odfAxisStyle('chAxisY', chart.valueAxisHidden));
    body.push('<chart:axis chart:dimension="x" chart:name="primary-x" chart:style-name="chAxisX">');
    if (chart.categoryAxisTitle) body.push(`<chart:title><text:p>${escapeText(chart.categoryAxisTitle)}</text:p></chart:title>`);
    if (chart.type !== 'scatter' && chart.type !== 'bubble' && first?.categories) body.push(`<chart:categories table:cell-range-address="${escapeAttr(odfRef(first.categories))}"/>`);
    body.push('</chart:axis><chart:axis chart:dimension="y" chart:name="primary-y" chart:style-name="chAxisY">');
    if (chart.valueAxisTitle) body.push(`<chart:title><text:p>${escapeText(chart.valueAxisTitle)}</text:p></chart:title>`);
    // Light grey gridlines, as the app and Office draw them (LibreOffice's default is black).
    styles.push('<style:style style:name="chGrid" style:family="chart"><style:graphic-properties svg:stroke-color="#d9d9d9"/></style:style>');
    body.push('<chart:grid chart:class="major" chart:style-name="chGrid"/></chart:axis>');
    // Combined charts: a second value axis, on the right, for the series attached to it.
    if (COMBINED[CLASS_OF[chart.type]] && chart.series.some((s) => s.secondaryAxis)) {
      styles.push(odfAxisStyle('chAxisY2', undefined));
      body.push('<chart:axis chart:dimension="y" chart:name="secondary-y" chart:style-name="chAxisY2"/>');
    }
  } else if (first?.categories) {
    body.push(`<chart:axis chart:dimension="x" chart:name="primary-x"><chart:categories table:cell-range-address="${escapeAttr(odfRef(first.categories))}"/></chart:axis>`);
  }
  const xy = chart.type === 'scatter' || chart.type === 'bubble';
  const points = Math.max(1, ...chart.series.map((s) => Math.max(s.cachedValues?.length ?? 0, xy ? (s.cachedCategories?.length ?? 0) : 0)));
  odfSeriesOrder(chart).forEach(({ s, i }) => {
    const style = `chS${String(i)}`;
    // A scatter series is points only, as the model draws it and the PPTX and XLSX writers write it
    // (a:ln noFill), and bars and areas have no outline, as the app and Office draw them; without a
    // stroke of none LibreOffice joins the points with a line and outlines bars in black.
    const kind = s.type ?? chart.type;
    const unstroked = (chart.type === 'scatter' && s.type === undefined) || kind === 'column' || kind === 'bar' || kind === 'area';
    // Lines keep their width and the points their marker (ods-chart-series-look.ts).
    const lined = !unstroked && (kind === 'line' || (kind === 'radar' && symbols));
    const markerAttrs = symbols || kind === 'line' ? odfMarkerAttrs(s.marker) : '';
    if (s.color || s.dataLabels || unstroked || lined || markerAttrs) {
      const stroke = s.color && (symbols || s.type === 'line') ? ` svg:stroke-color="${s.color}"` : '';
      const fillColor = (markerAttrs ? s.marker?.fill : undefined) ?? s.color;
      const fill = fillColor ? ` draw:fill="solid" draw:fill-color="${fillColor}"` : '';
      const width = lined ? odfLineWidthAttr(s) : '';
      const graphic = s.color || unstroked || width ? `<style:graphic-properties${unstroked ? ' draw:stroke="none"' : ''}${fill}${stroke}${width}/>` : '';
      const labels = s.dataLabels ? odfLabelStyle(s.dataLabels, style) : undefined;
      if (labels?.numberStyle) styles.push(labels.numberStyle);
      const chartProps = labels || markerAttrs ? `<style:chart-properties${markerAttrs}${labels?.chartAttrs ?? ''}>${labels?.chartChildren ?? ''}</style:chart-properties>` : '';
      styles.push(`<style:style style:name="${style}" style:family="chart"${labels?.styleAttrs ?? ''}>${chartProps}${graphic}</style:style>`);
    }
    const attrs = [
      s.color || s.dataLabels || unstroked || lined || markerAttrs ? ` chart:style-name="${style}"` : '',
      (chart.type === 'bubble' ? s.bubbleSizes : s.values) ? ` chart:values-cell-range-address="${escapeAttr(odfRef((chart.type === 'bubble' ? s.bubbleSizes : s.values)!))}"` : '',
      s.nameRef ? ` chart:label-cell-address="${escapeAttr(odfRef(s.nameRef))}"` : '',
      ` chart:class="${s.type && s.type !== chart.type ? CLASS_OF[s.type] : classOf(chart)}"`,
      s.secondaryAxis && COMBINED[CLASS_OF[chart.type]] ? ' chart:attached-axis="secondary-y"' : '',
    ].join('');
    body.push(`<chart:series${attrs}>`);
    if (chart.type === 'scatter' && s.categories) body.push(`<chart:domain table:cell-range-address="${escapeAttr(odfRef(s.categories))}"/>`);
    if (chart.type === 'bubble') for (const d of [s.values, s.categories]) body.push(d ? `<chart:domain table:cell-range-address="${escapeAttr(odfRef(d))}"/>` : '<chart:domain/>');
    const n = Math.max(1, s.cachedValues?.length ?? points);
    if (round && !s.color) {
      for (let p = 0; p < Math.min(n, 1000); p++) {
        const ps = `chP${String(i)}_${String(p)}`;
        styles.push(`<style:style style:name="${ps}" style:family="chart"><style:graphic-properties draw:fill="solid" draw:fill-color="${PALETTE[p % PALETTE.length]!}"/></style:style>`);
        body.push(`<chart:data-point chart:style-name="${ps}"/>`);
      }
    } else body.push(`<chart:data-point chart:repeated="${String(n)}"/>`);
    body.push('</chart:series>');
  });
  if (chart.type === 'stock') {
    if (stock.upDownBars) body.push('<chart:stock-gain-marker/><chart:stock-loss-marker/>');
    // LibreOffice draws a range line whenever the element is missing: "off" is a line without stroke.
    if (!stock.hiLowLines) styles.push('<style:style style:name="chRange" style:family="chart"><style:graphic-properties draw:stroke="none"/></style:style>');
    body.push(stock.hiLowLines ? '<chart:stock-range-line/>' : '<chart:stock-range-line chart:style-name="chRange"/>');
  }
  // No fill behind the plot, as Ostal draws it and Office charts have it; LibreOffice fills a wall without a style grey.
  styles.push('<style:style style:name="chWall" style:family="chart"><style:graphic-properties draw:fill="none"/></style:style>');
  body.push('<chart:wall chart:style-name="chWall"/></chart:plot-area>');
  // The local table: the cached values, for readers that do not resolve the cell ranges.
  const columns = localColumns(chart);
  body.push('<table:table table:name="local-table"><table:table-header-columns><table:table-column/></table:table-header-columns>');
  body.push(`<table:table-columns><table:table-column table:number-columns-repeated="${String(Math.max(1, columns.length))}"/></table:table-columns>`);
  body.push('<table:table-header-rows><table:table-row><table:table-cell/>');
  columns.forEach((col) => body.push(cellText(col.header)));
  if (columns.length === 0) body.push('<table:table-cell/>');
  body.push('</table:table-row></table:table-header-rows><table:table-rows>');
  // One category axis for all series: a series' cache may stop short of the others' (PowerPoint
  // keeps each series' own), so the labels are the longest cache's.
  const cats = chart.series.reduce<readonly string[]>((best, s) => ((s.cachedCategories?.length ?? 0) > best.length ? s.cachedCategories! : best), []);
  for (let p = 0; p < points; p++) {
    // x values are columns of their own: the label column stays empty, as LibreOffice writes it.
    body.push('<table:table-row>', cellText(xy ? '' : (cats[p] ?? String(p + 1))));
    columns.forEach((col) => body.push(numberCell(col.values?.[p] ?? null)));
    if (columns.length === 0) body.push('<table:table-cell/>');
    body.push('</table:table-row>');
  }
  body.push('</table:table-rows></table:table></chart:chart>');
  return { styles: `<office:automatic-styles>${styles.join('')}</office:automatic-styles>`, body: body.join('') };
}

/** The series in the order ODF writes them (stock: open, low, high, close), with their model index. */
function odfSeriesOrder(chart: Chart): { s: ChartSeries; i: number }[] {
  const out = chart.series.map((s, i) => ({ s, i }));
  if (chart.type === 'stock' && out.length >= 3) {
    const highAt = out.length >= 4 ? 1 : 0;
    [out[highAt], out[highAt + 1]] = [out[highAt + 1]!, out[highAt]!];
  }
  return out;
}

/** The x values of a scatter series (its cached categories), as numbers where they are numbers. */
function xValues(s: ChartSeries): (number | null)[] | undefined {
  return s.cachedCategories?.map((c) => (c.trim() !== '' && Number.isFinite(Number(c)) ? Number(c) : null));
}

/**
 * The value columns of a chart's local table after its label column: each series' values, then
 * (scatter) its x values or (bubble) its x values and sizes.
 */
function localColumns(chart: Chart): { header: string; values: readonly (number | null)[] | undefined }[] {
  return chart.series.flatMap((s, i) => {
    const header = s.name ?? `Série ${String(i + 1)}`;
    const own = { header, values: s.cachedValues };
    if (chart.type === 'bubble') return [own, { header, values: xValues(s) }, { header, values: s.cachedBubbleSizes }];
    return chart.type === 'scatter' ? [own, { header, values: xValues(s) }] : [own];
  });
}

function chartSize(sheet: Sheet, chart: Chart): { x: number; y: number; width: number; height: number } {
  const a = anchorPosition(sheet, chart.anchor.from);
  const b = anchorPosition(sheet, chart.anchor.to);
  return { x: a.x, y: a.y, width: Math.max(b.x - a.x, 36), height: Math.max(b.y - a.y, 36) };
}

/** `Object N/content.xml` of a chart. */
export function chartObjectContentXml(sheet: Sheet, chart: Chart): string {
  const size = chartSize(sheet, chart);
  const parts = chartParts(chart, size.width, size.height, true);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content${CHART_DOC_NS} office:version="1.3">${parts.styles}<office:body><office:chart>${parts.body}</office:chart></office:body></office:document-content>`;
}

/**
 * `table:shapes` for the charts of a sheet; `objectName(i)` names the sub-document of chart i
 * (`Object 1`), or is null in a flat file, where the chart document is written inline.
 */
export function chartShapesXml(sheet: Sheet, objectName: (i: number) => string | null): string {
  const charts = sheet.charts ?? [];
  if (charts.length === 0) return '';
  const out: string[] = ['<table:shapes>'];
  charts.forEach((chart, i) => {
    const size = chartSize(sheet, chart);
    const ranges = chart.series.flatMap((s) => [s.values, s.categories, s.nameRef, s.bubbleSizes]).filter((r): r is ChartRef => r !== undefined);
    const notify = ranges.length > 0 ? ` draw:notify-on-update-of-ranges="${escapeAttr(ranges.map(odfRef).join(' '))}"` : '';
    out.push(
      `<draw:frame draw:z-index="${String(i)}" draw:name="${escapeAttr(chart.title ? chart.title : `Graphique ${String(i + 1)}`)}" svg:x="${lengthPt(size.x)}" svg:y="${lengthPt(size.y)}" svg:width="${lengthPt(size.width)}" svg:height="${lengthPt(size.height)}">`,
    );
    const name = objectName(i);
    if (name !== null) out.push(`<draw:object${notify} xlink:href="./${escapeAttr(name)}" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/>`);
    else {
      const parts = chartParts(chart, size.width, size.height, false);
      out.push(`<draw:object${notify}><office:document office:mimetype="${CHART_MEDIA_TYPE}" office:version="1.3">${parts.styles}<office:body><office:chart>${parts.body}</office:chart></office:body></office:document></draw:object>`);
    }
    out.push('</draw:frame>');
  });
  out.push('</table:shapes>');
  return out.join('');
}

/** Namespaces the content root needs for chart frames (and inline chart documents). */
export const CHART_FRAME_NS = ['draw', 'svg', 'xlink'].map((p) => ` xmlns:${p}="${escapeAttr(NS[p as keyof typeof NS])}"`).join('') + ` xmlns:chart="${NS_CHART}"`;

// --- charts holding their own data (presentations) ---

function repeatCount(node: OdfNode, local: string): number {
  const n = Number(odfAttr(node, NS.table, local) ?? '1');
  return Number.isInteger(n) && n > 0 ? Math.min(n, 1000) : 1;
}

/**
 * The chart's own data table (`table:table table:name="local-table"`) as a one-sheet workbook, so
 * references such as `local-table.$B$2:.$B$4` resolve against it; undefined when there is none.
 */
export function localTableWorkbook(doc: OdfNode): Workbook | undefined {
  const chart = findChart(doc);
  const table = chart?.children.find((c) => c.ns === NS.table && c.local === 'table');
  if (!table) return undefined;
  const rows: ({ value: number | string } | null)[][] = [];
  const visit = (node: OdfNode): void => {
    for (const c of node.children) {
      if (rows.length >= 5000) return;
      if (c.ns !== NS.table) continue;
      if (c.local === 'table-row') {
        const row: ({ value: number | string } | null)[] = [];
        for (const cell of c.children) {
          if (cell.ns !== NS.table || (cell.local !== 'table-cell' && cell.local !== 'covered-table-cell')) continue;
          const v = odfAttr(cell, NS.office, 'value');
          const text = cell.children.filter((p) => p.ns === NS.text && p.local === 'p').map(odfText).join('\n');
          const value = v !== undefined && Number.isFinite(Number(v)) ? { value: Number(v) } : text !== '' ? { value: text } : null;
          for (let k = repeatCount(cell, 'number-columns-repeated'); k > 0 && row.length < 1000; k--) row.push(value);
        }
        for (let k = repeatCount(c, 'number-rows-repeated'); k > 0 && rows.length < 5000; k--) rows.push(row);
      } else if (/^table-(?:header-)?rows$|^table-row-group$/.test(c.local)) visit(c);
    }
  };
  visit(table);
  return { kind: 'workbook', version: 2, meta: {}, sheets: [sheetFromGrid(odfAttr(table, NS.table, 'name') ?? 'local-table', rows)] };
}

const NO_ANCHOR: ChartAnchor = { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } };

/** A chart object of a presentation: its values come from its own data table. */
export function chartOfOdfObject(doc: OdfNode): Chart | undefined {
  const chart = chartOfOdfDocument(doc, NO_ANCHOR, 'local-table');
  if (!chart) return undefined;
  const local = localTableWorkbook(doc);
  return local ? refreshChartCache(chart, local) : chart;
}

/**
 * A chart that carries its data: references rewritten to its local table (categories in column
 * A, series k in column k+1, names on row 1), for documents without cells (presentations).
 */
export function chartOnLocalTable(chart: Chart): Chart {
  const n = Math.max(0, ...chart.series.map((s) => Math.max(s.cachedValues?.length ?? 0, s.cachedCategories?.length ?? 0)));
  const ref = (top: number, left: number, bottom: number): ChartRef => ({ sheet: 'local-table', range: { top, left, bottom, right: left } });
  return {
    ...chart,
    series: chart.series.map((s, k) => {
      const { nameRef: _n, categories: _c, values: _v, bubbleSizes: _b, ...rest } = s;
      // Columns as `localColumns` lays them out, as LibreOffice lays out the data of charts it reads
      // from PPTX: a scatter series takes two (y values, its own x values), a bubble series three
      // (y values, x values, sizes, named on its sizes). LibreOffice takes no x values from the label column.
      if (chart.type === 'scatter' || chart.type === 'bubble') {
        const width = chart.type === 'bubble' ? 3 : 2;
        const col = width * k + 1;
        const sizes = chart.type === 'bubble' && n > 0 ? { bubbleSizes: ref(1, col + 2, n) } : {};
        return { ...rest, ...(n > 0 ? { categories: ref(1, col + 1, n), values: ref(1, col, n) } : {}), ...sizes, nameRef: ref(0, chart.type === 'bubble' ? col + 2 : col, 0) };
      }
      return { ...rest, ...(n > 0 ? { categories: ref(1, 0, n), values: ref(1, k + 1, n) } : {}), nameRef: ref(0, k + 1, 0) };
    }),
  };
}

/** `Object N/content.xml` of a chart holding its own data (no link to the container's cells). */
export function standaloneChartContentXml(chart: Chart, widthPt: number, heightPt: number): string {
  const parts = chartParts(chartOnLocalTable(chart), widthPt, heightPt, false);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content${CHART_DOC_NS} office:version="1.3">${parts.styles}<office:body><office:chart>${parts.body}</office:chart></office:body></office:document-content>`;
}

/** The same chart as an `office:document` to put inside a `draw:object` of a flat file (no XML declaration). */
export function standaloneChartDocumentXml(chart: Chart, widthPt: number, heightPt: number): string {
  const parts = chartParts(chartOnLocalTable(chart), widthPt, heightPt, false);
  return `<office:document${CHART_DOC_NS} office:mimetype="${CHART_MEDIA_TYPE}" office:version="1.3">${parts.styles}<office:body><office:chart>${parts.body}</office:chart></office:body></office:document>`;
}
