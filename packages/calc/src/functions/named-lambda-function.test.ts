import { describe, expect, it } from 'vitest';
import { HyperFormula } from 'hyperformula';
import type { Workbook } from '@ostal/model';
import { createCalc } from '../calc.js';
import { buildOstalEngine } from '../ostal-engine.js';
import { testWorkbook } from '../test-workbook.js';
import { namedLambdaNames } from './named-lambda-function.js';

/** A workbook of one sheet S with the given defined names. */
function withNames(rows: Parameters<typeof testWorkbook>[0]['S'], names: Workbook['names']): Workbook {
  return { ...testWorkbook({ S: rows }), names };
}

describe('a LAMBDA in a defined name', () => {
  // Excel's "LAMBDA function" page: a LAMBDA named in the Name Manager is called by its name
  // (its ToCelsius example, and a name adding one).
  it('is called by its name, with values, references and cells', () => {
    const book = withNames([[104, 1, '=ToCelsius(A1)', '=ADDONE(5)', '=addone(B1)+ADDONE(ADDONE(1))', '=SUM(MAP(A1:B1,ADDONE))']], [
      { name: 'ToCelsius', formula: 'LAMBDA(temp,(5/9)*(temp-32))' },
      { name: 'ADDONE', formula: 'LAMBDA(x,x+1)' },
    ]);
    const calc = createCalc(book);
    try {
      expect([2, 3, 4, 5].map((c) => calc.valueAt(0, 0, c))).toEqual([40, 6, 5, 107]);
      expect(calc.diagnostics).toEqual([]);
    } finally {
      calc.destroy();
    }
  });

  it('reads the cells its body names, and computes again when they change', () => {
    const hf = buildOstalEngine(undefined, { sheets: [{ name: 'S', rows: [[2, 10, '=TIMESRATE(A1)']] }], names: [{ name: 'TIMESRATE', expression: '=LAMBDA(x,x*S!$B$1)' }] });
    try {
      expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe(20);
      hf.setCellContents({ sheet: 0, row: 0, col: 1 }, 7);
      expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe(14);
    } finally {
      hf.destroy();
    }
  });

  it('gives #VALUE! for a wrong count of arguments and passes errors on', () => {
    const calc = createCalc(withNames([['=ADDONE(1,2)', '=ADDONE()', '=ADDONE(1/0)', '=ADDONE']], [{ name: 'ADDONE', formula: 'LAMBDA(x,x+1)' }]));
    try {
      expect([0, 1, 2, 3].map((c) => calc.valueAt(0, 0, c))).toEqual([{ error: '#VALUE!' }, { error: '#VALUE!' }, { error: '#DIV/0!' }, { error: '#VALUE!' }]);
    } finally {
      calc.destroy();
    }
  });

  it('is known only to the engine of its workbook', () => {
    const calc = createCalc(withNames([['=ADDONE(5)']], [{ name: 'ADDONE', formula: 'LAMBDA(x,x+1)' }]));
    const other = createCalc(testWorkbook({ S: [['=ADDONE(5)']] }));
    try {
      expect(calc.valueAt(0, 0, 0)).toBe(6);
      expect(other.valueAt(0, 0, 0)).toEqual({ error: '#NAME?' });
      expect(other.diagnostics.map((d) => [d.code, d.name])).toEqual([['unsupported-function', 'ADDONE']]);
      expect(HyperFormula.getRegisteredFunctionNames('enGB')).not.toContain('ADDONE');
    } finally {
      calc.destroy();
      other.destroy();
    }
  });

  it('leaves a name spelt as a function to the function', () => {
    const calc = createCalc(withNames([['=SUM(1,2)']], [{ name: 'SUM', formula: 'LAMBDA(x,x+1)' }]));
    try {
      expect(calc.valueAt(0, 0, 0)).toBe(3);
    } finally {
      calc.destroy();
    }
  });

  it('lists the names holding a LAMBDA', () => {
    expect(namedLambdaNames([{ name: 'AddOne', expression: '=LAMBDA(x,x+1)' }, { name: 'Rate', expression: '=S!$A$1' }, { name: 'f', expression: '= lambda (y, y)' }])).toEqual(['ADDONE', 'F']);
  });
});
