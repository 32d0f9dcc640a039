/**
 * Editing a chart's values as a table (categories down, series across, as Word's and
 * PowerPoint's "Modifier les données" show them), and the chart made from an edited table,
 * kind, title and legend. Shared by the text and slides editors: the chart is matched
 * structurally (this layer may not import the model), and whatever it holds besides is kept.
 * The edited values become the chart's own cached values; cell references are dropped, so a
 * chart edited here is written from its values, not with the workbook it no longer matches.
 */
import type { ChartKind } from './chart-scale.js';

export type ChartLegendPlace = 'right' | 'left' | 'top' | 'bottom' | 'none';

/** What the dialog reads of a chart (the model's `Chart` has this shape). */
export interface EditableChart {
  readonly type: ChartKind;
  readonly title?: string | undefined;
  readonly legend?: ChartLegendPlace | undefined;
  readonly categoryAxisTitle?: string | undefined;
  readonly valueAxisTitle?: string | undefined;
  readonly series: readonly {
    readonly name?: string | undefined;
    readonly cachedCategories?: readonly string[] | undefined;
    readonly cachedValues?: readonly (number | null)[] | undefined;
    /** `#RRGGBB`; none: the palette's (theme) colour. */
    readonly color?: string | undefined;
    readonly dataLabels?: { readonly value?: boolean | undefined } | undefined;
  }[];
}

/** The values of a chart, as the dialog edits them; a series' colour when it has one of its own (or the user chose one). */
export interface ChartTable {
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly (number | null)[]; readonly color?: string | undefined }[];
}

/** What else the dialog sets. */
export interface ChartSettings {
  readonly type: ChartKind;
  readonly title: string;
  readonly legend: ChartLegendPlace;
  /** Values shown on the chart (every series' data labels); undefined: left as they are. */
  readonly valueLabels?: boolean | undefined;
  /** Axis titles (empty: none); undefined: left as they are. */
  readonly categoryAxisTitle?: string | undefined;
  readonly valueAxisTitle?: string | undefined;
}

/** Kinds whose series the dialog colours one by one (a pie's or doughnut's colours are its slices'). */
export const SERIES_COLOR_KINDS: readonly ChartKind[] = ['column', 'bar', 'line', 'area', 'radar'];
/** Kinds with axes the dialog titles. */
export const AXIS_TITLE_KINDS: readonly ChartKind[] = ['column', 'bar', 'line', 'area', 'scatter'];

/** Whether every series of the chart shows its values. */
export function showsValueLabels(chart: EditableChart): boolean {
  return chart.series.length > 0 && chart.series.every((s) => s.dataLabels?.value === true);
}

/** Kinds a chart can be turned into (stock and bubble charts keep theirs: their series have set roles). */
export const CHART_EDIT_TYPES: readonly ChartKind[] = ['column', 'bar', 'line', 'area', 'pie', 'doughnut', 'radar', 'scatter'];
export const CHART_LEGENDS: readonly ChartLegendPlace[] = ['right', 'bottom', 'top', 'left', 'none'];

/** The kinds offered for a chart: the editable ones, or its own alone when it has set series roles. */
export function chartTypesFor(chart: EditableChart): readonly ChartKind[] {
  return CHART_EDIT_TYPES.includes(chart.type) ? CHART_EDIT_TYPES : [chart.type];
}

/** The chart's cached values as a table; `seriesName(n)` names a series without a name (from 1). */
export function chartTable(chart: EditableChart, seriesName: (n: number) => string): ChartTable {
  const first = chart.series.find((s) => (s.cachedCategories?.length ?? 0) > 0);
  const points = Math.max(first?.cachedCategories?.length ?? 0, ...chart.series.map((s) => s.cachedValues?.length ?? 0), 1);
  const categories = Array.from({ length: points }, (_, i) => first?.cachedCategories?.[i] ?? '');
  const series = chart.series.map((s, i) => ({
    name: s.name ?? seriesName(i + 1),
    values: Array.from({ length: points }, (_, p) => s.cachedValues?.[p] ?? null),
    ...(s.color ? { color: s.color } : {}),
  }));
  return { categories, series: series.length > 0 ? series : [{ name: seriesName(1), values: categories.map(() => null) }] };
}

