/**
 * PROB and PERCENTOF, which HyperFormula lacks (Excel reference).
 *
 * PROB(x_range, prob_range, [lower_limit], [upper_limit]): the probability that a value of
 * `x_range` lies between the limits (both included; equal to `lower_limit` when `upper_limit` is
 * left out), each value having the probability at the same place of `prob_range`. Ranges of
 * different sizes: #N/A; a probability not above 0 or above 1, or probabilities not adding up to
 * 1: #NUM!. Pairs where either value is no number are skipped.
 *
 * PERCENTOF(data_subset, data_all) (Excel 365): the sum of the subset divided by the sum of all;
 * numbers only in references (as SUM), #DIV/0! when all sums to 0.
 */
import { CellError, ErrorType, FunctionArgumentType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { argumentNumbers } from './number-lists.js';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { cellError, flatValues, isNumberValue, isReferenceNode, OstalFunctionPlugin, toNumber } from './plugin-support.js';

/** PROB over pairs of numbers; the error to show when the probabilities are not a distribution. */
export function probability(xs: readonly number[], ps: readonly number[], lower: number, upper: number): number | CellError {
  let total = 0;
  let inside = 0;
  for (let i = 0; i < xs.length; i += 1) {
    const p = ps[i]!;
    if (p <= 0 || p > 1) return cellError(ErrorType.NUM, 'A probability is out of (0, 1].');
    total += p;
    if (xs[i]! >= lower && xs[i]! <= upper) inside += p;
  }
  // The probabilities add up to 1, give or take rounding.
  if (Math.abs(total - 1) > 1e-12) return cellError(ErrorType.NUM, 'The probabilities do not add up to 1.');
  return inside;
}

/** PROB, PERCENTOF. */
export class ProbFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    PROB: {
      method: 'prob',
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NUMBER, optionalArg: true },
        { argumentType: FunctionArgumentType.NUMBER, optionalArg: true },
      ],
    },
    PERCENTOF: { method: 'percentOf' },
  };

  /** PROB(x_range, prob_range, [lower_limit], [upper_limit]). */
  prob(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('PROB'), (xRange: PluginValue, pRange: PluginValue, lower: number | undefined, upper: number | undefined) => {
      const xValues = flatValues(xRange);
      const pValues = flatValues(pRange);
      if (xValues.length !== pValues.length) return cellError(ErrorType.NA, 'The ranges differ in size.');
      if (lower === undefined) return cellError(ErrorType.VALUE, 'A lower limit is needed.');
      const xs: number[] = [];
      const ps: number[] = [];
      for (let i = 0; i < xValues.length; i += 1) {
        const x = xValues[i]!;
        const p = pValues[i]!;
        if (x instanceof CellError) return x;
        if (p instanceof CellError) return p;
        if (!isNumberValue(x) || !isNumberValue(p)) continue;
        xs.push(toNumber(x));
        ps.push(toNumber(p));
      }
      return probability(xs, ps, lower, upper ?? lower);
    });
  }

  /** PERCENTOF(data_subset, data_all). */
  percentOf(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length !== 2) return this.argumentCountError();
    const sums: number[] = [];
    for (const node of ast.args) {
      const numbers = argumentNumbers(this.evaluateArg(node, state), isReferenceNode(node));
      if (numbers instanceof CellError) return numbers;
      sums.push(numbers.reduce((a, b) => a + b, 0));
    }
    return sums[1] === 0 ? cellError(ErrorType.DIV_BY_ZERO, 'The whole sums to 0.') : sums[0]! / sums[1]!;
  }
}
