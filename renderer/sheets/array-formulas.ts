/**
 * Array formulas in the spreadsheet editor (Excel's `{=...}`, Calc's matrix formulas): finding the
 * area a cell belongs to, the text the formula bar shows for it, and what an entry may do to it.
 * The engine holds an array formula in its master cell in `@ostal/calc`'s array form; the area's
 * other cells are empty there (the result spills over them).
 */
import { fromEngineArrayFormula, toEngineArrayFormula } from '@ostal/calc';
import type { RawContent } from './cell-text.js';
import type { BlockRange } from './engine-cells.js';
import type { WorkbookEngine } from './workbook-engine.js';

/** An array area: its block and the master's formula (model text, with `=`). */
export interface ArrayArea extends BlockRange {
  readonly formula: string;
}

/** The area whose master is the cell, if the cell is an array formula's master. */
function masterArea(engine: WorkbookEngine, sheet: number, row: number, col: number): ArrayArea | undefined {
  const raw = engine.raw(sheet, row, col);
  const array = typeof raw === 'string' ? fromEngineArrayFormula(raw) : undefined;
  if (!array) return undefined;
  return { top: row, left: col, bottom: row + array.matrix.rows - 1, right: col + array.matrix.cols - 1, formula: array.formula };
}

/**
 * The array area a cell belongs to (master or covered cell), if any. The master is looked for
 * up and to the left, over cells that the engine says are part of an array only.
 */
export function arrayAreaAt(engine: WorkbookEngine, sheet: number, row: number, col: number): ArrayArea | undefined {
  const own = masterArea(engine, sheet, row, col);
  if (own || !engine.ready || !engine.inArray(sheet, row, col)) return own;
  for (let r = row; r >= 0 && engine.inArray(sheet, r, col); r -= 1) {
    for (let c = col; c >= 0 && engine.inArray(sheet, r, c); c -= 1) {
      const area = masterArea(engine, sheet, r, c);
      if (area && area.bottom >= row && area.right >= col) return area;
    }
  }
  return undefined;
}

/** `{=...}`: how the formula bar shows an array formula (`text` is the formula as edited, with `=`). */
export function bracedFormula(text: string): string {
  return `{${text}}`;
}

/** The formula inside `{=...}`, or undefined when `text` is not written so. */
export function unbraced(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed.startsWith('{=') && trimmed.endsWith('}') ? trimmed.slice(1, -1) : undefined;
}

const inside = (area: BlockRange, row: number, col: number) => row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
const areaKey = (area: BlockRange) => `${String(area.top)},${String(area.left)}`;

/** A cell a change writes: whether it clears it, and the area size when it enters an array formula there. */
export interface ChangedArrayCell {
  readonly row: number;
  readonly col: number;
  readonly clears: boolean;
  readonly array?: { readonly rows: number; readonly cols: number };
}

/** The cells edits write, as {@link brokenAreas} reads them (an array formula's size from its engine form). */
export function changedCells(edits: readonly { row: number; col: number; raw: RawContent }[]): ChangedArrayCell[] {
  return edits.map((e) => {
    const array = typeof e.raw === 'string' ? fromEngineArrayFormula(e.raw) : undefined;
    return { row: e.row, col: e.col, clears: e.raw === null, ...(array ? { array: array.matrix } : {}) };
  });
}

/**
 * The array areas that `cells` (being changed together) would cut into: an area may only be
 * cleared or replaced whole, or its master given a new array formula over the same area (find
 * and replace in the formula). A one-cell array may be overwritten (it becomes an ordinary
 * cell), a larger area's master only through an array entry. Empty when the change is allowed.
 */
export function brokenAreas(engine: WorkbookEngine, sheet: number, cells: readonly ChangedArrayCell[]): ArrayArea[] {
  const touched = new Map<string, ArrayArea>();
  for (const cell of cells) {
    const area = arrayAreaAt(engine, sheet, cell.row, cell.col);
    if (area) touched.set(areaKey(area), area);
  }
  const broken: ArrayArea[] = [];
  for (const area of touched.values()) {
    if (area.top === area.bottom && area.left === area.right) continue;
    const size = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    const inArea = cells.filter((c) => inside(area, c.row, c.col));
    const only = inArea.length === 1 ? inArea[0]! : undefined;
    const reentered = only?.row === area.top && only.col === area.left && only.array?.rows === area.bottom - area.top + 1 && only.array.cols === area.right - area.left + 1;
    if (reentered) continue;
    const whole = new Set(inArea.map((c) => `${String(c.row)},${String(c.col)}`)).size === size;
    if (!whole || inArea.some((c) => !c.clears)) broken.push(area);
  }
  return broken;
}

