/**
 * GESTEP, ERF.PRECISE and ERFC.PRECISE, which HyperFormula lacks (Excel reference; OpenFormula,
 * ODF 1.3 Part 4). GESTEP(number, [step]) is 1 when number ≥ step (default 0),
 * else 0. ERF.PRECISE(x) is the error function from 0 to x and ERFC.PRECISE(x) its complement
 * 1 − erf(x), for any real x (negative x included, as Excel 2010 allows).
 */
import { FunctionArgumentType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { OstalFunctionPlugin } from './plugin-support.js';

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/** erf(x) by its Taylor series, for |x| < 3 (where the terms stay small enough to add exactly). */
function erfSeries(x: number): number {
  let term = x;
  let sum = x;
  const x2 = x * x;
  for (let n = 1; n < 200; n += 1) {
    term *= -x2 / n;
    const add = term / (2 * n + 1);
    sum += add;
    if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
  }
  return TWO_OVER_SQRT_PI * sum;
}

/** erfc(x) for x ≥ 1.5 by its continued fraction (modified Lentz), accurate in relative terms. */
function erfcFraction(x: number): number {
  // erfc(x) = exp(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …)))))
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 5000; n += 1) {
    const a = n / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + a / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

/** The error function. */
export function erf(x: number): number {
  if (Math.abs(x) < 3) return erfSeries(x);
  return x > 0 ? 1 - erfcFraction(x) : erfcFraction(-x) - 1;
}

/** The complementary error function 1 − erf(x), without losing digits for large x. */
export function erfc(x: number): number {
  // Below 1.5 the series loses no digit that matters; above, the fraction keeps erfc's own.
  if (x >= 1.5) return erfcFraction(x);
  if (x <= -1.5) return 2 - erfcFraction(-x);
  return 1 - erfSeries(x);
}

/** GESTEP, ERF.PRECISE, ERFC.PRECISE. */
export class EngineeringFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    GESTEP: { method: 'gestep', parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 }] },
    'ERF.PRECISE': { method: 'erfPrecise', parameters: [{ argumentType: FunctionArgumentType.NUMBER }] },
    'ERFC.PRECISE': { method: 'erfcPrecise', parameters: [{ argumentType: FunctionArgumentType.NUMBER }] },
  };

  /** GESTEP(number, [step]). */
  gestep(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('GESTEP'), (n: number, step: number) => (n >= step ? 1 : 0));
  }

  /** ERF.PRECISE(x). */
  erfPrecise(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('ERF.PRECISE'), erf);
  }

  /** ERFC.PRECISE(x). */
  erfcPrecise(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('ERFC.PRECISE'), erfc);
  }
}
