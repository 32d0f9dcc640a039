/**
 * FREQUENCY, MDETERM, MINVERSE and MUNIT, which HyperFormula lacks. FREQUENCY (Excel and LibreOffice
 * references) returns a column one longer than the bins: how many data values fall at or below
 * each bin and above the next smaller bin, then how many lie above the largest bin; text and
 * blanks in either list are skipped. MDETERM and MINVERSE need a square array of numbers
 * (#VALUE! otherwise); MINVERSE of a singular matrix is #NUM!. MUNIT(dimension) is the identity
 * matrix of that size (below 1: #VALUE!); the size must be written in the formula, as the engine
 * reserves the cells before computing (a size read from a cell gives #VALUE!).
 */
import { ArraySize, CellError, ErrorType, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { integerArg, literalInteger, withinSize } from './array-arguments.js';
import { rangeNumbers } from './number-lists.js';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { cellError, isNumberValue, OstalFunctionPlugin, toNumber } from './plugin-support.js';

/**
 * Counts per bin (in the bins' own order) plus the overflow count. A bin that is not a number
 * (null) counts nothing; equal bins: the first one counts.
 */
export function frequencies(data: readonly number[], bins: readonly (number | null)[]): number[] {
  const order = bins
    .map((bin, index) => ({ bin, index }))
    .filter((b): b is { bin: number; index: number } => b.bin !== null)
    .sort((a, b) => a.bin - b.bin || a.index - b.index);
  const counts = new Array<number>(bins.length + 1).fill(0);
  for (const x of data) {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order[mid]!.bin < x) lo = mid + 1;
      else hi = mid;
    }
    const target = lo < order.length ? order[lo]!.index : bins.length;
    counts[target]! += 1;
  }
  return counts;
}

/** Determinant by Gaussian elimination with partial pivoting. */
export function determinant(matrix: readonly (readonly number[])[]): number {
  const a = matrix.map((row) => [...row]);
  const n = a.length;
  let det = 1;
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (a[pivot]![col] === 0) return 0;
    if (pivot !== col) {
      [a[pivot], a[col]] = [a[col]!, a[pivot]!];
      det = -det;
    }
    const p = a[col]![col]!;
    det *= p;
    for (let r = col + 1; r < n; r += 1) {
      const f = a[r]![col]! / p;
      if (f === 0) continue;
      for (let c = col; c < n; c += 1) a[r]![c]! -= f * a[col]![c]!;
    }
  }
  return det;
}

/** Inverse by Gauss-Jordan elimination with partial pivoting; null for a singular matrix. */
export function inverse(matrix: readonly (readonly number[])[]): number[][] | null {
  const n = matrix.length;
  const a = matrix.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  // A pivot this small next to the matrix's largest entry is rounding noise: the matrix is singular.
  const scale = Math.max(...matrix.flat().map(Math.abs));
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (Math.abs(a[pivot]![col]!) <= scale * 1e-15) return null;
    [a[pivot], a[col]] = [a[col]!, a[pivot]!];
    const p = a[col]![col]!;
    for (let c = 0; c < 2 * n; c += 1) a[col]![c]! /= p;
    for (let r = 0; r < n; r += 1) {
      const f = a[r]![col]!;
      if (r === col || f === 0) continue;
      for (let c = 0; c < 2 * n; c += 1) a[r]![c]! -= f * a[col]![c]!;
    }
  }
  return a.map((row) => row.slice(n));
}

