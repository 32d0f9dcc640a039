import { describe, expect, it } from 'vitest';
import type { Cell, CellValue, Workbook } from '@ostal/model';
import { createCalc } from './calc.js';
import { fromEngineArrayFormula, toEngineArrayFormula } from './array-formula.js';
import { ostalFunctionNames } from './functions/register-functions.js';
import { testWorkbook } from './test-workbook.js';

/** A workbook of sheet S whose cells at the given places are replaced (array masters, stale area values). */
function withCells(rows: readonly (readonly (CellValue | undefined)[])[], cells: Record<string, Cell>): Workbook {
  const book = testWorkbook({ S: rows });
  const sheet = book.sheets[0]!;
  const grid = sheet.rows.map((row) => [...(row ?? [])]);
  for (const [key, cell] of Object.entries(cells)) {
    const [r, c] = key.split(',').map(Number) as [number, number];
    while (grid.length <= r) grid.push([]);
    const line = grid[r]!;
    while (line.length <= c) line.push(null);
    line[c] = cell;
  }
  return { ...book, sheets: [{ ...sheet, rows: grid }] };
}

/** Values of a block of the first sheet. */
function block(book: Workbook, top: number, left: number, rows: number, cols: number): CellValue[][] {
  const calc = createCalc(book);
  try {
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => calc.valueAt(0, top + r, left + c)));
  } finally {
    calc.destroy();
  }
}

describe('array formulas', () => {
  it('spills TRANSPOSE over its area, replacing stale values of the area', () => {
    const book = withCells([[1, 2, 3]], {
      '1,0': { formula: '=TRANSPOSE(A1:C1)', value: 9, matrix: { rows: 3, cols: 1 } },
      '2,0': { value: 9 },
      '3,0': { value: 9 },
    });
    expect(block(book, 1, 0, 3, 1)).toEqual([[1], [2], [3]]);
  });

  it('multiplies matrices with MMULT', () => {
    // [[1,2],[3,4]] × [[5,6],[7,8]] = [[19,22],[43,50]]
    const book = withCells([[1, 2, 5, 6], [3, 4, 7, 8]], { '3,0': { formula: '=MMULT(A1:B2,C1:D2)', value: null, matrix: { rows: 2, cols: 2 } } });
    expect(block(book, 3, 0, 2, 2)).toEqual([[19, 22], [43, 50]]);
  });

  it('computes range arithmetic cell by cell, in one cell or over an area', () => {
    const book = withCells([[1, 4], [2, 5], [3, 6]], {
      '0,3': { formula: '=SUM(A1:A3*B1:B3)', value: null, matrix: { rows: 1, cols: 1 } },
      '0,4': { formula: '=A1:A3*B1:B3', value: null, matrix: { rows: 3, cols: 1 } },
      // Without the array area, the same sum is computed as an ordinary formula.
      '0,5': { formula: '=SUM(A1:A3*B1:B3)', value: null },
    });
    const values = block(book, 0, 3, 3, 2);
    expect(values.map((row) => row[0])).toEqual([32, null, null]);
    expect(values.map((row) => row[1])).toEqual([4, 10, 18]);
    expect(block(book, 0, 5, 1, 1)[0]![0]).not.toBe(32);
  });

  it('fills a larger area with #N/A, repeats a single value, and cuts a larger result', () => {
    const book = withCells([[1], [2]], {
      '0,2': { formula: '=A1:A2*10', value: null, matrix: { rows: 3, cols: 1 } },
      '0,3': { formula: '=7', value: null, matrix: { rows: 2, cols: 2 } },
      '0,6': { formula: '=TRANSPOSE(A1:A2)', value: null, matrix: { rows: 1, cols: 1 } },
      '0,7': { formula: '=A1:A2', value: null, matrix: { rows: 2, cols: 2 } },
    });
    const values = block(book, 0, 2, 3, 7);
    expect(values.map((row) => row[0])).toEqual([10, 20, { error: '#N/A' }]);
    expect(values.slice(0, 2).map((row) => row.slice(1, 3))).toEqual([[7, 7], [7, 7]]);
    expect(values[0]![4]).toBe(1);
    expect(values.slice(0, 2).map((row) => row.slice(5, 7))).toEqual([[1, 1], [2, 2]]);
  });

  it('writes the fresh area values back with the master formula and its area', () => {
    const book = withCells([[1, 2]], {
      '1,0': { formula: '=TRANSPOSE(A1:B1)', value: 0, matrix: { rows: 2, cols: 1 } },
      '2,0': { value: 0, style: 1 },
    });
    const fresh = createCalc(book).recalculate();
    expect(fresh.sheets[0]!.rows[1]![0]).toEqual({ formula: '=TRANSPOSE(A1:B1)', value: 1, matrix: { rows: 2, cols: 1 } });
    expect(fresh.sheets[0]!.rows[2]![0]).toEqual({ value: 2, style: 1 });
  });

  it('leaves formulas without an area as they were (no spill of range arithmetic)', () => {
    const book = withCells([[1], [2]], { '0,1': { formula: '=SUM(A1:A2)', value: null } });
    expect(block(book, 0, 1, 2, 1)).toEqual([[3], [null]]);
  });

  it('converts to and from the engine form', () => {
    const engine = toEngineArrayFormula('=SUM(A1:A3*B1:B3)', { rows: 1, cols: 2 });
    expect(fromEngineArrayFormula(engine)).toEqual({ formula: '=SUM(A1:A3*B1:B3)', matrix: { rows: 1, cols: 2 } });
    expect(fromEngineArrayFormula('=SUM(A1,2,3)')).toBeUndefined();
    // The engine-only function is not one of the functions Ostal offers.
    expect(ostalFunctionNames()).not.toContain('OSTAL.ARRAYAREA');
    expect(ostalFunctionNames()).toContain('FREQUENCY');
  });
});
