/**
 * Bonds paying periodic coupons (ECMA-376 Part 1 §18.17.7; ODF 1.3 OpenFormula §6.12): PRICE,
 * YIELD, DURATION, MDURATION and ACCRINT. Prices are per 100 face value; the coupon period
 * around settlement and its day counts come from `bond-dates.ts`.
 */
import { FunctionArgumentType } from 'hyperformula';
import type { CellError, ImplementedFunctions } from 'hyperformula';
import type { DayCountBasis } from './bond-dates.js';
import { couponDays, dayCount, periodIndex, periodLength, shiftCouponDate } from './bond-dates.js';
import { couponArgs } from './coupon-functions.js';
import type { CouponArgs } from './coupon-functions.js';
import { basisArg, BASIS_ARG, dateArg, finite, firstError, frequencyArg, NUMBER_ARG, numError, solveYield } from './financial-support.js';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { OstalFunctionPlugin } from './plugin-support.js';

/** The cash flows of a bond from settlement: coupons at times (in periods) x, x+1, ..., redemption with the last. */
export interface BondFlows {
  /** Coupon per period per 100 face value. */
  readonly coupon: number;
  /** Coupons left (N). */
  readonly count: number;
  /** Fraction of a period to the next coupon (DSC/E). */
  readonly offset: number;
  /** Fraction of the period already accrued (A/E). */
  readonly accrued: number;
  readonly frequency: number;
}

/** The flows per 100 face value of a bond paying `rate` a year, from its checked coupon arguments. */
export function bondFlows(a: CouponArgs, rate: number): BondFlows {
  const days = couponDays(a.settlement, a.period.previous, a.period.next, a.frequency, a.basis);
  return { coupon: (100 * rate) / a.frequency, count: a.period.remaining, offset: days.after / days.length, accrued: days.before / days.length, frequency: a.frequency };
}

/**
 * The clean price of the flows at annual yield `yld`: ECMA-376's PRICE formula, compound
 * discounting even for the last coupon period (only YIELD has a simple-interest form for it).
 */
export function bondPrice(flows: BondFlows, yld: number, redemption: number): number {
  const { coupon, count, offset, accrued, frequency } = flows;
  const base = 1 + yld / frequency;
  let sum = redemption / base ** (count - 1 + offset);
  for (let k = 1; k <= count; k += 1) sum += coupon / base ** (k - 1 + offset);
  return sum - coupon * accrued;
}

/** PRICE(settlement, maturity, rate, yld, redemption, frequency, [basis]). */
export function price(s: number, m: number, rate: number, yld: number, redemption: number, f: number, basis: number): number | CellError {
  const a = couponArgs(s, m, f, basis);
  if (!('period' in a)) return a;
  if (rate < 0 || yld < 0 || redemption <= 0) return numError('Rate and yield must not be negative, redemption must be positive.');
  return finite(bondPrice(bondFlows(a, rate), yld, redemption));
}

/**
 * YIELD(settlement, maturity, rate, pr, redemption, frequency, [basis]): for one coupon period
 * left, Excel's documented simple-interest form; otherwise the yield that gives PRICE = pr.
 */
export function bondYield(s: number, m: number, rate: number, pr: number, redemption: number, f: number, basis: number): number | CellError {
  const a = couponArgs(s, m, f, basis);
  if (!('period' in a)) return a;
  if (rate < 0 || pr <= 0 || redemption <= 0) return numError('Rate must not be negative, price and redemption must be positive.');
  const flows = bondFlows(a, rate);
  if (flows.count === 1) {
    const paid = pr + flows.coupon * flows.accrued;
    return finite(((redemption + flows.coupon - paid) / paid) * (flows.frequency / flows.offset));
  }
  const solved = solveYield((y) => bondPrice(flows, y, redemption), pr, Math.max(rate, 0.05), -flows.frequency);
  return solved === undefined ? numError('No yield gives this price.') : solved;
}

