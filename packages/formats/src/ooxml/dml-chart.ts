/**
 * DrawingML charts (ECMA-376 Part 1, 21.2 `c:chartSpace`) <-> the model's {@link Chart}.
 *
 * Read: the first chart group of the plot area (`barChart`, `bar3DChart`, `lineChart`,
 * `line3DChart`, `pieChart`, `pie3DChart`, `areaChart`, `area3DChart`, `scatterChart`,
 * `doughnutChart` with its hole size, `radarChart` with its marker/filled style), its
 * series with their formulas and caches (`strRef`/`numRef`/`multiLvlStrRef`, literal `strLit` /
 * `numLit`), the title (rich text or a cell), the legend position and the axis titles. Combined
 * charts of 2-D column/bar, line and area groups are read with the first group's type, the other
 * groups' series carrying their own (`ChartSeries.type`, in `c:order` order) and, when their group
 * names other axes than the first, `secondaryAxis`. Stock and bubble groups (alone) are read with
 * their options (`dml-chart-stock-bubble.ts`). Other groups (surface, of-pie) are not
 * expressible: the reader returns null and the caller keeps the chart opaque.
 * A 3-D group gives the chart its 2-D type plus `view3D` (`dml-chart-3d.ts`), written back as 3-D.
 * Write: a plain chart of the model's terms, element order as the schema's sequences want it.
 * The anchor is not part of the chart part (the container's drawing holds it).
 */
