import { describe, expect, it } from 'vitest';
import { evaluateOne, spillOf } from '../test-workbook.js';
import type { TestCell } from '../test-workbook.js';

const NA = { error: '#N/A' };
const VALUE = { error: '#VALUE!' };

/** Data A1:C4 (C4 blank). */
const DATA: TestCell[][] = [[1, 'a', 10], [2, 'b', 20], [3, 'c', 30], [4, 'd', null]];

describe('TAKE and DROP', () => {
  it.each([
    ['=TAKE(A1:C4,2)', [[1, 'a', 10], [2, 'b', 20]]],
    ['=TAKE(A1:C4,-1)', [[4, 'd', 0]]],
    ['=TAKE(A1:C4,2,-1)', [[10], [20]]],
    ['=TAKE(A1:C4,,1)', [[1], [2], [3], [4]]],
    ['=TAKE(A1:C4,9)', [[1, 'a', 10], [2, 'b', 20], [3, 'c', 30], [4, 'd', 0]]],
    ['=TAKE(A1:C4,0)', [[NA]]],
    ['=DROP(A1:C4,2)', [[3, 'c', 30], [4, 'd', 0]]],
    ['=DROP(A1:C4,-3,1)', [['a', 10]]],
    ['=DROP(A1:C4,,2)', [[10], [20], [30], [0]]],
    ['=DROP(A1:C4,4)', [[NA]]],
    ['=TAKE(A1:A4*2,2)', [[2], [4]]],
    ['=TAKE({1,2;3,4},-1)', [[3, 4]]],
  ])('%s', (formula, expected) => {
    expect(spillOf(formula, DATA)).toEqual(expected);
  });

  it('takes a count computed from a cell, within the array size', () => {
    expect(spillOf('=TAKE(A1:C4,A2)', DATA)).toEqual([[1, 'a', 10], [2, 'b', 20]]);
    expect(spillOf('=DROP(A1:C4,A3)', DATA)).toEqual([[4, 'd', 0]]);
  });

  it('computes inside other functions', () => {
    expect(evaluateOne('=SUM(TAKE({1,2;3,4},1))')).toBe(3);
    expect(evaluateOne('=SUM(DROP({1,2;3,4},1,1))')).toBe(4);
  });
});

describe('CHOOSEROWS and CHOOSECOLS', () => {
  it.each([
    ['=CHOOSEROWS(A1:C4,1,3)', [[1, 'a', 10], [3, 'c', 30]]],
    ['=CHOOSEROWS(A1:C4,-1,-1)', [[4, 'd', 0], [4, 'd', 0]]],
    ['=CHOOSEROWS(A1:C4,{2,1})', [[2, 'b', 20], [1, 'a', 10]]],
    ['=CHOOSECOLS(A1:C4,3,1)', [[10, 1], [20, 2], [30, 3], [0, 4]]],
    ['=CHOOSECOLS(A1:C4,-2)', [['a'], ['b'], ['c'], ['d']]],
    ['=CHOOSEROWS(A1:C4,0)', [[VALUE, VALUE, VALUE]]],
    ['=CHOOSECOLS(A1:C4,4)', [[VALUE], [VALUE], [VALUE], [VALUE]]],
  ])('%s', (formula, expected) => {
    expect(spillOf(formula, DATA)).toEqual(expected);
  });
});

describe('EXPAND', () => {
  it.each([
    ['=EXPAND(A1:B2,3,3)', [[1, 'a', NA], [2, 'b', NA], [NA, NA, NA]]],
    ['=EXPAND(A1:B2,3,,"")', [[1, 'a'], [2, 'b'], ['', '']]],
    ['=EXPAND(A1:B2,,3,0)', [[1, 'a', 0], [2, 'b', 0]]],
    ['=EXPAND(A1:B2,1)', [[VALUE]]],
  ])('%s', (formula, expected) => {
    expect(spillOf(formula, DATA)).toEqual(expected);
  });
});
