import { describe, expect, it } from 'vitest';
import type { Cell, CellValue, Workbook } from '@ostal/model';
import { createCalc } from '../calc.js';
import { evaluateOne, testWorkbook } from '../test-workbook.js';

// x = 1..6, y = 2, 4, 6, 8, 11, 11 (values checked against Excel's stored results in a workbook of the corpus).
const X = [1, 2, 3, 4, 5, 6];
const Y = [2, 4, 6, 8, 11, 11];
// Growing about twofold a step, for LOGEST and GROWTH (expected values computed by LibreOffice 7.4).
const G = [2, 4, 6.5, 13, 30, 55];

/** Values of an array formula over an area of rows × cols at row 2, column A, below the rows x and y. */
function area(formula: string, rows: number, cols: number, y: readonly number[] = Y): CellValue[][] {
  const book: Workbook = testWorkbook({ S: [X, y] });
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

describe('LOGEST and GROWTH', () => {
  const NA = { error: '#N/A' };

  it('fits y = b·m^x, with the statistics of the fit on ln y', () => {
    const expected = [
      [1.94636848684336, 0.989959394123051],
      [0.0220368055586446, 0.0858210276582274],
      [0.995639301386797, 0.0921865716171093],
      [913.284214022279, 4],
      [7.7614216739009, 0.0339934559460657],
    ];
    const values = area('=LOGEST(A2:F2,A1:F1,TRUE,TRUE)', 5, 2, G) as number[][];
    expected.forEach((row, r) => row.forEach((v, c) => expect(values[r]![c]).toBeCloseTo(v, 10)));
  });

  it('forces b to 1 without the constant: no standard error for b, uncentred r²', () => {
    const values = area('=LOGEST(A2:F2,A1:F1,FALSE,TRUE)', 5, 2, G);
    const expected = [
      [1.94184110875192, 1],
      [0.00865847210471992, NA],
      [0.999149601556479, 0.0825965596506742],
      [5874.59683851088, 5],
      [40.0776255935472, 0.0341109583306369],
    ];
    expected.forEach((row, r) => row.forEach((v, c) => (typeof v === 'number' ? expect(values[r]![c]).toBeCloseTo(v, 9) : expect(values[r]![c]).toEqual(v))));
  });

  it('defaults x to 1, 2, 3… and const to TRUE when left empty', () => {
    expect(area('=LOGEST(A2:F2)', 1, 2, G)[0]![0]).toBeCloseTo(1.94636848684336, 12);
    expect(area('=LOGEST(A2:F2,,,TRUE)', 5, 2, G)[0]![1]).toBeCloseTo(0.989959394123051, 12);
    expect(evaluateOne('=INDEX(LOGEST({1,2,4,8}),1,1)')).toBeCloseTo(2, 12);
  });

  it('gives the grown values for the new x, in their shape', () => {
    const values = area('=GROWTH(A2:F2,A1:F1)', 1, 6, G)[0]! as number[];
    expect(values[0]).toBeCloseTo(1.92682576797566, 10);
    expect(evaluateOne('=GROWTH(A2:F2,A1:F1,7)', [X, G])).toBeCloseTo(104.759358948112, 9);
    expect(evaluateOne('=GROWTH(A2:F2,A1:F1,7,FALSE)', [X, G])).toBeCloseTo(104.110812547522, 9);
    expect(evaluateOne('=INDEX(GROWTH(A2:F2,,{1;2}),2,1)', [X, G])).toBeCloseTo(3.75031295442558, 10);
    expect(evaluateOne('=INDEX(GROWTH(A2:F2,A1:F1,,FALSE),1,6)', [X, G])).toBeCloseTo(53.6144857981903, 9);
  });

  it('refuses y at or below 0 (#NUM!) and known x and y of different sizes (#REF!)', () => {
    expect(evaluateOne('=INDEX(LOGEST(A2:C2,A1:C1),1,1)', [[1, 2, 3], [1, 0, 4]])).toEqual({ error: '#NUM!' });
    expect(evaluateOne('=GROWTH(A2:C2,A1:C1,4)', [[1, 2, 3], [1, -2, 4]])).toEqual({ error: '#NUM!' });
    expect(evaluateOne('=INDEX(LOGEST(A2:C2,A1:B1),1,1)', [[1, 2, 3], [1, 2, 4]])).toEqual({ error: '#REF!' });
    expect(evaluateOne('=GROWTH(A2:C2,A1:B1,4)', [[1, 2, 3], [1, 2, 4]])).toEqual({ error: '#REF!' });
    expect(evaluateOne('=INDEX(LOGEST(A2:C2,A1:C1),1,1)', [[1, 2, 3], [1, 'two', 4]])).toEqual({ error: '#VALUE!' });
  });

  it('shows #N/A for F when the fit is exact, and standard errors of 0 with two points', () => {
    // 1, 2, 4 is exactly 2^(x-1): no residual.
    const exact = area('=LOGEST(A2:C2,A1:C1,TRUE,TRUE)', 5, 2, [1, 2, 4]);
    expect(exact[0]![0]).toBeCloseTo(2, 12);
    expect(exact[3]![0]).toEqual(NA);
    expect(exact[3]![1]).toBe(1);
    const two = area('=LINEST(A2:B2,A1:B1,TRUE,TRUE)', 5, 2, [2, 4]);
    expect([two[1]![0], two[1]![1], two[2]![1], two[3]![0], two[3]![1]]).toEqual([0, 0, 0, NA, 0]);
  });
});
