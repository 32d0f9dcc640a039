import { describe, expect, it } from 'vitest';
import { evaluate, evaluateOne } from '../test-workbook.js';
import { xmatchPosition } from './xmatch-function.js';

const NA = { error: '#N/A' };
const VALUE = { error: '#VALUE!' };

describe('xmatchPosition', () => {
  it('finds exact, next smaller and next larger values of the same kind', () => {
    const values = [10, 'b', 30, true, 20];
    expect(xmatchPosition(30, values, 0, 1)).toBe(2);
    expect(xmatchPosition(25, values, -1, 1)).toBe(4);
    expect(xmatchPosition(25, values, 1, 1)).toBe(2);
    expect(xmatchPosition(5, values, -1, 1)).toBe(-1);
    expect(xmatchPosition('B', values, 0, 1)).toBe(1);
    expect(xmatchPosition(1, values, 0, 1)).toBe(-1);
  });

  it('searches from the end', () => {
    expect(xmatchPosition(1, [1, 2, 1], 0, 1)).toBe(0);
    expect(xmatchPosition(1, [1, 2, 1], 0, -1)).toBe(2);
  });

  it('searches sorted values by halves', () => {
    const up = [1, 3, 5, 7, 9];
    expect(xmatchPosition(7, up, 0, 2)).toBe(3);
    expect(xmatchPosition(6, up, 0, 2)).toBe(-1);
    expect(xmatchPosition(6, up, -1, 2)).toBe(2);
    expect(xmatchPosition(6, up, 1, 2)).toBe(3);
    expect(xmatchPosition(10, up, 1, 2)).toBe(-1);
    const down = [9, 7, 5, 3, 1];
    expect(xmatchPosition(3, down, 0, -2)).toBe(3);
    expect(xmatchPosition(6, down, -1, -2)).toBe(2);
    expect(xmatchPosition(6, down, 1, -2)).toBe(1);
    expect(xmatchPosition(0, down, -1, -2)).toBe(-1);
  });
});

describe('XMATCH', () => {
  // Examples of Excel's reference.
  const products = [['Apple'], ['Grape'], ['Pear'], ['Banana'], ['Cherry']];
  it.each([
    ['=XMATCH("Grape",A1:A5)', 2],
    ['=XMATCH("grape",A1:A5)', 2],
    ['=XMATCH("Gra?e",A1:A5,2)', 2],
    ['=XMATCH("*an*",A1:A5,2)', 4],
    ['=XMATCH("Gra?e",A1:A5)', NA],
    ['=XMATCH("Gra",A1:A5,1)', 2],
    ['=XMATCH("Kiwi",A1:A5)', NA],
    ['=XMATCH("Pear",A1:A5,0,-1)', 3],
  ])('%s = %j', (formula, expected) => {
    expect(evaluate(products, [formula])[0]).toEqual(expected);
  });

  it('takes numbers and rows of an array constant', () => {
    expect(evaluateOne('=XMATCH(4,{5,4,3,2,1})')).toBe(2);
    expect(evaluateOne('=XMATCH(4.5,{5,4,3,2,1},1)')).toBe(1);
    expect(evaluateOne('=XMATCH(4.5,{5,4,3,2,1},-1)')).toBe(2);
    expect(evaluateOne('=XMATCH(3,{1;2;3})')).toBe(3);
    expect(evaluateOne('=XMATCH(3,3)')).toBe(1);
  });

  it('finds an empty cell for empty text', () => {
    expect(evaluate([[1], [null], ['x']], ['=XMATCH("",A1:A3)'])[0]).toBe(2);
  });

  it('gives #VALUE! for a two-dimensional array or a mode out of range', () => {
    expect(evaluateOne('=XMATCH(1,{1,2;3,4})')).toEqual(VALUE);
    expect(evaluateOne('=XMATCH(1,{1,2},3)')).toEqual(VALUE);
    expect(evaluateOne('=XMATCH(1,{1,2},0,0)')).toEqual(VALUE);
    expect(evaluateOne('=XMATCH("a*",{"ab"},2,2)')).toEqual(VALUE);
  });

  it('propagates an error looked up, skips errors in the array', () => {
    expect(evaluateOne('=XMATCH(1/0,{1,2})')).toEqual({ error: '#DIV/0!' });
    expect(evaluate([[{ error: '#N/A' }], [2]], ['=XMATCH(2,A1:A2)'])[0]).toBe(2);
  });
});
