/**
 * Bonds with an odd first or last coupon period (ECMA-376 Part 1 §18.17.7; ODF 1.3 OpenFormula
 * §6.12): ODDFPRICE, ODDFYIELD, ODDLPRICE, ODDLYIELD. The odd period is cut into quasi-coupon
 * periods (regular periods of the schedule through the first or last coupon date); each part
 * counts its days over its own quasi-period's length, as Excel's formulas for long odd periods
 * do (a short odd period is the case of one part).
 */
import type { CellError, ImplementedFunctions } from 'hyperformula';
import type { DayCountBasis } from './bond-dates.js';
import { couponPeriod, dayCount, periodIndex, periodLength, shiftCouponDate } from './bond-dates.js';
import { basisArg, BASIS_ARG, dateArg, finite, firstError, frequencyArg, NUMBER_ARG, numError, solveYield } from './financial-support.js';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { OstalFunctionPlugin } from './plugin-support.js';

/** Dates, frequency and basis checked: truncated, in range, in the order `dates` lists them (each after the previous). */
function checkedDates(dates: readonly number[], f: number, basis: number): { dates: number[]; frequency: number; basis: DayCountBasis } | CellError {
  const checked = dates.map(dateArg);
  const freq = frequencyArg(f);
  const b = basisArg(basis);
  const error = firstError(...checked, freq, b);
  if (error) return error;
  const days = checked as number[];
  for (let i = 1; i < days.length; i += 1) if (days[i]! <= days[i - 1]!) return numError('The dates are not in order.');
  return { dates: days, frequency: freq as number, basis: b as DayCountBasis };
}

/** Days of [from, to] inside each quasi-coupon period, over that period's length, summed. */
function quasiFraction(from: number, to: number, anchor: number, frequency: number, basis: DayCountBasis): number {
  let total = 0;
  for (let k = periodIndex(from, anchor, frequency); ; k += 1) {
    const p = shiftCouponDate(anchor, k, frequency);
    if (p >= to) break;
    const q = shiftCouponDate(anchor, k + 1, frequency);
    const a = Math.max(p, from);
    const z = Math.min(q, to);
    if (z > a) total += dayCount(a, z, basis) / periodLength(p, q, frequency, basis);
  }
  return total;
}

/** The price function of a bond with an odd first period, for the checked dates. */
function oddFirstPricer(settlement: number, maturity: number, issue: number, first: number, rate: number, redemption: number, frequency: number, basis: DayCountBasis): (yld: number) => number {
  const coupon = (100 * rate) / frequency;
  const regular = couponPeriod(first, maturity, frequency).remaining;
  const firstCoupon = coupon * quasiFraction(issue, first, first, frequency, basis);
  const accrued = coupon * quasiFraction(issue, settlement, first, frequency, basis);
  const k = periodIndex(settlement, first, frequency);
  const p = shiftCouponDate(first, k, frequency);
  const q = shiftCouponDate(first, k + 1, frequency);
  const toFirst = dayCount(settlement, q, basis) / periodLength(p, q, frequency, basis) - (k + 1);
  return (yld) => {
    const base = 1 + yld / frequency;
    let sum = redemption / base ** (regular + toFirst) + firstCoupon / base ** toFirst;
    for (let n = 1; n <= regular; n += 1) sum += coupon / base ** (n + toFirst);
    return sum - accrued;
  };
}

/** ODDFPRICE(settlement, maturity, issue, first_coupon, rate, yld, redemption, frequency, [basis]). */
export function oddfprice(s: number, m: number, issue: number, first: number, rate: number, yld: number, redemption: number, f: number, basis: number): number | CellError {
  const c = checkedDates([issue, s, first, m], f, basis);
  if (!('dates' in c)) return c;
  if (rate < 0 || yld < 0 || redemption <= 0) return numError('Rate and yield must not be negative, redemption must be positive.');
  const [i, st, fc, mt] = c.dates as [number, number, number, number];
  return finite(oddFirstPricer(st, mt, i, fc, rate, redemption, c.frequency, c.basis)(yld));
}

