/**
 * The calculation side of a workbook: HyperFormula holds every sheet's raw content (values and
 * Excel-syntax formulas) and computes results. Headless; the grid only displays what it says.
 */
import { DetailedCellError } from 'hyperformula';
import type { CellValue as EngineValue, RawCellContent, HyperFormula } from 'hyperformula';
import { addDefinedNames, buildOstalEngine } from '@ostal/calc';
import { sheetFromGrid } from '@ostal/model';
import type { Cell, CellStyle, CellValue, DocumentMeta, Sheet, Workbook } from '@ostal/model';
import { WORKBOOK_VERSION } from '@ostal/model';
import { textContent, toCellErrorCode } from './cell-text.js';
import type { RawContent } from './cell-text.js';

/** A block of cells, corners included. */
export interface BlockRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A cell whose computed value changed after an edit. */
export interface ChangedCell {
  readonly sheet: number;
  readonly row: number;
  readonly col: number;
}

/** Engine content for a model cell. */
export function cellToRaw(cell: Cell | null): RawContent {
  if (!cell) return null;
  if (cell.formula) return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
  const value = cell.value;
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === '' ? null : textContent(value);
  return value.error;
}

/** Model value for an engine result. */
export function engineToValue(value: EngineValue): CellValue {
  if (value instanceof DetailedCellError) return { error: toCellErrorCode(value.value) };
  if (value === '' || value === undefined) return null;
  return value;
}

/** The engine rows of a sheet (dense, as HyperFormula takes them). */
export function sheetToRows(sheet: Sheet): RawCellContent[][] {
  return sheet.rows.map((row) => (row ? row.map((cell) => cellToRaw(cell)) : []));
}

/** What a sheet keeps beside its cells: styles by position and the sheet's structure. */
interface SheetExtras {
  /** Style index by `row * COLS + col`; the engine keeps values, this keeps formatting. */
  readonly styles: Map<number, number>;
  readonly props: Omit<Sheet, 'name' | 'rows'>;
}

const COLS = 16_384;

function extrasOf(sheet: Sheet): SheetExtras {
  const styles = new Map<number, number>();
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cell?.style) styles.set(r * COLS + c, cell.style);
    });
  });
  const { name: _name, rows: _rows, ...props } = sheet;
  return { styles, props };
}

export class WorkbookEngine {
  private readonly hf: HyperFormula;
  private readonly extras: SheetExtras[];
  private readonly book: Omit<Workbook, 'sheets' | 'meta'>;

  private constructor(hf: HyperFormula, workbook: Workbook) {
    this.hf = hf;
    this.extras = workbook.sheets.map(extrasOf);
    const { sheets: _sheets, meta: _meta, ...book } = workbook;
    this.book = book;
  }

  private editCount = 0;

  /** Changes after every edit: display caches (conditional formats) key on it. */
  get version(): number {
    return this.editCount;
  }

  /** The style of a cell (the default style when it has none); editing a value keeps it. */
  styleAt(sheet: number, row: number, col: number): CellStyle {
    const index = this.extras[sheet]?.styles.get(row * COLS + col);
    return (index !== undefined ? this.book.styles?.[index] : undefined) ?? {};
  }

  /** Merges, column widths, row heights, frozen panes... of a sheet. */
  sheetProps(sheet: number): Omit<Sheet, 'name' | 'rows'> {
    return this.extras[sheet]?.props ?? {};
  }

  /** True when serial dates count from 1904. */
  get date1904(): boolean {
    return this.book.date1904 ?? false;
  }

  /**
   * Loads a workbook. `licenseKey` is HyperFormula's: the grid adapter says which applies.
   * @throws RangeError when the workbook has no sheet.
   */
  static fromWorkbook(workbook: Workbook, licenseKey: string): WorkbookEngine {
    if (workbook.sheets.length === 0) throw new RangeError('A workbook needs at least one sheet.');
    // Built as the headless calculation builds it, so the grid and `ostal inspect --values` agree.
    const hf = buildOstalEngine(licenseKey);
    hf.batch(() => {
      // Sheets first, then names (they refer to sheets), then contents (they use names).
      const ids = workbook.sheets.map((sheet) => hf.getSheetId(hf.addSheet(sheet.name))!);
      addDefinedNames(hf, workbook, ids);
      workbook.sheets.forEach((sheet, i) => hf.setSheetContent(ids[i]!, sheetToRows(sheet)));
    });
    return new WorkbookEngine(hf, workbook);
  }

  /** Sheet names in order. */
  sheetNames(): string[] {
    return this.hf.getSheetNames();
  }

  private sheetId(index: number): number {
    const name = this.hf.getSheetNames()[index];
    const id = name === undefined ? undefined : this.hf.getSheetId(name);
    if (id === undefined) throw new RangeError(`There is no sheet ${String(index)}.`);
    return id;
  }

  /** Adds an empty sheet at the end; returns its index. @throws when the name is taken. */
  addSheet(name: string): number {
    this.hf.addSheet(name);
    this.extras.push({ styles: new Map(), props: {} });
    return this.hf.getSheetNames().length - 1;
  }

