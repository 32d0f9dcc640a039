import { describe, expect, it } from 'vitest';
import type { Cell, CellValue, Workbook } from '@ostal/model';
import { createCalc } from '../calc.js';
import { testWorkbook } from '../test-workbook.js';
import { evaluateOne } from '../test-workbook.js';

// x = 1..6, y = 2, 4, 6, 8, 11, 11 (values checked against Excel's stored results in a workbook of the corpus).
const X = [1, 2, 3, 4, 5, 6];
const Y = [2, 4, 6, 8, 11, 11];

/** Values of an array formula over an area of rows × cols at row 2, column A. */
function area(formula: string, rows: number, cols: number): CellValue[][] {
  const book: Workbook = testWorkbook({ S: [X, Y] });
  const sheet = book.sheets[0]!;
  const master: Cell = { formula, value: null, matrix: { rows, cols } };
  const calc = createCalc({ ...book, sheets: [{ ...sheet, rows: [...sheet.rows, [master]] }] });
  try {
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => calc.valueAt(0, 2 + r, c)));
  } finally {
    calc.destroy();
  }
}

describe('LINEST and TREND', () => {
  it('fits slope and intercept, with the statistics Excel gives', () => {
    const [[m, b], [seM, seB], [r2, seY], [f, df], [ssReg, ssResid]] = area('=LINEST(A2:F2,A1:F1,TRUE,TRUE)', 5, 2) as number[][] as [number[], number[], number[], number[], number[]];
    expect(m).toBeCloseTo(1.9428571428571431, 12);
    expect(b).toBeCloseTo(0.2, 12);
    expect(seM).toBeCloseTo(0.1665986255670086, 12);
    expect(seB).toBeCloseTo(0.6488084316286133, 12);
    expect(r2).toBeCloseTo(0.9714285714285713, 12);
    expect(seY).toBeCloseTo(0.6969320524371697, 12);
    expect(f).toBeCloseTo(136, 9);
    expect(df).toBe(4);
    expect(ssReg).toBeCloseTo(66.05714285714285, 10);
    expect(ssResid).toBeCloseTo(1.9428571428571435, 10);
  });

  it('gives slope and intercept alone, and a slope through the origin without the constant', () => {
    expect(area('=LINEST(A2:F2,A1:F1)', 1, 2)[0]![0]).toBeCloseTo(1.9428571428571431, 12);
    // y = 2x exactly: forced through 0 the slope is 2.
    const calc = createCalc(testWorkbook({ S: [[1, 2, 3], [2, 4, 6], ['=INDEX(LINEST(A2:C2,A1:C1,FALSE),1,1)']] }));
    expect(calc.valueAt(0, 2, 0)).toBeCloseTo(2, 12);
    calc.destroy();
  });

  it('gives the fitted values with TREND, in the shape of the new x', () => {
    const values = area('=TREND(A2:F2,A1:F1)', 1, 6)[0]! as number[];
    [2.142857142857143, 4.085714285714285, 6.0285714285714285, 7.9714285714285715, 9.914285714285715, 11.857142857142858].forEach((v, i) => expect(values[i]).toBeCloseTo(v, 12));
    expect(evaluateOne('=TREND({1,2,3},{1,2,3},4)')).toBeCloseTo(4, 12);
  });

  it('refuses text in the known values', () => {
    expect(evaluateOne('=INDEX(LINEST(A1:C1,A2:C2),1,1)', [[1, 'x', 3], [1, 2, 3]])).toEqual({ error: '#VALUE!' });
  });
});
