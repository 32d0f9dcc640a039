/**
 * A workbook: sheets of sparse cells. Formulas are stored in Excel A1 syntax with a leading `=`
 * (`=SUM(A1:A3)`), the syntax HyperFormula computes; ODF readers/writers translate OpenFormula.
 */
import type { DocumentMeta } from './meta.js';

export const WORKBOOK_VERSION = 1;

/** Spreadsheet error values, as they appear in cells. */
export type CellErrorCode = '#NULL!' | '#DIV/0!' | '#VALUE!' | '#REF!' | '#NAME?' | '#NUM!' | '#N/A' | '#ERROR!';

/** An error is a value, not an exception (`=1/0` holds `#DIV/0!`). */
export interface CellError {
  readonly error: CellErrorCode;
}

export type CellValue = number | string | boolean | CellError | null;

export interface Cell {
  /** The value, or for a formula cell the cached result (null when none was stored). */
  readonly value: CellValue;
  /** Formula in Excel A1 syntax with leading `=`, when the cell has one. */
  readonly formula?: string;
}

export interface Sheet {
  readonly name: string;
  /** Rows, top to bottom; `null` for an empty row or cell. Trailing empties are trimmed. */
  readonly rows: readonly (readonly (Cell | null)[] | null)[];
}

export interface Workbook {
  readonly kind: 'workbook';
  readonly version: typeof WORKBOOK_VERSION;
  readonly meta: DocumentMeta;
  readonly sheets: readonly Sheet[];
}

/** True when `value` is a {@link CellError}. */
export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** A workbook with one empty sheet named `sheetName`. */
export function emptyWorkbook(sheetName = 'Sheet1', meta: DocumentMeta = {}): Workbook {
  return { kind: 'workbook', version: WORKBOOK_VERSION, meta, sheets: [{ name: sheetName, rows: [] }] };
}

/** The cell at zero-based `row`, `col`, or null. */
export function cellAt(sheet: Sheet, row: number, col: number): Cell | null {
  return sheet.rows[row]?.[col] ?? null;
}

/**
 * Builds a sheet from a dense grid of cells, trimming trailing empty rows and cells.
 */
export function sheetFromGrid(name: string, grid: readonly (readonly (Cell | null | undefined)[])[]): Sheet {
  const rows: ((Cell | null)[] | null)[] = grid.map((row) => {
    const cells = row.map((c) => c ?? null);
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells.length > 0 ? cells : null;
  });
  while (rows.length > 0 && rows[rows.length - 1] === null) rows.pop();
  return { name, rows };
}

/** Visits every non-empty cell of a sheet in row-major order. */
export function forEachCell(sheet: Sheet, visit: (cell: Cell, row: number, col: number) => void): void {
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cell) visit(cell, r, c);
    });
  });
}

/** Text a user would see for a value (no number format applied yet). */
export function cellValueText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') return value.error;
  return String(value);
}
