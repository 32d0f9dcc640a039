/**
 * The embedded workbook of an edited DOCX or PPTX chart (`word/embeddings/*.xlsx`,
 * `ppt/embeddings/*.xlsx`, named by the chart part's `c:externalData`), regenerated from the
 * chart's table so that "Edit data" (« Modifier les données ») in Word or PowerPoint shows the
 * edited values: categories in A2 down, series names in B1 across, each series' values below its
 * name — the cells `dml-chart-patch.ts` points every `c:f` at. Written with Ostal's own XLSX
 * writer, on the sheet the kept formulas named.
 */
import { WORKBOOK_VERSION, parseChartRef, sheetFromGrid } from '@ostal/model';
import type { Cell, Chart, Workbook } from '@ostal/model';
import { NS_CHART } from './dml-chart.js';
import { excelSheetNames, writeXlsx } from '../sheets/xlsx-writer.js';
import { descendants, editText } from '../xml/xml-edit-tree.js';
import type { EditElement } from '../xml/xml-edit-tree.js';

export const CT_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The sheet the kept chart's formulas name (the first that names one), else `Sheet1`, as Excel accepts it. */
export function workbookSheetName(root: EditElement): string {
  for (const f of descendants(root, NS_CHART, 'f')) {
    const ref = parseChartRef(editText(f));
    if (ref) return excelSheetNames([ref.sheet])[0]!;
  }
  return 'Sheet1';
}

/** The XLSX bytes of the chart's table on sheet `sheet`; numeric categories as numbers when `numericCategories`. */
export function chartWorkbook(chart: Chart, sheet: string, numericCategories: boolean): Uint8Array {
  const categories = chart.series.find((s) => (s.cachedCategories?.length ?? 0) > 0)?.cachedCategories ?? [];
  const points = Math.max(categories.length, ...chart.series.map((s) => s.cachedValues?.length ?? 0));
  const text = (t: string | undefined): Cell | null => (t === undefined || t === '' ? null : { value: t });
  const category = (t: string | undefined): Cell | null => (numericCategories && t !== undefined && t.trim() !== '' && Number.isFinite(Number(t)) ? { value: Number(t) } : text(t));
  const grid: (Cell | null)[][] = [[null, ...chart.series.map((s, i) => text(s.name ?? `Series${String(i + 1)}`))]];
  for (let p = 0; p < points; p++) {
    grid.push([
      category(categories[p]),
      ...chart.series.map((s) => {
        const v = s.cachedValues?.[p];
        return typeof v === 'number' ? { value: v } : null;
      }),
    ]);
  }
  const workbook: Workbook = { kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: [sheetFromGrid(sheet, grid)] };
  return writeXlsx(workbook);
}