  /** True when `name` can name a new sheet (not empty, not taken case-insensitively, no forbidden characters). */
  isValidSheetName(name: string, exceptIndex = -1): boolean {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > 31 || /[[\]:*?/\\]/.test(trimmed)) return false;
    return !this.sheetNames().some((n, i) => i !== exceptIndex && n.toLowerCase() === trimmed.toLowerCase());
  }

  /** Renames a sheet; formulas referring to it follow. */
  renameSheet(index: number, name: string): void {
    this.hf.renameSheet(this.sheetId(index), name.trim());
  }

  /** Used size of a sheet (at least 0 x 0). */
  size(sheet: number): { rows: number; cols: number } {
    const d = this.hf.getSheetDimensions(this.sheetId(sheet));
    return { rows: d.height, cols: d.width };
  }

  /** Raw content: the formula with `=`, or the value. */
  raw(sheet: number, row: number, col: number): RawContent {
    const content = this.hf.getCellSerialized({ sheet: this.sheetId(sheet), row, col });
    if (content instanceof Date) return content.toISOString();
    if (content === undefined || content === '') return null;
    return content;
  }

  /** Computed value. */
  value(sheet: number, row: number, col: number): CellValue {
    return engineToValue(this.hf.getCellValue({ sheet: this.sheetId(sheet), row, col }));
  }

  /** Sets raw content and returns the cells whose values changed (the edited one included). */
  set(sheet: number, row: number, col: number, raw: RawContent): ChangedCell[] {
    return this.setMany(sheet, [{ row, col, raw }]);
  }

  /** Sets several cells in one recalculation. */
  setMany(sheet: number, edits: readonly { row: number; col: number; raw: RawContent }[]): ChangedCell[] {
    const id = this.sheetId(sheet);
    this.editCount += 1;
    const changes = this.hf.batch(() => {
      for (const e of edits) this.hf.setCellContents({ sheet: id, row: e.row, col: e.col }, e.raw);
    });
    const names = this.hf.getSheetNames();
    const out: ChangedCell[] = [];
    for (const change of changes) {
      if ('address' in change && change.address && 'row' in change.address) {
        const idx = names.indexOf(this.hf.getSheetName(change.address.sheet) ?? '');
        out.push({ sheet: idx, row: change.address.row, col: change.address.col });
      }
    }
    return out;
  }

  /** The workbook as it is now: formulas carry their computed value as the cached result. */
  toWorkbook(meta: DocumentMeta): Workbook {
    const sheets = this.sheetNames().map((name, index) => {
      let { rows, cols } = this.size(index);
      const extras = this.extras[index];
      for (const key of extras?.styles.keys() ?? []) {
        rows = Math.max(rows, Math.floor(key / COLS) + 1);
        cols = Math.max(cols, (key % COLS) + 1);
      }
      const grid: (Cell | null)[][] = [];
      for (let r = 0; r < rows; r += 1) {
        const line: (Cell | null)[] = [];
        for (let c = 0; c < cols; c += 1) {
          const cell = this.cellAt(index, r, c);
          const style = extras?.styles.get(r * COLS + c);
          line.push(style ? { ...(cell ?? { value: null }), style } : cell);
        }
        grid.push(line);
      }
      return { ...sheetFromGrid(name, grid), ...extras?.props };
    });
    return { ...this.book, kind: 'workbook', version: WORKBOOK_VERSION, meta, sheets };
  }

  private cellAt(sheet: number, row: number, col: number): Cell | null {
    const address = { sheet: this.sheetId(sheet), row, col };
    const formula = this.hf.getCellFormula(address);
    const value = engineToValue(this.hf.getCellValue(address));
    if (formula !== undefined) return { value, formula };
    return value === null ? null : { value };
  }

  /** The engine's type of the error a cell computes (`CYCLE`, `DIV_BY_ZERO`...), if it computes one. */
  errorType(sheet: number, row: number, col: number): string | undefined {
    const value = this.hf.getCellValue({ sheet: this.sheetId(sheet), row, col });
    return value instanceof DetailedCellError ? value.type : undefined;
  }

  /**
   * Contents for `target` filled from `source` (repeated across the target; relative references
   * move, `$` ones stay), as the fill handle and an internal paste need them. Nothing is changed.
   */
  fillContents(sourceSheet: number, source: BlockRange, targetSheet: number, target: BlockRange): RawContent[][] {
    const range = (sheet: number, r: BlockRange) => ({
      start: { sheet: this.sheetId(sheet), row: r.top, col: r.left },
      end: { sheet: this.sheetId(sheet), row: r.bottom, col: r.right },
    });
    return this.hf.getFillRangeData(range(sourceSheet, source), range(targetSheet, target)).map((row) =>
      row.map((content) => (content instanceof Date ? content.toISOString() : content === undefined || content === '' ? null : content)),
    );
  }

  /** Frees the engine. */
  destroy(): void {
    this.hf.destroy();
  }
}
