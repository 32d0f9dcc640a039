import { describe, expect, it } from 'vitest';
import { evaluateOne } from '../test-workbook.js';

function value(formula: string): number {
  const v = evaluateOne(formula);
  if (typeof v !== 'number') throw new Error(`${formula} gave ${JSON.stringify(v)}`);
  return v;
}

describe('discounted securities', () => {
  it("give Excel's documented results", () => {
    expect(value('=DISC(DATE(2018,7,1),DATE(2048,1,1),97.975,100,1)')).toBeCloseTo(0.000686384, 9);
    expect(value('=INTRATE(DATE(2008,2,15),DATE(2008,5,15),1000000,1014420,2)')).toBeCloseTo(0.05768, 12);
    expect(value('=RECEIVED(DATE(2008,2,15),DATE(2008,5,15),1000000,0.0575,2)')).toBeCloseTo(1014584.654, 3);
    expect(value('=PRICEDISC(DATE(2008,2,16),DATE(2008,3,1),0.0525,100,2)')).toBeCloseTo(99.795833333, 8);
    expect(value('=YIELDDISC(DATE(2008,2,16),DATE(2008,3,1),99.795,100,2)')).toBeCloseTo(0.052823, 6);
    expect(value('=PRICEMAT(DATE(2008,2,15),DATE(2008,4,13),DATE(2007,11,11),0.061,0.061,0)')).toBeCloseTo(99.98449888, 8);
    expect(value('=YIELDMAT(DATE(2008,3,15),DATE(2008,11,3),DATE(2007,11,8),0.0625,100.0123,0)')).toBeCloseTo(0.060954, 6);
    expect(value('=ACCRINTM(DATE(2008,4,1),DATE(2008,6,15),0.1,1000,3)')).toBeCloseTo(20.54794521, 8);
  });

  it('count the period under each basis', () => {
    // 1 Jan 2024 to 1 Jul 2024: 182 actual days, 180 days 30/360, in a leap year.
    const disc = (basis: number): number => value(`=DISC(DATE(2024,1,1),DATE(2024,7,1),98,100,${String(basis)})`);
    expect(disc(0)).toBeCloseTo(0.02 / (180 / 360), 15);
    expect(disc(1)).toBeCloseTo(0.02 / (182 / 366), 15);
    expect(disc(2)).toBeCloseTo(0.02 / (182 / 360), 15);
    expect(disc(3)).toBeCloseTo(0.02 / (182 / 365), 15);
    expect(disc(4)).toBeCloseTo(0.02 / (180 / 360), 15);
    expect(value('=DISC(DATE(2024,1,1),DATE(2024,7,1),98,100)')).toBe(disc(0));
    expect(value('=ACCRINTM(DATE(2024,1,1),DATE(2024,7,1),0.1)')).toBeCloseTo(50, 12);
  });

  it('are inverse pairs: PRICEDISC and DISC, YIELDMAT and PRICEMAT', () => {
    const price = value('=PRICEDISC(DATE(2024,1,10),DATE(2025,3,31),0.04,100,1)');
    expect(value(`=DISC(DATE(2024,1,10),DATE(2025,3,31),${String(price)},100,1)`)).toBeCloseTo(0.04, 12);
    const pm = value('=PRICEMAT(DATE(2024,2,1),DATE(2025,2,1),DATE(2023,6,1),0.05,0.06,3)');
    expect(value(`=YIELDMAT(DATE(2024,2,1),DATE(2025,2,1),DATE(2023,6,1),0.05,${String(pm)},3)`)).toBeCloseTo(0.06, 12);
  });

  it('give #NUM! for dates out of order and amounts out of range', () => {
    const num = { error: '#NUM!' };
    expect(evaluateOne('=DISC(DATE(2024,7,1),DATE(2024,1,1),98,100)')).toEqual(num);
    expect(evaluateOne('=DISC(DATE(2024,1,1),DATE(2024,1,1),98,100)')).toEqual(num);
    expect(evaluateOne('=DISC(DATE(2024,1,1),DATE(2024,7,1),0,100)')).toEqual(num);
    expect(evaluateOne('=INTRATE(DATE(2024,1,1),DATE(2024,7,1),100,-1)')).toEqual(num);
    expect(evaluateOne('=RECEIVED(DATE(2024,1,1),DATE(2024,7,1),100,0)')).toEqual(num);
    expect(evaluateOne('=PRICEDISC(DATE(2024,1,1),DATE(2024,7,1),0.05,100,5)')).toEqual(num);
    expect(evaluateOne('=YIELDDISC(DATE(2024,1,1),DATE(2024,7,1),-98,100)')).toEqual(num);
    expect(evaluateOne('=PRICEMAT(DATE(2024,1,1),DATE(2024,7,1),DATE(2023,1,1),-0.05,0.06)')).toEqual(num);
    expect(evaluateOne('=YIELDMAT(DATE(2024,1,1),DATE(2024,7,1),DATE(2023,1,1),0.05,0)')).toEqual(num);
    expect(evaluateOne('=ACCRINTM(DATE(2024,1,1),DATE(2024,7,1),0,1000)')).toEqual(num);
    expect(evaluateOne('=DISC("x",DATE(2024,7,1),98,100)')).toEqual({ error: '#VALUE!' });
  });
});
