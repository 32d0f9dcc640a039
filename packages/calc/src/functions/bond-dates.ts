/**
 * Day counts and coupon dates of the securities functions (ECMA-376 Part 1 §18.17.7: COUPDAYBS,
 * COUPNCD, PRICE...; ODF 1.3 OpenFormula §4.11.7 day-count bases). Dates are serial numbers
 * counted from 1899-12-30, as HyperFormula and LibreOffice count them (the same serials as Excel
 * from 1900-03-01 on).
 *
 * Bases: 0 US (NASD) 30/360, 1 actual/actual, 2 actual/360, 3 actual/365, 4 European 30/360.
 */

/** A day-count basis, 0 to 4. */
export type DayCountBasis = 0 | 1 | 2 | 3 | 4;

/** A calendar date. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
/** 9999-12-31, the last date Excel knows. */
export const LAST_SERIAL = 2_958_465;

/** The calendar date of a serial number (its integer part). */
export function fromSerial(serial: number): CalendarDate {
  const date = new Date(EPOCH + Math.floor(serial) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The serial number of a calendar date; months beyond 1–12 roll into other years. */
export function toSerial(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(0, 0, 0, 0);
  return Math.round((date.getTime() - EPOCH) / MS_PER_DAY);
}

/** True for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isLastDayOfFebruary(date: CalendarDate): boolean {
  return date.month === 2 && date.day === daysInMonth(date.year, 2);
}

/**
 * Days between two serials counted with 30-day months. The US (NASD) rules are those of Excel's
 * YEARFRAC and securities functions, tried in this order: a start on the 31st counts as the 30th
 * (and so does an end on the 31st); else an end on the 31st after a start on the 30th counts as
 * the 30th; else a start on the last day of February counts as the 30th (and so does an end on
 * the last day of February). So 28 Feb 2023 to 31 Mar 2023 is 31 days, as in Excel. The European
 * rule makes every 31st a 30th.
 */
export function days360(start: number, end: number, european: boolean): number {
  const a = fromSerial(start);
  const b = fromSerial(end);
  let d1 = a.day;
  let d2 = b.day;
  if (european) {
    d1 = Math.min(d1, 30);
    d2 = Math.min(d2, 30);
  } else if (d1 === 31) {
    d1 = 30;
    if (d2 === 31) d2 = 30;
  } else if (d1 === 30 && d2 === 31) {
    d2 = 30;
  } else if (isLastDayOfFebruary(a)) {
    d1 = 30;
    if (isLastDayOfFebruary(b)) d2 = 30;
  }
  return (b.year - a.year) * 360 + (b.month - a.month) * 30 + (d2 - d1);
}

/** Days from `start` to `end` under a basis: 30/360 for bases 0 and 4, actual days otherwise. */
export function dayCount(start: number, end: number, basis: DayCountBasis): number {
  if (basis === 0) return days360(start, end, false);
  if (basis === 4) return days360(start, end, true);
  return end - start;
}

/**
 * The fraction of a year from `start` to `end` (`start <= end`), as Excel's YEARFRAC computes it.
 * Actual/actual divides by 366 for a span of at most a year that holds a 29 February (or lies in
 * a leap year), by 365 for other such spans, and by the average length of the calendar years
 * touched for longer spans.
 */
export function yearFraction(start: number, end: number, basis: DayCountBasis): number {
  if (basis === 0 || basis === 4) return dayCount(start, end, basis) / 360;
  if (basis === 2) return (end - start) / 360;
  if (basis === 3) return (end - start) / 365;
  const a = fromSerial(start);
  const b = fromSerial(end);
  const withinAYear = a.year === b.year || (b.year === a.year + 1 && (a.month > b.month || (a.month === b.month && a.day >= b.day)));
  if (withinAYear) {
    let length = 365;
    if (a.year === b.year) {
      if (isLeapYear(a.year)) length = 366;
    } else if ((isLeapYear(a.year) && start <= toSerial(a.year, 2, 29)) || (isLeapYear(b.year) && end >= toSerial(b.year, 2, 29))) {
      length = 366;
    }
    return (end - start) / length;
  }
  const years = b.year - a.year + 1;
  const average = (toSerial(b.year + 1, 1, 1) - toSerial(a.year, 1, 1)) / years;
  return (end - start) / average;
}

/**
 * The coupon date `periods` coupon periods after `anchor` (before it when negative), with the
 * end-of-month rule: an anchor on the last day of its month gives last days of months; another
 * day is kept, or cut to the month's length.
 */
export function shiftCouponDate(anchor: number, periods: number, frequency: number): number {
  const a = fromSerial(anchor);
  const months = a.month - 1 + (periods * 12) / frequency;
  const year = a.year + Math.floor(months / 12);
  const month = (((months % 12) + 12) % 12) + 1;
  const last = daysInMonth(year, month);
  const endOfMonth = a.day === daysInMonth(a.year, a.month);
  return toSerial(year, month, endOfMonth ? last : Math.min(a.day, last));
}

/**
 * The index k of the coupon period holding `date` in the schedule through `anchor`:
 * shift(k) <= date < shift(k + 1), where shift(k) is `shiftCouponDate(anchor, k, frequency)`;
 * negative for a date before `anchor`.
 */
export function periodIndex(date: number, anchor: number, frequency: number): number {
  const a = fromSerial(anchor);
  const d = fromSerial(date);
  const monthsApart = (d.year - a.year) * 12 + (d.month - a.month);
  let k = Math.floor((monthsApart * frequency) / 12);
  while (shiftCouponDate(anchor, k, frequency) > date) k -= 1;
  while (shiftCouponDate(anchor, k + 1, frequency) <= date) k += 1;
  return k;
}

/** Coupon dates around a settlement: the one on or before it, the one after, and how many remain. */
export interface CouponPeriod {
  /** Previous coupon date (COUPPCD): on or before settlement. */
  readonly previous: number;
  /** Next coupon date (COUPNCD): after settlement. */
  readonly next: number;
  /** Coupons payable from settlement to maturity (COUPNUM). */
  readonly remaining: number;
}

/** The coupon period holding `settlement` in the schedule ending at `maturity` (settlement < maturity). */
export function couponPeriod(settlement: number, maturity: number, frequency: number): CouponPeriod {
  const n = -periodIndex(settlement, maturity, frequency);
  return { previous: shiftCouponDate(maturity, -n, frequency), next: shiftCouponDate(maturity, -n + 1, frequency), remaining: n };
}

/** Length in days of the coupon period from `previous` to `next` (COUPDAYS): actual for basis 1. */
export function periodLength(previous: number, next: number, frequency: number, basis: DayCountBasis): number {
  if (basis === 1) return next - previous;
  return (basis === 3 ? 365 : 360) / frequency;
}

/** The day counts of a coupon period around a settlement date. */
export interface CouponDays {
  /** Days from the period's start to settlement (COUPDAYBS, "A"). */
  readonly before: number;
  /** Days of the period (COUPDAYS, "E"). */
  readonly length: number;
  /** Days from settlement to the period's end (COUPDAYSNC, "DSC"). */
  readonly after: number;
}

/**
 * Day counts of the coupon period from `previous` to `next` for a settlement inside it. Under the
 * 30/360 bases the days after settlement are the period's length less the days before, so that
 * the two parts always make the whole period.
 */
export function couponDays(settlement: number, previous: number, next: number, frequency: number, basis: DayCountBasis): CouponDays {
  const length = periodLength(previous, next, frequency, basis);
  const before = dayCount(previous, settlement, basis);
  const after = basis === 0 || basis === 4 ? length - before : next - settlement;
  return { before, length, after };
}