/** FREQUENCY, MDETERM, MINVERSE, MUNIT. */
export class MatrixFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    FREQUENCY: { method: 'frequency', sizeOfResultArrayMethod: 'frequencySize', vectorizationForbidden: true },
    MDETERM: { method: 'mdeterm', vectorizationForbidden: true },
    MINVERSE: { method: 'minverse', sizeOfResultArrayMethod: 'minverseSize', vectorizationForbidden: true, enableArrayArithmeticForArguments: true },
    MUNIT: { method: 'munit', sizeOfResultArrayMethod: 'munitSize', vectorizationForbidden: true },
  };

  /** MUNIT(dimension): the identity matrix. */
  munit(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length !== 1) return this.argumentCountError();
    const n = integerArg(this.evaluateArg(ast.args[0]!, state), 0);
    if (n instanceof CellError) return n;
    if (n < 1) return cellError(ErrorType.VALUE, 'The dimension must be at least 1.');
    if (n === 1) return 1;
    const identity = Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => (r === c ? 1 : 0)));
    return withinSize(SimpleRangeValue.onlyNumbers(identity), this.munitSize(ast, state));
  }

  /** Result size of MUNIT: the dimension written in the formula. */
  munitSize(ast: ProcedureNode, _state: PluginState): ArraySize {
    const n = ast.args.length === 1 ? literalInteger(ast.args[0]) : undefined;
    return n !== undefined && n >= 1 ? new ArraySize(n, n) : ArraySize.error();
  }

  /** FREQUENCY(data, bins): a column of counts, one longer than the bins. */
  frequency(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length !== 2) return this.argumentCountError();
    const data = rangeNumbers(this.evaluateArg(ast.args[0]!, state));
    if (data instanceof CellError) return data;
    const binsValue = this.evaluateArg(ast.args[1]!, state);
    const items = binsValue instanceof SimpleRangeValue ? binsValue.valuesFromTopLeftCorner() : [binsValue];
    const bins: (number | null)[] = [];
    for (const item of items) {
      if (item instanceof CellError) return item;
      bins.push(isNumberValue(item) ? toNumber(item) : null);
    }
    return SimpleRangeValue.onlyNumbers(frequencies(data, bins).map((count) => [count]));
  }

  /** Result size of FREQUENCY: one column, one row per bin plus one. */
  frequencySize(ast: ProcedureNode, state: PluginState): ArraySize {
    if (ast.args.length !== 2) return ArraySize.error();
    const bins = this.arraySizeForAst(ast.args[1]!, state);
    return new ArraySize(1, bins.width * bins.height + 1);
  }

  /** The square matrix of numbers an argument holds, or the error to show. */
  private squareMatrix(ast: ProcedureNode, state: PluginState): number[][] | CellError {
    const value = this.evaluateArg(ast.args[0]!, state);
    const rows = value instanceof SimpleRangeValue ? value.data : [[value]];
    if (rows.length === 0 || rows.some((row) => row.length !== rows.length)) return cellError(ErrorType.VALUE, 'The array is not square.');
    const matrix: number[][] = [];
    for (const row of rows) {
      const line: number[] = [];
      for (const item of row) {
        if (item instanceof CellError) return item;
        if (!isNumberValue(item)) return cellError(ErrorType.VALUE, 'The array holds a value that is no number.');
        line.push(toNumber(item));
      }
      matrix.push(line);
    }
    return matrix;
  }

  /** MDETERM(array): the determinant of a square array of numbers. */
  mdeterm(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length !== 1) return this.argumentCountError();
    const matrix = this.squareMatrix(ast, state);
    return matrix instanceof CellError ? matrix : determinant(matrix);
  }

  /** MINVERSE(array): the inverse of a square array of numbers. */
  minverse(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length !== 1) return this.argumentCountError();
    const matrix = this.squareMatrix(ast, state);
    if (matrix instanceof CellError) return matrix;
    const result = inverse(matrix);
    return result ? SimpleRangeValue.onlyNumbers(result) : cellError(ErrorType.NUM, 'The matrix is singular.');
  }

  /** Result size of MINVERSE: the array's. */
  minverseSize(ast: ProcedureNode, state: PluginState): ArraySize {
    return ast.args.length === 1 ? this.arraySizeForAst(ast.args[0]!, state) : ArraySize.error();
  }
}
