/**
 * LibreOffice's CHISQDIST and CHISQINV, which HyperFormula lacks (OpenFormula, ODF 1.3 Part 4,
 * 6.18.11 and 6.18.12; LibreOffice Help): the chi-square distribution from its left tail (unlike
 * the legacy CHIDIST, which gives the right tail).
 *
 * - CHISQDIST(x, degrees_of_freedom, [cumulative]): `cumulative` TRUE (default) gives the
 *   distribution function, FALSE the density; x ≤ 0 gives 0 (LibreOffice's result).
 * - CHISQINV(probability, degrees_of_freedom): the x whose distribution function is the
 *   probability; a probability outside [0, 1): #NUM!.
 * Degrees of freedom are floored and must be at least 1 (else #NUM!, LibreOffice's Err:502).
 */
import { ErrorType, FunctionArgumentType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { cellError, OstalFunctionPlugin } from './plugin-support.js';

/** Lanczos approximation (g = 7, nine terms) of ln Γ(a), a > 0. */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(a) for a > 0. */
export function logGamma(a: number): number {
  if (a < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * a)) - logGamma(1 - a);
  const x = a - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i += 1) sum += LANCZOS[i]! / (x + i);
  const t = x + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
}

const EPSILON = 1e-16;
const MAX_TERMS = 10_000;

/** The regularized lower incomplete gamma function P(a, x), a > 0, x ≥ 0. */
export function lowerRegularizedGamma(a: number, x: number): number {
  if (x <= 0) return 0;
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    // Series: P = e^(-x) x^a / Γ(a+1) · Σ x^n / ((a+1)…(a+n)).
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_TERMS; n += 1) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
    }
    return Math.min(1, sum * Math.exp(logPrefix));
  }
  // Continued fraction for Q = 1 - P (modified Lentz).
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < MAX_TERMS; n += 1) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.max(0, 1 - Math.exp(logPrefix) * h);
}

/** Chi-square distribution function with `df` degrees of freedom. */
export function chiSquareCdf(x: number, df: number): number {
  return x <= 0 ? 0 : lowerRegularizedGamma(df / 2, x / 2);
}

/** Chi-square density with `df` degrees of freedom (0 for x ≤ 0, as LibreOffice gives). */
export function chiSquarePdf(x: number, df: number): number {
  if (x <= 0) return 0;
  const k = df / 2;
  return Math.exp((k - 1) * Math.log(x) - x / 2 - k * Math.LN2 - logGamma(k));
}

/** The x with chiSquareCdf(x, df) = p, for 0 ≤ p < 1: bracketed, then halved to full precision. */
export function chiSquareInverse(p: number, df: number): number {
  if (p === 0) return 0;
  let low = 0;
  let high = Math.max(df, 1);
  while (chiSquareCdf(high, df) < p) high *= 2;
  for (let i = 0; i < 200 && high - low > Math.max(high, 1e-300) * 1e-16; i += 1) {
    const mid = (low + high) / 2;
    if (chiSquareCdf(mid, df) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

function degrees(df: number): number | undefined {
  const n = Math.floor(df);
  return n >= 1 ? n : undefined;
}

/** CHISQDIST, CHISQINV. */
export class ChiSquareFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    CHISQDIST: {
      method: 'chiSqDist',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: true },
      ],
    },
    CHISQINV: { method: 'chiSqInv', parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.NUMBER }] },
  };

  /** CHISQDIST(x, degrees_of_freedom, [cumulative]). */
  chiSqDist(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('CHISQDIST'), (x: number, dfArg: number, cumulative: boolean) => {
      const df = degrees(dfArg);
      if (df === undefined) return cellError(ErrorType.NUM, 'At least one degree of freedom is needed.');
      return cumulative ? chiSquareCdf(x, df) : chiSquarePdf(x, df);
    });
  }

  /** CHISQINV(probability, degrees_of_freedom). */
  chiSqInv(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('CHISQINV'), (p: number, dfArg: number) => {
      const df = degrees(dfArg);
      if (df === undefined || p < 0 || p >= 1) return cellError(ErrorType.NUM, 'The probability or the degrees of freedom are out of range.');
      return chiSquareInverse(p, df);
    });
  }
}
