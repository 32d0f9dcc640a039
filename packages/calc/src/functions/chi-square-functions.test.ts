import { describe, expect, it } from 'vitest';
import { evaluateOne } from '../test-workbook.js';
import { chiSquareCdf, chiSquareInverse, logGamma } from './chi-square-functions.js';

describe('chi-square helpers', () => {
  it('computes ln Γ at known points', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
  });

  it('matches closed forms for two degrees of freedom (1 - e^(-x/2))', () => {
    for (const x of [0.1, 1, 2, 5, 30]) expect(chiSquareCdf(x, 2)).toBeCloseTo(1 - Math.exp(-x / 2), 14);
    expect(chiSquareInverse(0.5, 2)).toBeCloseTo(2 * Math.LN2, 13);
  });
});

describe('CHISQDIST and CHISQINV', () => {
  // Closed forms: df 2 is exponential; df 1 at the 95 % quantile 3.841458820694124 (tables).
  it.each([
    ['=CHISQDIST(2,2)', 1 - Math.exp(-1)],
    ['=CHISQDIST(2,2,TRUE)', 1 - Math.exp(-1)],
    ['=CHISQDIST(2,2,FALSE)', 0.5 * Math.exp(-1)],
    ['=CHISQDIST(3.841458820694124,1)', 0.95],
    ['=CHISQDIST(4,4,FALSE)', 0.25 * 4 * Math.exp(-2)],
    ['=CHISQDIST(2,2.9)', 1 - Math.exp(-1)],
    ['=CHISQINV(0.95,1)', 3.841458820694124],
    ['=CHISQINV(0.5,2)', 2 * Math.LN2],
      ])('%s ≈ %d', (formula, expected) => {
    expect(evaluateOne(formula) as number).toBeCloseTo(expected, 10);
  });

  it('agrees with printed tables', () => {
    expect(evaluateOne('=CHISQINV(0.05,10)') as number).toBeCloseTo(3.940299, 6);
    expect(evaluateOne('=CHISQINV(0.99,5)') as number).toBeCloseTo(15.086272, 6);
  });

  it('gives 0 at or below 0 and for a probability of 0', () => {
    expect(evaluateOne('=CHISQDIST(-1,3)')).toBe(0);
    expect(evaluateOne('=CHISQDIST(0,3,FALSE)')).toBe(0);
    expect(evaluateOne('=CHISQINV(0,3)')).toBe(0);
  });

  it('gives #NUM! out of range and #VALUE! for text', () => {
    expect(evaluateOne('=CHISQDIST(1,0.5)')).toEqual({ error: '#NUM!' });
    expect(evaluateOne('=CHISQINV(1,3)')).toEqual({ error: '#NUM!' });
    expect(evaluateOne('=CHISQINV(-0.1,3)')).toEqual({ error: '#NUM!' });
    expect(evaluateOne('=CHISQINV(0.5,0)')).toEqual({ error: '#NUM!' });
    expect(evaluateOne('=CHISQDIST("x",2)')).toEqual({ error: '#VALUE!' });
  });
});
