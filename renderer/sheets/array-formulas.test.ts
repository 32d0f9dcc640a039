import { describe, expect, it } from 'vitest';
import { sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { WorkbookEngine } from './workbook-engine.js';
import { arrayAreaAt, arrayEntryBlock, brokenAreas, enterArrayFormula, shiftCutsArray, unbraced } from './array-formulas.js';

const KEY = 'gpl-v3';

/** A1:A3 = 1, 2, 3; C1:E1 holds {=TRANSPOSE(A1:A3)} with stale values in D1 and E1. */
function book(): Workbook {
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets: [
      sheetFromGrid('S', [
        [{ value: 1 }, null, { formula: '=TRANSPOSE(A1:A3)', value: 0, matrix: { rows: 1, cols: 3 } }, { value: 0 }, { value: 0 }],
        [{ value: 2 }],
        [{ value: 3 }],
      ]),
    ],
  };
}

describe('array formulas in the editor', () => {
  it('computes a loaded array area and finds its master from any of its cells', () => {
    const engine = WorkbookEngine.fromWorkbook(book(), KEY);
    expect([engine.value(0, 0, 2), engine.value(0, 0, 3), engine.value(0, 0, 4)]).toEqual([1, 2, 3]);
    const area = { top: 0, left: 2, bottom: 0, right: 4, formula: '=TRANSPOSE(A1:A3)' };
    expect(arrayAreaAt(engine, 0, 0, 4)).toEqual(area);
    expect(arrayAreaAt(engine, 0, 0, 2)).toEqual(area);
    expect(arrayAreaAt(engine, 0, 0, 0)).toBeUndefined();
  });

  it('saves the master with its area and the other cells with their values', () => {
    const engine = WorkbookEngine.fromWorkbook(book(), KEY);
    const row = engine.toWorkbook({}).sheets[0]!.rows[0]!;
    expect(row.slice(2, 5)).toEqual([{ formula: '=TRANSPOSE(A1:A3)', value: 1, matrix: { rows: 1, cols: 3 } }, { value: 2 }, { value: 3 }]);
  });

  it('enters an array formula over a selection as one undo step, and edits it keeping its area', () => {
    const engine = WorkbookEngine.fromWorkbook(book(), KEY);
    engine.set(0, 1, 1, 'old');
    expect(enterArrayFormula(engine, 0, { top: 0, left: 1, bottom: 2, right: 1 }, '=A1:A3*2')).toBe(true);
    expect([engine.value(0, 0, 1), engine.value(0, 1, 1), engine.value(0, 2, 1)]).toEqual([2, 4, 6]);
    // Editing from the middle cell: the entry covers the whole area again.
    const block = arrayEntryBlock(engine, 0, { top: 1, left: 1, bottom: 1, right: 1 });
    expect(block).toEqual({ top: 0, left: 1, bottom: 2, right: 1 });
    enterArrayFormula(engine, 0, block, '=A1:A3*10');
    expect(engine.value(0, 2, 1)).toBe(30);
    engine.undo();
    expect(engine.value(0, 2, 1)).toBe(6);
    engine.undo();
    expect([engine.value(0, 0, 1), engine.value(0, 1, 1)]).toEqual([null, 'old']);
  });

  it('refuses a change to part of an area, allows clearing the whole area or overwriting a one-cell array', () => {
    const engine = WorkbookEngine.fromWorkbook(book(), KEY);
    expect(brokenAreas(engine, 0, [{ row: 0, col: 3, clears: false }])).toHaveLength(1);
    expect(brokenAreas(engine, 0, [{ row: 0, col: 2, clears: false }])).toHaveLength(1);
    expect(brokenAreas(engine, 0, [{ row: 0, col: 2, clears: true }, { row: 0, col: 3, clears: true }])).toHaveLength(1);
    const whole = [2, 3, 4].map((col) => ({ row: 0, col, clears: true }));
    expect(brokenAreas(engine, 0, whole)).toEqual([]);
    expect(enterArrayFormula(engine, 0, { top: 0, left: 3, bottom: 1, right: 3 }, '=1')).toBe(false);
    enterArrayFormula(engine, 0, { top: 4, left: 0, bottom: 4, right: 0 }, '=SUM(A1:A3*A1:A3)');
    expect(engine.value(0, 4, 0)).toBe(14);
    expect(brokenAreas(engine, 0, [{ row: 4, col: 0, clears: false }])).toEqual([]);
  });

  it('tells when inserting or deleting rows or columns would cut through an area', () => {
    const engine = WorkbookEngine.fromWorkbook(book(), KEY);
    // C1:E1: columns D and E are inside, C is its first column; rows do not cut a one-row area.
    expect(shiftCutsArray(engine, 0, 'cols', 3, 1)).toBe(true);
    expect(shiftCutsArray(engine, 0, 'cols', 2, 1)).toBe(false);
    expect(shiftCutsArray(engine, 0, 'cols', 3, -1)).toBe(true);
    expect(shiftCutsArray(engine, 0, 'cols', 2, -3)).toBe(false);
    expect(shiftCutsArray(engine, 0, 'rows', 0, 1)).toBe(false);
    expect(shiftCutsArray(engine, 0, 'rows', 0, -1)).toBe(false);
  });

  it('reads the braces of an array formula', () => {
    expect(unbraced('{=SUM(A1:A3*B1:B3)}')).toBe('=SUM(A1:A3*B1:B3)');
    expect(unbraced('=SUM(A1)')).toBeUndefined();
  });
});