/**
 * The array areas of more than one cell that meet `block`, each once (what sorting the block
 * would cut: its rows move one by one).
 */
export function areasMeeting(engine: WorkbookEngine, sheet: number, block: BlockRange): ArrayArea[] {
  const found = new Map<string, ArrayArea>();
  for (let r = block.top; r <= block.bottom; r += 1) {
    for (let c = block.left; c <= block.right; c += 1) {
      if (!engine.inArray(sheet, r, c) || [...found.values()].some((a) => inside(a, r, c))) continue;
      const area = arrayAreaAt(engine, sheet, r, c);
      if (area && (area.bottom > area.top || area.right > area.left)) found.set(areaKey(area), area);
    }
  }
  return [...found.values()];
}

/**
 * The block an array entry at `selection` fills: the selection, or, when the selection is one
 * cell of an existing array area, that area (editing an array formula keeps its area).
 */
export function arrayEntryBlock(engine: WorkbookEngine, sheet: number, selection: BlockRange): BlockRange {
  if (selection.top !== selection.bottom || selection.left !== selection.right) return selection;
  const area = arrayAreaAt(engine, sheet, selection.top, selection.left);
  return area ? { top: area.top, left: area.left, bottom: area.bottom, right: area.right } : selection;
}

/**
 * The edits that enter `formula` (canonical, with `=`) as an array formula over `block`: every
 * cell of the block emptied, then the master. Undefined when the block cuts into an array area
 * that it does not hold whole (refused, as Excel and Calc refuse it).
 */
export function arrayEntryEdits(engine: WorkbookEngine, sheet: number, block: BlockRange, formula: string): { clears: { row: number; col: number; raw: RawContent }[]; master: RawContent } | undefined {
  const clears: { row: number; col: number; raw: RawContent }[] = [];
  for (let r = block.top; r <= block.bottom; r += 1) for (let c = block.left; c <= block.right; c += 1) clears.push({ row: r, col: c, raw: null });
  const areas = new Map<string, ArrayArea>();
  for (const cell of clears) {
    const area = arrayAreaAt(engine, sheet, cell.row, cell.col);
    if (area) areas.set(areaKey(area), area);
  }
  for (const area of areas.values()) {
    if (!inside(block, area.top, area.left) || !inside(block, area.bottom, area.right)) return undefined;
  }
  return { clears, master: toEngineArrayFormula(formula, { rows: block.bottom - block.top + 1, cols: block.right - block.left + 1 }) };
}

/**
 * Enters an array formula over `block` as one undo step (the block emptied, then the master set).
 * False, with nothing changed, when the block cuts into another array area.
 */
export function enterArrayFormula(engine: WorkbookEngine, sheet: number, block: BlockRange, formula: string): boolean {
  const edits = arrayEntryEdits(engine, sheet, block, formula);
  if (!edits) return false;
  engine.history.transaction(() => {
    engine.setMany(sheet, edits.clears);
    engine.set(sheet, block.top, block.left, edits.master);
  });
  return true;
}

/**
 * True when inserting rows or columns at `at` (`count` > 0) or deleting `-count` of them from
 * `at` would cut through an array area: Excel and Calc refuse it. Only the boundaries matter: a
 * boundary between index k-1 and k cuts an area that covers both.
 */
export function shiftCutsArray(engine: WorkbookEngine, sheet: number, axis: 'rows' | 'cols', at: number, count: number): boolean {
  const boundaries = count > 0 ? [at] : [at, at - count];
  const size = engine.size(sheet);
  const across = axis === 'rows' ? size.cols : size.rows;
  const cell = (k: number, i: number): [number, number] => (axis === 'rows' ? [k, i] : [i, k]);
  for (const k of boundaries) {
    if (k <= 0) continue;
    for (let i = 0; i < across; i += 1) {
      const [r, c] = cell(k, i);
      const [pr, pc] = cell(k - 1, i);
      if (!engine.inArray(sheet, r, c) || !engine.inArray(sheet, pr, pc)) continue;
      const area = arrayAreaAt(engine, sheet, r, c);
      if (area && (axis === 'rows' ? area.top : area.left) <= k - 1) return true;
    }
  }
  return false;
}
