import { describe, expect, it } from 'vitest';
import { evaluateOne, spillOf } from '../test-workbook.js';
import type { TestCell } from '../test-workbook.js';
import { scanValues, wrap } from './array-reshape-functions.js';

const NA = { error: '#N/A' };

/** Data A1:C4 (C4 blank). */
const DATA: TestCell[][] = [[1, 'a', 10], [2, 'b', 20], [3, 'c', 30], [4, 'd', null]];

describe('scanValues and wrap', () => {
  it('reads by rows or columns and skips blanks or errors', () => {
    const grid = [[1, 2], [3, 4]];
    expect(scanValues(grid, 0, false)).toEqual([1, 2, 3, 4]);
    expect(scanValues(grid, 0, true)).toEqual([1, 3, 2, 4]);
  });

  it('pads the last line', () => {
    expect(wrap([1, 2, 3], 2, 0)).toEqual([[1, 2], [3, 0]]);
    expect(wrap([1, 2], 3, 0)).toEqual([[1, 2, 0]]);
  });
});

describe('TOCOL and TOROW', () => {
  // A1:C4 of the shared data: C4 blank; D1 holds an error in these cases.
  const data = [[1, 'a', 10, { error: '#DIV/0!' as const }], [2, 'b', 20], [3, 'c', 30], [4, 'd', null]];
  it.each([
    ['=TOCOL(A1:B2)', [[1], ['a'], [2], ['b']]],
    ['=TOCOL(A1:B2,0,TRUE)', [[1], [2], ['a'], ['b']]],
    ['=TOROW(A3:C4)', [[3, 'c', 30, 4]]],
    ['=TOROW(A3:C4,1)', [[3, 'c', 30, 4]]],
    ['=TOCOL(C1:D1)', [[10], [{ error: '#DIV/0!' }]]],
    ['=TOCOL(C1:D1,2)', [[10]]],
    ['=TOCOL(C4:C5,1)', [[NA]]],
    ['=TOCOL(A1:A2,4)', [[{ error: '#VALUE!' }]]],
  ])('%s', (formula, expected) => {
    expect(spillOf(formula, data).map((row) => row.slice(0, expected[0]!.length)).slice(0, Math.max(expected.length, 1))).toEqual(expected);
  });

  it('shows a copied blank as 0', () => {
    expect(spillOf('=TOROW(B4:C4)', DATA)).toEqual([['d', 0]]);
  });
});

describe('WRAPROWS and WRAPCOLS', () => {
  it.each([
    ['=WRAPROWS(A1:A4,3)', [[1, 2, 3], [4, NA, NA]]],
    ['=WRAPROWS({1,2,3,4},2)', [[1, 2], [3, 4]]],
    ['=WRAPCOLS(A1:A4,3,"")', [[1, 4], [2, ''], [3, '']]],
    ['=WRAPROWS(A1:A2,0)', [[{ error: '#NUM!' }]]],
    ['=WRAPROWS(A1:A2,A1)', [[{ error: '#VALUE!' }]]],
  ])('%s', (formula, expected) => {
    expect(spillOf(formula, DATA)).toEqual(expected);
  });

  it('refuses a two-dimensional vector', () => {
    expect(evaluateOne('=WRAPROWS({1,2;3,4},2)')).toEqual({ error: '#VALUE!' });
  });
});
