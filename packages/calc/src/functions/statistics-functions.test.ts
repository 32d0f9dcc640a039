import { describe, expect, it } from 'vitest';
import { evaluate } from '../test-workbook.js';

// x = 1..6 in A, y in B; expected values computed by LibreOffice 7.4.
const DATA = [[1, 2], [2, 4], [3, 6.5], [4, 13], [5, 30], [6, 55]];
const one = (formula: string) => evaluate(DATA, [formula])[0];

describe('INTERCEPT and FORECAST', () => {
  it('use the least squares line', () => {
    expect(one('=INTERCEPT(B1:B6,A1:A6)')).toBeCloseTo(-16.5333333333333, 12);
    expect(one('=FORECAST(7,B1:B6,A1:A6)')).toBeCloseTo(53.3666666666667, 12);
    expect(one('=FORECAST.LINEAR(7.5,B1:B6,A1:A6)')).toBeCloseTo(58.3595238095238, 12);
  });

  it('skip pairs that are not two numbers, and give #N/A for different sizes, #DIV/0! when x does not vary', () => {
    expect(evaluate([[1, 2], ['x', 100], [3, 6]], ['=INTERCEPT(B1:B3,A1:A3)'])[0]).toBeCloseTo(0, 12);
    expect(one('=INTERCEPT(B1:B6,A1:A5)')).toEqual({ error: '#N/A' });
    expect(one('=FORECAST(7,B1:B3,{1;1;1})')).toEqual({ error: '#DIV/0!' });
  });
});

describe('KURT and TRIMMEAN', () => {
  it('computes the sample excess kurtosis from four numbers on', () => {
    expect(one('=KURT(B1:B6)')).toBeCloseTo(1.31863791907892, 12);
    expect(one('=KURT(A1:A6,10)')).toBeCloseTo(1.27815753734721, 12);
    expect(one('=KURT(1,2,3)')).toEqual({ error: '#DIV/0!' });
  });

  it('leaves out an even number of values, half at each end', () => {
    expect(one('=TRIMMEAN(B1:B6,0.4)')).toBeCloseTo(13.375, 12);
    expect(one('=TRIMMEAN(B1:B6,0.34)')).toBeCloseTo(13.375, 12);
    expect(one('=TRIMMEAN(B1:B6,0.2)')).toBeCloseTo(110.5 / 6, 12);
    expect(one('=TRIMMEAN(B1:B6,1)')).toEqual({ error: '#NUM!' });
  });
});

describe('PERMUT and PERMUTATIONA', () => {
  it.each([
    ['=PERMUT(10,3)', 720],
    ['=PERMUT(10.9,3.7)', 720],
    ['=PERMUTATIONA(3,2)', 9],
  ])('%s = %j', (formula, expected) => expect(one(formula)).toBe(expected));

  it('refuses impossible arrangements', () => {
    expect(one('=PERMUT(3,5)')).toEqual({ error: '#NUM!' });
    expect(one('=PERMUTATIONA(-1,2)')).toEqual({ error: '#NUM!' });
  });
});

describe('PERCENTRANK', () => {
  // Excel's example list: 13, 12, 11, 8, 4, 3, 2, 1, 1, 1.
  const LIST = [[13], [12], [11], [8], [4], [3], [2], [1], [1], [1]];
  const rank = (formula: string, data: readonly (readonly number[])[] = DATA) => evaluate(data, [formula])[0];

  it('gives the rank as a fraction, cut down to three digits as Excel shows it', () => {
    // 6/9 = 0.6667: Excel's reference gives 0.666 (LibreOffice rounds to 0.667).
    expect(rank('=PERCENTRANK.INC(A1:A10,8)', LIST)).toBe(0.666);
    expect(rank('=PERCENTRANK(A1:A10,5)', LIST)).toBe(0.583);
    expect(rank('=PERCENTRANK(B1:B6,13)')).toBe(0.6);
    expect(rank('=PERCENTRANK(B1:B6,10,5)')).toBe(0.50769);
    expect(rank('=PERCENTRANK.EXC(B1:B6,13)')).toBe(0.571);
    expect(rank('=PERCENTRANK.EXC(B1:B6,2)')).toBe(0.142);
  });

  it('interpolates from the last place of a repeated number, as LibreOffice does', () => {
    expect(rank('=PERCENTRANK({1,2,2,3},2.5)')).toBe(0.833);
    expect(rank('=PERCENTRANK.EXC({1,2,2,3},2.5)')).toBe(0.7);
    expect(rank('=PERCENTRANK.EXC({1,2,2,3},2)')).toBe(0.4);
  });

  it('gives #N/A outside the numbers and #NUM! for a significance below 1', () => {
    expect(rank('=PERCENTRANK(B1:B6,1)')).toEqual({ error: '#N/A' });
    expect(rank('=PERCENTRANK(B1:B6,56)')).toEqual({ error: '#N/A' });
    expect(rank('=PERCENTRANK(B1:B6,10,0)')).toEqual({ error: '#NUM!' });
  });
});
