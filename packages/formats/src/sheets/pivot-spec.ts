/**
 * What a pivot table is, in terms both formats can say: the neutral description the XLSX ↔ ODS
 * pivot conversion goes through (`xlsx-pivot-spec.ts` reads and writes SpreadsheetML pivot parts,
 * `ods-pivot-spec.ts` ODF `table:data-pilot-table`). Only the common cases are described: one
 * source range on a sheet, row, column and page fields, data fields with a summary function,
 * grand totals. A pivot table holding more (calculated fields, grouped items, "show values as",
 * external sources) is not converted: its output stays as values and `conversionLosses` says so.
 */
import type { CellRange, CellValue, Workbook } from '@ostal/model';

/** Summary functions both formats have (ODF 1.3 Part 3, 19.643 `table:function`; ECMA-376 18.18.84 ST_DataConsolidateFunction). */
export type PivotFunction = 'sum' | 'count' | 'countnums' | 'average' | 'max' | 'min' | 'product' | 'stdev' | 'stdevp' | 'var' | 'varp';

export interface PivotDataField {
  /** Source column name (its header). */
  readonly field: string;
  readonly fn: PivotFunction;
  /** The caption Excel shows (`Sum of Cost`); ODF 1.3 has no place for it. */
  readonly caption?: string;
}

export interface PivotPageField {
  readonly field: string;
  /** The item shown, as text; absent: all items. */
  readonly selected?: string;
}

/** One pivot table. Row and column fields are source column names; null is the "Values" (data layout) field. */
export interface PivotSpec {
  readonly name: string;
  /** The sheet the output is on. */
  readonly sheet: string;
  /** The output below the page fields: Excel's `location@ref`. */
  readonly location: CellRange;
  readonly source: { readonly sheet: string; readonly range: CellRange };
  readonly rows: readonly (string | null)[];
  readonly columns: readonly (string | null)[];
  readonly pages: readonly PivotPageField[];
  readonly data: readonly PivotDataField[];
  readonly rowGrandTotals: boolean;
  readonly colGrandTotals: boolean;
}

/** Pivot specs of a workbook, and how many of its pivot tables could not be described. */
export interface PivotSpecs {
  readonly specs: readonly PivotSpec[];
  readonly unconverted: number;
}

/** The value of a cell of `sheet` (null when empty or missing). */
export function cellValueAt(workbook: Workbook, sheet: string, row: number, col: number): CellValue {
  const s = workbook.sheets.find((x) => x.name === sheet);
  return s?.rows[row]?.[col]?.value ?? null;
}

/** The header texts of a source range (its first row), as the field names. */
export function sourceFieldNames(workbook: Workbook, source: PivotSpec['source']): string[] {
  const out: string[] = [];
  for (let c = source.range.left; c <= source.range.right; c++) {
    const v = cellValueAt(workbook, source.sheet, source.range.top, c);
    out.push(v === null ? '' : typeof v === 'object' ? v.error : String(v));
  }
  return out;
}