const COMBINED: readonly ChartKind[] = ['column', 'bar', 'line', 'area'];
const THREE_D: readonly ChartKind[] = ['column', 'bar', 'line', 'area', 'pie'];
/** Fields of a series that name the cells its data came from (gone once its values are edited). */
const SERIES_CELLS = ['nameRef', 'categories', 'values', 'cachedCategories', 'cachedValues'];

/** A series with new values, without the fields that only meant something for the former kind or the former cells. */
function editedSeries(from: object | undefined, edited: ChartTable['series'][number], categories: readonly string[], sameType: boolean, valueLabels: boolean | undefined): object {
  const rest: Record<string, unknown> = { ...(from ?? {}) };
  for (const key of SERIES_CELLS) delete rest[key];
  if (!sameType) {
    delete rest.type;
    delete rest.secondaryAxis;
  }
  if (edited.color) rest.color = edited.color;
  if (valueLabels !== undefined) {
    const { value: _value, ...labels } = (rest.dataLabels ?? {}) as Record<string, unknown>;
    if (valueLabels) rest.dataLabels = { ...labels, value: true };
    else if (Object.values(labels).some((v) => v === true)) rest.dataLabels = labels;
    else delete rest.dataLabels;
  }
  return { ...rest, name: edited.name, cachedCategories: [...categories], cachedValues: [...edited.values] };
}

/** Sets (non-empty) or removes an optional text field of `next`. */
function setText(next: Record<string, unknown>, key: string, text: string | undefined): void {
  if (text === undefined) return;
  if (text.trim()) next[key] = text.trim();
  else delete next[key];
}

/** The chart the dialog's table and settings describe, keeping what they do not touch (size, fonts, per-point colours...). */
export function chartFromTable<C extends EditableChart>(chart: C, settings: ChartSettings, table: ChartTable): C {
  const sameType = settings.type === chart.type;
  const next: Record<string, unknown> = { ...(chart as object), type: settings.type, legend: settings.legend };
  const title = settings.title.trim();
  if (title) next.title = title;
  else delete next.title;
  if (!sameType) {
    if (!COMBINED.includes(settings.type)) delete next.grouping;
    if (!THREE_D.includes(settings.type)) delete next.view3D;
    if (settings.type !== 'doughnut') delete next.holeSize;
    if (settings.type !== 'radar') delete next.radarStyle;
    if (settings.type === 'pie' || settings.type === 'doughnut') {
      delete next.categoryAxisTitle;
      delete next.valueAxisTitle;
    }
  }
  // Labels change only when the user changed them: a chart showing some series' values keeps them.
  const labels = settings.valueLabels === undefined || settings.valueLabels === showsValueLabels(chart) ? undefined : settings.valueLabels;
  next.series = table.series.map((s, i) => editedSeries(chart.series[i], s, table.categories, sameType, labels));
  if (AXIS_TITLE_KINDS.includes(settings.type)) {
    setText(next, 'categoryAxisTitle', settings.categoryAxisTitle);
    setText(next, 'valueAxisTitle', settings.valueAxisTitle);
  }
  return next as unknown as C;
}

/**
 * The chart "Insertion > Graphique" starts from, as Word's and PowerPoint's: columns, three
 * categories and two series of sample values to replace; `category(n)` and `series(n)` name
 * them (from 1).
 */
export function sampleChartData(category: (n: number) => string, series: (n: number) => string) {
  const categories = [1, 2, 3].map(category);
  return {
    type: 'column' as const,
    legend: 'right' as const,
    series: [
      { name: series(1), cachedCategories: categories, cachedValues: [4.3, 2.5, 3.5] },
      { name: series(2), cachedCategories: categories, cachedValues: [2.4, 4.4, 1.8] },
    ],
  };
}

function decimalMark(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
}

/**
 * A value typed in the table: a number written the locale's way ("1 234,5" in French, where a
 * point alone is read as the decimal mark too), null when empty, undefined when it is not a number.
 */
export function parseChartValue(text: string, locale: string): number | null | undefined {
  let t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  if (t === '') return null;
  if (decimalMark(locale) === ',') t = t.includes(',') ? t.replace(/\./g, '').replace(',', '.') : t;
  else t = t.replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** A value as the table shows it (no grouping, so that it reads back as typed). */
export function formatChartValue(value: number | null, locale: string): string {
  if (value === null) return '';
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(value);
}
