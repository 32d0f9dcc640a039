import { describe, expect, it } from 'vitest';
import { EmptyValue } from 'hyperformula';
import { spillOf } from '../test-workbook.js';
import type { TestCell } from '../test-workbook.js';
import { compareSortKeys, sortOrder } from './sortby-function.js';

const VALUE = { error: '#VALUE!' };

describe('sortOrder', () => {
  it('orders numbers, texts ignoring case, logicals, errors; blanks last either way', () => {
    expect(compareSortKeys(2, 'a')).toBeLessThan(0);
    expect(compareSortKeys('B', 'a')).toBeGreaterThan(0);
    expect(compareSortKeys('a', 'A')).toBe(0);
    expect(compareSortKeys(true, 'z')).toBeGreaterThan(0);
    expect(sortOrder([{ values: [3, 'x', EmptyValue, 1], order: 1 }], 4)).toEqual([3, 0, 1, 2]);
    expect(sortOrder([{ values: [3, 'x', EmptyValue, 1], order: -1 }], 4)).toEqual([1, 0, 3, 2]);
  });

  it('is stable and breaks ties with the next key', () => {
    expect(sortOrder([{ values: [1, 1, 0], order: 1 }], 3)).toEqual([2, 0, 1]);
    expect(sortOrder([{ values: [1, 1, 0], order: 1 }, { values: ['b', 'a', 'c'], order: 1 }], 3)).toEqual([2, 1, 0]);
  });
});

describe('SORTBY', () => {
  // Names (A), ages (B), teams (C); D4 blank.
  const data: TestCell[][] = [['Tom', 52, 'red', 1], ['Fred', 65, 'blue', 3], ['Amy', 22, 'red', 2], ['Sal', 73, 'blue', null]];
  it.each([
    ['=SORTBY(A1:A4,B1:B4)', [['Amy'], ['Tom'], ['Fred'], ['Sal']]],
    ['=SORTBY(A1:A4,B1:B4,-1)', [['Sal'], ['Fred'], ['Tom'], ['Amy']]],
    ['=SORTBY(A1:B4,C1:C4,1,B1:B4,-1)', [['Sal', 73], ['Fred', 65], ['Tom', 52], ['Amy', 22]]],
    ['=SORTBY(A1:A4,D1:D4)', [['Tom'], ['Amy'], ['Fred'], ['Sal']]],
    ['=SORTBY(A1:A4,D1:D4,-1)', [['Fred'], ['Amy'], ['Tom'], ['Sal']]],
    ['=SORTBY({1,2,3},{"c","a","b"})', [[2, 3, 1]]],
    ['=SORTBY(A1:A4,B1:B3)', [[VALUE], [VALUE], [VALUE], [VALUE]]],
    ['=SORTBY(A1:A4,B1:B4,2)', [[VALUE], [VALUE], [VALUE], [VALUE]]],
  ])('%s', (formula, expected) => {
    expect(spillOf(formula, data)).toEqual(expected);
  });
});
