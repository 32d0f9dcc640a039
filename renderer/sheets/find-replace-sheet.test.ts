import { afterEach, describe, expect, it } from 'vitest';
import { emptyWorkbook } from '@ostal/model';
import { arrayAreaAt, brokenAreas, changedCells, enterArrayFormula } from './array-formulas.js';
import { findCells, replaceEdits } from './find-replace-sheet.js';
import type { SearchContext } from './find-replace-sheet.js';
import { WorkbookEngine } from './workbook-engine.js';

const FR = { true: 'VRAI', false: 'FAUX' };
let engine: WorkbookEngine;
afterEach(() => engine.destroy());

function context(): SearchContext {
  engine = WorkbookEngine.fromWorkbook(emptyWorkbook('Feuille1'), 'gpl-v3');
  engine.setMany(0, [
    { row: 0, col: 0, raw: 'Montpellier' },
    { row: 0, col: 1, raw: 'montpellier sud' },
    { row: 1, col: 0, raw: 2.5 },
    { row: 1, col: 1, raw: '=SUM(A2,1)' },
    { row: 2, col: 0, raw: 'Sète' },
  ]);
  return { engine, sheet: 0, locale: 'fr-FR', words: FR };
}

describe('find and replace in a sheet', () => {
  it('finds text, numbers as shown and French function names', () => {
    const ctx = context();
    expect(findCells(ctx, { text: 'montpellier', matchCase: false, wholeCell: false })).toEqual([
      { row: 0, col: 0 },
      { row: 0, col: 1 },
    ]);
    expect(findCells(ctx, { text: 'montpellier', matchCase: true, wholeCell: false })).toEqual([{ row: 0, col: 1 }]);
    expect(findCells(ctx, { text: 'Montpellier', matchCase: false, wholeCell: true })).toEqual([{ row: 0, col: 0 }]);
    expect(findCells(ctx, { text: '2,5', matchCase: false, wholeCell: false })).toEqual([{ row: 1, col: 0 }]);
    expect(findCells(ctx, { text: 'SOMME', matchCase: false, wholeCell: false })).toEqual([{ row: 1, col: 1 }]);
    expect(findCells(ctx, { text: '', matchCase: false, wholeCell: false })).toEqual([]);
  });

  it('replaces all matches as one batch, re-reading what the cells become', () => {
    const ctx = context();
    const edits = replaceEdits(ctx, { text: 'montpellier', matchCase: false, wholeCell: false }, 'Nîmes');
    expect(edits).toEqual([
      { row: 0, col: 0, raw: 'Nîmes' },
      { row: 0, col: 1, raw: 'Nîmes sud' },
    ]);
    expect(replaceEdits(ctx, { text: '2,5', matchCase: false, wholeCell: true }, '4,5')).toEqual([{ row: 1, col: 0, raw: 4.5 }]);
    expect(replaceEdits(ctx, { text: ';1)', matchCase: false, wholeCell: false }, ';2)')).toEqual([{ row: 1, col: 1, raw: '=SUM(A2,2)' }]);
  });
});

describe('find and replace over array formulas', () => {
  /** A1:A3 = 1, 2, 3; B1:B3 holds {=SUM(A1:A3)*A1:A3} (as Ctrl+Shift+Enter enters it). */
  function arrays(): SearchContext {
    engine = WorkbookEngine.fromWorkbook(emptyWorkbook('Feuille1'), 'gpl-v3');
    engine.setMany(0, [1, 2, 3].map((raw, row) => ({ row, col: 0, raw })));
    enterArrayFormula(engine, 0, { top: 0, left: 1, bottom: 2, right: 1 }, '=SUM(A1:A3)*A1:A3');
    return { engine, sheet: 0, locale: 'fr-FR', words: FR };
  }

  it('finds the formula once, in its master cell, as the formula bar shows it', () => {
    const ctx = arrays();
    expect(findCells(ctx, { text: 'SOMME', matchCase: false, wholeCell: false })).toEqual([{ row: 0, col: 1 }]);
    expect(findCells(ctx, { text: '{=SOMME(A1:A3)*A1:A3}', matchCase: false, wholeCell: true })).toEqual([{ row: 0, col: 1 }]);
    // The engine's wrapper and the area's size are not part of what a person sees.
    expect(findCells(ctx, { text: 'ARRAYAREA', matchCase: false, wholeCell: false })).toEqual([]);
  });

  it('replaces inside the formula keeping its area, and never leaves part of an area', () => {
    const ctx = arrays();
    const edits = replaceEdits(ctx, { text: 'SOMME', matchCase: false, wholeCell: false }, 'MAX');
    expect(edits).toHaveLength(1);
    expect(brokenAreas(engine, 0, changedCells(edits))).toEqual([]);
    engine.setMany(0, edits);
    expect([engine.value(0, 0, 1), engine.value(0, 1, 1), engine.value(0, 2, 1)]).toEqual([3, 6, 9]);
    expect(arrayAreaAt(engine, 0, 2, 1)?.formula).toBe('=MAX(A1:A3)*A1:A3');
    // Replacing the formula by a plain value would change one cell of the area: not made.
    expect(replaceEdits(ctx, { text: '{=MAX(A1:A3)*A1:A3}', matchCase: false, wholeCell: true }, '7')).toEqual([]);
  });
});