/** ODDFYIELD(settlement, maturity, issue, first_coupon, rate, pr, redemption, frequency, [basis]): solved from ODDFPRICE. */
export function oddfyield(s: number, m: number, issue: number, first: number, rate: number, pr: number, redemption: number, f: number, basis: number): number | CellError {
  const c = checkedDates([issue, s, first, m], f, basis);
  if (!('dates' in c)) return c;
  if (rate < 0 || pr <= 0 || redemption <= 0) return numError('Rate must not be negative, price and redemption must be positive.');
  const [i, st, fc, mt] = c.dates as [number, number, number, number];
  const pricer = oddFirstPricer(st, mt, i, fc, rate, redemption, c.frequency, c.basis);
  const solved = solveYield(pricer, pr, Math.max(rate, 0.05), -c.frequency);
  return solved === undefined ? numError('No yield gives this price.') : solved;
}

/** The sums of Excel's odd-last-period formulas: days over quasi-period lengths. */
interface OddLastParts {
  /** Whole odd period, last coupon to maturity (Σ DC/NL). */
  readonly whole: number;
  /** Accrued, last coupon to settlement (Σ A/NL). */
  readonly accrued: number;
  /** Remaining, settlement to maturity (Σ DSC/NL). */
  readonly remaining: number;
}

function oddLastParts(settlement: number, maturity: number, last: number, frequency: number, basis: DayCountBasis): OddLastParts {
  return {
    whole: quasiFraction(last, maturity, last, frequency, basis),
    accrued: quasiFraction(last, settlement, last, frequency, basis),
    remaining: quasiFraction(settlement, maturity, last, frequency, basis),
  };
}

/** ODDLPRICE(settlement, maturity, last_interest, rate, yld, redemption, frequency, [basis]). */
export function oddlprice(s: number, m: number, last: number, rate: number, yld: number, redemption: number, f: number, basis: number): number | CellError {
  const c = checkedDates([last, s, m], f, basis);
  if (!('dates' in c)) return c;
  if (rate < 0 || yld < 0 || redemption <= 0) return numError('Rate and yield must not be negative, redemption must be positive.');
  const [l, st, mt] = c.dates as [number, number, number];
  const parts = oddLastParts(st, mt, l, c.frequency, c.basis);
  const coupon = (100 * rate) / c.frequency;
  return finite((redemption + coupon * parts.whole) / (1 + (parts.remaining * yld) / c.frequency) - coupon * parts.accrued);
}

/** ODDLYIELD(settlement, maturity, last_interest, rate, pr, redemption, frequency, [basis]). */
export function oddlyield(s: number, m: number, last: number, rate: number, pr: number, redemption: number, f: number, basis: number): number | CellError {
  const c = checkedDates([last, s, m], f, basis);
  if (!('dates' in c)) return c;
  if (rate < 0 || pr <= 0 || redemption <= 0) return numError('Rate must not be negative, price and redemption must be positive.');
  const [l, st, mt] = c.dates as [number, number, number];
  const parts = oddLastParts(st, mt, l, c.frequency, c.basis);
  const coupon = (100 * rate) / c.frequency;
  const paid = pr + coupon * parts.accrued;
  return finite(((redemption + coupon * parts.whole - paid) / paid) * (c.frequency / parts.remaining));
}

type Compute = (...args: never[]) => number | CellError;
const NINE = [NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, BASIS_ARG];
const EIGHT = NINE.slice(1);
const COMPUTE: Readonly<Record<string, Compute>> = { ODDFPRICE: oddfprice, ODDFYIELD: oddfyield, ODDLPRICE: oddlprice, ODDLYIELD: oddlyield };

/** ODDFPRICE, ODDFYIELD, ODDLPRICE, ODDLYIELD. */
export class OddPeriodFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    ODDFPRICE: { method: 'compute', parameters: NINE },
    ODDFYIELD: { method: 'compute', parameters: NINE },
    ODDLPRICE: { method: 'compute', parameters: EIGHT },
    ODDLYIELD: { method: 'compute', parameters: EIGHT },
  };

  /** Every function of this plugin: arguments coerced, then its formula. */
  compute(ast: ProcedureNode, state: PluginState): PluginValue {
    const name = ast.procedureName;
    return this.runFunction(ast.args, state, this.meta(name), COMPUTE[name] as (...args: unknown[]) => number | CellError);
  }
}
