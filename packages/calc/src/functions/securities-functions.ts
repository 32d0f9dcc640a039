/**
 * Discounted and at-maturity securities (ECMA-376 Part 1 §18.17.7; ODF 1.3 OpenFormula §6.12):
 * DISC, INTRATE, RECEIVED, PRICEDISC, YIELDDISC, PRICEMAT, YIELDMAT, ACCRINTM. Periods are
 * year fractions under the basis (YEARFRAC's rules, `bond-dates.ts`).
 */
import type { CellError, ImplementedFunctions } from 'hyperformula';
import type { DayCountBasis } from './bond-dates.js';
import { yearFraction } from './bond-dates.js';
import { basisArg, BASIS_ARG, dateArg, finite, firstError, NUMBER_ARG, numError } from './financial-support.js';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { OstalFunctionPlugin } from './plugin-support.js';

/**
 * The year fraction from `start` to `end` (dates truncated, basis checked); `#NUM!` unless
 * `start < end`.
 */
export function spanYears(start: number, end: number, basis: number): number | CellError {
  const s = dateArg(start);
  const e = dateArg(end);
  const b = basisArg(basis);
  const error = firstError(s, e, b);
  if (error) return error;
  if ((s as number) >= (e as number)) return numError('The first date must be before the second.');
  return yearFraction(s as number, e as number, b as DayCountBasis);
}

/** Years from the dates, then `compute` on them, `#NUM!` when a check of the amounts fails. */
function withYears(start: number, end: number, basis: number, valid: boolean, compute: (years: number) => number): number | CellError {
  const years = spanYears(start, end, basis);
  if (typeof years !== 'number') return years;
  if (!valid) return numError('An amount or rate is out of range.');
  return finite(compute(years));
}

/** DISC: the discount rate of a security bought at `price`, redeemed at `redemption`. */
export function disc(s: number, m: number, price: number, redemption: number, basis: number): number | CellError {
  return withYears(s, m, basis, price > 0 && redemption > 0, (t) => (1 - price / redemption) / t);
}

/** INTRATE: the interest rate of a fully invested security. */
export function intrate(s: number, m: number, investment: number, redemption: number, basis: number): number | CellError {
  return withYears(s, m, basis, investment > 0 && redemption > 0, (t) => (redemption / investment - 1) / t);
}

/** RECEIVED: the amount received at maturity for a fully invested security. */
export function received(s: number, m: number, investment: number, discount: number, basis: number): number | CellError {
  const amount = withYears(s, m, basis, investment > 0 && discount > 0, (t) => 1 - discount * t);
  if (typeof amount !== 'number') return amount;
  return amount > 0 ? investment / amount : numError('The discount consumes the whole investment.');
}

/** PRICEDISC: the price per 100 face value of a discounted security. */
export function pricedisc(s: number, m: number, discount: number, redemption: number, basis: number): number | CellError {
  return withYears(s, m, basis, discount > 0 && redemption > 0, (t) => redemption * (1 - discount * t));
}

/** YIELDDISC: the annual yield of a discounted security. */
export function yielddisc(s: number, m: number, price: number, redemption: number, basis: number): number | CellError {
  return withYears(s, m, basis, price > 0 && redemption > 0, (t) => (redemption / price - 1) / t);
}

/** Year fractions issue→maturity, issue→settlement, settlement→maturity of an at-maturity security. */
function maturityYears(s: number, m: number, issue: number, basis: number): [number, number, number] | CellError {
  const settleToMaturity = spanYears(s, m, basis);
  if (typeof settleToMaturity !== 'number') return settleToMaturity;
  const i = dateArg(issue);
  if (typeof i !== 'number') return i;
  if (i > Math.trunc(s)) return numError('Issue must not be after settlement.');
  const b = Math.trunc(basis) as DayCountBasis;
  const st = Math.trunc(s);
  const mt = Math.trunc(m);
  return [yearFraction(i, mt, b), yearFraction(i, st, b), settleToMaturity];
}

/** PRICEMAT: the price per 100 face value of a security paying interest at maturity. */
export function pricemat(s: number, m: number, issue: number, rate: number, yld: number, basis: number): number | CellError {
  const years = maturityYears(s, m, issue, basis);
  if (!Array.isArray(years)) return years;
  if (rate < 0 || yld < 0) return numError('Rate and yield must not be negative.');
  const [issueToMaturity, issueToSettle, settleToMaturity] = years;
  return finite((100 + issueToMaturity * rate * 100) / (1 + settleToMaturity * yld) - issueToSettle * rate * 100);
}

/** YIELDMAT: the annual yield of a security paying interest at maturity. */
export function yieldmat(s: number, m: number, issue: number, rate: number, price: number, basis: number): number | CellError {
  const years = maturityYears(s, m, issue, basis);
  if (!Array.isArray(years)) return years;
  if (rate < 0 || price <= 0) return numError('Rate must not be negative and price must be positive.');
  const [issueToMaturity, issueToSettle, settleToMaturity] = years;
  const paid = price / 100 + issueToSettle * rate;
  return finite((1 + issueToMaturity * rate - paid) / paid / settleToMaturity);
}

/** ACCRINTM: interest accrued from issue to maturity (`settlement`) of a security paying at maturity. */
export function accrintm(issue: number, settlement: number, rate: number, par: number, basis: number): number | CellError {
  return withYears(issue, settlement, basis, rate > 0 && par > 0, (t) => par * rate * t);
}

const PAR_ARG = { ...NUMBER_ARG, defaultValue: 1000, emptyAsDefault: true };
const FIVE = [NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, BASIS_ARG];
const SIX = [NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, BASIS_ARG];

type Compute = (...args: never[]) => number | CellError;
const COMPUTE: Readonly<Record<string, Compute>> = {
  DISC: disc,
  INTRATE: intrate,
  RECEIVED: received,
  PRICEDISC: pricedisc,
  YIELDDISC: yielddisc,
  PRICEMAT: pricemat,
  YIELDMAT: yieldmat,
  ACCRINTM: accrintm,
};

/** DISC, INTRATE, RECEIVED, PRICEDISC, YIELDDISC, PRICEMAT, YIELDMAT, ACCRINTM. */
export class SecuritiesFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    DISC: { method: 'compute', parameters: FIVE },
    INTRATE: { method: 'compute', parameters: FIVE },
    RECEIVED: { method: 'compute', parameters: FIVE },
    PRICEDISC: { method: 'compute', parameters: FIVE },
    YIELDDISC: { method: 'compute', parameters: FIVE },
    PRICEMAT: { method: 'compute', parameters: SIX },
    YIELDMAT: { method: 'compute', parameters: SIX },
    ACCRINTM: { method: 'compute', parameters: [NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, PAR_ARG, BASIS_ARG] },
  };

  /** Every function of this plugin: arguments coerced to numbers, then its formula. */
  compute(ast: ProcedureNode, state: PluginState): PluginValue {
    const name = ast.procedureName;
    return this.runFunction(ast.args, state, this.meta(name), COMPUTE[name] as (...args: unknown[]) => number | CellError);
  }
}
