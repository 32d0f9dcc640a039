import { describe, expect, it } from 'vitest';
import { createCalc } from '../calc.js';
import { evaluate, testWorkbook } from '../test-workbook.js';
import { determinant, frequencies, inverse } from './matrix-functions.js';

describe('frequencies', () => {
  it('counts per bin in the bins order, plus the overflow', () => {
    expect(frequencies([79, 85, 78, 85, 50, 81, 95, 88, 97], [70, 79, 89])).toEqual([1, 2, 4, 2]);
    expect(frequencies([1, 2, 3, 4], [3, 1])).toEqual([2, 1, 1]);
    expect(frequencies([1, 1, 2], [1, 1])).toEqual([2, 0, 1]);
    expect(frequencies([1, 5], [null, 2])).toEqual([0, 1, 1]);
    expect(frequencies([], [1])).toEqual([0, 0]);
  });
});

describe('determinant', () => {
  it('computes small and singular determinants', () => {
    expect(determinant([[3]])).toBe(3);
    expect(determinant([[1, 2], [3, 4]])).toBeCloseTo(-2, 12);
    expect(determinant([[1, 3, 8, 5], [1, 3, 6, 1], [1, 1, 1, 0], [7, 3, 10, 2]])).toBeCloseTo(88, 10);
    expect(determinant([[1, 2], [2, 4]])).toBe(0);
    expect(determinant([[0, 1], [1, 0]])).toBe(-1);
  });
});

describe('FREQUENCY and MDETERM in formulas', () => {
  it('spills FREQUENCY down one more row than the bins', () => {
    const calc = createCalc(testWorkbook({ S: [[79, 70, '=FREQUENCY(A1:A9,B1:B3)'], [85, 79], [78, 89], [85], [50], [81], [95], [88], ['x']] }));
    expect([0, 1, 2, 3].map((r) => calc.valueAt(0, r, 2))).toEqual([1, 2, 4, 1]);
    expect(calc.valueAt(0, 4, 2)).toBeNull();
    calc.destroy();
  });

  it('computes MDETERM and refuses non-square or non-numeric arrays', () => {
    const data = [[1, 2, 'x'], [3, 4, 5]];
    expect(evaluate(data, ['=MDETERM(A1:B2)', '=MDETERM({2,0;0,3})', '=MDETERM(A1:C2)', '=MDETERM(B1:C2)', '=MDETERM(5)', '=MDETERM(1/0)'])).toEqual([
      expect.closeTo(-2, 12),
      6,
      { error: '#VALUE!' },
      { error: '#VALUE!' },
      5,
      { error: '#DIV/0!' },
    ]);
  });

  it('propagates errors in FREQUENCY data', () => {
    const calc = createCalc(testWorkbook({ S: [[1, 2, '=FREQUENCY(A1:A2,B1)'], [{ error: '#N/A' }]] }));
    expect(calc.valueAt(0, 0, 2)).toEqual({ error: '#N/A' });
    calc.destroy();
  });
});

describe('MINVERSE', () => {
  it('inverts a square matrix (values checked with LibreOffice 7.4)', () => {
    const inv = inverse([[2, 0, 1], [1, 3, 2], [1, 1, 2]])!;
    expect(inv[2]![1]).toBeCloseTo(-1 / 3, 14);
    expect(inv[0]![2]).toBeCloseTo(-0.5, 14);
    const [minus2, oneAndHalf, sum] = evaluate([[1, 2], [3, 4]], ['=INDEX(MINVERSE(A1:B2),1,1)', '=INDEX(MINVERSE(A1:B2),2,1)', '=SUMPRODUCT(MINVERSE({2,0,1;1,3,2;1,1,2}))']);
    expect(minus2).toBeCloseTo(-2, 14);
    expect(oneAndHalf).toBeCloseTo(1.5, 14);
    expect(sum).toBeCloseTo(2 / 3, 14);
  });

  it('fills an array area, and refuses a singular (#NUM!) or non-square (#VALUE!) array', () => {
    const book = testWorkbook({ S: [[1, 2], [3, 4]] });
    const sheet = book.sheets[0]!;
    const calc = createCalc({ ...book, sheets: [{ ...sheet, rows: [...sheet.rows, [{ formula: '=MINVERSE(A1:B2)', value: null, matrix: { rows: 2, cols: 2 } }]] }] });
    expect(calc.valueAt(0, 3, 1)).toBeCloseTo(-0.5, 14);
    calc.destroy();
    expect(evaluate([[1, 2], [2, 4]], ['=INDEX(MINVERSE(A1:B2),1,1)', '=INDEX(MINVERSE(A1:B1),1,1)'])).toEqual([{ error: '#NUM!' }, { error: '#VALUE!' }]);
  });
});
