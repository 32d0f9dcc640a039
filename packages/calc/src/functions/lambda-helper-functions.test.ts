import { describe, expect, it } from 'vitest';
import { buildOstalEngine } from '../ostal-engine.js';
import { evaluate, evaluateOne, spillOf } from '../test-workbook.js';

const VALUE = { error: '#VALUE!' };
/** The sample data of Excel's pages for these functions, in A1:C2. */
const SAMPLE = [[1, 2, 3], [4, 5, 6]];

describe('MAP', () => {
  // Excel's "MAP function" page, example 1: square the numbers above a value.
  it('maps every value of an array, spilled in its shape', () => {
    expect(spillOf('=MAP(A1:C2,LAMBDA(a,IF(a>4,a*a,a)))', SAMPLE)).toEqual([[1, 2, 3], [4, 25, 36]]);
  });

  // Example 2 of the same page: values of two columns together.
  it('maps several arrays together, one parameter per array', () => {
    const data = [[true, true], [true, false], [false, false]];
    expect(spillOf('=MAP(A1:A3,B1:B3,LAMBDA(a,b,AND(a,b)))', data)).toEqual([[true], [false], [false]]);
  });

  it('lets a one-cell array serve every place, and gives #N/A where a smaller array has no value', () => {
    expect(spillOf('=MAP(A1:A2,10,LAMBDA(a,b,a*b))', [[1], [2]])).toEqual([[10], [20]]);
    expect(spillOf('=MAP(A1:A3,B1:B2,LAMBDA(a,b,a+b))', [[1, 1], [2, 2], [3]])).toEqual([[2], [4], [{ error: '#N/A' }]]);
  });

  it('maps an array computed in the formula', () => {
    expect(spillOf('=MAP(A1:A2*10,LAMBDA(a,a+1))', [[1], [2]])).toEqual([[11], [21]]);
    expect(spillOf('=MAP({1,2,3},LAMBDA(a,a*a))', [])).toEqual([[1, 4, 9]]);
  });

  it('gives #VALUE! for a LAMBDA with another count of parameters, or no LAMBDA', () => {
    expect(evaluate([[1]], ['=MAP(A1,LAMBDA(a,b,a+b))', '=MAP(A1,A1)', '=MAP(A1,B1,LAMBDA(a,a))'])).toEqual([VALUE, VALUE, VALUE]);
  });

  it('gives #VALUE! for a LAMBDA result that is an array (Excel: #CALC!)', () => {
    expect(spillOf('=MAP(A1:A2,LAMBDA(a,C1:C2))', [[1], [2]])).toEqual([[VALUE], [VALUE]]);
  });
});

describe('REDUCE', () => {
  // Excel's "REDUCE function" page, example 1: the sum of the squares, no initial value.
  it('reduces an array to one value', () => {
    expect(evaluateOne('=REDUCE(,A1:C2,LAMBDA(a,b,a+b^2))', SAMPLE)).toBe(91);
  });

  // Examples 2 and 3 of the same page: a product of the values above 50, a count of even values.
  it('starts from the initial value', () => {
    const data = [[40], [60], [70], [52]];
    expect(evaluate(data, ['=REDUCE(1,A1:A4,LAMBDA(a,b,IF(b>50,a*b,a)))', '=REDUCE(0,A1:A4,LAMBDA(a,n,IF(ISEVEN(n),1+a,a)))'])).toEqual([218400, 4]);
  });

  it('gives #VALUE! for a LAMBDA of another count of parameters or an array result', () => {
    expect(evaluate(SAMPLE, ['=REDUCE(0,A1:C2,LAMBDA(a,a))', '=REDUCE(0,A1:C2,LAMBDA(a,b,A1:B1))', '=REDUCE(0,A1:C2)'])).toEqual([VALUE, VALUE, { error: '#N/A' }]);
  });

  it('gives an array accumulator to the function around it', () => {
    expect(evaluateOne('=SUM(REDUCE(0,A1:A2,LAMBDA(a,v,a+B1:C1*v)))', [[3, 1, 2], [4]])).toBe(21);
  });
});

describe('SCAN', () => {
  // Excel's "SCAN function" page, example 1: a list of factorials.
  it('gives every intermediate value, in the array shape', () => {
    expect(spillOf('=SCAN(1,A1:C2,LAMBDA(a,b,a*b))', SAMPLE)).toEqual([[1, 2, 6], [24, 120, 720]]);
  });

  // Example 2 of the same page: characters joined.
  it('joins text from an empty initial text', () => {
    const letters = [['a', 'b', 'c'], ['d', 'e', 'f']];
    expect(spillOf('=SCAN("",A1:C2,LAMBDA(a,b,a&b))', letters)).toEqual([['a', 'ab', 'abc'], ['abcd', 'abcde', 'abcdef']]);
  });
});

