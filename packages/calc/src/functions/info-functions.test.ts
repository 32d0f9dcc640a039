import { describe, expect, it } from 'vitest';
import { evaluate } from '../test-workbook.js';
import type { TestCell } from '../test-workbook.js';

const data: TestCell[][] = [[1, 'abc', true, { error: '#N/A' }, null, { error: '#DIV/0!' }, { error: '#REF!' }, { error: '#NAME?' }, { error: '#NUM!' }, { error: '#VALUE!' }]];

describe('TYPE', () => {
  it.each([
    ['=TYPE(A1)', 1],
    ['=TYPE(B1)', 2],
    ['=TYPE(C1)', 4],
    ['=TYPE(D1)', 16],
    ['=TYPE(E1)', 1],
    ['=TYPE(1/0)', 16],
    ['=TYPE("x")', 2],
    ['=TYPE({1,2})', 64],
    ['=TYPE(A1:B1)', 64],
    ['=TYPE(DATE(2024,1,1))', 1],
    ['=TYPE(TRUE)', 4],
  ])('%s = %j', (formula, expected) => {
    expect(evaluate(data, [formula])[0]).toBe(expected);
  });
});

describe('ERROR.TYPE', () => {
  it.each([
    ['=ERROR.TYPE(F1)', 2],
    ['=ERROR.TYPE(J1)', 3],
    ['=ERROR.TYPE(G1)', 4],
    ['=ERROR.TYPE(H1)', 5],
    ['=ERROR.TYPE(I1)', 6],
    ['=ERROR.TYPE(D1)', 7],
    ['=ERROR.TYPE(1/0)', 2],
    ['=ERROR.TYPE(SQRT(-1))', 6],
  ])('%s = %j', (formula, expected) => {
    expect(evaluate(data, [formula])[0]).toBe(expected);
  });

  it('is #N/A for a value that is no error', () => {
    expect(evaluate(data, ['=ERROR.TYPE(A1)', '=ERROR.TYPE(E1)', '=ERROR.TYPE("x")'])).toEqual([{ error: '#N/A' }, { error: '#N/A' }, { error: '#N/A' }]);
    expect(evaluate(data, ['=IF(ISNA(ERROR.TYPE(A1)),"ok")'])).toEqual(['ok']);
  });
});
