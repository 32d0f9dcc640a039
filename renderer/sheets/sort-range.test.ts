import { afterEach, describe, expect, it } from 'vitest';
import { emptyWorkbook } from '@ostal/model';
import { enterArrayFormula } from './array-formulas.js';
import { sortCutsArray, sortEdits, sortRegion } from './sort-range.js';
import { WorkbookEngine } from './workbook-engine.js';

let engine: WorkbookEngine;
afterEach(() => engine.destroy());

function load(rows: (string | number | boolean | null)[][]): void {
  engine = WorkbookEngine.fromWorkbook(emptyWorkbook('Feuille1'), 'gpl-v3');
  engine.setMany(0, rows.flatMap((row, r) => row.map((raw, c) => ({ row: r, col: c, raw }))));
}

function column(col: number, rows: number): unknown[] {
  return Array.from({ length: rows }, (_, r) => engine.value(0, r, col));
}

describe('sort a range', () => {
  it('sorts by one column in French order, keeping the header and putting empty cells last', () => {
    load([['Nom', 'Âge'], ['eden', 3], ['École', 1], [null, 9], ['ecole', 2], ['Zoé', 5], [10, 0]]);
    const range = { top: 0, left: 0, bottom: 6, right: 1 };
    engine.setMany(0, sortEdits(engine, 0, range, { header: true, keys: [{ col: 0, descending: false }], locale: 'fr-FR' }));
    expect(column(0, 7)).toEqual(['Nom', 10, 'ecole', 'École', 'eden', 'Zoé', null]);
    expect(column(1, 7)).toEqual(['Âge', 0, 2, 1, 3, 5, 9]);
    engine.setMany(0, sortEdits(engine, 0, range, { header: true, keys: [{ col: 0, descending: true }], locale: 'fr-FR' }));
    expect(column(0, 7)).toEqual(['Nom', 'Zoé', 'eden', 'École', 'ecole', 10, null]);
  });

  it('sorts by several columns and moves formulas with their row', () => {
    load([
      ['b', 2, '=B1*10'],
      ['a', 2, '=B2*10'],
      ['b', 1, '=B3*10'],
    ]);
    const edits = sortEdits(engine, 0, { top: 0, left: 0, bottom: 2, right: 2 }, {
      header: false,
      keys: [
        { col: 0, descending: false },
        { col: 1, descending: true },
      ],
      locale: 'fr',
    });
    engine.setMany(0, edits);
    expect(column(0, 3)).toEqual(['a', 'b', 'b']);
    expect(column(1, 3)).toEqual([2, 2, 1]);
    expect(column(2, 3)).toEqual([20, 20, 10]);
    expect(engine.raw(0, 0, 2)).toBe('=B1*10');
  });

  it('picks the filled block around a single cell', () => {
    load([['a', 1, null, 'x'], ['b', 2, null, 'y'], [null, null, null, null], ['c', 3]]);
    expect(sortRegion(engine, 0, { top: 1, left: 1, bottom: 1, right: 1 })).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(sortRegion(engine, 0, { top: 0, left: 0, bottom: 3, right: 0 })).toEqual({ top: 0, left: 0, bottom: 3, right: 0 });
  });
});

describe('sorting and array formulas', () => {
  it('refuses a sort whose rows meet an array area of several cells, not one beside it or in the header', () => {
    load([['Nom', 'Val'], ['b', 2], ['a', 1], ['c', 3]]);
    enterArrayFormula(engine, 0, { top: 1, left: 2, bottom: 2, right: 2 }, '=B2:B3*10');
    expect(sortCutsArray(engine, 0, { top: 0, left: 0, bottom: 3, right: 2 }, true)).toBe(true);
    // Cut through: the sort takes only one row of the area.
    expect(sortCutsArray(engine, 0, { top: 2, left: 0, bottom: 3, right: 2 }, false)).toBe(true);
    // Beside the sorted columns, the area does not move.
    expect(sortCutsArray(engine, 0, { top: 0, left: 0, bottom: 3, right: 1 }, true)).toBe(false);
    // An area in the header row stays where it is.
    enterArrayFormula(engine, 0, { top: 0, left: 4, bottom: 0, right: 5 }, '={1,2}');
    expect(sortCutsArray(engine, 0, { top: 0, left: 3, bottom: 3, right: 5 }, true)).toBe(false);
    expect(sortCutsArray(engine, 0, { top: 0, left: 3, bottom: 3, right: 5 }, false)).toBe(true);
  });
});
