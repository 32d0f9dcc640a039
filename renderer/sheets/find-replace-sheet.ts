/**
 * Find and replace in a sheet. Cells are searched as the formula bar shows them (values in the
 * user's language, formulas with their local function names, array formulas as `{=...}`), row
 * by row; "whole cell" matches only cells whose entire text is the searched one. An array
 * formula is found once, in its master cell; replacing in it enters the new formula over the
 * same area, and a replacement that would leave no formula there is not made (it would change
 * part of the array). Replacing re-reads the new text as typed.
 */
import { fromEngineArrayFormula, toEngineArrayFormula } from '@ostal/calc';
import { bracedFormula, unbraced } from './array-formulas.js';
import { editText, parseCellInput } from './cell-text.js';
import type { BooleanWords } from './cell-text.js';
import type { CellEdit } from './sheet-transfer.js';
import type { BlockRange, WorkbookEngine } from './workbook-engine.js';

export interface SheetSearch {
  readonly text: string;
  readonly matchCase: boolean;
  readonly wholeCell: boolean;
}

export interface SearchContext {
  readonly engine: WorkbookEngine;
  readonly sheet: number;
  readonly locale: string;
  readonly words: BooleanWords;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function pattern(search: SheetSearch, global: boolean): RegExp {
  const body = escapeRegExp(search.text);
  return new RegExp(search.wholeCell ? `^${body}$` : body, `${search.matchCase ? '' : 'i'}${global ? 'g' : ''}u`);
}

/** The block a search covers: the used part of the sheet. */
function usedRange(ctx: SearchContext): BlockRange {
  const size = ctx.engine.size(ctx.sheet);
  return { top: 0, left: 0, bottom: size.rows - 1, right: size.cols - 1 };
}

/** The text a cell is searched in: the formula bar's (the other cells of an array area are blank in the engine). */
function searchedText(ctx: SearchContext, row: number, col: number): string {
  const raw = ctx.engine.raw(ctx.sheet, row, col);
  const array = typeof raw === 'string' ? fromEngineArrayFormula(raw) : undefined;
  return array ? bracedFormula(editText(array.formula, ctx.locale, ctx.words)) : editText(raw, ctx.locale, ctx.words);
}

/** Cells matching `search`, row by row. */
export function findCells(ctx: SearchContext, search: SheetSearch): { row: number; col: number }[] {
  if (search.text === '') return [];
  const re = pattern(search, false);
  const range = usedRange(ctx);
  const out: { row: number; col: number }[] = [];
  for (let row = range.top; row <= range.bottom; row += 1) {
    for (let col = range.left; col <= range.right; col += 1) {
      const text = searchedText(ctx, row, col);
      if (text !== '' && re.test(text)) out.push({ row, col });
    }
  }
  return out;
}

/** The edits replacing `search` by `replacement` in the given cells (all matches when none given). */
export function replaceEdits(ctx: SearchContext, search: SheetSearch, replacement: string, cells = findCells(ctx, search)): CellEdit[] {
  if (search.text === '') return [];
  const re = pattern(search, true);
  const edits: CellEdit[] = [];
  for (const { row, col } of cells) {
    const raw = ctx.engine.raw(ctx.sheet, row, col);
    const array = typeof raw === 'string' ? fromEngineArrayFormula(raw) : undefined;
    const text = searchedText(ctx, row, col);
    const next = text.replace(re, () => replacement);
    if (next === text) continue;
    if (!array) {
      edits.push({ row, col, raw: parseCellInput(next, ctx.locale, ctx.words) });
      continue;
    }
    const entered = parseCellInput(unbraced(next) ?? next, ctx.locale, ctx.words);
    if (typeof entered === 'string' && entered.startsWith('=')) edits.push({ row, col, raw: toEngineArrayFormula(entered, array.matrix) });
  }
  return edits;
}
