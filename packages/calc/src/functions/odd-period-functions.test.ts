import { describe, expect, it } from 'vitest';
import { evaluateOne } from '../test-workbook.js';

function value(formula: string): number {
  const v = evaluateOne(formula);
  if (typeof v !== 'number') throw new Error(`${formula} gave ${JSON.stringify(v)}`);
  return v;
}

const NUM = { error: '#NUM!' };

describe('odd first period', () => {
  it("gives Excel's documented results", () => {
    expect(value('=ODDFPRICE(DATE(2008,11,11),DATE(2021,3,1),DATE(2008,10,15),DATE(2009,3,1),0.0785,0.0625,100,2,1)')).toBeCloseTo(113.597717, 6);
    expect(value('=ODDFYIELD(DATE(2008,11,11),DATE(2021,3,1),DATE(2008,10,15),DATE(2009,3,1),0.0575,84.5,100,2,0)')).toBeCloseTo(0.0772, 4);
  });

  // Under bases 2 and 3 the odd coupon counts actual days over 360/frequency or 365/frequency, so
  // a regular period's coupon is not exactly rate/frequency there.
  it.each([0, 1, 4])('is PRICE when the first period is a regular one (basis %i)', (basis) => {
    const b = String(basis);
    const odd = value(`=ODDFPRICE(DATE(2024,2,10),DATE(2030,3,15),DATE(2023,9,15),DATE(2024,3,15),0.05,0.06,100,2,${b})`);
    expect(odd).toBeCloseTo(value(`=PRICE(DATE(2024,2,10),DATE(2030,3,15),0.05,0.06,100,2,${b})`), 10);
  });

  it('counts a long first period in quasi-coupon periods', () => {
    // Issued 15 Jun 2023, first coupon 15 Mar 2024 (quasi-coupon dates 15 Sep 2023 and 15 Mar 2024), settled a day later.
    const long = value('=ODDFPRICE(DATE(2023,6,16),DATE(2026,3,15),DATE(2023,6,15),DATE(2024,3,15),0.06,0.06,100,2,0)');
    // 30/360: first coupon 3 * (90/180 + 1) = 4.5, due 89/180 + 1 periods ahead; then 4 regular
    // coupons and redemption; one day accrued.
    const v = 1 / 1.03;
    const t = 89 / 180 + 1;
    let expected = 4.5 * v ** t + 100 * v ** (4 + t) - 3 / 180;
    for (let k = 1; k <= 4; k += 1) expected += 3 * v ** (k + t);
    expect(long).toBeCloseTo(expected, 10);
  });

  it.each([0, 1, 2, 3, 4])('ODDFYIELD inverts ODDFPRICE (basis %i)', (basis) => {
    const args = 'DATE(2023,11,20),DATE(2031,3,1),DATE(2023,7,10),DATE(2024,3,1),0.045';
    const price = value(`=ODDFPRICE(${args},0.07,100,4,${String(basis)})`);
    expect(value(`=ODDFYIELD(${args},${String(price)},100,4,${String(basis)})`)).toBeCloseTo(0.07, 10);
  });

  it('gives #NUM! unless maturity > first coupon > settlement > issue', () => {
    expect(evaluateOne('=ODDFPRICE(DATE(2023,6,1),DATE(2030,3,1),DATE(2023,6,1),DATE(2024,3,1),0.05,0.06,100,2)')).toEqual(NUM);
    expect(evaluateOne('=ODDFPRICE(DATE(2024,3,1),DATE(2030,3,1),DATE(2023,6,1),DATE(2024,3,1),0.05,0.06,100,2)')).toEqual(NUM);
    expect(evaluateOne('=ODDFPRICE(DATE(2024,1,1),DATE(2024,3,1),DATE(2023,6,1),DATE(2024,3,1),0.05,0.06,100,2)')).toEqual(NUM);
    expect(evaluateOne('=ODDFPRICE(DATE(2024,1,1),DATE(2030,3,1),DATE(2023,6,1),DATE(2024,3,1),-0.05,0.06,100,2)')).toEqual(NUM);
    expect(evaluateOne('=ODDFYIELD(DATE(2024,1,1),DATE(2030,3,1),DATE(2023,6,1),DATE(2024,3,1),0.05,0,100,2)')).toEqual(NUM);
  });
});

describe('odd last period', () => {
  it("gives Excel's documented results", () => {
    expect(value('=ODDLPRICE(DATE(2008,2,7),DATE(2008,6,15),DATE(2007,10,15),0.0375,0.0405,100,2,0)')).toBeCloseTo(99.878286, 6);
    expect(value('=ODDLYIELD(DATE(2008,4,20),DATE(2008,6,15),DATE(2007,12,24),0.0375,99.875,100,2,0)')).toBeCloseTo(0.045192, 6);
  });

  it.each([0, 1, 2, 3, 4])('ODDLYIELD inverts ODDLPRICE (basis %i)', (basis) => {
    const args = 'DATE(2024,2,7),DATE(2024,12,15),DATE(2023,10,15),0.05';
    const price = value(`=ODDLPRICE(${args},0.04,100,2,${String(basis)})`);
    expect(value(`=ODDLYIELD(${args},${String(price)},100,2,${String(basis)})`)).toBeCloseTo(0.04, 12);
  });

  it('gives #NUM! unless maturity > settlement > last interest', () => {
    expect(evaluateOne('=ODDLPRICE(DATE(2008,2,7),DATE(2008,6,15),DATE(2008,2,7),0.0375,0.0405,100,2)')).toEqual(NUM);
    expect(evaluateOne('=ODDLPRICE(DATE(2008,6,15),DATE(2008,6,15),DATE(2007,10,15),0.0375,0.0405,100,2)')).toEqual(NUM);
    expect(evaluateOne('=ODDLYIELD(DATE(2008,2,7),DATE(2008,6,15),DATE(2007,10,15),0.0375,99,100,3)')).toEqual(NUM);
    expect(evaluateOne('=ODDLYIELD(DATE(2008,2,7),DATE(2008,6,15),DATE(2007,10,15),0.0375,99,100,2,7)')).toEqual(NUM);
  });
});
