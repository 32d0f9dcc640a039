import { describe, expect, it } from 'vitest';
import { evaluateOne } from '../test-workbook.js';
import { binomialRange } from './binomial-range-function.js';

describe('binomialRange', () => {
  it('sums binomial probabilities', () => {
    expect(binomialRange(2, 0.5, 0, 2)).toBeCloseTo(1, 15);
    expect(binomialRange(2, 0.5, 1, 1)).toBeCloseTo(0.5, 15);
    expect(binomialRange(10, 0.3, 3, 3)).toBeCloseTo(0.266_827_932, 9);
    expect(binomialRange(5, 0, 0, 0)).toBe(1);
    expect(binomialRange(5, 1, 2, 4)).toBe(0);
    expect(binomialRange(10_000, 0.5, 0, 10_000)).toBeCloseTo(1, 10);
  });
});

describe('BINOM.DIST.RANGE', () => {
  // Examples of Excel's reference.
  it.each([
    ['=BINOM.DIST.RANGE(60,0.75,48)', 0.083974967429],
    ['=BINOM.DIST.RANGE(60,0.75,45,50)', 0.523629793079],
    ['=BINOM.DIST.RANGE(60.9,0.75,48.5)', 0.083974967429],
  ])('%s = %d', (formula, expected) => {
    expect(evaluateOne(formula)).toBeCloseTo(expected, 9);
  });

  it.each(['=BINOM.DIST.RANGE(-1,0.5,0)', '=BINOM.DIST.RANGE(10,1.5,1)', '=BINOM.DIST.RANGE(10,0.5,11)', '=BINOM.DIST.RANGE(10,0.5,5,4)', '=BINOM.DIST.RANGE(10,0.5,5,11)'])('%s is #NUM!', (formula) => {
    expect(evaluateOne(formula)).toEqual({ error: '#NUM!' });
  });
});