/** DURATION(settlement, maturity, coupon, yld, frequency, [basis]): Macaulay duration in years. */
export function duration(s: number, m: number, coupon: number, yld: number, f: number, basis: number): number | CellError {
  const a = couponArgs(s, m, f, basis);
  if (!('period' in a)) return a;
  if (coupon < 0 || yld < 0) return numError('Coupon and yield must not be negative.');
  const flows = bondFlows(a, coupon);
  const base = 1 + yld / a.frequency;
  let weighted = 0;
  let value = 0;
  for (let k = 1; k <= flows.count; k += 1) {
    const t = k - 1 + flows.offset;
    const flow = flows.coupon + (k === flows.count ? 100 : 0);
    weighted += (t * flow) / base ** t;
    value += flow / base ** t;
  }
  return finite(weighted / value / a.frequency);
}

/** MDURATION: DURATION / (1 + yld / frequency). */
export function mduration(s: number, m: number, coupon: number, yld: number, f: number, basis: number): number | CellError {
  const d = duration(s, m, coupon, yld, f, basis);
  return typeof d === 'number' ? d / (1 + yld / Math.trunc(f)) : d;
}

/**
 * ACCRINT(issue, first_interest, settlement, rate, par, frequency, [basis], [calc_method]):
 * interest accrued over the quasi-coupon periods (the schedule through first_interest) from
 * issue, or from first_interest when calc_method is FALSE and settlement is after it.
 */
export function accrint(issue: number, first: number, s: number, rate: number, par: number, f: number, basis: number, fromIssue: boolean): number | CellError {
  const checked = [dateArg(issue), dateArg(first), dateArg(s), frequencyArg(f)];
  const b = basisArg(basis);
  const error = firstError(...checked, b);
  if (error) return error;
  const [start0, firstDate, settle, frequency] = checked as [number, number, number, number];
  const dayBasis = b as DayCountBasis;
  if (start0 >= settle) return numError('Issue must be before settlement.');
  if (rate <= 0 || par <= 0) return numError('Rate and par must be positive.');
  const start = !fromIssue && settle > firstDate ? firstDate : start0;
  let total = 0;
  for (let k = periodIndex(start, firstDate, frequency); ; k += 1) {
    const from = shiftCouponDate(firstDate, k, frequency);
    if (from >= settle) break;
    const to = shiftCouponDate(firstDate, k + 1, frequency);
    const a = Math.max(from, start);
    const z = Math.min(to, settle);
    if (z > a) total += dayCount(a, z, dayBasis) / periodLength(from, to, frequency, dayBasis);
  }
  return finite(((par * rate) / frequency) * total);
}

type Compute = (...args: never[]) => number | CellError;
const SEVEN = [NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, BASIS_ARG];
const SIX = SEVEN.slice(1);
const COMPUTE: Readonly<Record<string, Compute>> = { PRICE: price, YIELD: bondYield, DURATION: duration, MDURATION: mduration, ACCRINT: accrint };

/** PRICE, YIELD, DURATION, MDURATION, ACCRINT. */
export class BondFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    PRICE: { method: 'compute', parameters: SEVEN },
    YIELD: { method: 'compute', parameters: SEVEN },
    DURATION: { method: 'compute', parameters: SIX },
    MDURATION: { method: 'compute', parameters: SIX },
    ACCRINT: {
      method: 'compute',
      parameters: [NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, { ...NUMBER_ARG, defaultValue: 1000, emptyAsDefault: true }, NUMBER_ARG, BASIS_ARG, { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: true, emptyAsDefault: true }],
    },
  };

  /** Every function of this plugin: arguments coerced, then its formula. */
  compute(ast: ProcedureNode, state: PluginState): PluginValue {
    const name = ast.procedureName;
    return this.runFunction(ast.args, state, this.meta(name), COMPUTE[name] as (...args: unknown[]) => number | CellError);
  }
}
