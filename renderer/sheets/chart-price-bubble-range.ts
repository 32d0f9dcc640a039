/**
 * Stock and bubble charts built from a selected range, whose columns each have a role (unlike
 * the other kinds, where every column is a series): always read by columns, with series names in
 * the first row when it holds text.
 *
 * - Stock: categories (dates...) in the first column, then three value columns (high, low,
 *   close) or four (open, high, low, close), the order of both formats' stock charts.
 * - Bubble: the X values in the first column, then a Y column and a size column per series.
 *
 * {@link rangeProblem} says why a range cannot make the chart; the dialog shows it. Pure.
 */
import { refreshChartCache } from '@ostal/model';
import type { CellRange, Chart, ChartRef, ChartSeries, ChartType, Workbook } from '@ostal/model';

/** Why a range cannot give a chart of a type: too few (or too many) columns for its roles. */
export type ChartRangeProblem = 'stockColumns' | 'bubbleColumns';

/** The problem of `range` for `type`, or null when it gives a chart. */
export function rangeProblem(type: ChartType, range: CellRange): ChartRangeProblem | null {
  const columns = range.right - range.left + 1;
  if (type === 'stock' && (columns < 4 || columns > 5)) return 'stockColumns';
  if (type === 'bubble' && (columns < 3 || (columns - 1) % 2 !== 0)) return 'bubbleColumns';
  return null;
}

/** Whether `type` is built by this module rather than by the model's `chartFromRange`. */
export function isRoleChartType(type: ChartType): type is 'stock' | 'bubble' {
  return type === 'stock' || type === 'bubble';
}

/**
 * A stock or bubble chart from `range` of `sheetName` in `workbook` (values already computed);
 * the caller checked {@link rangeProblem}. Anchored to the right of the range, as other charts.
 */
export function roleChartFromRange(workbook: Workbook, sheetName: string, range: CellRange, type: 'stock' | 'bubble'): Chart {
  const sheet = workbook.sheets.find((s) => s.name === sheetName);
  const value = (row: number, col: number): unknown => sheet?.rows[row]?.[col]?.value ?? null;
  const isText = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '' && !Number.isFinite(Number(v));
  let header = false;
  if (range.bottom > range.top) for (let c = range.left + 1; c <= range.right; c++) if (isText(value(range.top, c))) header = true;
  const top = range.top + (header ? 1 : 0);
  const column = (c: number): ChartRef => ({ sheet: sheetName, range: { top, bottom: range.bottom, left: c, right: c } });
  const name = (c: number) => (header ? { nameRef: { sheet: sheetName, range: { top: range.top, bottom: range.top, left: c, right: c } } } : {});
  const first = column(range.left);
  const series: ChartSeries[] = [];
  if (type === 'stock') {
    for (let c = range.left + 1; c <= range.right; c++) series.push({ ...name(c), categories: first, values: column(c) });
  } else {
    for (let c = range.left + 1; c + 1 <= range.right; c += 2) series.push({ ...name(c), categories: first, values: column(c), bubbleSizes: column(c + 1) });
  }
  const chart: Chart = {
    type,
    legend: 'right',
    series,
    ...(type === 'stock' ? { stock: { hiLowLines: true, upDownBars: series.length >= 4 } } : {}),
    anchor: { from: { row: range.top, col: range.right + 2 }, to: { row: range.top + 15, col: range.right + 10 } },
  };
  return refreshChartCache(chart, workbook);
}
