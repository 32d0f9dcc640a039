/**
 * The cell-level vocabulary of the workbook engine: model cells to HyperFormula contents and
 * back, and what a sheet keeps beside its cells (styles by position, the sheet's structure).
 */
import { DetailedCellError } from 'hyperformula';
import type { CellValue as EngineValue, RawCellContent } from 'hyperformula';
import type { Cell, CellRange, CellValue, Sheet } from '@ostal/model';
import { arrayCovered, engineFormula, isArrayMaster, toEngineArrayFormula } from '@ostal/calc';
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

/** Engine content for a model cell (an array formula's master in the engine's array form). */
export function cellToRaw(cell: Cell | null): RawContent {
  if (!cell) return null;
  if (isArrayMaster(cell)) return toEngineArrayFormula(engineFormula(cell.formula), cell.matrix);
  if (cell.formula) return engineFormula(cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`);
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

/**
 * The engine rows of a sheet (dense, as HyperFormula takes them). The cells of an array area
 * other than its master load empty: the master's result spills over them.
 */
export function sheetToRows(sheet: Sheet): RawCellContent[][] {
  const covered = arrayCovered(sheet.rows);
  return sheet.rows.map((row, r) => (row ? row.map((cell, c) => (covered.size > 0 && covered.has(r * COLS + c) ? null : cellToRaw(cell))) : []));
}

/** What a sheet keeps beside its cells: styles by position and the sheet's structure. */
export interface SheetExtras {
  /** Style index by `row * COLS + col`; the engine keeps values, this keeps formatting. */
  readonly styles: Map<number, number>;
  /** Replaced, never changed in place: history steps keep the object they replaced. */
  readonly props: Omit<Sheet, 'name' | 'rows'>;
}

/** What undo or redo changed, so the view can follow. */
export interface HistoryResult {
  /** The sheet the step happened on (its index after the step was undone or redone). */
  readonly sheet: number;
  /** True when the sheet list, rows, columns or layout changed (reload the view). */
  readonly structural: boolean;
}

/** A selection of cells, rows or columns; inclusive. */
export type Range = CellRange;

/** Columns per row in a style key (`row * COLS + col`). */
export const COLS = 16_384;

export function extrasOf(sheet: Sheet): SheetExtras {
  const styles = new Map<number, number>();
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cell?.style) styles.set(r * COLS + c, cell.style);
    });
  });
  const { name: _name, rows: _rows, ...props } = sheet;
  return { styles, props };
}

/** Edits as the engine reads them: formulas naming other workbooks' sheets quoted (`engineFormula`). */
export function engineEdits<E extends { raw: RawContent }>(edits: readonly E[]): readonly E[] {
  return edits.map((e) => (typeof e.raw === 'string' && e.raw.startsWith('=') && e.raw.includes('[') ? { ...e, raw: engineFormula(e.raw) } : e));
}

/**
 * The edits as one rectangle of contents, when they cover one exactly (each cell once), else
 * undefined.
 */
export function asBlock(edits: readonly { row: number; col: number; raw: RawContent }[]): { top: number; left: number; contents: RawContent[][] } | undefined {
  if (edits.length < 2) return undefined;
  let [top, left, bottom, right] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const e of edits) {
    top = Math.min(top, e.row);
    bottom = Math.max(bottom, e.row);
    left = Math.min(left, e.col);
    right = Math.max(right, e.col);
  }
  const width = right - left + 1;
  if ((bottom - top + 1) * width !== edits.length) return undefined;
  const contents: RawContent[][] = Array.from({ length: bottom - top + 1 }, () => new Array<RawContent>(width));
  const seen = new Set<number>();
  for (const e of edits) {
    const key = (e.row - top) * width + (e.col - left);
    if (seen.has(key)) return undefined;
    seen.add(key);
    contents[e.row - top]![e.col - left] = e.raw;
  }
  return { top, left, contents };
}
