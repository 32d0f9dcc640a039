/**
 * The coupon functions of ECMA-376 Part 1 §18.17.7 (ODF 1.3 OpenFormula §6.12): COUPDAYBS,
 * COUPDAYS, COUPDAYSNC, COUPNCD, COUPNUM, COUPPCD. Coupon dates step back from maturity by
 * 12/frequency months with the end-of-month rule (see `bond-dates.ts`).
 */
import type { CellError, ImplementedFunctions } from 'hyperformula';
import type { CouponPeriod, DayCountBasis } from './bond-dates.js';
import { couponDays, couponPeriod } from './bond-dates.js';
import { basisArg, BASIS_ARG, dateArg, firstError, frequencyArg, NUMBER_ARG, numError } from './financial-support.js';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { OstalFunctionPlugin } from './plugin-support.js';

/** The checked arguments of a coupon function. */
export interface CouponArgs {
  readonly settlement: number;
  readonly maturity: number;
  readonly frequency: number;
  readonly basis: DayCountBasis;
  readonly period: CouponPeriod;
}

/**
 * Settlement, maturity, frequency and basis checked as Excel checks them (dates truncated,
 * `#NUM!` for settlement on or after maturity, a frequency other than 1, 2, 4, a basis outside
 * 0–4), with the coupon period holding settlement.
 */
export function couponArgs(settlement: number, maturity: number, frequency: number, basis: number): CouponArgs | CellError {
  const s = dateArg(settlement);
  const m = dateArg(maturity);
  const f = frequencyArg(frequency);
  const b = basisArg(basis);
  const error = firstError(s, m, f, b);
  if (error) return error;
  if ((s as number) >= (m as number)) return numError('Settlement must be before maturity.');
  return { settlement: s as number, maturity: m as number, frequency: f as number, basis: b as DayCountBasis, period: couponPeriod(s as number, m as number, f as number) };
}

type CouponResult = (args: CouponArgs) => number;

const results: Readonly<Record<string, CouponResult>> = {
  COUPDAYBS: (a) => couponDays(a.settlement, a.period.previous, a.period.next, a.frequency, a.basis).before,
  COUPDAYS: (a) => couponDays(a.settlement, a.period.previous, a.period.next, a.frequency, a.basis).length,
  COUPDAYSNC: (a) => couponDays(a.settlement, a.period.previous, a.period.next, a.frequency, a.basis).after,
  COUPNCD: (a) => a.period.next,
  COUPNUM: (a) => a.period.remaining,
  COUPPCD: (a) => a.period.previous,
};

const COUPON_PARAMETERS = [NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, BASIS_ARG];

/** COUPDAYBS, COUPDAYS, COUPDAYSNC, COUPNCD, COUPNUM, COUPPCD (settlement, maturity, frequency, [basis]). */
export class CouponFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    COUPDAYBS: { method: 'coupdaybs', parameters: COUPON_PARAMETERS },
    COUPDAYS: { method: 'coupdays', parameters: COUPON_PARAMETERS },
    COUPDAYSNC: { method: 'coupdaysnc', parameters: COUPON_PARAMETERS },
    COUPNCD: { method: 'coupncd', parameters: COUPON_PARAMETERS },
    COUPNUM: { method: 'coupnum', parameters: COUPON_PARAMETERS },
    COUPPCD: { method: 'couppcd', parameters: COUPON_PARAMETERS },
  };

  private coupon(name: string, ast: ProcedureNode, state: PluginState): PluginValue {
    const result = results[name]!;
    return this.runFunction(ast.args, state, this.meta(name), (s: number, m: number, f: number, b: number) => {
      const args = couponArgs(s, m, f, b);
      return 'period' in args ? result(args) : args;
    });
  }

  /** COUPDAYBS: days from the start of the coupon period to settlement. */
  coupdaybs(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.coupon('COUPDAYBS', ast, state);
  }

  /** COUPDAYS: days in the coupon period holding settlement. */
  coupdays(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.coupon('COUPDAYS', ast, state);
  }

  /** COUPDAYSNC: days from settlement to the next coupon date. */
  coupdaysnc(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.coupon('COUPDAYSNC', ast, state);
  }

  /** COUPNCD: the next coupon date after settlement. */
  coupncd(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.coupon('COUPNCD', ast, state);
  }

  /** COUPNUM: coupons payable between settlement and maturity. */
  coupnum(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.coupon('COUPNUM', ast, state);
  }

  /** COUPPCD: the coupon date on or before settlement. */
  couppcd(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.coupon('COUPPCD', ast, state);
  }
}
