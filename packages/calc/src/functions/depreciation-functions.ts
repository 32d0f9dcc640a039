/**
 * Depreciation functions HyperFormula lacks (ECMA-376 Part 1 §18.17.7; ODF 1.3 OpenFormula
 * §6.12): VDB (declining balance over any span of periods, switching to straight line) and the
 * French accounting ones, AMORLINC (linear, the first period prorated) and AMORDEGRC (degressive
 * with the coefficient of the asset's life).
 */
import { FunctionArgumentType } from 'hyperformula';
import type { CellError, ImplementedFunctions } from 'hyperformula';
import type { DayCountBasis } from './bond-dates.js';
import { yearFraction } from './bond-dates.js';
import { basisArg, BASIS_ARG, dateArg, finite, firstError, NUMBER_ARG, numError } from './financial-support.js';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { OstalFunctionPlugin } from './plugin-support.js';
import { roundTo } from './rounding-functions.js';

/**
 * Depreciation of each whole period 1..`periods`: declining balance at `factor / life` of the
 * book value, never below salvage; unless `noSwitch`, straight line over the remaining life from
 * the first period where it gives more.
 */
export function decliningSchedule(cost: number, salvage: number, life: number, factor: number, noSwitch: boolean, periods: number): number[] {
  const out: number[] = [];
  let book = cost;
  let straight: number | undefined;
  for (let i = 1; i <= periods; i += 1) {
    const left = Math.max(0, book - salvage);
    let amount: number;
    if (straight !== undefined) amount = straight;
    else {
      const declining = Math.min((book * factor) / life, left);
      const remaining = life - (i - 1);
      const linear = remaining > 0 ? left / Math.max(remaining, 1) : left;
      if (!noSwitch && linear > declining) {
        straight = linear;
        amount = linear;
      } else amount = declining;
    }
    amount = Math.min(amount, left);
    out.push(amount);
    book -= amount;
  }
  return out;
}

/**
 * VDB(cost, salvage, life, start_period, end_period, [factor], [no_switch]): depreciation from
 * `start` to `end` (in periods, fractions allowed: a fraction of a period counts that fraction of
 * its depreciation).
 */
export function vdb(cost: number, salvage: number, life: number, start: number, end: number, factor: number, noSwitch: boolean): number | CellError {
  if (cost < 0 || salvage < 0 || salvage > cost || life <= 0 || start < 0 || end < start || end > life || factor <= 0) {
    return numError('VDB needs 0 <= salvage <= cost, 0 <= start <= end <= life and a positive factor.');
  }
  const amounts = decliningSchedule(cost, salvage, life, factor, noSwitch, Math.ceil(end));
  let total = 0;
  amounts.forEach((amount, index) => {
    const overlap = Math.min(end, index + 1) - Math.max(start, index);
    if (overlap > 0) total += amount * overlap;
  });
  return finite(total);
}

/** Checked arguments of AMORLINC and AMORDEGRC: the prorated first year, or an error. */
function firstYear(cost: number, purchased: number, firstPeriod: number, salvage: number, period: number, rate: number, basis: number): number | CellError {
  const p = dateArg(purchased);
  const f = dateArg(firstPeriod);
  const b = basisArg(basis);
  const error = firstError(p, f, b);
  if (error) return error;
  if (b === 2) return numError('Basis 2 is not allowed here.');
  if (cost < 0 || salvage < 0 || salvage > cost || period < 0 || rate <= 0 || (p as number) > (f as number)) {
    return numError('Depreciation needs 0 <= salvage <= cost, a period >= 0, a positive rate and purchase before the first period end.');
  }
  return yearFraction(p as number, f as number, b as DayCountBasis);
}

/** AMORLINC: linear depreciation of `period` (0 is the prorated first one), French accounting. */
export function amorlinc(cost: number, purchased: number, firstPeriod: number, salvage: number, period: number, rate: number, basis: number): number | CellError {
  const years = firstYear(cost, purchased, firstPeriod, salvage, period, rate, basis);
  if (typeof years !== 'number') return years;
  const n = Math.trunc(period);
  const yearly = cost * rate;
  const first = years * yearly;
  const depreciable = cost - salvage;
  if (n === 0) return Math.min(first, depreciable);
  const fullYears = Math.floor((depreciable - first) / yearly);
  if (n <= fullYears) return yearly;
  if (n === fullYears + 1) return Math.max(0, depreciable - yearly * fullYears - first);
  return 0;
}

/** The AMORDEGRC coefficient of an asset life of `life` years; undefined where Excel gives #NUM!. */
export function degressiveCoefficient(life: number): number | undefined {
  if (life < 3) return life === 1 || life === 2 ? 1 : undefined;
  if (life <= 4) return 1.5;
  if (life < 5) return undefined;
  return life <= 6 ? 2 : 2.5;
}

/**
 * AMORDEGRC: degressive depreciation of `period`, French accounting: rate times the life's
 * coefficient on the book value, rounded to whole units; the period that would take the book
 * value below salvage and the one before it each take half of what is left, later ones nothing.
 */
export function amordegrc(cost: number, purchased: number, firstPeriod: number, salvage: number, period: number, rate: number, basis: number): number | CellError {
  const years = firstYear(cost, purchased, firstPeriod, salvage, period, rate, basis);
  if (typeof years !== 'number') return years;
  const coefficient = degressiveCoefficient(1 / rate);
  if (coefficient === undefined) return numError('Excel has no coefficient for this life.');
  const n = Math.trunc(period);
  const degressive = rate * coefficient;
  let amount = roundTo(years * degressive * cost, 0, 'half-away');
  let book = cost - amount;
  let rest = book - salvage;
  for (let i = 0; i < n; i += 1) {
    amount = roundTo(degressive * book, 0, 'half-away');
    rest -= amount;
    if (rest < 0) return n - i <= 1 ? roundTo(book * 0.5, 0, 'half-away') : 0;
    book -= amount;
  }
  return amount;
}

type Compute = (...args: never[]) => number | CellError;
const AMOR = [NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, NUMBER_ARG, BASIS_ARG];
const COMPUTE: Readonly<Record<string, Compute>> = { VDB: vdb, AMORLINC: amorlinc, AMORDEGRC: amordegrc };

/** VDB, AMORLINC, AMORDEGRC. */
export class DepreciationFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    VDB: {
      method: 'compute',
      parameters: [
        NUMBER_ARG,
        NUMBER_ARG,
        NUMBER_ARG,
        NUMBER_ARG,
        NUMBER_ARG,
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 2, emptyAsDefault: true },
        { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: false, emptyAsDefault: true },
      ],
    },
    AMORLINC: { method: 'compute', parameters: AMOR },
    AMORDEGRC: { method: 'compute', parameters: AMOR },
  };

  /** Every function of this plugin: arguments coerced, then its formula. */
  compute(ast: ProcedureNode, state: PluginState): PluginValue {
    const name = ast.procedureName;
    return this.runFunction(ast.args, state, this.meta(name), COMPUTE[name] as (...args: unknown[]) => number | CellError);
  }
}
