/**
 * Statistical functions HyperFormula lacks, from the Excel function reference (LibreOffice
 * computes them alike): INTERCEPT and FORECAST / FORECAST.LINEAR (the least squares line of
 * the pairs where both values are numbers; ranges of different sizes: #N/A; x all equal:
 * #DIV/0!), KURT (sample excess kurtosis, at least four numbers), TRIMMEAN (the mean without
 * the given fraction of the values, half from each end, the number left out rounded down to an
 * even count), PERMUT and PERMUTATIONA (arrangements without and with repetition), PERCENTRANK
 * / PERCENTRANK.INC and PERCENTRANK.EXC (the rank of x among the numbers as a fraction, inclusive
 * (less / (n − 1)) or exclusive ((less + 1) / (n + 1)), interpolated between the nearest numbers
 * when x is not one of them, cut down to `significance` digits (3 by default); x outside the
 * numbers: #N/A).
 */
import { CellError, ErrorType, FunctionArgumentType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { argumentNumbers, rangeNumbers } from './number-lists.js';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { cellError, flatValues, isNumberValue, isReferenceNode, OstalFunctionPlugin, toNumber } from './plugin-support.js';

const NUMBER = { argumentType: FunctionArgumentType.NUMBER };

/** Intercept and slope of the least squares line through the points; #DIV/0! when x does not vary. */
export function leastSquaresLine(x: readonly number[], y: readonly number[]): { a: number; b: number } | CellError {
  const n = x.length;
  if (n === 0) return cellError(ErrorType.DIV_BY_ZERO, 'No pair of numbers.');
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i += 1) {
    sxx += (x[i]! - mx) ** 2;
    sxy += (x[i]! - mx) * (y[i]! - my);
  }
  if (sxx === 0) return cellError(ErrorType.DIV_BY_ZERO, 'The x values do not vary.');
  const b = sxy / sxx;
  return { a: my - b * mx, b };
}

/** Sample excess kurtosis; #DIV/0! for fewer than four numbers or no spread. */
export function kurtosis(values: readonly number[]): number | CellError {
  const n = values.length;
  if (n < 4) return cellError(ErrorType.DIV_BY_ZERO, 'KURT needs at least four numbers.');
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
  if (variance === 0) return cellError(ErrorType.DIV_BY_ZERO, 'The numbers do not vary.');
  const s = Math.sqrt(variance);
  const fourth = values.reduce((sum, v) => sum + ((v - mean) / s) ** 4, 0);
  return (n * (n + 1) * fourth) / ((n - 1) * (n - 2) * (n - 3)) - (3 * (n - 1) ** 2) / ((n - 2) * (n - 3));
}

/** Mean of `values` without floor(n·fraction / 2) values at each end. */
export function trimmedMean(values: readonly number[], fraction: number): number | CellError {
  if (values.length === 0 || fraction < 0 || fraction >= 1) return cellError(ErrorType.NUM, 'The fraction must be at least 0 and below 1.');
  const cut = Math.floor((values.length * fraction) / 2);
  const kept = [...values].sort((a, b) => a - b).slice(cut, values.length - cut);
  return kept.reduce((s, v) => s + v, 0) / kept.length;
}

/**
 * Rank of x among `values` as a fraction, or #N/A when x lies outside them. Between two numbers
 * the rank is interpolated from the last place of the lower one to the first place of the
 * higher one (as LibreOffice does with repeated numbers).
 */
export function percentRank(values: readonly number[], x: number, exclusive: boolean): number | CellError {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0 || x < sorted[0]! || x > sorted[n - 1]!) return cellError(ErrorType.NA, 'x lies outside the numbers.');
  const at = (place: number) => (exclusive ? (place + 1) / (n + 1) : n === 1 ? 1 : place / (n - 1));
  const first = sorted.findIndex((s) => s >= x);
  if (sorted[first] === x) return at(first);
  const [below, above] = [sorted[first - 1]!, sorted[first]!];
  return at(first - 1) + ((x - below) / (above - below)) * (at(first) - at(first - 1));
}

/** `value` cut down (towards 0) to `digits` decimals, binary noise removed first. */
function cutDown(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.floor(Number((value * factor).toPrecision(15))) / factor;
}

