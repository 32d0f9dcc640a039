import { afterEach, describe, expect, it } from 'vitest';
import { createCalc } from '../calc.js';
import { evaluate, testWorkbook } from '../test-workbook.js';
import type { TestCell } from '../test-workbook.js';
import { setInfoEnvironment } from './cell-info-functions.js';

// Formulas sit in column Z (see `evaluate`), row n+1 for the nth formula.
const data: TestCell[][] = [
  [1, 'abc', true, { error: '#N/A' }, null, '=B1&"!"', '=1/0'],
  [2.5, '', null, null, null, '=A1*2'],
];

const NA = { error: '#N/A' };
const VALUE = { error: '#VALUE!' };

describe('CELL', () => {
  it.each([
    ['=CELL("address",C5)', '$C$5'],
    ['=CELL("address",$AB$100)', '$AB$100'],
    ['=CELL("address",B2:D9)', '$B$2'],
    ['=CELL("address",C:D)', '$C$1'],
    ['=CELL("address",3:4)', '$A$3'],
    ['=CELL("address",INDEX(A1:C9,3,2))', '$B$3'],
    ['=CELL("address",INDEX(B2:C9,0,2))', '$C$2'],
    ['=CELL("address",OFFSET(A1,2,3))', '$D$3'],
    ['=CELL("contents",INDEX(A1:B2,1,2))', 'abc'],
    ['=CELL("col",C5)', 3],
    ['=CELL("row",C5)', 5],
    ['=CELL("COL",(AA7))', 27],
    ['=CELL("contents",A1)', 1],
    ['=CELL("contents",B1)', 'abc'],
    ['=CELL("contents",C1)', true],
    ['=CELL("contents",D1)', NA],
    ['=CELL("contents",E1)', 0],
    ['=CELL("contents",F1)', 'abc!'],
    ['=CELL("contents",A1:B2)', 1],
    ['=CELL("type",A1)', 'v'],
    ['=CELL("type",B1)', 'l'],
    ['=CELL("type",C1)', 'v'],
    ['=CELL("type",D1)', 'v'],
    ['=CELL("type",E1)', 'b'],
    ['=CELL("type",F1)', 'l'],
    ['=CELL("type",F2)', 'v'],
    ['=CELL("prefix",A1)', ''],
    ['=CELL("prefix",E1)', ''],
  ])('%s = %j', (formula, expected) => {
    expect(evaluate(data, [formula])[0]).toEqual(expected);
  });

  it('without a reference, is about the formula own cell (column Z, its row)', () => {
    expect(evaluate(data, ['=CELL("address")', '=CELL("row")', '=CELL("col")'])).toEqual(['$Z$1', 2, 26]);
    // A circular reference, as the engine's own (#CYCLE!, which the model shows as #ERROR!).
    expect(evaluate(data, ['=CELL("contents")'])).toEqual([{ error: '#ERROR!' }]);
  });

  it('names the sheet of a reference to another sheet, quoted when needed', () => {
    const calc = createCalc(testWorkbook({ S: [['=CELL("address",T!B2)', "=CELL(\"address\",'Mon budget'!A1)"]], T: [[1]], 'Mon budget': [[2]] }));
    try {
      expect([calc.valueAt(0, 0, 0), calc.valueAt(0, 0, 1)]).toEqual(['T!$B$2', "'Mon budget'!$A$1"]);
    } finally {
      calc.destroy();
    }
  });

  it('is #VALUE! for an unknown info type, a type that is no text, or no reference', () => {
    expect(evaluate(data, ['=CELL("adress",A1)', '=CELL(1,A1)', '=CELL("sheet",A1)', '=CELL("row",5)', '=CELL("row","A1")'])).toEqual([VALUE, VALUE, VALUE, VALUE, VALUE]);
    expect(evaluate(data, ['=CELL(G1,A1)', '=CELL()'])).toEqual([{ error: '#DIV/0!' }, NA]);
  });

  it('is #N/A with a diagnostic for what the engine does not hold (formats, widths, protection, file name)', () => {
    const types = ['width', 'format', 'color', 'parentheses', 'protect', 'filename'];
    expect(evaluate(data, [...types.map((t) => `=CELL("${t}",A1)`), '=CELL("prefix",B1)'])).toEqual([...types.map(() => NA), NA]);
    const calc = createCalc(testWorkbook({ S: [['=CELL("width",B1)', 'x', '=A1&""', '=CELL("prefix",B1)']] }));
    try {
      expect(calc.diagnostics.map((d) => [d.code, d.cell])).toEqual([['unavailable-information', 'A1'], ['unavailable-information', 'D1']]);
      expect(calc.diagnostics[0]!.message).toBe("S!A1: the column's width is not known to the calculation. The cell shows #N/A.");
    } finally {
      calc.destroy();
    }
  });

  it('follows the cell it reads', () => {
    const calc = createCalc(testWorkbook({ S: [[1, '=CELL("contents",A1)&CELL("type",A1)']] }));
    try {
      expect(calc.valueAt(0, 0, 1)).toBe('1v');
      const changed = createCalc(testWorkbook({ S: [['x', '=CELL("contents",A1)&CELL("type",A1)']] }));
      expect(changed.valueAt(0, 0, 1)).toBe('xl');
      changed.destroy();
    } finally {
      calc.destroy();
    }
  });
});

describe('INFO', () => {
  afterEach(() => setInfoEnvironment({}));

  it('gives the sheet count and the recalculation mode', () => {
    const calc = createCalc(testWorkbook({ S: [['=INFO("numfile")', '=INFO("RECALC")']], T: [[1]], U: [[2]] }));
    try {
      expect([calc.valueAt(0, 0, 0), calc.valueAt(0, 0, 1)]).toEqual([3, 'Automatic']);
    } finally {
      calc.destroy();
    }
  });

  it('gives what the host said about itself, and #N/A for what it did not say', () => {
    const formulas = ['=INFO("release")', '=INFO("system")', '=INFO("osversion")', '=INFO("directory")'];
    expect(evaluate([], formulas)).toEqual([NA, NA, NA, NA]);
    setInfoEnvironment({ release: '1.4.0', system: 'pcdos', osVersion: 'Windows (64-bit) NT 10.00', directory: 'C:\\Users\\agent\\' });
    expect(evaluate([], formulas)).toEqual(['1.4.0', 'pcdos', 'Windows (64-bit) NT 10.00', 'C:\\Users\\agent\\']);
  });

  it('is #N/A for the view origin and the memory types Excel dropped, #VALUE! for an unknown type', () => {
    expect(evaluate([], ['=INFO("origin")', '=INFO("memavail")', '=INFO("totmem")', '=INFO("nosuch")', '=INFO(1)', '=INFO()'])).toEqual([NA, NA, NA, VALUE, VALUE, NA]);
    const calc = createCalc(testWorkbook({ S: [['=INFO("origin")', '=INFO("memused")']] }));
    try {
      expect(calc.diagnostics.map((d) => [d.code, d.cell])).toEqual([['unavailable-information', 'A1']]);
    } finally {
      calc.destroy();
    }
  });
});