import { formatChartRef, parseChartRef } from '@ostal/model';
import type { Chart, ChartAxisHidden, ChartGrouping, ChartLegendPosition, ChartRef, ChartSeries, ChartType, CombinedSeriesType } from '@ostal/model';
import type { XmlElement } from '../xml/xml-tree.js';
import { attr, childElements, isElement } from '../xml/xml-tree.js';
import { NS } from '../xml/namespaces.js';
import { serializeXml, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { dataLabelsOf, dataLabelsXml } from './dml-chart-labels.js';
import { plotAreaLayoutXml, plotAreaOf } from './dml-chart-layout.js';
import { DEFAULT_LINE_WIDTH, lineWidthEmu, lineWidthOf, markerOf, markerXml } from './dml-chart-marker.js';
import { group3DXml, seriesAxisXml, view3DOf, view3DXml, writtenIn3D } from './dml-chart-3d.js';
import { bubbleGroupXml, bubbleOptionsOf, stockByValues, stockGroupXml, stockOf, stockSeriesLook } from './dml-chart-stock-bubble.js';

export const NS_CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
/** Strict OOXML (ISO/IEC 29500 Strict) spells the chart namespace this way. */
export const NS_CHART_STRICT = 'http://purl.oclc.org/ooxml/drawingml/chart';

/** True for a chart-namespace element (Transitional or Strict) named `local` (any name when absent). */
export function isChartElement(el: XmlElement, local?: string): boolean {
  return (el.ns === NS_CHART || el.ns === NS_CHART_STRICT) && (local === undefined || el.local === local);
}

function isA(el: XmlElement, local: string): boolean {
  return (el.ns === NS.a || el.ns === NS.strictA) && el.local === local;
}

function below(el: XmlElement, test: (e: XmlElement) => boolean, out: XmlElement[] = []): XmlElement[] {
  for (const c of childElements(el)) {
    if (test(c)) out.push(c);
    below(c, test, out);
  }
  return out;
}

function cs(el: XmlElement | undefined, local: string): XmlElement[] {
  return el ? childElements(el).filter((e) => isChartElement(e, local)) : [];
}
export const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';

/** Points cached per series at most: a hostile file cannot make the model huge. */
const MAX_POINTS = 10_000;

const GROUPS: Record<string, ChartType> = {
  barChart: 'column',
  bar3DChart: 'column',
  lineChart: 'line',
  line3DChart: 'line',
  pieChart: 'pie',
  pie3DChart: 'pie',
  areaChart: 'area',
  area3DChart: 'area',
  scatterChart: 'scatter',
  doughnutChart: 'doughnut',
  radarChart: 'radar',
  stockChart: 'stock',
  bubbleChart: 'bubble',
};

const UNSUPPORTED = new Set(['surfaceChart', 'surface3DChart', 'ofPieChart']);

function c(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el ? childElements(el).find((e) => isChartElement(e, local)) : undefined;
}

function val(el: XmlElement | undefined): string | undefined {
  return el ? attr(el, '', 'val') : undefined;
}

/** Text of every `a:t` below `el`, paragraphs joined by a space. */
function richText(el: XmlElement): string {
  const paras = below(el, (e) => isA(e, 'p'));
  const texts = (paras.length > 0 ? paras : [el]).map((p) => below(p, (e) => isA(e, 't')).map(textOf).join(''));
  return texts.filter((t) => t !== '').join(' ');
}

function textOf(el: XmlElement): string {
  return el.children.map((n) => (isElement(n) ? textOf(n) : n)).join('');
}

/** Cached points of a `strCache`/`numCache`/`lvl`, by index, up to `ptCount`. */
function cachePoints(cache: XmlElement | undefined, countFrom: XmlElement | undefined = cache): (string | undefined)[] {
  if (!cache) return [];
  const count = Math.min(Number(val(c(countFrom, 'ptCount')) ?? 0) || 0, MAX_POINTS);
  const out: (string | undefined)[] = new Array<string | undefined>(count).fill(undefined);
  for (const pt of cs(cache, 'pt')) {
    const idx = Number(attr(pt, '', 'idx'));
    const v = c(pt, 'v');
    if (!Number.isInteger(idx) || idx < 0 || idx >= MAX_POINTS || !v) continue;
    while (out.length <= idx) out.push(undefined);
    out[idx] = textOf(v);
  }
  return out;
}

interface DataSource {
  ref?: ChartRef;
  texts?: string[];
  numbers?: (number | null)[];
}

/** A `c:tx`/`c:cat`/`c:val`/`c:xVal`/`c:yVal` data source. */
function dataSource(el: XmlElement | undefined, defaultSheet: string | undefined): DataSource | undefined {
  if (!el) return undefined;
  const ref = c(el, 'strRef') ?? c(el, 'numRef') ?? c(el, 'multiLvlStrRef');
  const lit = c(el, 'strLit') ?? c(el, 'numLit');
  const f = ref ? c(ref, 'f') : undefined;
  const out: DataSource = {};
  const parsed = f ? parseChartRef(textOf(f), defaultSheet) : null;
  if (parsed) out.ref = parsed;
  let points: (string | undefined)[] = [];
  if (ref?.local === 'multiLvlStrRef') {
    // Several label levels: the innermost (first `lvl`) names the points.
    const cache = c(ref, 'multiLvlStrCache');
    points = cachePoints(cs(cache, 'lvl')[0], cache);
  } else if (ref) points = cachePoints(c(ref, 'strCache') ?? c(ref, 'numCache'));
  else if (lit) points = cachePoints(lit);
  out.texts = points.map((p) => p ?? '');
  out.numbers = points.map((p) => (p !== undefined && p.trim() !== '' && Number.isFinite(Number(p)) ? Number(p) : null));
  const v = c(el, 'v');
  if (v) out.texts = [textOf(v)];
  return out;
}

function colorOf(spPr: XmlElement | undefined): string | undefined {
  // A filled series' colour is its fill, a line's its outline's.
  const ln = spPr ? childElements(spPr).find((e) => isA(e, 'ln')) : undefined;
  const fill = (spPr ? childElements(spPr).find((e) => isA(e, 'solidFill')) : undefined) ?? (ln ? childElements(ln).find((e) => isA(e, 'solidFill')) : undefined);
  const rgb = fill ? childElements(fill).find((e) => isA(e, 'srgbClr')) : undefined;
  const v = rgb ? attr(rgb, '', 'val') : undefined;
  return v && /^[0-9A-Fa-f]{6}$/.test(v) ? `#${v.toUpperCase()}` : undefined;
}

function titleOf(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const tx = c(el, 'tx');
  if (!tx) return undefined;
  const rich = c(tx, 'rich');
  if (rich) return richText(rich) || undefined;
  const src = dataSource(tx, undefined);
  return src?.texts?.join(' ') || undefined;
}

const LEGEND: Record<string, ChartLegendPosition> = { r: 'right', l: 'left', t: 'top', b: 'bottom', tr: 'right' };

/**
 * Groups a combined chart can be made of: 2-D columns/bars, lines and areas on the same axes
 * (a secondary value axis has no place in the model).
 */
function combinable(groups: readonly XmlElement[]): boolean {
  const pairs = new Set(groups.map(axesOf));
  return pairs.size <= 2 && groups.every((g) => g.local === 'barChart' || g.local === 'lineChart' || g.local === 'areaChart');
}

/** The axis ids a group names, as one key. */
function axesOf(group: XmlElement): string {
  return cs(group, 'axId').map((a) => val(a)).join(' ');
}

/**
 * The chart of a `c:chartSpace` root, or null when the model cannot express it. `defaultSheet`
 * qualifies references that name no sheet.
 */
export function chartOfChartSpace(root: XmlElement, anchor: Chart['anchor'], defaultSheet?: string): Chart | null {
  if (!isChartElement(root, 'chartSpace')) return null;
  const chart = c(root, 'chart');
  const plot = c(chart, 'plotArea');
  if (!chart || !plot) return null;
  const groups = childElements(plot).filter((g) => isChartElement(g) && (GROUPS[g.local] !== undefined || UNSUPPORTED.has(g.local)));
  if (groups.length === 0 || groups.some((g) => !GROUPS[g.local]) || (groups.length > 1 && !combinable(groups))) return null;
  const group = groups[0]!;
  const typeOf = (g: XmlElement): ChartType => (GROUPS[g.local] === 'column' && val(c(g, 'barDir')) === 'bar' ? 'bar' : GROUPS[g.local]!);
  const type = typeOf(group);
  const radarStyle = type === 'radar' && val(c(group, 'radarStyle')) === 'filled' ? 'filled' : undefined;
  const hole = type === 'doughnut' ? Number(val(c(group, 'holeSize')) ?? '50') : NaN;
  const holeSize = Number.isFinite(hole) && hole >= 1 && hole <= 90 && hole !== 50 ? Math.round(hole) : undefined;
  const g = val(c(group, 'grouping'));
  const grouping: ChartGrouping | undefined = g === 'stacked' ? 'stacked' : g === 'percentStacked' ? 'percentStacked' : undefined;
  const series: ChartSeries[] = [];
  // Combined charts: the series of the other groups keep their own kind.
  const tagged = groups.flatMap((g) => cs(g, 'ser').map((ser) => ({ ser, grp: g, own: g === group ? undefined : (typeOf(g) as CombinedSeriesType), secondary: axesOf(g) !== axesOf(group) })));
  tagged.sort((p, q) => Number(val(c(p.ser, 'order')) ?? 0) - Number(val(c(q.ser, 'order')) ?? 0));
  for (const { ser, grp, own, secondary } of tagged) {
    const name = dataSource(c(ser, 'tx'), defaultSheet);
    const xy = type === 'scatter' || type === 'bubble';
    const cat = dataSource(c(ser, xy ? 'xVal' : 'cat'), defaultSheet);
    const values = dataSource(c(ser, xy ? 'yVal' : 'val'), defaultSheet);
    const sizes = type === 'bubble' ? dataSource(c(ser, 'bubbleSize'), defaultSheet) : undefined;
    const color = colorOf(c(ser, 'spPr'));
    const nameText = name?.texts?.join(' ');
    const dataLabels = dataLabelsOf(c(ser, 'dLbls'), c(grp, 'dLbls'), own ?? type);
    const marker = markerOf(ser, own ?? type, grp.local === 'lineChart' ? val(c(grp, 'marker')) : '0', color);
    const lineWidth = (own ?? type) === 'line' || (own ?? type) === 'radar' ? lineWidthOf(c(ser, 'spPr')) : undefined;
    series.push({
      ...(nameText ? { name: nameText } : {}),
      ...(name?.ref ? { nameRef: name.ref } : {}),
      ...(cat?.ref ? { categories: cat.ref } : {}),
      ...(values?.ref ? { values: values.ref } : {}),
      ...(cat?.texts && cat.texts.length > 0 ? { cachedCategories: cat.texts } : {}),
      ...(values?.numbers ? { cachedValues: values.numbers } : {}),
      ...(color ? { color } : {}),
      ...(own && own !== type ? { type: own } : {}),
      ...(secondary ? { secondaryAxis: true } : {}),
      ...(dataLabels ? { dataLabels } : {}),
      ...(sizes?.ref ? { bubbleSizes: sizes.ref } : {}),
      ...(sizes?.numbers ? { cachedBubbleSizes: sizes.numbers } : {}),
      ...(marker ? { marker } : {}),
      ...(lineWidth !== undefined ? { lineWidth } : {}),
    });
  }
  // Stock roles: the high and low are where the values say (`stockByValues`), whatever the order.
  if (type === 'stock') series.splice(0, series.length, ...stockByValues(series));
  const autoDeleted = val(c(chart, 'autoTitleDeleted'));
  let title = titleOf(c(chart, 'title'));
  // A title element without text of its own (no c:tx) is the automatic title: the single series'
  // name. A c:tx whose rich text is empty is an empty title (LibreOffice shows none either).
  const titleEl = c(chart, 'title');
  if (title === undefined && titleEl && !c(titleEl, 'tx') && autoDeleted !== '1' && series.length === 1) title = series[0]!.name;
  const legendEl = c(chart, 'legend');
  const legend = legendEl ? (LEGEND[val(c(legendEl, 'legendPos')) ?? 'r'] ?? 'right') : 'none';
  // Axes: the category axis is the one the group's first axId names among catAx/dateAx/(scatter's x valAx).
  const axes = childElements(plot).filter((a) => isChartElement(a) && (a.local === 'catAx' || a.local === 'valAx' || a.local === 'dateAx' || a.local === 'serAx'));
  const ids = cs(group, 'axId').map((a) => val(a));
  const axis = (id: string | undefined): XmlElement | undefined => axes.find((a) => val(c(a, 'axId')) === id);
  const catAxis = axis(ids[0]);
  const valAxis = axis(ids[1]);
  const round = type === 'pie' || type === 'doughnut';
  const view3D = group.local.endsWith('3DChart') ? view3DOf(chart) : undefined;
  const categoryAxisTitle = !round ? titleOf(c(catAxis, 'title')) : undefined;
  const valueAxisTitle = !round ? titleOf(c(valAxis, 'title')) : undefined;
  const numFmt = !round && catAxis?.local !== 'valAx' ? c(catAxis, 'numFmt') : undefined;
  const categoryAxisNumberFormat = numFmt ? attr(numFmt, '', 'formatCode') : undefined;
  const categoryAxisHidden = !round ? axisHiddenOf(catAxis) : undefined;
  const valueAxisHidden = !round ? axisHiddenOf(valAxis) : undefined;
  const plotArea = plotAreaOf(plot);
  return {
    type,
    ...(grouping && !round && type !== 'scatter' && type !== 'radar' && type !== 'stock' && type !== 'bubble' ? { grouping } : {}),
    ...(radarStyle ? { radarStyle } : {}),
    ...(type === 'stock' ? { stock: stockOf(group) } : {}),
    ...(type === 'bubble' ? bubbleOptionsOf(group) : {}),
    ...(holeSize !== undefined ? { holeSize } : {}),
    ...(view3D ? { view3D } : {}),
    ...(title ? { title } : {}),
    legend,
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

/** What of an axis is hidden: all of it (`c:delete val="1"`) or its labels (`c:tickLblPos val="none"`). */
function axisHiddenOf(axis: XmlElement | undefined): ChartAxisHidden | undefined {
  // CT_Boolean: an element without val says true.
  const del = c(axis, 'delete');
  const deleted = del ? (val(del) ?? '1') : undefined;
  if (deleted === '1' || deleted === 'true') return 'axis';
  return val(c(axis, 'tickLblPos')) === 'none' ? 'labels' : undefined;
}

// --- writing ---

function richXml(text: string): XmlOut {
  return x('c:tx', {}, x('c:rich', {}, x('a:bodyPr'), x('a:lstStyle'), x('a:p', {}, x('a:r', {}, x('a:rPr', { lang: 'fr-FR' }), x('a:t', {}, text)))));
}

function titleXml(text: string): XmlOut {
  return x('c:title', {}, richXml(text), x('c:overlay', { val: 0 }));
}

function strCacheXml(texts: readonly string[]): XmlOut {
  return x('c:strCache', {}, x('c:ptCount', { val: texts.length }), texts.map((t, i) => x('c:pt', { idx: i }, x('c:v', {}, t))));
}

function numCacheXml(values: readonly (number | null)[]): XmlOut {
  return x(
    'c:numCache',
    {},
    x('c:formatCode', {}, 'General'),
    x('c:ptCount', { val: values.length }),
    values.flatMap((v, i) => (v === null ? [] : [x('c:pt', { idx: i }, x('c:v', {}, String(v)))])),
  );
}

function strSource(tag: string, ref: ChartRef | undefined, texts: readonly string[] | undefined): XmlOut | null {
  if (ref) return x(tag, {}, x('c:strRef', {}, x('c:f', {}, formatChartRef(ref)), texts ? strCacheXml(texts) : null));
  if (texts && texts.length > 0) return x(tag, {}, x('c:strLit', {}, x('c:ptCount', { val: texts.length }), texts.map((t, i) => x('c:pt', { idx: i }, x('c:v', {}, t)))));
  return null;
}

function numSource(tag: string, ref: ChartRef | undefined, values: readonly (number | null)[] | undefined): XmlOut {
  if (ref) return x(tag, {}, x('c:numRef', {}, x('c:f', {}, formatChartRef(ref)), values ? numCacheXml(values) : null));
  const v = values ?? [];
  return x(tag, {}, x('c:numLit', {}, x('c:formatCode', {}, 'General'), x('c:ptCount', { val: v.length }), v.flatMap((n, i) => (n === null ? [] : [x('c:pt', { idx: i }, x('c:v', {}, String(n)))]))));
}

function seriesXml(whole: Chart, s: ChartSeries, i: number): XmlOut {
  // A combined chart's series is written as one of its own kind's group.
  const chart: Chart = s.type && s.type !== whole.type ? { ...whole, type: s.type } : whole;
  const name = s.nameRef
    ? x('c:tx', {}, x('c:strRef', {}, x('c:f', {}, formatChartRef(s.nameRef)), strCacheXml([s.name ?? ''])))
    : s.name !== undefined
      ? x('c:tx', {}, x('c:v', {}, s.name))
      : null;
  const color = s.color?.replace('#', '').toUpperCase();
  const fill = color ? x('a:solidFill', {}, x('a:srgbClr', { val: color })) : null;
  const lined = chart.type === 'line' || chart.type === 'scatter' || (chart.type === 'radar' && chart.radarStyle !== 'filled');
  const w = lineWidthEmu(s.lineWidth ?? DEFAULT_LINE_WIDTH);
  const spPr =
    chart.type === 'stock'
      ? null
      : lined
      ? color || chart.type === 'scatter' || s.lineWidth !== undefined
        ? x('c:spPr', {}, chart.type === 'scatter' ? x('a:ln', { w }, x('a:noFill')) : x('a:ln', { w, cap: 'rnd' }, fill, x('a:round')))
        : null
      : fill
        ? x('c:spPr', {}, fill)
        : null;
  const head = [x('c:idx', { val: i }), x('c:order', { val: i }), name, spPr].filter((e): e is XmlOut => e !== null);
  const labels = dataLabelsXml(s.dataLabels, chart.type);
  const xValues = (): XmlOut | null => (s.categories || s.cachedCategories?.length ? numSource('c:xVal', s.categories, s.cachedCategories?.map((t) => (t.trim() !== '' && Number.isFinite(Number(t)) ? Number(t) : null))) : null);
  if (chart.type === 'bubble') {
    return x('c:ser', {}, head, x('c:invertIfNegative', { val: 0 }), labels, xValues(), numSource('c:yVal', s.values, s.cachedValues), numSource('c:bubbleSize', s.bubbleSizes, s.cachedBubbleSizes ?? s.cachedValues?.map(() => 1)), x('c:bubble3D', { val: chart.bubble3D ? 1 : 0 }));
  }
  if (chart.type === 'stock') {
    return x('c:ser', {}, head, stockSeriesLook(), labels, strSource('c:cat', s.categories, s.cachedCategories), numSource('c:val', s.values, s.cachedValues), x('c:smooth', { val: 0 }));
  }
  if (chart.type === 'scatter') {
    return x('c:ser', {}, head, markerXml(s.marker, 'scatter', fill), labels, xValues(), numSource('c:yVal', s.values, s.cachedValues), x('c:smooth', { val: 0 }));
  }
  const cat = strSource('c:cat', s.categories, s.cachedCategories);
  const values = numSource('c:val', s.values, s.cachedValues);
  if (chart.type === 'column' || chart.type === 'bar') return x('c:ser', {}, head, x('c:invertIfNegative', { val: 0 }), labels, cat, values);
  if (chart.type === 'line') return x('c:ser', {}, head, markerXml(s.marker, 'line', fill), labels, cat, values, x('c:smooth', { val: 0 }));
  if (chart.type === 'radar') return x('c:ser', {}, head, chart.radarStyle === 'filled' ? null : markerXml(s.marker, 'radar', s.marker?.fill ? fill : null), labels, cat, values);
  return x('c:ser', {}, head, labels, cat, values);
}

function axisXml(kind: 'c:catAx' | 'c:valAx', id: number, cross: number, pos: string, title: string | undefined, gridlines: boolean, hidden: ChartAxisHidden | undefined, numberFormat?: string): XmlOut {
  return x(
    kind,
    {},
    x('c:axId', { val: id }),
    x('c:scaling', {}, x('c:orientation', { val: 'minMax' })),
    x('c:delete', { val: hidden === 'axis' ? 1 : 0 }),
    x('c:axPos', { val: pos }),
    gridlines ? x('c:majorGridlines') : null,
    title ? titleXml(title) : null,
    kind === 'c:valAx' || numberFormat ? x('c:numFmt', { formatCode: numberFormat ?? 'General', sourceLinked: 1 }) : null,
    x('c:majorTickMark', { val: 'out' }),
    x('c:minorTickMark', { val: 'none' }),
    x('c:tickLblPos', { val: hidden === 'labels' ? 'none' : 'nextTo' }),
    x('c:crossAx', { val: cross }),
    x('c:crosses', { val: 'autoZero' }),
    kind === 'c:catAx' ? [x('c:auto', { val: 1 }), x('c:lblAlgn', { val: 'ctr' }), x('c:lblOffset', { val: 100 }), x('c:noMultiLvlLbl', { val: 0 })] : x('c:crossBetween', { val: 'between' }),
  );
}

const LEGEND_POS: Record<ChartLegendPosition, string> = { right: 'r', left: 'l', top: 't', bottom: 'b', none: 'r' };

/** A `c:chartSpace` part for `chart`. */
export function chartSpaceXml(chart: Chart): string {
  const axIds = [x('c:axId', { val: 111111 }), x('c:axId', { val: 222222 })];
  // Combined charts: one group per kind, the chart's own first, all on the same axes.
  // Series on the secondary axis go to groups of their own, on axes 333333 (hidden) and 444444 (right).
  const mixable = chart.type === 'column' || chart.type === 'bar' || chart.type === 'line' || chart.type === 'area';
  const keyOf = (s: ChartSeries): string => `${mixable ? (s.type ?? chart.type) : chart.type} ${mixable && s.secondaryAxis ? 2 : 1}`;
  const keys = [`${chart.type} 1`, ...new Set(chart.series.map(keyOf))].filter((k, i, all) => all.indexOf(k) === i && (i === 0 || chart.series.some((s) => keyOf(s) === k)));
  const secondIds = [x('c:axId', { val: 333333 }), x('c:axId', { val: 444444 })];
  if (writtenIn3D(chart)) {
    const group = group3DXml(chart, chart.series.map((s, i) => seriesXml(chart, s, i)), axIds);
    return chartSpaceOf(chart, [group], chart.type === 'line' ? [seriesAxisXml(222222)] : []);
  }
  const groups = keys.map((key) => {
    const [kind, axis] = key.split(' ') as [ChartType, string];
    return groupXml(
      { ...chart, type: kind },
      chart.series.flatMap((s, i) => (keyOf(s) === key ? [seriesXml(chart, s, i)] : [])),
      axis === '2' ? secondIds : axIds,
    );
  });
  const secondary = mixable && chart.series.some((s) => s.secondaryAxis)
    ? [
        x('c:catAx', {}, x('c:axId', { val: 333333 }), x('c:scaling', {}, x('c:orientation', { val: 'minMax' })), x('c:delete', { val: 1 }), x('c:axPos', { val: 'b' }), x('c:majorTickMark', { val: 'out' }), x('c:minorTickMark', { val: 'none' }), x('c:tickLblPos', { val: 'nextTo' }), x('c:crossAx', { val: 444444 }), x('c:crosses', { val: 'autoZero' }), x('c:auto', { val: 1 }), x('c:lblAlgn', { val: 'ctr' }), x('c:lblOffset', { val: 100 }), x('c:noMultiLvlLbl', { val: 0 })),
        x('c:valAx', {}, x('c:axId', { val: 444444 }), x('c:scaling', {}, x('c:orientation', { val: 'minMax' })), x('c:delete', { val: 0 }), x('c:axPos', { val: 'r' }), x('c:numFmt', { formatCode: 'General', sourceLinked: 1 }), x('c:majorTickMark', { val: 'out' }), x('c:minorTickMark', { val: 'none' }), x('c:tickLblPos', { val: 'nextTo' }), x('c:crossAx', { val: 333333 }), x('c:crosses', { val: 'max' }), x('c:crossBetween', { val: 'between' })),
      ]
    : [];
  return chartSpaceOf(chart, groups, secondary);
}

/** The chart group element of `chart.type` holding `series`. */
function groupXml(chart: Chart, series: readonly XmlOut[], axIds: readonly XmlOut[]): XmlOut {
  const grouping = chart.grouping ?? 'clustered';
  const lineGrouping = grouping === 'clustered' ? 'standard' : grouping;
  let group: XmlOut;
  switch (chart.type) {
    case 'column':
    case 'bar':
      group = x(
        'c:barChart',
        {},
        x('c:barDir', { val: chart.type === 'bar' ? 'bar' : 'col' }),
        x('c:grouping', { val: grouping }),
        x('c:varyColors', { val: 0 }),
        series,
        x('c:gapWidth', { val: 150 }),
        grouping !== 'clustered' ? x('c:overlap', { val: 100 }) : null,
        axIds,
      );
      break;
    case 'line':
      group = x('c:lineChart', {}, x('c:grouping', { val: lineGrouping }), x('c:varyColors', { val: 0 }), series, x('c:marker', { val: 1 }), axIds);
      break;
    case 'area':
      group = x('c:areaChart', {}, x('c:grouping', { val: lineGrouping }), x('c:varyColors', { val: 0 }), series, axIds);
      break;
    case 'scatter':
      group = x('c:scatterChart', {}, x('c:scatterStyle', { val: 'lineMarker' }), x('c:varyColors', { val: 0 }), series, axIds);
      break;
    case 'pie':
      group = x('c:pieChart', {}, x('c:varyColors', { val: 1 }), series, x('c:firstSliceAng', { val: 0 }));
      break;
    case 'doughnut':
      group = x('c:doughnutChart', {}, x('c:varyColors', { val: 1 }), series, x('c:firstSliceAng', { val: 0 }), x('c:holeSize', { val: chart.holeSize ?? 50 }));
      break;
    case 'radar':
      group = x('c:radarChart', {}, x('c:radarStyle', { val: chart.radarStyle === 'filled' ? 'filled' : 'marker' }), x('c:varyColors', { val: 0 }), series, axIds);
      break;
    case 'stock':
      group = stockGroupXml(chart, series, axIds);
      break;
    case 'bubble':
      group = bubbleGroupXml(chart, series, axIds);
      break;
  }
  return group;
}

function chartSpaceOf(chart: Chart, groups: readonly XmlOut[], secondaryAxes: readonly XmlOut[]): string {
  const horizontal = chart.type === 'bar';
  const axes =
    chart.type === 'pie' || chart.type === 'doughnut'
      ? []
      : [
          chart.type === 'scatter' || chart.type === 'bubble'
            ? axisXml('c:valAx', 111111, 222222, 'b', chart.categoryAxisTitle, false, chart.categoryAxisHidden)
            : axisXml('c:catAx', 111111, 222222, horizontal ? 'l' : 'b', chart.categoryAxisTitle, false, chart.categoryAxisHidden, chart.categoryAxisNumberFormat),
          axisXml('c:valAx', 222222, 111111, horizontal ? 'b' : 'l', chart.valueAxisTitle, true, chart.valueAxisHidden),
        ];
  const legend = chart.legend ?? 'right';
  return serializeXml(
    x(
      'c:chartSpace',
      { 'xmlns:c': NS_CHART, 'xmlns:a': NS.a, 'xmlns:r': NS.r },
      x('c:roundedCorners', { val: 0 }),
      x(
        'c:chart',
        {},
        chart.title ? titleXml(chart.title) : null,
        x('c:autoTitleDeleted', { val: chart.title ? 0 : 1 }),
        writtenIn3D(chart) ? view3DXml(chart) : null,
        x('c:plotArea', {}, plotAreaLayoutXml(chart.plotArea), groups, axes, secondaryAxes),
        legend !== 'none' ? x('c:legend', {}, x('c:legendPos', { val: LEGEND_POS[legend] }), x('c:overlay', { val: 0 })) : null,
        x('c:plotVisOnly', { val: 1 }),
        x('c:dispBlanksAs', { val: 'gap' }),
      ),
    ),
  );
}

/** The chart with its data as literals: a slide or a text has no cells for references to reach. */
export function literalChart(chart: Chart): Chart {
  return {
    ...chart,
    series: chart.series.map((s) => {
      const { nameRef: _n, categories: _c, values: _v, ...rest } = s;
      return rest;
    }),
  };
}
