import { describe, expect, it } from 'vitest';
import { evaluate } from '../test-workbook.js';
import type { TestCell } from '../test-workbook.js';

// A: numbers and others; B: labels; C: amounts
const data: TestCell[][] = [
  [1, 'apple', 10],
  [5, 'Apricot', 20],
  [7, 'banana', 30],
  ['5', 'avocado', 'n/a'],
  [null, 'apple', 40],
  [true, 'cherry', { error: '#DIV/0!' }],
  [{ error: '#N/A' }, 'a*c', 5],
];

describe('COUNTIF, SUMIF, AVERAGEIF', () => {
  it.each([
    ['=COUNTIF(A1:A7,">=5")', 2],
    ['=COUNTIF(A1:A7,5)', 2],
    ['=COUNTIF(A1:A7,"<>5")', 5],
    ['=COUNTIF(A1:A7,"")', 1],
    ['=COUNTIF(A1:A7,"=")', 1],
    ['=COUNTIF(A1:A7,"<>")', 6],
    ['=COUNTIF(B1:B7,"a*")', 5],
    ['=COUNTIF(B1:B7,"A????")', 2],
    ['=COUNTIF(B1:B7,"a~*c")', 1],
    ['=COUNTIF(B1:B7,">b")', 2],
    ['=COUNTIF(A1:A7,TRUE)', 1],
    ['=COUNTIF(A1:A7,"#N/A")', 1],
    ['=SUMIF(B1:B7,"apple",C1:C7)', 50],
    ['=SUMIF(A1:A7,">1")', 12],
    ['=SUMIF(B1:B7,"a*",C1:C7)', 75],
    ['=SUMIF(B1:B7,"apple",C1)', 10],
    ['=AVERAGEIF(B1:B7,"apple",C1:C7)', 25],
    ['=AVERAGEIF(A1:A6,"<>1")', 6],
    ['=COUNTIF(A1:A6,"<>1")', 5],
  ])('%s = %j', (formula, expected) => {
    expect(evaluate(data, [formula])[0]).toBe(expected);
  });

  it('propagates an error in a matching summed cell, not in a skipped one', () => {
    expect(evaluate(data, ['=SUMIF(B1:B7,"cherry",C1:C7)', '=SUMIF(B1:B7,"<>cherry",C1:C7)', '=AVERAGEIF(B1:B7,"zzz",C1:C7)'])).toEqual([
      { error: '#DIV/0!' },
      105,
      { error: '#DIV/0!' },
    ]);
  });

  it('takes the criterion from a cell, text or number', () => {
    expect(evaluate([[1, 'a'], [2, 'b'], ['>=2', 'b']], ['=COUNTIF(A1:A2,A3)', '=COUNTIF(B1:B3,B3)', '=COUNTIF(A1:A2,A1)'])).toEqual([1, 2, 1]);
  });
});

describe('COUNTIFS, SUMIFS, AVERAGEIFS, MAXIFS, MINIFS', () => {
  it.each([
    ['=COUNTIFS(B1:B7,"a*",A1:A7,">0")', 2],
    ['=SUMIFS(C1:C7,B1:B7,"a*",A1:A7,"<>5")', 55],
    ['=AVERAGEIFS(C1:C7,B1:B7,"apple")', 25],
    ['=MAXIFS(C1:C7,B1:B7,"<>cherry")', 40],
    ['=MINIFS(C1:C7,B1:B7,"a*",C1:C7,">5")', 10],
    ['=MAXIFS(C1:C7,B1:B7,"zzz")', 0],
  ])('%s = %j', (formula, expected) => {
    expect(evaluate(data, [formula])[0]).toBe(expected);
  });

  it('refuses ranges of different shapes and odd argument counts', () => {
    expect(evaluate(data, ['=COUNTIFS(A1:A7,">0",B1:B6,"a*")', '=SUMIFS(C1:C7,B1:B7)', '=COUNTIF(A1:A7)'])).toEqual([
      { error: '#VALUE!' },
      { error: '#N/A' },
      { error: '#N/A' },
    ]);
  });
});
