/**
 * Editing a chart of a text document (Word charts, LibreOffice chart objects): its values as a
 * table (categories down, series across, as Word's "Modifier les données" shows them), and the
 * chart made from an edited table, kind, title and legend. The chart's own data (literal values)
 * replaces the cells it came from: the DOCX writer patches an edited Word chart's kept part with
 * these values and rewrites its embedded workbook from them (`wml-chart-patch.ts`), or writes
 * the chart from its values when the patch cannot say the edit.
 */
import type { Chart, ChartLegendPosition, ChartSeries, ChartType } from '@ostal/model';
import { textSchema } from '@ostal/model';
import { NodeSelection } from 'prosemirror-state';
import type { Command, EditorState } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { insertInlineObject } from './picture-commands.js';

/** The values of a chart, as the dialog edits them. */
export interface ChartTable {
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly (number | null)[] }[];
}

/** What else the dialog sets. */
export interface ChartSettings {
  readonly type: ChartType;
  readonly title: string;
  readonly legend: ChartLegendPosition;
}

/** Kinds a chart can be turned into (stock and bubble charts keep theirs: their series have set roles). */
export const CHART_EDIT_TYPES: readonly ChartType[] = ['column', 'bar', 'line', 'area', 'pie', 'doughnut', 'radar', 'scatter'];
export const CHART_LEGENDS: readonly ChartLegendPosition[] = ['right', 'bottom', 'top', 'left', 'none'];

/** The kinds offered for a chart: the editable ones, or its own alone when it has set series roles. */
export function chartTypesFor(chart: Chart): readonly ChartType[] {
  return CHART_EDIT_TYPES.includes(chart.type) ? CHART_EDIT_TYPES : [chart.type];
}

/** The chart's cached values as a table; `seriesName(n)` names a series without a name (from 1). */
export function chartTable(chart: Chart, seriesName: (n: number) => string): ChartTable {
  const first = chart.series.find((s) => (s.cachedCategories?.length ?? 0) > 0);
  const points = Math.max(first?.cachedCategories?.length ?? 0, ...chart.series.map((s) => s.cachedValues?.length ?? 0), 1);
  const categories = Array.from({ length: points }, (_, i) => first?.cachedCategories?.[i] ?? '');
  const series = chart.series.map((s, i) => ({
    name: s.name ?? seriesName(i + 1),
    values: Array.from({ length: points }, (_, p) => s.cachedValues?.[p] ?? null),
  }));
  return { categories, series: series.length > 0 ? series : [{ name: seriesName(1), values: categories.map(() => null) }] };
}

const COMBINED: readonly ChartType[] = ['column', 'bar', 'line', 'area'];
const THREE_D: readonly ChartType[] = ['column', 'bar', 'line', 'area', 'pie'];

/** Drops the fields of a series that only meant something for the former kind or the former cells. */
function editedSeries(from: ChartSeries | undefined, name: string, categories: readonly string[], values: readonly (number | null)[], sameType: boolean): ChartSeries {
  const rest: Partial<ChartSeries> = { ...(from ?? {}) };
  delete (rest as { nameRef?: unknown }).nameRef;
  delete (rest as { categories?: unknown }).categories;
  delete (rest as { values?: unknown }).values;
  delete (rest as { cachedCategories?: unknown }).cachedCategories;
  delete (rest as { cachedValues?: unknown }).cachedValues;
  if (!sameType) {
    delete (rest as { type?: unknown }).type;
    delete (rest as { secondaryAxis?: unknown }).secondaryAxis;
  }
  return { ...rest, name, cachedCategories: [...categories], cachedValues: [...values] };
}

/** The chart the dialog's table and settings describe, keeping what they do not touch (size, colours, labels). */
export function chartFromTable(chart: Chart, settings: ChartSettings, table: ChartTable): Chart {
  const sameType = settings.type === chart.type;
  const next: Record<string, unknown> = { ...chart, type: settings.type, legend: settings.legend };
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
  next.series = table.series.map((s, i) => editedSeries(chart.series[i], s.name, table.categories, s.values, sameType));
  return next as unknown as Chart;
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

/** EMU in a centimetre. */
const EMU_PER_CM = 360000;

/**
 * The chart "Insertion > Graphique" starts from, as Word's: columns, three categories and two
 * series of sample values to replace; `category(n)` and `series(n)` name them (from 1).
 */
export function sampleChart(category: (n: number) => string, series: (n: number) => string): Chart {
  const categories = [1, 2, 3].map(category);
  return {
    type: 'column',
    legend: 'right',
    series: [
      { name: series(1), cachedCategories: categories, cachedValues: [4.3, 2.5, 3.5] },
      { name: series(2), cachedCategories: categories, cachedValues: [2.4, 4.4, 1.8] },
    ],
    anchor: { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } },
  };
}

/** A new chart's size: 15 × 9 cm, narrower when the text is (EMU). */
export function newChartSize(textWidth: number): { width: number; height: number } {
  const width = Math.min(15 * EMU_PER_CM, textWidth);
  return { width, height: Math.round((width * 3) / 5) };
}

/** Inserts `chart` at the selection as an undo step of its own, selected; its alternative text is its title. */
export function insertChart(chart: Chart, size: { width: number; height: number }): Command {
  return insertInlineObject(textSchema.nodes.chart!.create({ chart, width: size.width, height: size.height, alt: chart.title ?? null }));
}

/** The chart the selection is on (a chart is selected as a node, like a picture). */
export function selectedChart(state: EditorState): { pos: number; node: PMNode } | null {
  const sel = state.selection;
  if (sel instanceof NodeSelection && sel.node.type.name === 'chart') return { pos: sel.from, node: sel.node };
  return null;
}

/** Replaces the chart at `pos` (one undo step), keeping it selected. */
export function setChart(pos: number, chart: Chart): Command {
  return (state, dispatch) => {
    const node = state.doc.nodeAt(pos);
    if (!node || node.type.name !== 'chart') return false;
    if (dispatch) {
      const tr = state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, chart });
      dispatch(tr.setSelection(NodeSelection.create(tr.doc, pos)).scrollIntoView());
    }
    return true;
  };
}
