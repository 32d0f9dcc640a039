import { describe, expect, it } from 'vitest';
import { evaluate } from '../test-workbook.js';
import type { DayCountBasis } from './bond-dates.js';
import { couponDays, couponPeriod, dayCount, days360, fromSerial, periodIndex, shiftCouponDate, toSerial, yearFraction } from './bond-dates.js';

const d = (y: number, m: number, day: number): number => toSerial(y, m, day);

describe('serial dates', () => {
  it('counts from 1899-12-30 like Excel from March 1900 on', () => {
    expect(d(2008, 1, 1)).toBe(39448);
    expect(d(9999, 12, 31)).toBe(2958465);
    expect(fromSerial(39448)).toEqual({ year: 2008, month: 1, day: 1 });
    expect(fromSerial(39448.75)).toEqual({ year: 2008, month: 1, day: 1 });
    expect(d(2023, 14, 1)).toBe(d(2024, 2, 1));
  });
});

describe('days360', () => {
  it.each([
    [d(2023, 1, 31), d(2023, 3, 31), 60],
    [d(2023, 1, 30), d(2023, 3, 31), 60],
    [d(2023, 1, 29), d(2023, 3, 31), 62],
    [d(2023, 2, 28), d(2023, 3, 31), 31],
    [d(2023, 2, 28), d(2024, 2, 29), 360],
    [d(2024, 2, 29), d(2024, 3, 30), 30],
    [d(2024, 2, 28), d(2024, 3, 30), 32],
  ])('US %i to %i is %i days', (start, end, days) => {
    expect(days360(start, end, false)).toBe(days);
  });

  it('European: every 31st is a 30th, February stays as it is', () => {
    expect(days360(d(2023, 1, 29), d(2023, 3, 31), true)).toBe(61);
    expect(days360(d(2023, 2, 28), d(2023, 3, 31), true)).toBe(32);
  });

  it('counts actual days for bases 1 to 3', () => {
    expect(dayCount(d(2024, 1, 31), d(2024, 3, 1), 1)).toBe(30);
    expect(dayCount(d(2024, 1, 31), d(2024, 3, 1), 0)).toBe(31);
  });
});

describe('yearFraction', () => {
  it('divides actual/actual by 366 when a 29 February lies in a span of a year at most', () => {
    expect(yearFraction(d(2024, 1, 1), d(2024, 7, 1), 1)).toBeCloseTo(182 / 366, 15);
    expect(yearFraction(d(2023, 3, 1), d(2024, 3, 1), 1)).toBeCloseTo(366 / 366, 15);
    expect(yearFraction(d(2023, 3, 1), d(2024, 2, 1), 1)).toBeCloseTo(337 / 365, 15);
    expect(yearFraction(d(2022, 1, 1), d(2025, 1, 1), 1)).toBeCloseTo(1096 / (1461 / 4), 15);
  });

  it("agrees with the engine's YEARFRAC on every basis", () => {
    const cases: [number, number, DayCountBasis][] = [];
    for (let i = 0; i < 60; i += 1) {
      const start = d(2000, 1, 1) + ((i * 7919) % 9000);
      const end = start + ((i * 104_729) % (i % 2 === 0 ? 700 : 4000));
      cases.push([start, end, (i % 5) as DayCountBasis]);
    }
    const engine = evaluate([], cases.map(([s, e, b]) => `=YEARFRAC(${String(s)},${String(e)},${String(b)})`));
    cases.forEach(([s, e, b], i) => expect(yearFraction(s, e, b)).toBeCloseTo(engine[i] as number, 14));
  });
});

describe('coupon dates', () => {
  it('keeps the last day of the month when maturity is one', () => {
    expect(fromSerial(shiftCouponDate(d(2030, 8, 31), -1, 2))).toEqual({ year: 2030, month: 2, day: 28 });
    expect(fromSerial(shiftCouponDate(d(2030, 8, 31), -3, 4))).toEqual({ year: 2029, month: 11, day: 30 });
    expect(fromSerial(shiftCouponDate(d(2030, 8, 30), -1, 2))).toEqual({ year: 2030, month: 2, day: 28 });
    expect(fromSerial(shiftCouponDate(d(2030, 8, 30), -2, 2))).toEqual({ year: 2029, month: 8, day: 30 });
    expect(fromSerial(shiftCouponDate(d(2028, 2, 29), 1, 1))).toEqual({ year: 2029, month: 2, day: 28 });
  });

  it('finds the period holding a date, on a coupon date included', () => {
    const maturity = d(2011, 11, 15);
    expect(periodIndex(d(2011, 1, 25), maturity, 2)).toBe(-2);
    expect(periodIndex(d(2011, 5, 15), maturity, 2)).toBe(-1);
    expect(periodIndex(d(2013, 1, 1), maturity, 4)).toBe(4);
    expect(couponPeriod(d(2011, 1, 25), maturity, 2)).toEqual({ previous: d(2010, 11, 15), next: d(2011, 5, 15), remaining: 2 });
  });

  it('splits a coupon period around settlement per basis', () => {
    const [s, p, n] = [d(2011, 1, 25), d(2010, 11, 15), d(2011, 5, 15)];
    expect(couponDays(s, p, n, 2, 1)).toEqual({ before: 71, length: 181, after: 110 });
    expect(couponDays(s, p, n, 2, 0)).toEqual({ before: 70, length: 180, after: 110 });
    expect(couponDays(s, p, n, 2, 2)).toEqual({ before: 71, length: 180, after: 110 });
    expect(couponDays(s, p, n, 2, 3)).toEqual({ before: 71, length: 182.5, after: 110 });
    expect(couponDays(s, p, n, 2, 4)).toEqual({ before: 70, length: 180, after: 110 });
  });
});
