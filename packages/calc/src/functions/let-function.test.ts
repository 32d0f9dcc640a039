import { describe, expect, it } from 'vitest';
import { createCalc } from '../calc.js';
import { buildOstalEngine } from '../ostal-engine.js';
import { evaluate, evaluateOne, spillOf, testWorkbook } from '../test-workbook.js';

const VALUE = { error: '#VALUE!' };

describe('LET', () => {
  // Examples of Excel's reference.
  it('binds names to values for the calculation', () => {
    expect(evaluateOne('=LET(x,5,SUM(x,1))')).toBe(6);
    expect(evaluateOne('=LET(x,1,y,2,x+y)')).toBe(3);
    expect(evaluateOne('=LET(total,10,rate,0.2,total*rate)')).toBe(2);
  });

  it('lets a value use the names before it, in any case', () => {
    expect(evaluateOne('=LET(a,2,b,a*3,Total,a+b,total*10)')).toBe(80);
  });

  it('reads names bound to cells, ranges and texts', () => {
    const data = [[1, 'ann'], [2, 'bob'], [3, 'cid']];
    expect(evaluate(data, ['=LET(r,A1:A3,SUM(r)/ROWS(r))', '=LET(n,B2,UPPER(n)&"!")', '=LET(r,A1:A3,INDEX(r,2))', '=LET(x,A1+A2,x*x)'])).toEqual([2, 'BOB!', 2, 9]);
  });

  it('keeps logicals and errors as values', () => {
    expect(evaluateOne('=LET(flag,1>2,IF(flag,"yes","no"))')).toBe('no');
    expect(evaluateOne('=LET(e,1/0,IFERROR(e,"caught"))')).toBe('caught');
    expect(evaluateOne('=LET(e,1/0,e+1)')).toEqual({ error: '#DIV/0!' });
  });

  it('lets an inner LET hide an outer name', () => {
    expect(evaluateOne('=LET(x,1,LET(x,2,x)+x)')).toBe(3);
    expect(evaluateOne('=LET(x,1,LET(y,x+1,y*10))')).toBe(20);
    expect(evaluateOne('=LET(x,1,LET(x,x*5,x+1))')).toBe(6);
  });

  it('hides a defined name of the same name', () => {
    const book = { ...testWorkbook({ S: [[5, '=LET(Rate,2,Rate*A1)', '=Rate*A1', 10]] }), names: [{ name: 'Rate', formula: 'S!$D$1' }] };
    const calc = createCalc(book);
    try {
      expect(calc.valueAt(0, 0, 1)).toBe(10);
      expect(calc.valueAt(0, 0, 2)).toBe(50);
    } finally {
      calc.destroy();
    }
  });

  it('spills an array calculation', () => {
    expect(spillOf('=LET(r,A1:A3,TRANSPOSE(r))', [[1], [2], [3]])).toEqual([[1, 2, 3]]);
    expect(spillOf('=LET(r,A1:A3,r*10)', [[1], [2], [3]])).toEqual([[10], [20], [30]]);
  });

  it('computes with arrays, as Excel does every formula', () => {
    expect(evaluateOne('=LET(r,A1:C1,SUM(r*r))', [[1, 2, 3]])).toBe(14);
  });

  it('reports no unknown name for the names it binds', () => {
    const calc = createCalc(testWorkbook({ S: [[2, '=LET(x,A1,x*x)', '=LET(x,1,y)']] }));
    try {
      expect(calc.diagnostics.map((d) => [d.code, d.cell, d.name])).toEqual([['unknown-name', 'C1', 'Y']]);
    } finally {
      calc.destroy();
    }
  });

  it('computes again when a cell it reads changes', () => {
    const hf = buildOstalEngine(undefined, { sheets: [{ name: 'S', rows: [[2, '=LET(x,A1,x*x)']] }] });
    try {
      expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(4);
      hf.setCellContents({ sheet: 0, row: 0, col: 0 }, 5);
      expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(25);
    } finally {
      hf.destroy();
    }
  });

  it('gives #VALUE! for wrong argument counts or a name that is no plain name', () => {
    expect(evaluateOne('=LET(x,1)')).toEqual(VALUE);
    expect(evaluateOne('=LET(x,1,y,2)')).toEqual(VALUE);
    expect(evaluateOne('=LET(B7,1,B7+1)')).toEqual(VALUE);
    expect(evaluateOne('=LET(x,1,y+1)')).toEqual({ error: '#NAME?' });
  });
});
