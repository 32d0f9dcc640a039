/**
 * Sorting a block of rows by one or several columns, as spreadsheets do: numbers before texts
 * before booleans before errors, empty cells always last; texts in the user's language's order
 * (French: `école` between `ecole` and `eden`, case ignored); equal rows keep their order. Rows
 * move whole; their formulas are copied to the new place (relative references follow the row).
 */
import type { CellValue } from '@ostal/model';
import { areasMeeting } from './array-formulas.js';
import type { CellEdit } from './sheet-transfer.js';
import type { BlockRange, WorkbookEngine } from './workbook-engine.js';

/** One sort key: a sheet column and its direction. */
export interface SortKey {
  readonly col: number;
  readonly descending: boolean;
}

export interface SortOptions {
  /** The first row holds titles and stays in place. */
  readonly header: boolean;
  /** First key first. */
  readonly keys: readonly SortKey[];
  /** BCP 47 language of text order. */
  readonly locale: string;
}

function rank(value: CellValue): number {
  if (typeof value === 'number') return 0;
  if (typeof value === 'string') return value === '' ? 4 : 1;
  if (typeof value === 'boolean') return 2;
  return value === null ? 4 : 3;
}

/** Orders two values; empty cells go last whatever the direction. */
export function compareCells(a: CellValue, b: CellValue, descending: boolean, collator: Intl.Collator): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra === 4 || rb === 4) return ra - rb;
  let order = ra - rb;
  if (order === 0) {
    if (typeof a === 'number' && typeof b === 'number') order = a - b;
    else if (typeof a === 'string' && typeof b === 'string') order = collator.compare(a, b);
    else if (typeof a === 'boolean' && typeof b === 'boolean') order = Number(a) - Number(b);
  }
  return descending ? -order : order;
}

/** The row order of `range` sorted (indexes of the source rows, header excluded). */
export function sortedRowOrder(engine: WorkbookEngine, sheet: number, range: BlockRange, options: SortOptions): number[] {
  const collator = new Intl.Collator(options.locale, { sensitivity: 'accent', numeric: false });
  const first = options.header ? range.top + 1 : range.top;
  const rows: { row: number; keys: CellValue[] }[] = [];
  for (let r = first; r <= range.bottom; r += 1) rows.push({ row: r, keys: options.keys.map((k) => engine.value(sheet, r, k.col)) });
  rows.sort((a, b) => {
    for (let i = 0; i < options.keys.length; i += 1) {
      const order = compareCells(a.keys[i]!, b.keys[i]!, options.keys[i]!.descending, collator);
      if (order !== 0) return order;
    }
    return a.row - b.row;
  });
  return rows.map((r) => r.row);
}

/**
 * True when sorting `range` would cut an array area: its rows move one by one, so an area of
 * several cells among the sorted rows (header excluded) cannot follow. Excel and Calc refuse
 * such a sort ("You cannot change part of an array").
 */
export function sortCutsArray(engine: WorkbookEngine, sheet: number, range: BlockRange, header: boolean): boolean {
  const top = header ? range.top + 1 : range.top;
  return top <= range.bottom && areasMeeting(engine, sheet, { ...range, top }).length > 0;
}

/** The edits that sort `range` in place (one batch: one undo step). */
export function sortEdits(engine: WorkbookEngine, sheet: number, range: BlockRange, options: SortOptions): CellEdit[] {
  if (options.keys.length === 0) return [];
  const order = sortedRowOrder(engine, sheet, range, options);
  const first = options.header ? range.top + 1 : range.top;
  const edits: CellEdit[] = [];
  order.forEach((from, i) => {
    const to = first + i;
    if (from === to) return;
    const [contents = []] = engine.fillContents(sheet, { top: from, left: range.left, bottom: from, right: range.right }, sheet, {
      top: to,
      left: range.left,
      bottom: to,
      right: range.right,
    });
    contents.forEach((raw, c) => edits.push({ row: to, col: range.left + c, raw }));
  });
  return edits;
}

/**
 * The block to sort for a selection: the selection itself when it spans several cells, else the
 * block of filled cells around the active cell (bounded by empty rows and columns), as
 * spreadsheets pick it.
 */
export function sortRegion(engine: WorkbookEngine, sheet: number, selection: BlockRange): BlockRange {
  if (selection.top !== selection.bottom || selection.left !== selection.right) return selection;
  const size = engine.size(sheet);
  const filled = (r: number, c: number) => r >= 0 && c >= 0 && r < size.rows && c < size.cols && engine.raw(sheet, r, c) !== null;
  let { top, left, bottom, right } = selection;
  let grown = true;
  while (grown) {
    grown = false;
    const rowHas = (r: number) => {
      for (let c = Math.max(0, left - 1); c <= right + 1; c += 1) if (filled(r, c)) return true;
      return false;
    };
    const colHas = (c: number) => {
      for (let r = Math.max(0, top - 1); r <= bottom + 1; r += 1) if (filled(r, c)) return true;
      return false;
    };
    if (top > 0 && rowHas(top - 1)) {
      top -= 1;
      grown = true;
    }
    if (bottom + 1 < size.rows && rowHas(bottom + 1)) {
      bottom += 1;
      grown = true;
    }
    if (left > 0 && colHas(left - 1)) {
      left -= 1;
      grown = true;
    }
    if (right + 1 < size.cols && colHas(right + 1)) {
      right += 1;
      grown = true;
    }
  }
  return { top, left, bottom, right };
}
