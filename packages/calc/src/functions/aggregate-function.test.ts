import { describe, expect, it } from 'vitest';
import { evaluate } from '../test-workbook.js';
import { percentile } from './aggregate-function.js';

describe('percentile', () => {
  it('interpolates inclusive and exclusive ranks', () => {
    expect(percentile([1, 2, 3, 4], 0.5, false)).toBe(2.5);
    expect(percentile([1, 2, 3, 4], 0.25, false)).toBe(1.75);
    expect(percentile([1, 2, 3, 4], 0.25, true)).toBe(1.25);
    expect(percentile([1, 2, 3, 4], 0.1, true)).toMatchObject({ type: 'NUM' });
  });
});

describe('AGGREGATE', () => {
  // Excel reference's sample: column A with a #DIV/0! and a #NUM!, column B numbers.
  const data = [
    [{ error: '#DIV/0!' as const }, 82],
    [72, 65],
    [30, 95],
    [{ error: '#NUM!' as const }, 63],
    [31, 53],
    [96, 71],
    [32, 55],
    [81, 83],
    [33, 100],
    [53, 91],
    [34, 89],
  ];
  it.each([
    ['=AGGREGATE(4,6,A1:A11)', 96],
    ['=AGGREGATE(14,6,A1:A11,3)', 72],
    ['=AGGREGATE(15,6,A1:A11)', { error: '#VALUE!' }],
    ['=AGGREGATE(12,6,A1:A11,B1:B11)', 68],
    ['=AGGREGATE(12,6,A1:A11)', 34],
    ['=AGGREGATE(4,4,A1:A11)', { error: '#DIV/0!' }],
    ['=AGGREGATE(9,6,A1:B2)', 219],
    ['=AGGREGATE(2,6,A1:A11)', 9],
    ['=AGGREGATE(3,6,A1:A11)', 9],
    ['=AGGREGATE(1,6,B1:B11)', 77],
    ['=AGGREGATE(5,7,B1:B11)', 53],
    ['=AGGREGATE(16,6,B1:B11,0.5)', 82],
    ['=AGGREGATE(17,6,B1:B11,1)', 64],
    ['=AGGREGATE(18,6,B1:B11,0.5)', 82],
    ['=AGGREGATE(19,6,B1:B11,3)', 91],
    ['=AGGREGATE(19,6,B1:B11,4)', { error: '#NUM!' }],
    ['=AGGREGATE(14,6,B1:B11/(A1:A11>50),1)', 91],
    ['=AGGREGATE(20,6,B1:B11)', { error: '#VALUE!' }],
    ['=AGGREGATE(1,8,B1:B11)', { error: '#VALUE!' }],
    ['=AGGREGATE(13,6,B1:B11)', { error: '#N/A' }],
  ])('%s = %j', (formula, expected) => {
    const value = evaluate(data, [formula])[0];
    if (typeof expected === 'number') expect(value).toBeCloseTo(expected, 10);
    else expect(value).toEqual(expected);
  });

  it('computes spreads', () => {
    const [s, p, vs, vp, prod] = evaluate([[2], [4], [4], [4], [5], [5], [7], [9]], ['=AGGREGATE(7,0,A1:A8)', '=AGGREGATE(8,0,A1:A8)', '=AGGREGATE(10,0,A1:A8)', '=AGGREGATE(11,0,A1:A8)', '=AGGREGATE(6,0,A1:A3)']);
    expect(p).toBeCloseTo(2, 12);
    expect(vp).toBeCloseTo(4, 12);
    expect(vs).toBeCloseTo(32 / 7, 12);
    expect(s).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(prod).toBe(32);
  });
});
