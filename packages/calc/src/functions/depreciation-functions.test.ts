import { describe, expect, it } from 'vitest';
import { evaluate, evaluateOne } from '../test-workbook.js';
import { decliningSchedule, degressiveCoefficient } from './depreciation-functions.js';

function value(formula: string): number {
  const v = evaluateOne(formula);
  if (typeof v !== 'number') throw new Error(`${formula} gave ${JSON.stringify(v)}`);
  return v;
}

const NUM = { error: '#NUM!' };

describe('VDB', () => {
  it.each([
    ['=VDB(2400,300,10*365,0,1)', 1.32],
    ['=VDB(2400,300,10*12,0,1)', 40],
    ['=VDB(2400,300,10,0,1)', 480],
    ['=VDB(2400,300,10*12,6,18)', 396.31],
    ['=VDB(2400,300,10*12,6,18,1.5)', 311.81],
    ['=VDB(2400,300,10,0,0.875,1.5)', 315],
  ])("Excel's example %s ≈ %d", (formula, expected) => {
    expect(value(formula)).toBeCloseTo(expected, 2);
  });

  it('switches to straight line when it gives more, unless told not to', () => {
    // Declining balance at 20% of 2400, salvage 0: 480, 384, 307.2, 245.76, 196.61, 157.29; from
    // year 7 straight line (629.15 / 4 = 157.29 > 20% of 629.15).
    const schedule = decliningSchedule(2400, 0, 10, 2, false, 10);
    expect(schedule.slice(0, 6).map((x) => Math.round(x * 100) / 100)).toEqual([480, 384, 307.2, 245.76, 196.61, 157.29]);
    for (const amount of schedule.slice(6)) expect(amount).toBeCloseTo((2400 * 0.8 ** 6) / 4, 10);
    expect(value('=VDB(2400,0,10,0,10)')).toBeCloseTo(2400, 10);
    expect(value('=VDB(2400,0,10,0,10,2,TRUE)')).toBeCloseTo(2400 * (1 - 0.8 ** 10), 10);
    // Without switching, declining balance stops at salvage: 786.43 left after 5 years, 300 kept.
    expect(value('=VDB(2400,300,10,5,10,2,TRUE)')).toBeCloseTo(2400 * 0.8 ** 5 - 300, 10);
    expect(value('=VDB(2400,300,10,0,10)')).toBeCloseTo(2100, 10);
  });

  it('gives #NUM! for periods outside the life and negative amounts', () => {
    expect(evaluateOne('=VDB(2400,300,10,0,11)')).toEqual(NUM);
    expect(evaluateOne('=VDB(2400,300,10,5,4)')).toEqual(NUM);
    expect(evaluateOne('=VDB(2400,300,10,-1,4)')).toEqual(NUM);
    expect(evaluateOne('=VDB(-2400,300,10,0,4)')).toEqual(NUM);
    expect(evaluateOne('=VDB(2400,300,10,0,4,0)')).toEqual(NUM);
  });
});

describe('AMORLINC and AMORDEGRC', () => {
  const ASSET = '2400,DATE(2008,8,19),DATE(2008,12,31),300';

  it("give Excel's documented results", () => {
    expect(value(`=AMORLINC(${ASSET},1,0.15,1)`)).toBe(360);
    expect(value(`=AMORDEGRC(${ASSET},1,0.15,1)`)).toBe(776);
  });

  it('AMORLINC prorates the first period and ends at salvage', () => {
    // 134 days of 2008 (a leap year) at 15% of 2400.
    expect(value(`=AMORLINC(${ASSET},0,0.15,1)`)).toBeCloseTo((360 * 134) / 366, 12);
    const periods = evaluate([], Array.from({ length: 9 }, (_, n) => `=AMORLINC(${ASSET},${String(n)},0.15,1)`)) as number[];
    expect(periods.slice(1, 6)).toEqual([360, 360, 360, 360, 360]);
    expect(periods.reduce((a, b) => a + b, 0)).toBeCloseTo(2100, 10);
    expect(periods[7]).toBe(0);
  });

  it('AMORDEGRC rounds each period and takes half of what is left near the end', () => {
    const periods = evaluate([], Array.from({ length: 8 }, (_, n) => `=AMORDEGRC(${ASSET},${String(n)},0.15,1)`)) as number[];
    // 0.15 * 2.5: 330 first (prorated, rounded), then 37.5% of the book value, rounded.
    expect(periods).toEqual([330, 776, 485, 303, 190, 158, 0, 0]);
  });

  it('uses the coefficient of the life, #NUM! where Excel has none', () => {
    expect([3, 4, 5, 6, 6.5, 10].map(degressiveCoefficient)).toEqual([1.5, 1.5, 2, 2, 2.5, 2.5]);
    expect(degressiveCoefficient(4.5)).toBeUndefined();
    expect(degressiveCoefficient(2.5)).toBeUndefined();
    expect(evaluateOne(`=AMORDEGRC(${ASSET},1,1/4.5,1)`)).toEqual(NUM);
  });

  it('give #NUM! for basis 2 and purchase after the first period', () => {
    expect(evaluateOne(`=AMORLINC(${ASSET},1,0.15,2)`)).toEqual(NUM);
    expect(evaluateOne(`=AMORDEGRC(${ASSET},1,0.15,2)`)).toEqual(NUM);
    expect(evaluateOne('=AMORLINC(2400,DATE(2009,1,1),DATE(2008,12,31),300,1,0.15)')).toEqual(NUM);
    expect(evaluateOne(`=AMORLINC(${ASSET},1,0,1)`)).toEqual(NUM);
  });
});
