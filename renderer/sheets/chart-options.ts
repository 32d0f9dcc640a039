/**
 * The options the chart dialog offers for the chosen kind, as plain values: which series stand
 * on the secondary value axis (columns, bars, lines), what a stock chart draws besides its
 * prices, and how a bubble chart sizes its bubbles. Pure: read from a chart, applied to a chart.
 */
import type { Chart, ChartType } from '@ostal/model';

export interface ChartOptions {
  /** One flag per series, in order: plotted against the secondary value axis. */
  readonly secondary: readonly boolean[];
  readonly hiLowLines: boolean;
  readonly upDownBars: boolean;
  /** Percent of the default bubble size, 0 to 300. */
  readonly bubbleScale: number;
  readonly showNegativeBubbles: boolean;
}

/** The kinds whose series may go on a secondary axis (both formats write it for them). */
export const SECONDARY_AXIS_TYPES: readonly ChartType[] = ['column', 'bar', 'line'];

/** The options a new chart starts with: what both formats do by default. */
export const DEFAULT_CHART_OPTIONS: ChartOptions = { secondary: [], hiLowLines: true, upDownBars: true, bubbleScale: 100, showNegativeBubbles: false };

/** The options `chart` has now (a stock chart without its own says what is drawn by default). */
export function chartOptionsOf(chart: Chart): ChartOptions {
  const stock = chart.stock ?? { hiLowLines: true, upDownBars: chart.series.length >= 4 };
  return {
    secondary: chart.series.map((s) => s.secondaryAxis === true),
    hiLowLines: stock.hiLowLines,
    upDownBars: stock.upDownBars,
    bubbleScale: chart.bubbleScale ?? 100,
    showNegativeBubbles: chart.showNegativeBubbles === true,
  };
}

/** A bubble scale the formats can hold: a whole percent from 0 to 300 (100 when not a number). */
export function clampBubbleScale(value: number): number {
  return Number.isFinite(value) ? Math.min(300, Math.max(0, Math.round(value))) : 100;
}

/**
 * `chart` with the options of its kind applied; options of other kinds are left out, and so are
 * defaults (a bubble scale of 100). One series at least stays on the primary axis, which both
 * formats need: with every series flagged, none goes to the secondary axis.
 */
export function withChartOptions(chart: Chart, options: ChartOptions): Chart {
  const { stock: _stock, bubbleScale: _scale, showNegativeBubbles: _negative, ...rest } = chart;
  const flagged = chart.series.filter((_, i) => options.secondary[i] === true).length;
  const secondaryOk = SECONDARY_AXIS_TYPES.includes(chart.type) && flagged < chart.series.length;
  const series = chart.series.map((s, i) => {
    const { secondaryAxis: _secondary, ...plain } = s;
    return secondaryOk && options.secondary[i] === true ? { ...plain, secondaryAxis: true } : plain;
  });
  const out: Chart = { ...rest, series };
  if (chart.type === 'stock') return { ...out, stock: { hiLowLines: options.hiLowLines, upDownBars: options.upDownBars && chart.series.length >= 4 } };
  if (chart.type === 'bubble') {
    const scale = clampBubbleScale(options.bubbleScale);
    return { ...out, ...(scale !== 100 ? { bubbleScale: scale } : {}), ...(options.showNegativeBubbles ? { showNegativeBubbles: true } : {}) };
  }
  return out;
}
