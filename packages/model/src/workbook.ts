/**
 * A workbook: sheets of sparse cells. Formulas are stored in Excel A1 syntax with a leading `=`
 * (`=SUM(A1:A3)`), the syntax HyperFormula computes; ODF readers/writers translate OpenFormula.
 *
 * Version 2 adds structure and styles, all optional so a plain workbook stays small:
 * - `Workbook.styles`: the style table (see workbook-style.ts); `Cell.style` indexes it, 0 (or
 *   absent) being the default. A cell may exist only for its style (`value: null`).
 * - `Sheet.merges`, `columns` and `rowProps` (runs of columns/rows sharing width or height in
 *   points, hidden flag, column default style), `frozen`, `visibility`, `tabColor`.
 * - `Workbook.names` (defined names, Excel syntax) and `date1904`.
 * Stored workbooks carry a version; {@link migrateWorkbook} brings older ones up to date.
 */
import type { Chart } from './chart.js';
import type { DocumentMeta } from './meta.js';
import type { CellFont, CellStyle } from './workbook-style.js';
import type { AutoFilter, CellComment, ConditionalFormat, DataValidation, OpaqueDataPilots, OpaqueDrawing, OpaquePivotCaches, OpaquePivotTables, PageSetup } from './workbook-sheet-features.js';
import type { SheetImage } from './workbook-image.js';
import type { SheetTable } from './workbook-table.js';
import type { StoredMacroProject } from './macro-project.js';
import type { ExternalLink } from './workbook-external-link.js';

export const WORKBOOK_VERSION = 2;

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
  /** Index into `Workbook.styles`; absent for the default style. */
  readonly style?: number;
  /**
   * For an array formula (entered with Ctrl+Shift+Enter), the cells its result fills, from this
   * one: `rows` down and `cols` across (1 x 1 for a single-cell array formula such as
   * `SUM(A1:C1*A1:C1)`). The other cells of the area hold values only.
   */
  readonly matrix?: { readonly rows: number; readonly cols: number };
}

/** A rectangle of cells, zero-based and inclusive (`A1:B2` is 0,0,1,1). */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Properties shared by the columns `first`..`last` (zero-based, inclusive). */
export interface ColumnRun {
  readonly first: number;
  readonly last: number;
  /** Width in points (Excel's character widths are converted with a 7 px maximum digit width). */
  readonly width?: number;
  readonly hidden?: boolean;
  /** Style of empty cells in these columns (index into `Workbook.styles`). */
  readonly style?: number;
}

/** Properties shared by the rows `first`..`last` (zero-based, inclusive). */
export interface RowRun {
  readonly first: number;
  readonly last: number;
  /** Height in points. */
  readonly height?: number;
  readonly hidden?: boolean;
}

