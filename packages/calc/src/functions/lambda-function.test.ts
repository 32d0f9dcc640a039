import { describe, expect, it } from 'vitest';
import { createCalc } from '../calc.js';
import { evaluate, evaluateOne, spillOf, testWorkbook } from '../test-workbook.js';

const VALUE = { error: '#VALUE!' };

describe('LAMBDA', () => {
  // Excel's "LAMBDA function" page: a LAMBDA not called shows #CALC!, which the engine and the
  // file formats lack; the nearest error they hold is #VALUE!.
  it('gives #VALUE! when left as a cell value', () => {
    expect(evaluateOne('=LAMBDA(x,x+1)')).toEqual(VALUE);
    expect(evaluateOne('=LET(f,LAMBDA(x,x+1),f)')).toEqual(VALUE);
  });

  // The same page calls `=LAMBDA(x, x+122)(1)`: HyperFormula's parser refuses a call on a call,
  // so the formula cannot be read; it shows an error and is reported, nothing throws.
  it('cannot be called in place: the parser refuses it, the cell reports it', () => {
    const calc = createCalc(testWorkbook({ S: [['=LAMBDA(x,x+122)(1)']] }));
    try {
      expect(calc.valueAt(0, 0, 0)).toEqual({ error: '#ERROR!' });
      expect(calc.diagnostics.map((d) => [d.code, d.cell])).toEqual([['unparsable-formula', 'A1']]);
    } finally {
      calc.destroy();
    }
  });

  it('is named by LET and passed where a LAMBDA is expected', () => {
    const data = [[1], [2], [3]];
    expect(evaluate(data, ['=LET(f,LAMBDA(a,v,a+v*v),REDUCE(0,A1:A3,f))', '=LET(k,10,REDUCE(0,A1:A3,LAMBDA(a,v,a+v*k)))'])).toEqual([14, 60]);
    // The Fahrenheit to Celsius example of Excel's page, named by LET instead of a defined name.
    expect(evaluateOne('=LET(ToCelsius,LAMBDA(temp,(5/9)*(temp-32)),REDUCE(,A1,ToCelsius2))', [[104]])).toEqual({ error: '#NAME?' });
    expect(spillOf('=LET(ToCelsius,LAMBDA(temp,(5/9)*(temp-32)),MAP(A1:A2,ToCelsius))', [[104], [32]])).toEqual([[40], [0]]);
  });

  // Excel calls a LAMBDA that LET names by that name.
  it('is called by the name LET gives it', () => {
    const data = [[1], [2], [3]];
    expect(evaluate(data, ['=LET(f,LAMBDA(x,x+1),f(2))', '=LET(f,LAMBDA(x,y,x*y),f(3,A2)+f(1,1))', '=LET(sq,LAMBDA(r,r*r),SUM(sq(A1:A3)))', '=LET(f,LAMBDA(x,x+1),f(f(1)))'])).toEqual([3, 7, 14, 3]);
    expect(evaluateOne('=LET(k,2,f,LAMBDA(x,x*k),g,LAMBDA(y,f(y)+1),g(5))')).toBe(11);
    expect(spillOf('=LET(f,LAMBDA(x,x+1),MAP(A1:A2,LAMBDA(v,f(f(v)))))', [[1], [2]])).toEqual([[3], [4]]);
    expect(spillOf('=LET(sq,LAMBDA(r,r*r),sq(A1:A3))', data)).toEqual([[1], [4], [9]]);
  });

  it('called by its LET name, gives #VALUE! for a wrong count of arguments and no unsupported-function notice', () => {
    const calc = createCalc(testWorkbook({ S: [['=LET(f,LAMBDA(x,x+1),f(1,2))', '=LET(f,LAMBDA(x,x+1),f(2))']] }));
    try {
      expect([calc.valueAt(0, 0, 0), calc.valueAt(0, 0, 1)]).toEqual([VALUE, 3]);
      expect(calc.diagnostics).toEqual([]);
    } finally {
      calc.destroy();
    }
  });

  it('keeps its parameters apart from LET names of the same name', () => {
    expect(spillOf('=LET(x,100,MAP(A1:A2,LAMBDA(x,x+1)))', [[1], [2]])).toEqual([[2], [3]]);
    expect(spillOf('=LET(x,100,MAP(A1:A2,LAMBDA(v,v+x)))', [[1], [2]])).toEqual([[101], [102]]);
    expect(evaluateOne('=MAP(1,LAMBDA(x,LET(x,x*5,x+1)))')).toBe(6);
  });

  it('reads cells of the sheet and computes again when they change', () => {
    const calc = createCalc(testWorkbook({ S: [[1, 10, '=REDUCE(0,A1:A2,LAMBDA(a,v,a+v*B1))'], [2]] }));
    try {
      expect(calc.valueAt(0, 0, 2)).toBe(30);
    } finally {
      calc.destroy();
    }
  });

  it('passes errors of the values to the calculation, which may catch them', () => {
    const data = [[1], ['=1/0'], [3]];
    expect(evaluate(data, ['=REDUCE(0,A1:A3,LAMBDA(a,v,a+v))', '=REDUCE(0,A1:A3,LAMBDA(a,v,a+IFERROR(v,0)))'])).toEqual([{ error: '#DIV/0!' }, 4]);
  });

  it('gives #VALUE! for a parameter that is no plain name, or a name used twice', () => {
    expect(evaluateOne('=MAP(1,LAMBDA(A1,A1+1))')).toEqual(VALUE);
    expect(evaluateOne('=MAP(1,2,LAMBDA(x,x,x+1))')).toEqual(VALUE);
    expect(evaluateOne('=MAP(1,LAMBDA())')).toEqual(VALUE);
  });

  it('reports no unknown name for its parameters', () => {
    const calc = createCalc(testWorkbook({ S: [[2, '=MAP(A1,LAMBDA(x,x*x))', '=MAP(A1,LAMBDA(x,y))']] }));
    try {
      expect(calc.valueAt(0, 0, 1)).toBe(4);
      expect(calc.diagnostics.map((d) => [d.code, d.cell, d.name])).toEqual([['unknown-name', 'C1', 'Y']]);
    } finally {
      calc.destroy();
    }
  });
});

describe('ISOMITTED', () => {
  // Excel's "ISOMITTED function" page tests a parameter given an empty argument; with no call in
  // place, REDUCE's initial value left out is such an argument.
  it('is TRUE for a parameter given an empty argument, FALSE otherwise', () => {
    const data = [['a'], ['b']];
    expect(evaluate(data, ['=REDUCE(,A1:A2,LAMBDA(acc,v,IF(ISOMITTED(acc),v,acc&v)))', '=REDUCE("",A1:A2,LAMBDA(acc,v,IF(ISOMITTED(acc),"?",acc&v)))', '=ISOMITTED(A1)'])).toEqual(['ab', 'ab', false]);
  });

  it('takes one argument', () => {
    expect(evaluateOne('=ISOMITTED(1,2)')).toEqual({ error: '#N/A' });
  });
});
