/**
 * Stock and bubble chart groups of DrawingML charts (ECMA-376 Part 1, 21.2.2.198 `c:stockChart`,
 * 21.2.2.20 `c:bubbleChart`) <-> the model's {@link ChartStock}, bubble scale and 3-D flag.
 *
 * - A stock group holds three or four line series (high, low, close; or open, high, low,
 *   close, in `c:order` order), then `c:hiLowLines` and `c:upDownBars`. Its series draw no line
 *   between points: the writer gives them `a:ln` without fill and no marker, as Excel does.
 * - A bubble group holds series with `c:xVal`, `c:yVal` and `c:bubbleSize`, then the group's
 *   `c:bubble3D`, `c:bubbleScale` (percent, 0 to 300) and `c:showNegBubbles`, on two value axes.
 */
import type { Chart, ChartSeries, ChartStock } from '@ostal/model';
import type { XmlElement } from '../xml/xml-tree.js';
import { attr, childElements } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';

const CHART_NS = new Set(['http://schemas.openxmlformats.org/drawingml/2006/chart', 'http://purl.oclc.org/ooxml/drawingml/chart']);

function child(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el ? childElements(el).find((e) => CHART_NS.has(e.ns) && e.local === local) : undefined;
}

/** A boolean `val` (absent attribute: true, as CT_Boolean defaults). */
function flag(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = attr(el, '', 'val');
  return v === undefined || v === '1' || v === 'true';
}

/**
 * The stock options of a `c:stockChart` group. High-low lines whose line has no fill are off:
 * LibreOffice writes its hidden range line so.
 */
export function stockOf(group: XmlElement): ChartStock {
  const lines = child(group, 'hiLowLines');
  const ln = childElements(child(lines, 'spPr') ?? lines ?? group).find((e) => e.local === 'ln');
  const hidden = ln !== undefined && childElements(ln).some((e) => e.local === 'noFill');
  return { hiLowLines: lines !== undefined && !hidden, upDownBars: child(group, 'upDownBars') !== undefined };
}

/** The bubble options of a `c:bubbleChart` group: the 3-D flag (group or first series), the scale and the negative bubbles. */
export function bubbleOptionsOf(group: XmlElement): Pick<Chart, 'bubble3D' | 'bubbleScale' | 'showNegativeBubbles'> {
  const firstSeries = child(group, 'ser');
  const threeD = flag(child(group, 'bubble3D')) ?? flag(child(firstSeries, 'bubble3D')) ?? false;
  const scale = Number(attr(child(group, 'bubbleScale') ?? group, '', 'val') ?? NaN);
  const bubbleScale = Number.isFinite(scale) && scale >= 0 && scale <= 300 && scale !== 100 ? Math.round(scale) : undefined;
  const negative = flag(child(group, 'showNegBubbles')) ?? false;
  return { ...(threeD ? { bubble3D: true } : {}), ...(bubbleScale !== undefined ? { bubbleScale } : {}), ...(negative ? { showNegativeBubbles: true } : {}) };
}

/**
 * Stock series put in model order ([open,] high, low, close) by their values: the high never
 * below another series, the low never above; the others keep their order (open, then close).
 * Files do not always order them as the schema says (LibreOffice's PPTX and XLSX give a stock
 * group's series in its own order, with repeated `c:order` values), and the values cannot lie.
 * Series whose roles the values do not settle are returned as they came.
 */
export function stockByValues(series: readonly ChartSeries[]): ChartSeries[] {
  if (series.length < 3 || series.length > 4) return [...series];
  const n = Math.max(...series.map((s) => s.cachedValues?.length ?? 0));
  const bound = (s: ChartSeries, above: boolean): boolean =>
    n > 0 &&
    series.every((o) => {
      for (let i = 0; i < n; i++) {
        const a = s.cachedValues?.[i];
        const b = o.cachedValues?.[i];
        if (a === null || a === undefined || b === null || b === undefined) continue;
        if (above ? a < b : a > b) return false;
      }
      return true;
    });
  // Ties (an open equal to the high...) go to the series where the order puts the role.
  const at = series.length === 4 ? 1 : 0;
  const first = (k: number): ChartSeries[] => [series[k]!, ...series.filter((_, j) => j !== k)];
  const high = first(at).find((s) => bound(s, true));
  const low = first(at + 1).find((s) => s !== high && bound(s, false));
  if (!high || !low) return [...series];
  const rest = series.filter((s) => s !== high && s !== low);
  return rest.length === 2 ? [rest[0]!, high, low, rest[1]!] : [high, low, ...rest];
}

/** The `c:spPr` and `c:marker` of a stock series: no line between the points, no marker. */
export function stockSeriesLook(): XmlOut[] {
  return [x('c:spPr', {}, x('a:ln', { w: 28575 }, x('a:noFill'))), x('c:marker', {}, x('c:symbol', { val: 'none' }))];
}

/** The `c:stockChart` group of `series` (already in model order). */
export function stockGroupXml(chart: Chart, series: readonly XmlOut[], axIds: readonly XmlOut[]): XmlOut {
  const stock = chart.stock ?? { hiLowLines: true, upDownBars: chart.series.length >= 4 };
  const lines = x('c:spPr', {}, x('a:ln', { w: 9525 }, x('a:solidFill', {}, x('a:srgbClr', { val: '404040' }))));
  const upDown = stock.upDownBars
    ? x(
        'c:upDownBars',
        {},
        x('c:gapWidth', { val: 150 }),
        x('c:upBars', {}, x('c:spPr', {}, x('a:solidFill', {}, x('a:srgbClr', { val: 'FFFFFF' })), x('a:ln', { w: 9525 }, x('a:solidFill', {}, x('a:srgbClr', { val: '404040' }))))),
        x('c:downBars', {}, x('c:spPr', {}, x('a:solidFill', {}, x('a:srgbClr', { val: '404040' })), x('a:ln', { w: 9525 }, x('a:solidFill', {}, x('a:srgbClr', { val: '404040' }))))),
      )
    : null;
  return x('c:stockChart', {}, series, stock.hiLowLines ? x('c:hiLowLines', {}, lines) : null, upDown, axIds);
}

/** The `c:bubbleChart` group of `series`. */
export function bubbleGroupXml(chart: Chart, series: readonly XmlOut[], axIds: readonly XmlOut[]): XmlOut {
  return x(
    'c:bubbleChart',
    {},
    x('c:varyColors', { val: 0 }),
    series,
    x('c:bubble3D', { val: chart.bubble3D ? 1 : 0 }),
    x('c:bubbleScale', { val: chart.bubbleScale ?? 100 }),
    x('c:showNegBubbles', { val: chart.showNegativeBubbles ? 1 : 0 }),
    axIds,
  );
}
