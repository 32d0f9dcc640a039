/**
 * Charts in the spreadsheet, headless: values read again from the engine's computed cells, the
 * data range a chart starts from (the selection, or the block of filled cells around the cursor
 * as other suites do), and the renderer's view of a model chart.
 */
import { cellName, chartFromRange, chartPointCount, parseChartRef, refreshChartCache } from '@ostal/model';
import type { CellRange, CellValue, Chart, ChartRef, ChartType, Sheet, Workbook } from '@ostal/model';
import { chartViewData } from '../ui/index.js';
import type { ChartViewData } from '../ui/index.js';
import type { SheetsChartLabels } from './chart-labels.js';
import { isRoleChartType, roleChartFromRange } from './chart-price-bubble-range.js';

/** What charts need from the engine (WorkbookEngine has it). */
export interface CellReader {
  sheetNames(): string[];
  value(sheet: number, row: number, col: number): CellValue;
}

/** Cells read for one chart at most: a whole-column reference must not freeze the screen. */
const MAX_CELLS = 20_000;

/**
 * A workbook holding only the cells `refs` reach, with their computed values: what the model's
 * chart functions read.
 */
export function workbookForRefs(reader: CellReader, refs: readonly ChartRef[]): Workbook {
  const names = reader.sheetNames();
  const rowsBySheet = new Map<number, ({ value: CellValue } | null)[][]>();
  let budget = MAX_CELLS;
  for (const ref of refs) {
    const index = names.findIndex((n) => n === ref.sheet || n.toLowerCase() === ref.sheet.toLowerCase());
    if (index < 0) continue;
    let rows = rowsBySheet.get(index);
    if (!rows) rowsBySheet.set(index, (rows = []));
    const { top, left, bottom, right } = ref.range;
    for (let r = top; r <= bottom && budget > 0; r++) {
      const row = (rows[r] ??= []);
      for (let c = left; c <= right && budget > 0; c++, budget--) {
        const value = reader.value(index, r, c);
        row[c] = value === null ? null : { value };
      }
    }
  }
  const sheets: Sheet[] = names.map((name, i) => {
    const rows = rowsBySheet.get(i) ?? [];
    return { name, rows: Array.from({ length: rows.length }, (_, r) => (rows[r] ? Array.from({ length: rows[r].length }, (_, c) => rows[r]![c] ?? null) : null)) };
  });
  return { kind: 'workbook', version: 2, meta: {}, sheets };
}

function refsOf(chart: Chart): ChartRef[] {
  return chart.series.flatMap((s) => [s.values, s.categories, s.nameRef, s.bubbleSizes]).filter((r): r is ChartRef => r !== undefined);
}

/** The chart with names, categories and values computed again from the cells. */
export function refreshFromCells(chart: Chart, reader: CellReader): Chart {
  const refs = refsOf(chart);
  if (refs.length === 0) return chart;
  return refreshChartCache(chart, workbookForRefs(reader, refs));
}

/** The block of filled cells around (row, col): grows while a neighbouring row or column has content. */
export function currentRegion(reader: CellReader, sheet: number, row: number, col: number): CellRange {
  const filled = (r: number, c: number) => r >= 0 && c >= 0 && reader.value(sheet, r, c) !== null;
  let top = row;
  let bottom = row;
  let left = col;
  let right = col;
  const lineFilled = (r0: number, r1: number, c0: number, c1: number) => {
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) if (filled(r, c)) return true;
    return false;
  };
  for (let grew = true, guard = 0; grew && guard < 2000; guard++) {
    grew = false;
    if (top > 0 && lineFilled(top - 1, top - 1, Math.max(0, left - 1), right + 1)) {
      top -= 1;
      grew = true;
    }
    if (lineFilled(bottom + 1, bottom + 1, Math.max(0, left - 1), right + 1)) {
      bottom += 1;
      grew = true;
    }
    if (left > 0 && lineFilled(Math.max(0, top - 1), bottom + 1, left - 1, left - 1)) {
      left -= 1;
      grew = true;
    }
    if (lineFilled(Math.max(0, top - 1), bottom + 1, right + 1, right + 1)) {
      right += 1;
      grew = true;
    }
  }
  return { top, left, bottom, right };
}

/** `A1:B4` for a range. */
export function rangeText(range: CellRange): string {
  const a = cellName(range.top, range.left);
  const b = cellName(range.bottom, range.right);
  return a === b ? a : `${a}:${b}`;
}

/** Parses what the user typed in the range field (`A1:B4`, `Feuille2!A1:B4`); null when it is not one rectangle. */
export function parseRangeInput(text: string, sheetName: string): ChartRef | null {
  return parseChartRef(text.trim(), sheetName);
}

/**
 * A new chart of `type` from `ref`, with values from the cells. Stock and bubble charts give
 * their columns roles (`chart-price-bubble-range.ts`): check `rangeProblem` first.
 */
export function newChart(reader: CellReader, ref: ChartRef, type: ChartType, title: string): Chart {
  const book = workbookForRefs(reader, [ref]);
  const chart = isRoleChartType(type) ? roleChartFromRange(book, ref.sheet, ref.range, type) : chartFromRange(book, ref.sheet, ref.range, type);
  return title.trim() ? { ...chart, title: title.trim() } : chart;
}

/** What the renderer draws for a chart. */
export function chartView(chart: Chart, labels: SheetsChartLabels): ChartViewData {
  return chartViewData(chart, labels.seriesName);
}

/** The accessible summary of a chart. */
export function chartSummary(chart: Chart, labels: SheetsChartLabels): string {
  return labels.summary(labels.types[chart.type], chart.title ?? labels.untitled, chart.series.length, chartPointCount(chart));
}
