import { describe, expect, it } from 'vitest';
import { evaluate, spillOf } from '../test-workbook.js';
import { modeOf, modesOf, rankOf } from './rank-functions.js';

// Column A: 7, 3.5, 3.5, 1, 2, "x", blank, TRUE
const data = [[7], [3.5], [3.5], [1], [2], ['x'], [null], [true]];

describe('rankOf and modeOf', () => {
  it('ranks with ties', () => {
    expect(rankOf(3.5, [7, 3.5, 3.5, 1, 2], false)).toEqual({ rank: 2, ties: 2 });
    expect(rankOf(3.5, [7, 3.5, 3.5, 1, 2], true)).toEqual({ rank: 3, ties: 2 });
    expect(rankOf(4, [7, 3.5], false)).toBeNull();
  });
  it('finds the first most frequent value', () => {
    expect(modeOf([1, 2, 2, 3, 3])).toBe(2);
    expect(modeOf([3, 1, 1, 3])).toBe(3);
    expect(modeOf([1, 2, 3])).toBeNull();
  });
});

describe('RANK, RANK.EQ, RANK.AVG', () => {
  it.each([
    ['=RANK(7,A1:A8)', 1],
    ['=RANK(3.5,A1:A8)', 2],
    ['=RANK.EQ(3.5,A1:A8,1)', 3],
    ['=RANK.AVG(3.5,A1:A8)', 2.5],
    ['=RANK.AVG(3.5,A1:A8,1)', 3.5],
    ['=RANK(A4,A1:A8)', 5],
    ['=RANK("2",A1:A8)', 4],
    ['=RANK.EQ(1,A1:A8,TRUE)', 1],
  ])('%s = %j', (formula, expected) => {
    expect(evaluate(data, [formula])[0]).toBe(expected);
  });

  it('gives #N/A for a missing number and propagates errors', () => {
    expect(evaluate(data, ['=RANK(4,A1:A8)', '=RANK(1/0,A1:A8)', '=RANK(1,A1:A8,1/0)', '=RANK("x",A1:A8)', '=RANK(1)'])).toEqual([
      { error: '#N/A' },
      { error: '#DIV/0!' },
      { error: '#DIV/0!' },
      { error: '#VALUE!' },
      { error: '#N/A' },
    ]);
  });
});

describe('MODE, MODE.SNGL', () => {
  it.each([
    ['=MODE(A1:A8)', 3.5],
    ['=MODE.SNGL(1,2,2,3)', 2],
    ['=MODE(A1:A8,7,7)', 7],
    ['=MODE({1,2,2,"x"})', 2],
    ['=MODE(TRUE,1)', 1],
    ['=MODE("4",4)', 4],
  ])('%s = %j', (formula, expected) => {
    expect(evaluate(data, [formula])[0]).toBe(expected);
  });

  it('gives #N/A when nothing repeats and propagates errors', () => {
    expect(evaluate(data, ['=MODE(1,2,3)', '=MODE(A6:A8)', '=MODE(1,1,1/0)', '=MODE("x",1,1)'])).toEqual([
      { error: '#N/A' },
      { error: '#N/A' },
      { error: '#DIV/0!' },
      { error: '#VALUE!' },
    ]);
  });
});

describe('MODE.MULT', () => {
  it('lists every most frequent number in the order first met', () => {
    expect(modesOf([1, 2, 3, 4, 3, 2, 1, 2, 3])).toEqual([2, 3]);
    expect(modesOf([1, 2, 3])).toEqual([]);
    expect(modesOf([5, 5])).toEqual([5]);
  });

  it('spills a column, skipping text and blanks in references (Excel reference example)', () => {
    const data = [[1], [2], [3], [4], [3], [2], [1], [2], [3], [5], [6], [1], ['x']];
    expect(spillOf('=MODE.MULT(A1:A13)', data)).toEqual([[1], [2], [3]]);
    expect(evaluate([], ['=MODE.MULT(1,2,3)'])[0]).toEqual({ error: '#N/A' });
    expect(evaluate([], ['=SUM(MODE.MULT({1,1,2,2,3}))'])[0]).toBe(3);
    expect(evaluate([], ['=MODE.MULT(4,4,"x")'])[0]).toEqual({ error: '#VALUE!' });
  });
});
