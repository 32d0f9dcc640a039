/**
 * Sparse sheet assembly shared by the spreadsheet readers (ECMA-376 Part 1, 18.3.1.73 `sheetData`;
 * ODF 1.3 Part 3, 9.1 `table:table`). Cells arrive in any order; only cells with content are
 * stored, and every slot materialised in a row array (gaps included) is counted against
 * `Limits.maxCells`, so a hostile file cannot make a reader allocate more than the limit allows.
 */
import type { Cell, CellRange, Sheet } from '@ostal/model';
import { FormatError } from '../errors.js';

/** Largest row count a sheet may address (Excel's and LibreOffice's default grid: 2^20). */
export const MAX_ROWS = 1_048_576;
/** Largest column count a sheet may address (Excel's `XFD`, LibreOffice 7.4+: 2^14). */
export const MAX_COLS = 16_384;

/**
 * Counts materialised cells across a whole workbook.
 * @throws FormatError `limit-exceeded` from {@link CellBudget.take} once the budget is spent.
 */
export class CellBudget {
  private used = 0;

  constructor(private readonly max: number) {}

  /** Spends `n` cells; throws before anything is allocated when the budget would be exceeded. */
  take(n: number, part?: string): void {
    this.used += n;
    if (this.used > this.max) {
      throw new FormatError(
        'limit-exceeded',
        `The workbook holds more than ${String(this.max)} cells (maxCells); Ostal stopped reading it to stay responsive.`,
        part,
      );
    }
  }

  /** Throws like {@link CellBudget.take} when `n` more cells would not fit, without spending them. */
  check(n: number, part?: string): void {
    if (this.used + n > this.max) this.take(n, part);
  }

  /** Cells spent so far. */
  get spent(): number {
    return this.used;
  }
}

/**
 * A growing sparse grid for one sheet. `set` fills the gaps before a cell with `null` (never
 * with array holes, so the model's `rows` stay dense arrays).
 */
export class SheetGrid {
  private readonly rows: ((Cell | null)[] | null)[] = [];
  /** Cells that carry only a style, placed at the end if they fall inside the used range. */
  private readonly styleOnly: { row: number; col: number; cell: Cell }[] = [];

  constructor(
    private readonly budget: CellBudget,
    private readonly part?: string,
  ) {}

  /** Stores `cell` at zero-based `row`, `col`; the caller keeps both inside MAX_ROWS/MAX_COLS. */
  set(row: number, col: number, cell: Cell): void {
    const rows = this.rows;
    if (rows.length <= row) {
      this.budget.take(row + 1 - rows.length, this.part);
      while (rows.length <= row) rows.push(null);
    }
    let cells = rows[row];
    if (!cells) {
      cells = [];
      rows[row] = cells;
    }
    if (cells.length <= col) {
      this.budget.take(col + 1 - cells.length, this.part);
      while (cells.length < col) cells.push(null);
      cells.push(cell);
    } else {
      cells[col] = cell;
    }
  }

  /**
   * Stores a cell that has a style but no content. It is kept only if it falls inside the used
   * range when the sheet is finished: formatting beyond the data (whole formatted rows or
   * columns) would otherwise cost a cell each, down to row 1,048,576.
   */
  setStyleOnly(row: number, col: number, cell: Cell): void {
    this.budget.take(1, this.part);
    this.styleOnly.push({ row, col, cell });
  }

  /** True when no cell has been stored yet. */
  get isEmpty(): boolean {
    return this.rows.length === 0;
  }

  /**
   * The finished sheet; trailing empty rows are trimmed (rows only grow when a cell is set).
   * @param extent more of the used range (merged ranges), beyond the cells with content.
   */
  toSheet(name: string, extent?: { readonly bottom: number; readonly right: number }): Sheet {
    if (this.styleOnly.length > 0) {
      let bottom = Math.max(this.rows.length - 1, extent?.bottom ?? -1);
      let right = extent?.right ?? -1;
      for (const r of this.rows) if (r && r.length - 1 > right) right = r.length - 1;
      if (bottom < 0) bottom = -1;
      for (const { row, col, cell } of this.styleOnly) {
        if (row <= bottom && col <= right && (this.rows[row]?.[col] ?? null) === null) this.set(row, col, cell);
      }
      this.styleOnly.length = 0;
    }
    return { name, rows: this.rows };
  }
}

/** The bottom-right corner of a sheet's merges (they count as used range for styled empty cells). */
export function mergeExtent(merges: readonly CellRange[]): { bottom: number; right: number } {
  let bottom = -1;
  let right = -1;
  for (const m of merges) {
    if (m.bottom > bottom) bottom = m.bottom;
    if (m.right > right) right = m.right;
  }
  return { bottom, right };
}
