/**
 * Sparse sheet assembly shared by the spreadsheet readers (ECMA-376 Part 1, 18.3.1.73 `sheetData`;
 * ODF 1.3 Part 3, 9.1 `table:table`). Cells arrive in any order; only cells with content are
 * stored, and every slot materialised in a row array (gaps included) is counted against
 * `Limits.maxCells`, so a hostile file cannot make a reader allocate more than the limit allows.
 */
import type { Cell, Sheet } from '@ostal/model';
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

  /** True when no cell has been stored yet. */
  get isEmpty(): boolean {
    return this.rows.length === 0;
  }

  /** The finished sheet; trailing empty rows are trimmed (rows only grow when a cell is set). */
  toSheet(name: string): Sheet {
    return { name, rows: this.rows };
  }
}
