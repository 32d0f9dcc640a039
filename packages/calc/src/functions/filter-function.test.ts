import { describe, expect, it } from 'vitest';
import { evaluateOne, spillOf } from '../test-workbook.js';
import type { TestCell } from '../test-workbook.js';
import { included } from './filter-function.js';

const VALUE = { error: '#VALUE!' };

describe('included', () => {
  it('reads logicals and numbers, refuses text', () => {
    expect(included(true)).toBe(true);
    expect(included(0)).toBe(false);
    expect(included(-2)).toBe(true);
    expect(included('x')).toMatchObject({ type: 'VALUE' });
  });
});

describe('FILTER', () => {
  // Region (A), name (B), amount (C); C4 blank.
  const data: TestCell[][] = [['East', 'Tom', 10], ['West', 'Fred', 20], ['East', 'Amy', 30], ['North', 'Sal', null]];
  it.each([
    ['=FILTER(B1:C4,A1:A4="East")', [['Tom', 10], ['Amy', 30]]],
    ['=FILTER(A1:C4,C1:C4>15)', [['West', 'Fred', 20], ['East', 'Amy', 30]]],
    ['=FILTER(A1:C4,{0,1,1})', [['Tom', 10], ['Fred', 20], ['Amy', 30], ['Sal', 0]]],
    ['=FILTER(B1:B4,(A1:A4="East")*(C1:C4>15))', [['Amy']]],
    ['=FILTER(B1:B4,A1:A4="South","none")', [['none']]],
    // An error fills the cells reserved for the result, as HyperFormula shows its own arrays' errors.
    ['=FILTER(B1:B4,A1:A4="South")', [[{ error: '#N/A' }], [{ error: '#N/A' }], [{ error: '#N/A' }], [{ error: '#N/A' }]]],
    ['=FILTER(A1:C4,{1,0})', [[VALUE, VALUE, VALUE], [VALUE, VALUE, VALUE], [VALUE, VALUE, VALUE], [VALUE, VALUE, VALUE]]],
    ['=FILTER(C1:C4,B1:B4)', [[VALUE], [VALUE], [VALUE], [VALUE]]],
  ])('%s', (formula, expected) => {
    expect(spillOf(formula, data)).toEqual(expected);
  });

  it('computes inside other functions', () => {
    expect(evaluateOne('=SUM(FILTER({1,2,3},{1,0,1}))')).toBe(4);
    expect(evaluateOne('=ROWS(FILTER({1;2;3},{1;0;1}))')).toBe(2);
  });
});
