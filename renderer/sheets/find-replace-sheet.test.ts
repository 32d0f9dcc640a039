import { afterEach, describe, expect, it } from 'vitest';
import { emptyWorkbook } from '@ostal/model';
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
