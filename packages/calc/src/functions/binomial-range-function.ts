/**
 * BINOM.DIST.RANGE, which HyperFormula lacks (Excel reference, Excel 2013): the probability that
 * the number of successes in `trials` independent trials of probability `probability_s` lies
 * between `number_s` and `number_s2` (both included; just `number_s` when `number_s2` is left out).
 * Counts are truncated to integers; a negative count of trials, a probability outside [0, 1],
 * `number_s` outside [0, trials] or `number_s2` outside [number_s, trials]: #NUM!.
 */
import { ErrorType, FunctionArgumentType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { cellError, OstalFunctionPlugin } from './plugin-support.js';

/** P(from ≤ X ≤ to) for X binomial(n, p); counts already checked. */
export function binomialRange(n: number, p: number, from: number, to: number): number {
  if (p === 0) return from === 0 ? 1 : 0;
  if (p === 1) return to === n ? 1 : 0;
  // The first term's logarithm from ln C(n, from), then each next term by the ratio of terms,
  // in logarithms so that no term underflows before it is added.
  let logTerm = from * Math.log(p) + (n - from) * Math.log1p(-p);
  for (let i = 1; i <= from; i += 1) logTerm += Math.log((n - from + i) / i);
  const logOdds = Math.log(p) - Math.log1p(-p);
  let sum = 0;
  for (let k = from; k <= to; k += 1) {
    sum += Math.exp(logTerm);
    logTerm += Math.log((n - k) / (k + 1)) + logOdds;
  }
  return Math.min(sum, 1);
}

/** BINOM.DIST.RANGE. */
export class BinomialRangeFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    'BINOM.DIST.RANGE': {
      method: 'binomDistRange',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, optionalArg: true },
      ],
    },
  };

  /** BINOM.DIST.RANGE(trials, probability_s, number_s, [number_s2]). */
  binomDistRange(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('BINOM.DIST.RANGE'), (trials: number, p: number, s: number, s2: number | undefined) => {
      const n = Math.trunc(trials);
      const from = Math.trunc(s);
      const to = s2 === undefined ? from : Math.trunc(s2);
      if (n < 0 || p < 0 || p > 1 || from < 0 || from > n || to < from || to > n) return cellError(ErrorType.NUM, 'An argument is out of range.');
      return binomialRange(n, p, from, to);
    });
  }
}
