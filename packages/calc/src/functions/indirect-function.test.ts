import { describe, expect, it } from 'vitest';
import { createCalc } from '../calc.js';
import { testWorkbook } from '../test-workbook.js';
import { parseA1Reference } from './indirect-function.js';

describe('parseA1Reference', () => {
  it('reads cells, ranges and sheet names', () => {
    expect(parseA1Reference('B3')).toEqual({ sheet: null, top: 2, left: 1, bottom: 2, right: 1 });
    expect(parseA1Reference(' $b$3:a1 ')).toEqual({ sheet: null, top: 0, left: 0, bottom: 2, right: 1 });
    expect(parseA1Reference("'It''s'!A1")).toEqual({ sheet: "It's", top: 0, left: 0, bottom: 0, right: 0 });
    expect(parseA1Reference('Data!C2:C3')).toEqual({ sheet: 'Data', top: 1, left: 2, bottom: 2, right: 2 });
  });
  it('refuses what is not an A1 reference', () => {
    for (const text of ['', 'A0', '1A', 'A1:B2:C3', 'R1C1', 'My sheet!A1', 'A1:', 'AAAA1']) expect(parseA1Reference(text)).toBeNull();
  });
});

describe('INDIRECT', () => {
  const book = testWorkbook({
    S: [
      [10, 'B', 2, '=INDIRECT("A1")', '=INDIRECT(B1&C1)', '=SUM(INDIRECT("A1:A3"))', "=INDIRECT(\"'Other sheet'!A1\")*2", '=INDIRECT("a1",FALSE)'],
      [20, 'hello', '=INDIRECT("Z99")', '=INDIRECT("nowhere")', '=INDIRECT("Missing!A1")', '=INDIRECT(1/0)', '=COUNTA(INDIRECT("A1:B2"))'],
      [30],
    ],
    'Other sheet': [[21]],
  });

  it('reads cells and ranges in the same workbook', () => {
    const calc = createCalc(book);
    expect([3, 4, 5, 6].map((c) => calc.valueAt(0, 0, c))).toEqual([10, 'hello', 60, 42]);
    expect(calc.valueAt(0, 1, 6)).toBe(4);
    expect(calc.valueAt(0, 1, 2)).toBe(0);
    calc.destroy();
  });

  it('gives #REF! for text that is no reference, an unknown sheet or R1C1 style, and propagates errors', () => {
    const calc = createCalc(book);
    expect([calc.valueAt(0, 1, 3), calc.valueAt(0, 1, 4), calc.valueAt(0, 0, 7), calc.valueAt(0, 1, 5)]).toEqual([
      { error: '#REF!' },
      { error: '#REF!' },
      { error: '#REF!' },
      { error: '#DIV/0!' },
    ]);
    calc.destroy();
  });

  it('follows a changed target after recalculation', () => {
    const calc = createCalc(testWorkbook({ S: [['=INDIRECT("C1")+1', '=A1*2', '=5*2']] }));
    expect(calc.recalculate().sheets[0]!.rows[0]!.map((c) => c?.value)).toEqual([11, 22, 10]);
    calc.destroy();
  });
});
