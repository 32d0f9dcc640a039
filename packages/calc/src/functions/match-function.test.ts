import { describe, expect, it } from 'vitest';
import { evaluate, evaluateOne } from '../test-workbook.js';
import { sortedPosition } from './match-function.js';

const NA = { error: '#N/A' };

describe('sortedPosition', () => {
  it('finds the last value not after the lookup value', () => {
    expect(sortedPosition(4, [2, 4, 4, 4, 5, 7], 1)).toBe(3);
    expect(sortedPosition(4.5, [2, 4, 4, 4, 5, 7], 1)).toBe(3);
    expect(sortedPosition(1, [2, 4], 1)).toBe(-1);
    expect(sortedPosition(9, [2, 4, 'a', true], 1)).toBe(1);
    expect(sortedPosition('b', [1, 2], 1)).toBe(-1);
    expect(sortedPosition(5, [9, 7, 5, 5, 3], -1)).toBe(3);
    expect(sortedPosition(6, [9, 7, 5, 3], -1)).toBe(1);
    expect(sortedPosition(10, [9, 7], -1)).toBe(-1);
  });
});

describe('MATCH', () => {
  // Excel reference's example: B2:B5 = 25, 38, 40, 41.
  const data = [['Bananas', 25], ['Oranges', 38], ['Apples', 40], ['Pears', 41]];
  it.each([
    ['=MATCH(39,B1:B4,1)', 2],
    ['=MATCH(41,B1:B4,0)', 4],
    ['=MATCH(40,B1:B4,-1)', NA],
    ['=MATCH(39,B1:B4)', 2],
    ['=MATCH("app*",A1:A4,0)', 3],
    ['=MATCH("?ears",A1:A4,0)', 4],
    ['=MATCH("ORANGES",A1:A4,0)', 2],
    ['=MATCH("Kiwis",A1:A4,0)', NA],
    ['=MATCH(1,A1:B4,0)', NA],
  ])('%s = %j', (formula, expected) => {
    expect(evaluate(data, [formula])[0]).toEqual(expected);
  });

  it('takes arrays, descending data and a literal tilde', () => {
    expect(evaluateOne('=MATCH(3,{5,4,3,2,1},-1)')).toBe(3);
    expect(evaluateOne('=MATCH(3.5,{5,4,3,2,1},-1)')).toBe(2);
    expect(evaluateOne('=MATCH("a~*",{"ab","a*"},0)')).toBe(2);
    expect(evaluateOne('=MATCH(1/0,{1,2},0)')).toEqual({ error: '#DIV/0!' });
  });
});
