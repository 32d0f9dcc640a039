/**
 * The options the chart dialog offers for the chosen kind, as plain values: which series stand
 * on the secondary value axis (columns, bars, lines), each series' own kind (a line among columns:
 * a combined chart) and colour, the axes' titles, what a stock chart draws besides its prices, and
 * how a bubble chart sizes its bubbles. Pure: read from a chart, applied to a chart.
 */
import type { Chart, ChartSeries, ChartType, CombinedSeriesType } from '@ostal/model';

export interface ChartOptions {
  /** One flag per series, in order: plotted against the secondary value axis. */
  readonly secondary: readonly boolean[];
  /** One entry per series, in order: drawn as this kind (absent: the chart's own). */
  readonly kinds: readonly (CombinedSeriesType | undefined)[];
  /** One entry per series, in order: `#RRGGBB` (absent: the palette's colour). */
  readonly colors: readonly (string | undefined)[];
  readonly categoryAxisTitle: string;
  readonly valueAxisTitle: string;
  readonly hiLowLines: boolean;
  readonly upDownBars: boolean;
  /** Percent of the default bubble size, 0 to 300. */
  readonly bubbleScale: number;
  readonly showNegativeBubbles: boolean;
}

/** The kinds whose series may go on a secondary axis (both formats write it for them). */
export const SECONDARY_AXIS_TYPES: readonly ChartType[] = ['column', 'bar', 'line'];

/**
 * The kinds whose series may each be drawn as another of them (columns with a line, areas with
 * columns...): vertical kinds sharing one category axis, as Excel and LibreOffice combine them.
 */
export const COMBINED_KINDS: readonly CombinedSeriesType[] = ['column', 'line', 'area'];

/** The kinds drawn on axes, whose axes may carry a title. */
export const AXIS_TITLE_TYPES: readonly ChartType[] = ['column', 'bar', 'line', 'area', 'scatter', 'stock', 'bubble'];

/** The kinds whose series have a colour of their own (pies and doughnuts colour their slices). */
export const SERIES_COLOR_TYPES: readonly ChartType[] = ['column', 'bar', 'line', 'area', 'scatter', 'radar', 'bubble'];

/** The options a new chart starts with: what both formats do by default. */
export const DEFAULT_CHART_OPTIONS: ChartOptions = {
  secondary: [],
  kinds: [],
  colors: [],
  categoryAxisTitle: '',
  valueAxisTitle: '',
  hiLowLines: true,
  upDownBars: true,
  bubbleScale: 100,
  showNegativeBubbles: false,
};

/** The options `chart` has now (a stock chart without its own says what is drawn by default). */
export function chartOptionsOf(chart: Chart): ChartOptions {
  const stock = chart.stock ?? { hiLowLines: true, upDownBars: chart.series.length >= 4 };
  return {
    secondary: chart.series.map((s) => s.secondaryAxis === true),
    kinds: chart.series.map((s) => s.type),
    colors: chart.series.map((s) => s.color),
    categoryAxisTitle: chart.categoryAxisTitle ?? '',
    valueAxisTitle: chart.valueAxisTitle ?? '',
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

const RGB = /^#[0-9A-Fa-f]{6}$/;

/** A series with the dialog's kind and colour for it (only where the chart's kind has them). */
function seriesWith(chart: Chart, s: ChartSeries, kind: CombinedSeriesType | undefined, color: string | undefined): ChartSeries {
  let out = s;
  if ((COMBINED_KINDS as readonly ChartType[]).includes(chart.type)) {
    const { type: _type, ...plain } = out;
    out = kind !== undefined && kind !== chart.type && COMBINED_KINDS.includes(kind) ? { ...plain, type: kind } : plain;
  }
  if (SERIES_COLOR_TYPES.includes(chart.type)) {
    const { color: _color, ...plain } = out;
    out = color !== undefined && RGB.test(color) ? { ...plain, color: color.toUpperCase() } : plain;
  }
  return out;
}

/**
 * `chart` with the options of its kind applied; options of other kinds are left out, and so are
 * defaults (a bubble scale of 100, a series kind equal to the chart's, an empty axis title). One
 * series at least stays on the primary axis, which both formats need: with every series flagged,
 * none goes to the secondary axis.
 */
export function withChartOptions(chart: Chart, options: ChartOptions): Chart {
  const { stock: _stock, bubbleScale: _scale, showNegativeBubbles: _negative, ...rest } = chart;
  const flagged = chart.series.filter((_, i) => options.secondary[i] === true).length;
  const secondaryOk = SECONDARY_AXIS_TYPES.includes(chart.type) && flagged < chart.series.length;
  const series = chart.series.map((s, i) => {
    const { secondaryAxis: _secondary, ...plain } = seriesWith(chart, s, options.kinds[i], options.colors[i]);
    return secondaryOk && options.secondary[i] === true ? { ...plain, secondaryAxis: true } : plain;
  });
  let out: Chart = { ...rest, series };
  if (AXIS_TITLE_TYPES.includes(chart.type)) {
    const { categoryAxisTitle: _c, valueAxisTitle: _v, ...untitled } = out;
    const category = options.categoryAxisTitle.trim();
    const value = options.valueAxisTitle.trim();
    out = { ...untitled, ...(category ? { categoryAxisTitle: category } : {}), ...(value ? { valueAxisTitle: value } : {}) };
  }
  if (chart.type === 'stock') return { ...out, stock: { hiLowLines: options.hiLowLines, upDownBars: options.upDownBars && chart.series.length >= 4 } };
  if (chart.type === 'bubble') {
    const scale = clampBubbleScale(options.bubbleScale);
    return { ...out, ...(scale !== 100 ? { bubbleScale: scale } : {}), ...(options.showNegativeBubbles ? { showNegativeBubbles: true } : {}) };
  }
  return out;
}
