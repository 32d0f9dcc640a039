/**
 * AGGREGATE, which HyperFormula lacks (Excel reference, Excel 2010): one of 19 aggregates, able
 * to skip error values.
 *
 * AGGREGATE(function_num, options, ref1, [ref2], ...) for functions 1 to 13, and
 * AGGREGATE(function_num, options, array, k) for 14 to 19:
 * 1 AVERAGE, 2 COUNT, 3 COUNTA, 4 MAX, 5 MIN, 6 PRODUCT, 7 STDEV.S, 8 STDEV.P, 9 SUM, 10 VAR.S,
 * 11 VAR.P, 12 MEDIAN, 13 MODE.SNGL, 14 LARGE, 15 SMALL, 16 PERCENTILE.INC, 17 QUARTILE.INC,
 * 18 PERCENTILE.EXC, 19 QUARTILE.EXC.
 * - `options` 2, 3, 6 and 7 skip error values; other options let the first error through.
 *   Hidden rows (options 1, 3, 5, 7) and nested SUBTOTAL or AGGREGATE results (0 to 3) are not
 *   told apart: the engine knows neither (nor does HyperFormula's SUBTOTAL).
 * - Only numbers count (text and logicals are skipped), except for COUNTA, which counts every
 *   value that is not blank. Arrays are computed with array arithmetic, so
 *   `AGGREGATE(14,6,A1:A9/(B1:B9="x"),1)` works as in Excel.
 * - A function number outside 1 to 19, options outside 0 to 7, or a missing k: #VALUE!.
 */
import { CellError, ErrorType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { integerArg, withArrays } from './array-arguments.js';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, coerceToNumber, flatValues, isEmpty, isNumberValue, OstalFunctionPlugin, toNumber } from './plugin-support.js';
import { modeOf } from './rank-functions.js';

const DIV0 = (): CellError => cellError(ErrorType.DIV_BY_ZERO, 'No numbers to aggregate.');
const NUM = (): CellError => cellError(ErrorType.NUM, 'An argument is out of range.');

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/** Sum of squared deviations from the mean. */
function deviations(xs: readonly number[]): number {
  const mean = sum(xs) / xs.length;
  return xs.reduce((a, x) => a + (x - mean) ** 2, 0);
}

/** The k-th percentile of sorted numbers, inclusive (PERCENTILE.INC) or exclusive. */
export function percentile(sorted: readonly number[], k: number, exclusive: boolean): number | CellError {
  const n = sorted.length;
  if (n === 0 || k < 0 || k > 1) return NUM();
  const rank = exclusive ? k * (n + 1) - 1 : k * (n - 1);
  if (rank < 0 || rank > n - 1) return NUM();
  const low = Math.floor(rank);
  const high = Math.min(low + 1, n - 1);
  return sorted[low]! + (rank - low) * (sorted[high]! - sorted[low]!);
}

/** Functions 1 to 13 over a list of numbers. */
function simpleAggregate(fn: number, xs: readonly number[]): number | CellError {
  const n = xs.length;
  switch (fn) {
    case 1:
      return n === 0 ? DIV0() : sum(xs) / n;
    case 2:
      return n;
    case 4:
      return n === 0 ? 0 : Math.max(...xs);
    case 5:
      return n === 0 ? 0 : Math.min(...xs);
    case 6:
      return n === 0 ? 0 : xs.reduce((a, b) => a * b, 1);
    case 7:
      return n < 2 ? DIV0() : Math.sqrt(deviations(xs) / (n - 1));
    case 8:
      return n < 1 ? DIV0() : Math.sqrt(deviations(xs) / n);
    case 9:
      return sum(xs);
    case 10:
      return n < 2 ? DIV0() : deviations(xs) / (n - 1);
    case 11:
      return n < 1 ? DIV0() : deviations(xs) / n;
    case 12: {
      if (n === 0) return NUM();
      const sorted = [...xs].sort((a, b) => a - b);
      return n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
    }
    case 13:
      return modeOf(xs) ?? cellError(ErrorType.NA, 'No value repeats.');
    default:
      return cellError(ErrorType.VALUE, 'Unknown function number.');
  }
}

/** Functions 14 to 19 over a list of numbers and their k. */
function rankedAggregate(fn: number, xs: readonly number[], k: number): number | CellError {
  const sorted = [...xs].sort((a, b) => a - b);
  const n = sorted.length;
  switch (fn) {
    case 14:
    case 15: {
      const i = Math.ceil(k);
      if (i < 1 || i > n) return NUM();
      return fn === 14 ? sorted[n - i]! : sorted[i - 1]!;
    }
    case 16:
      return percentile(sorted, k, false);
    case 18:
      return percentile(sorted, k, true);
    case 17:
    case 19: {
      const q = Math.trunc(k);
      if (fn === 17 ? q < 0 || q > 4 : q < 1 || q > 3) return NUM();
      return percentile(sorted, q / 4, fn === 19);
    }
    default:
      return cellError(ErrorType.VALUE, 'Unknown function number.');
  }
}

/** AGGREGATE. */
export class AggregateFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    AGGREGATE: { method: 'aggregate', vectorizationForbidden: true, enableArrayArithmeticForArguments: true },
  };

  /** AGGREGATE(function_num, options, ref1, ...) or AGGREGATE(function_num, options, array, k). */
  aggregate(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length < 3) return this.argumentCountError();
    const arrays = withArrays(state);
    const fn = integerArg(this.evaluateArg(ast.args[0]!, arrays), 0);
    if (fn instanceof CellError) return fn;
    const options = integerArg(this.evaluateArg(ast.args[1]!, arrays), 0);
    if (options instanceof CellError) return options;
    if (fn < 1 || fn > 19 || options < 0 || options > 7) return cellError(ErrorType.VALUE, 'Unknown function number or options.');
    const skipErrors = (options & 2) !== 0;
    const ranked = fn >= 14;
    if (ranked && ast.args.length !== 4) return cellError(ErrorType.VALUE, 'This function needs its k.');
    const dataNodes = ranked ? ast.args.slice(2, 3) : ast.args.slice(2);
    const values: ScalarValue[] = [];
    for (const node of dataNodes) {
      for (const v of flatValues(this.evaluateArg(node, arrays))) {
        if (v instanceof CellError) {
          if (skipErrors) continue;
          return v;
        }
        values.push(v);
      }
    }
    if (fn === 3) return values.filter((v) => !isEmpty(v)).length;
    const numbers: number[] = [];
    for (const v of values) if (isNumberValue(v)) numbers.push(toNumber(v));
    if (!ranked) return simpleAggregate(fn, numbers);
    const [kValue] = flatValues(this.evaluateArg(ast.args[3]!, arrays));
    const k = coerceToNumber(kValue!);
    if (k instanceof CellError) return k;
    return rankedAggregate(fn, numbers, k);
  }
}
