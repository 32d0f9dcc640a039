import { describe, expect, it } from 'vitest';
import { evaluate, evaluateOne } from '../test-workbook.js';

describe('PROB', () => {
  // Excel reference's example: x 0 to 3 with probabilities 0.2, 0.3, 0.1, 0.4.
  const data = [[0, 0.2], [1, 0.3], [2, 0.1], [3, 0.4]];
  it.each([
    ['=PROB(A1:A4,B1:B4,2)', 0.1],
    ['=PROB(A1:A4,B1:B4,1,3)', 0.8],
    ['=PROB(A1:A4,B1:B4,4)', 0],
  ])('%s = %d', (formula, expected) => {
    expect(evaluate(data, [formula])[0]).toBeCloseTo(expected, 14);
  });

  it.each([
    ['=PROB(A1:A4,B1:B3,2)', { error: '#N/A' }],
    ['=PROB(A1:A3,B1:B3,2)', { error: '#NUM!' }],
    ['=PROB({1,2},{0.5,0},1)', { error: '#NUM!' }],
    ['=PROB({1,2},{1.5,-0.5},1)', { error: '#NUM!' }],
  ])('%s = %j', (formula, expected) => {
    expect(evaluate(data, [formula])[0]).toEqual(expected);
  });
});

describe('PERCENTOF', () => {
  it('divides the sum of the subset by the sum of all', () => {
    expect(evaluate([[10], [30], ['x'], [60]], ['=PERCENTOF(A1:A2,A1:A4)'])[0]).toBeCloseTo(0.4, 14);
    expect(evaluateOne('=PERCENTOF(1,4)')).toBe(0.25);
    expect(evaluateOne('=PERCENTOF(1,0)')).toEqual({ error: '#DIV/0!' });
  });
});
