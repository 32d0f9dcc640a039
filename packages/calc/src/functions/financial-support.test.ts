import { CellError } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { basisArg, dateArg, finite, firstError, frequencyArg, solveYield } from './financial-support.js';

describe('argument checks', () => {
  it('truncates and bounds dates, frequency and basis', () => {
    expect(dateArg(39448.9)).toBe(39448);
    expect(dateArg(-1)).toBeInstanceOf(CellError);
    expect(dateArg(2958466)).toBeInstanceOf(CellError);
    expect([1, 2, 4, 2.9].map(frequencyArg)).toEqual([1, 2, 4, 2]);
    expect(frequencyArg(3)).toBeInstanceOf(CellError);
    expect(frequencyArg(12)).toBeInstanceOf(CellError);
    expect([0, 4, 4.99].map(basisArg)).toEqual([0, 4, 4]);
    expect(basisArg(5)).toBeInstanceOf(CellError);
    expect(basisArg(-0.5)).toBe(0);
    expect(basisArg(-1)).toBeInstanceOf(CellError);
    expect(firstError(1, 2)).toBeUndefined();
    expect(finite(Number.POSITIVE_INFINITY)).toBeInstanceOf(CellError);
  });
});

describe('solveYield', () => {
  // Price of a 10-period bond paying 5 a period, redeemed at 100, at yield y per period.
  const price = (y: number): number => {
    let p = 100 / (1 + y) ** 10;
    for (let k = 1; k <= 10; k += 1) p += 5 / (1 + y) ** k;
    return p;
  };

  it('finds the yield of a price by Newton steps', () => {
    expect(solveYield(price, 100, 0.1, -1)).toBeCloseTo(0.05, 12);
    expect(solveYield(price, price(0.2), 0.01, -1)).toBeCloseTo(0.2, 12);
    expect(solveYield(price, price(-0.02), 0.05, -1)).toBeCloseTo(-0.02, 12);
  });

  it('falls back to bisection where Newton leaves the domain', () => {
    // From a guess near -1 the first Newton step overshoots below -1.
    expect(solveYield(price, price(3), -0.99, -1)).toBeCloseTo(3, 9);
  });

  it('gives undefined when no yield reaches the price', () => {
    expect(solveYield(() => 50, 100, 0.05, -1)).toBeUndefined();
  });
});