/** Rows above and columns left of the frozen split. */
export interface FrozenPanes {
  readonly rows: number;
  readonly cols: number;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

/** A defined name: a workbook-wide name, or one local to a sheet. */
export interface DefinedName {
  readonly name: string;
  /** Excel syntax without `=`, e.g. `Sheet1!$A$1:$B$4` or `0.196`. */
  readonly formula: string;
  /** Index of the sheet the name belongs to; absent for a workbook-scope name. */
  readonly sheet?: number;
  readonly hidden?: boolean;
}

export interface Sheet {
  readonly name: string;
  /** Rows, top to bottom; `null` for an empty row or cell. Trailing empties are trimmed. */
  readonly rows: readonly (readonly (Cell | null)[] | null)[];
  /** Merged ranges; the top-left cell holds the content. Ranges do not overlap. */
  readonly merges?: readonly CellRange[];
  /** Column runs in increasing order, not overlapping; columns not covered have the default width. */
  readonly columns?: readonly ColumnRun[];
  /** Row runs in increasing order, not overlapping. */
  readonly rowProps?: readonly RowRun[];
  readonly frozen?: FrozenPanes;
  /** Absent means visible. */
  readonly visibility?: SheetVisibility;
  /** `#RRGGBB`. */
  readonly tabColor?: string;
  /** The sheet's VBA code name (XLSX `sheetPr codeName`), naming its module in a kept macro project. */
  readonly codeName?: string;
  /** Cell notes, in row-major order (see workbook-sheet-features.ts for these five). */
  readonly comments?: readonly CellComment[];
  readonly validations?: readonly DataValidation[];
  readonly autoFilter?: AutoFilter;
  readonly conditionalFormats?: readonly ConditionalFormat[];
  readonly pageSetup?: PageSetup;
  /** Charts, images and shapes, kept verbatim for the format they came from. */
  readonly drawing?: OpaqueDrawing;
  /** Charts drawn over the sheet (chart.ts); those read from a kept XLSX drawing name their part. */
  readonly charts?: readonly Chart[];
  /** Pictures over the sheet (ODS frames, XLSX drawing pictures, which their kept `drawing` also holds). */
  readonly images?: readonly SheetImage[];
  /** Excel tables (ListObjects) of the sheet, named for structured references. */
  readonly tables?: readonly SheetTable[];
  /** Pivot tables kept for XLSX (their output is in the cells; caches in `Workbook.pivotCaches`). */
  readonly pivotTables?: OpaquePivotTables;
}

export interface Workbook {
  readonly kind: 'workbook';
  readonly version: typeof WORKBOOK_VERSION;
  readonly meta: DocumentMeta;
  readonly sheets: readonly Sheet[];
  /** Cell styles; index 0 is the default style. Absent: every cell has the default style. */
  readonly styles?: readonly CellStyle[];
  /** The font of the default style; style fonts list only what differs from it. Absent: the application's. */
  readonly defaultFont?: CellFont;
  readonly names?: readonly DefinedName[];
  /** Serial dates count from 1904-01-01 (old Mac Excel) instead of 1899-12-30. */
  readonly date1904?: boolean;
  /**
   * The formulas' stored results may not be their values: a file written from this workbook asks
   * the application opening it to compute every formula again (XLSX `calcPr fullCalcOnLoad`).
   * Set by readers when the file asked for it, and by whatever stores results it could not compute
   * (a function the engine lacks). Absent: results are trusted and shown as stored; a formula
   * cell with no result (`value: null`) still makes the XLSX writer ask (see
   * {@link needsRecalcOnLoad}).
   */
  readonly recalcOnLoad?: boolean;
  /** Pivot caches of the XLSX the workbook was read from, for the sheets' `pivotTables`. */
  readonly pivotCaches?: OpaquePivotCaches;
  /** Pivot tables of the ODS the workbook was read from (their output is in the cells). */
  readonly dataPilots?: OpaqueDataPilots;
  /** Other workbooks the formulas read; `[1]` in a formula is the first (workbook-external-link.ts). */
  readonly externalLinks?: readonly ExternalLink[];
  /** The macro project of an .xlsm, kept as base64 bytes and never run (macro-project.ts). */
  readonly macros?: StoredMacroProject;
}

/**
 * True when a file written from `workbook` must ask for every formula to be computed on load:
 * the workbook says its results are stale, or some formula cell has no stored result.
 */
export function needsRecalcOnLoad(workbook: Workbook): boolean {
  if (workbook.recalcOnLoad) return true;
  for (const sheet of workbook.sheets) {
    for (const row of sheet.rows) {
      if (!row) continue;
      for (const cell of row) if (cell && cell.formula !== undefined && cell.value === null) return true;
    }
  }
  return false;
}

/** True when `value` is a {@link CellError}. */
export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** A workbook with one empty sheet named `sheetName`. */
export function emptyWorkbook(sheetName = 'Sheet1', meta: DocumentMeta = {}): Workbook {
  return { kind: 'workbook', version: WORKBOOK_VERSION, meta, sheets: [{ name: sheetName, rows: [] }] };
}

/** The style of `cell` in `workbook` (the default style for none). */
export function cellStyleOf(workbook: Workbook, cell: Cell | null): CellStyle {
  return (cell?.style !== undefined ? workbook.styles?.[cell.style] : undefined) ?? {};
}

/** The run in `runs` (sorted, not overlapping) containing `index`, by binary search. */
export function runAt<T extends { readonly first: number; readonly last: number }>(runs: readonly T[] | undefined, index: number): T | undefined {
  if (!runs) return undefined;
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid]!;
    if (index < run.first) hi = mid - 1;
    else if (index > run.last) lo = mid + 1;
    else return run;
  }
  return undefined;
}

/**
 * Brings a stored workbook (parsed JSON) up to {@link WORKBOOK_VERSION}. Version 1 had no
 * styles or structure; every version-2 field is optional, so it migrates as is.
 * @throws RangeError when `json` is not a workbook or has an unknown version.
 */
export function migrateWorkbook(json: unknown): Workbook {
  if (typeof json !== 'object' || json === null || (json as { kind?: unknown }).kind !== 'workbook') {
    throw new RangeError('The value is not a stored workbook.');
  }
  const book = json as { version?: unknown; sheets?: unknown };
  const version = book.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > WORKBOOK_VERSION) {
    throw new RangeError(`The workbook version ${String(version)} is not one this Ostal knows.`);
  }
  if (!Array.isArray(book.sheets)) throw new RangeError('The stored workbook has no sheets.');
  return { ...(json as Workbook), version: WORKBOOK_VERSION };
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