describe('BYROW and BYCOL', () => {
  // Excel's "BYROW function" page: the largest value and the sum of the squares of each row.
  it('gives one value per row, as a column', () => {
    expect(spillOf('=BYROW(A1:C2,LAMBDA(array,MAX(array)))', SAMPLE)).toEqual([[3], [6]]);
    expect(spillOf('=BYROW(A1:C2,LAMBDA(array,SUMSQ(array)))', SAMPLE)).toEqual([[14], [77]]);
  });

  // Excel's "BYCOL function" page: the same per column.
  it('gives one value per column, as a row', () => {
    expect(spillOf('=BYCOL(A1:C2,LAMBDA(array,MAX(array)))', SAMPLE)).toEqual([[4, 5, 6]]);
    expect(spillOf('=BYCOL(A1:C2,LAMBDA(array,SUMSQ(array)))', SAMPLE)).toEqual([[17, 29, 45]]);
  });

  it('nest: a helper inside a LAMBDA gets the row as its array', () => {
    expect(spillOf('=BYROW(A1:C2,LAMBDA(r,SUM(MAP(r,LAMBDA(x,x*2)))))', SAMPLE)).toEqual([[12], [30]]);
    expect(spillOf('=BYCOL(A1:C2,LAMBDA(c,REDUCE(1,c,LAMBDA(a,v,a*v))))', SAMPLE)).toEqual([[4, 10, 18]]);
  });

  it('gives #VALUE! for a row result that is an array, or a LAMBDA of two parameters', () => {
    expect(spillOf('=BYROW(A1:C2,LAMBDA(r,r*2))', SAMPLE)).toEqual([[VALUE], [VALUE]]);
    expect(evaluateOne('=BYCOL(A1:C2,LAMBDA(a,b,a))', SAMPLE)).toEqual(VALUE);
  });
});

describe('MAKEARRAY', () => {
  // Excel's "MAKEARRAY function" page, example 1: a multiplication table.
  it('calls the LAMBDA with each row and column number', () => {
    expect(spillOf('=MAKEARRAY(3,3,LAMBDA(r,c,r*c))', [])).toEqual([[1, 2, 3], [2, 4, 6], [3, 6, 9]]);
    expect(spillOf('=MAKEARRAY(2,4,LAMBDA(r,c,r&"-"&c))', [])).toEqual([['1-1', '1-2', '1-3', '1-4'], ['2-1', '2-2', '2-3', '2-4']]);
  });

  it('gives #VALUE! for a count below 1 or a LAMBDA of another count of parameters', () => {
    expect(evaluate([], ['=MAKEARRAY(0,2,LAMBDA(r,c,1))', '=MAKEARRAY(2,2,LAMBDA(r,1))'])).toEqual([VALUE, VALUE]);
  });

  it('needs counts written as numbers to spill: counts from cells give #VALUE! (size unknown before computing)', () => {
    expect(spillOf('=MAKEARRAY(A1,2,LAMBDA(r,c,r*c))', [[3]])).toEqual([[3, VALUE]].map((row) => row.slice(1)));
    expect(evaluateOne('=MAKEARRAY(A1,A1,LAMBDA(r,c,r+c))', [[1]])).toBe(2);
    const hf = buildOstalEngine(undefined, { sheets: [{ name: 'S', rows: [[3, '=MAKEARRAY(A1,2,LAMBDA(r,c,r*c))', '=REDUCE(0,A1,LAMBDA(a,v,{1,2}))']] }] });
    try {
      for (const col of [1, 2]) expect(hf.getCellValue({ sheet: 0, row: 0, col })).toMatchObject({ value: '#VALUE!', message: expect.stringContaining('cannot be known before computing') as unknown });
    } finally {
      hf.destroy();
    }
    // Inside another function the engine reserves no cells: any size works.
    expect(evaluateOne('=SUM(MAKEARRAY(A1,2,LAMBDA(r,c,r*c)))', [[3]])).toBe(18);
  });
});

describe('the LAMBDA helpers in a sheet', () => {
  it('spill over the cells they need, and not over a value in the way', () => {
    const hf = buildOstalEngine(undefined, { sheets: [{ name: 'S', rows: [[1, '=BYROW(A1:A3,LAMBDA(r,r*10))'], [2], [3, 'in the way']] }] });
    try {
      expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toMatchObject({ value: '#SPILL!' });
    } finally {
      hf.destroy();
    }
    expect(spillOf('=BYROW(A1:A3,LAMBDA(r,r*10))', [[1], [2], [3]])).toEqual([[10], [20], [30]]);
  });

  it('compute again when a cell their LAMBDA reads changes', () => {
    const hf = buildOstalEngine(undefined, { sheets: [{ name: 'S', rows: [[1, 10, '=MAP(A1:A2,LAMBDA(v,v*B1))'], [2]] }] });
    try {
      expect(hf.getCellValue({ sheet: 0, row: 1, col: 2 })).toBe(20);
      hf.setCellContents({ sheet: 0, row: 0, col: 1 }, 100);
      expect(hf.getCellValue({ sheet: 0, row: 1, col: 2 })).toBe(200);
    } finally {
      hf.destroy();
    }
  });

  it('pass the errors of their arrays on', () => {
    expect(evaluate([], ['=MAP(1/0,LAMBDA(v,v))', '=SUM(BYROW(A1:B2,LAMBDA(r,SUM(r))))'])).toEqual([{ error: '#DIV/0!' }, 0]);
  });
});