/** INTERCEPT, FORECAST, FORECAST.LINEAR, KURT, TRIMMEAN, PERMUT, PERMUTATIONA, PERCENTRANK(.INC, .EXC). */
export class StatisticsFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    INTERCEPT: { method: 'intercept' },
    FORECAST: { method: 'forecast' },
    'FORECAST.LINEAR': { method: 'forecast' },
    KURT: { method: 'kurt' },
    TRIMMEAN: { method: 'trimmean' },
    PERMUT: { method: 'permut', parameters: [NUMBER, NUMBER] },
    PERMUTATIONA: { method: 'permutationa', parameters: [NUMBER, NUMBER] },
    PERCENTRANK: { method: 'percentRankInc' },
    'PERCENTRANK.INC': { method: 'percentRankInc' },
    'PERCENTRANK.EXC': { method: 'percentRankExc' },
  };

  /** The pairs of numbers of two same-sized lists (other pairs skipped); #N/A for different sizes. */
  private pairs(ast: ProcedureNode, yIndex: number, state: PluginState): { x: number[]; y: number[] } | CellError {
    const ys = flatValues(this.evaluateArg(ast.args[yIndex]!, state));
    const xs = flatValues(this.evaluateArg(ast.args[yIndex + 1]!, state));
    if (ys.length !== xs.length) return cellError(ErrorType.NA, 'The known x and y differ in size.');
    const x: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < ys.length; i += 1) {
      const [yv, xv] = [ys[i]!, xs[i]!];
      if (yv instanceof CellError) return yv;
      if (xv instanceof CellError) return xv;
      if (isNumberValue(yv) && isNumberValue(xv)) {
        y.push(toNumber(yv));
        x.push(toNumber(xv));
      }
    }
    return { x, y };
  }

  /** INTERCEPT(known_y, known_x). */
  intercept(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length !== 2) return this.argumentCountError();
    const points = this.pairs(ast, 0, state);
    if (points instanceof CellError) return points;
    const line = leastSquaresLine(points.x, points.y);
    return line instanceof CellError ? line : line.a;
  }

  /** FORECAST(x, known_y, known_x) and FORECAST.LINEAR. */
  forecast(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length !== 3) return this.argumentCountError();
    const xValue = argumentNumbers(this.evaluateArg(ast.args[0]!, state), false);
    if (xValue instanceof CellError) return xValue;
    if (xValue.length !== 1) return cellError(ErrorType.VALUE, 'A single number is expected.');
    const points = this.pairs(ast, 1, state);
    if (points instanceof CellError) return points;
    const line = leastSquaresLine(points.x, points.y);
    return line instanceof CellError ? line : line.a + line.b * xValue[0]!;
  }

  /** The numbers of every argument (references keep their numbers only; direct values coerced). */
  private numbers(ast: ProcedureNode, state: PluginState, from: number, to: number): number[] | CellError {
    const list: number[] = [];
    for (const node of ast.args.slice(from, to)) {
      const numbers = argumentNumbers(this.evaluateArg(node, state), isReferenceNode(node));
      if (numbers instanceof CellError) return numbers;
      list.push(...numbers);
    }
    return list;
  }

  /** KURT(number1, ...). */
  kurt(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length === 0) return this.argumentCountError();
    const list = this.numbers(ast, state, 0, ast.args.length);
    return list instanceof CellError ? list : kurtosis(list);
  }

  /** TRIMMEAN(array, percent). */
  trimmean(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length !== 2) return this.argumentCountError();
    const list = rangeNumbers(this.evaluateArg(ast.args[0]!, state));
    if (list instanceof CellError) return list;
    const fraction = this.numbers(ast, state, 1, 2);
    if (fraction instanceof CellError) return fraction;
    if (fraction.length !== 1) return cellError(ErrorType.VALUE, 'A single number is expected.');
    return trimmedMean(list, fraction[0]!);
  }

  /** PERMUT(number, chosen): number! / (number − chosen)!, both truncated. */
  permut(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('PERMUT'), (n: number, k: number) => {
      const [whole, chosen] = [Math.trunc(n), Math.trunc(k)];
      if (whole < 0 || chosen < 0 || chosen > whole) return cellError(ErrorType.NUM, 'Need 0 ≤ chosen ≤ number.');
      let result = 1;
      for (let i = 0; i < chosen; i += 1) result *= whole - i;
      return Number.isFinite(result) ? result : cellError(ErrorType.NUM, 'Too large.');
    });
  }

  /** PERMUTATIONA(number, chosen): number ^ chosen, both truncated. */
  permutationa(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('PERMUTATIONA'), (n: number, k: number) => {
      const [whole, chosen] = [Math.trunc(n), Math.trunc(k)];
      if (whole < 0 || chosen < 0) return cellError(ErrorType.NUM, 'Need numbers at or above 0.');
      const result = whole ** chosen;
      return Number.isFinite(result) ? result : cellError(ErrorType.NUM, 'Too large.');
    });
  }

  /** PERCENTRANK(array, x, [significance]) and PERCENTRANK.INC. */
  percentRankInc(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.percentRankOf(ast, state, false);
  }

  /** PERCENTRANK.EXC(array, x, [significance]). */
  percentRankExc(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.percentRankOf(ast, state, true);
  }

  private percentRankOf(ast: ProcedureNode, state: PluginState, exclusive: boolean): PluginValue {
    if (ast.args.length < 2 || ast.args.length > 3) return this.argumentCountError();
    const list = rangeNumbers(this.evaluateArg(ast.args[0]!, state));
    if (list instanceof CellError) return list;
    const rest = this.numbers(ast, state, 1, 3);
    if (rest instanceof CellError) return rest;
    if (rest.length !== ast.args.length - 1) return cellError(ErrorType.VALUE, 'A single number is expected.');
    const [x, significance = 3] = rest as [number, number?];
    if (Math.trunc(significance) < 1) return cellError(ErrorType.NUM, 'The significance must be at least 1.');
    const rank = percentRank(list, x, exclusive);
    return rank instanceof CellError ? rank : cutDown(rank, Math.trunc(significance));
  }
}
