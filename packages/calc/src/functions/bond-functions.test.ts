import { describe, expect, it } from 'vitest';
import { evaluateOne } from '../test-workbook.js';

function value(formula: string): number {
  const v = evaluateOne(formula);
  if (typeof v !== 'number') throw new Error(`${formula} gave ${JSON.stringify(v)}`);
  return v;
}

const NUM = { error: '#NUM!' };

describe('PRICE and YIELD', () => {
  it("give Excel's documented results", () => {
    expect(value('=PRICE(DATE(2008,2,15),DATE(2017,11,15),0.0575,0.065,100,2,0)')).toBeCloseTo(94.6343616213221, 10);
    expect(value('=YIELD(DATE(2008,2,15),DATE(2016,11,15),0.0575,95.04287,100,2,0)')).toBeCloseTo(0.065, 7);
  });

  it('price at par when the coupon equals the yield on a coupon date (30/360 and actual/actual)', () => {
    for (const basis of [0, 1, 4]) expect(value(`=PRICE(DATE(2024,1,15),DATE(2027,1,15),0.06,0.06,100,2,${String(basis)})`)).toBeCloseTo(100, 10);
  });

  it.each([0, 1, 2, 3, 4])('YIELD inverts PRICE under basis %i', (basis) => {
    const args = `DATE(2024,3,10),DATE(2034,6,15),0.04`;
    const price = value(`=PRICE(${args},0.0525,105,4,${String(basis)})`);
    expect(value(`=YIELD(${args},${String(price)},105,4,${String(basis)})`)).toBeCloseTo(0.0525, 10);
  });

  it('solves yields below zero and far above the coupon', () => {
    const high = value('=PRICE(DATE(2024,3,10),DATE(2044,6,15),0.02,0.35,100,1,1)');
    expect(value(`=YIELD(DATE(2024,3,10),DATE(2044,6,15),0.02,${String(high)},100,1,1)`)).toBeCloseTo(0.35, 10);
    expect(value('=YIELD(DATE(2024,3,10),DATE(2030,6,15),0.02,120,100,2,0)')).toBeLessThan(0);
  });

  it("uses Excel's simple-interest YIELD within the last coupon period", () => {
    // A = 60, E = 180, DSR = 120 days (30/360): ((100 + 2.5) - (99 + 2.5 * 60/180)) / (99 + 2.5 * 60/180) * 2 * 180/120.
    const paid = 99 + (2.5 * 60) / 180;
    expect(value('=YIELD(DATE(2024,1,1),DATE(2024,5,1),0.05,99,100,2,0)')).toBeCloseTo(((102.5 - paid) / paid) * 3, 14);
  });

  it('give #NUM! for arguments out of range', () => {
    expect(evaluateOne('=PRICE(DATE(2024,1,1),DATE(2030,1,1),-0.01,0.05,100,2)')).toEqual(NUM);
    expect(evaluateOne('=PRICE(DATE(2024,1,1),DATE(2030,1,1),0.01,-0.05,100,2)')).toEqual(NUM);
    expect(evaluateOne('=PRICE(DATE(2024,1,1),DATE(2030,1,1),0.01,0.05,0,2)')).toEqual(NUM);
    expect(evaluateOne('=PRICE(DATE(2030,1,1),DATE(2024,1,1),0.01,0.05,100,2)')).toEqual(NUM);
    expect(evaluateOne('=YIELD(DATE(2024,1,1),DATE(2030,1,1),0.01,0,100,2)')).toEqual(NUM);
    expect(evaluateOne('=YIELD(DATE(2024,1,1),DATE(2030,1,1),0.01,95,100,3)')).toEqual(NUM);
  });
});

describe('DURATION and MDURATION', () => {
  it("give Excel's documented results", () => {
    expect(value('=DURATION(DATE(2018,7,1),DATE(2048,1,1),0.08,0.09,2,1)')).toBeCloseTo(10.9191453, 7);
    expect(value('=MDURATION(DATE(2008,1,1),DATE(2016,1,1),0.08,0.09,2,1)')).toBeCloseTo(5.73567, 5);
  });

  it('is the time to maturity for a zero coupon bond', () => {
    expect(value('=DURATION(DATE(2024,1,15),DATE(2029,1,15),0,0.05,1,0)')).toBeCloseTo(5, 12);
    expect(value('=MDURATION(DATE(2024,1,15),DATE(2029,1,15),0,0.05,1,0)')).toBeCloseTo(5 / 1.05, 12);
    expect(evaluateOne('=DURATION(DATE(2024,1,15),DATE(2029,1,15),-0.01,0.05,1)')).toEqual(NUM);
  });
});

describe('ACCRINT', () => {
  it("gives Excel's documented results", () => {
    expect(value('=ACCRINT(DATE(2008,3,1),DATE(2008,8,31),DATE(2008,5,1),0.1,1000,2,0)')).toBeCloseTo(16.666667, 6);
    expect(value('=ACCRINT(DATE(2008,3,5),DATE(2008,8,31),DATE(2008,5,1),0.1,1000,2,0,FALSE)')).toBeCloseTo(15.555556, 6);
    expect(value('=ACCRINT(DATE(2008,3,5),DATE(2008,8,31),DATE(2008,5,1),0.1,1000,2,0,TRUE)')).toBeCloseTo(15.555556, 6);
  });

  it('accrues from issue, or from the first interest date with calc_method FALSE', () => {
    expect(value('=ACCRINT(DATE(2024,1,1),DATE(2024,7,1),DATE(2025,1,1),0.06,1000,2,0)')).toBeCloseTo(60, 12);
    expect(value('=ACCRINT(DATE(2024,1,1),DATE(2024,7,1),DATE(2025,1,1),0.06,1000,2,0,FALSE)')).toBeCloseTo(30, 12);
    // Actual/actual: each quasi-coupon period counts its own length (182 and 184 days).
    expect(value('=ACCRINT(DATE(2024,1,1),DATE(2024,7,1),DATE(2024,10,1),0.06,1000,2,1)')).toBeCloseTo(30 + (30 * 92) / 184, 12);
    expect(value('=ACCRINT(DATE(2024,1,1),DATE(2024,7,1),DATE(2024,4,1),0.06,,2,3)')).toBeCloseTo((30 * 91) / 182.5, 12);
  });

  it('gives #NUM! for issue on or after settlement and a rate or par not positive', () => {
    expect(evaluateOne('=ACCRINT(DATE(2024,1,1),DATE(2024,7,1),DATE(2024,1,1),0.06,1000,2)')).toEqual(NUM);
    expect(evaluateOne('=ACCRINT(DATE(2024,1,1),DATE(2024,7,1),DATE(2024,3,1),0,1000,2)')).toEqual(NUM);
    expect(evaluateOne('=ACCRINT(DATE(2024,1,1),DATE(2024,7,1),DATE(2024,3,1),0.06,-1,2)')).toEqual(NUM);
    expect(evaluateOne('=ACCRINT(DATE(2024,1,1),DATE(2024,7,1),DATE(2024,3,1),0.06,1000,12)')).toEqual(NUM);
  });
});
