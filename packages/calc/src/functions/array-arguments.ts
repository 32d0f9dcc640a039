/**
 * What the array-shaping functions (TAKE, DROP, TOCOL, WRAPROWS...) share. HyperFormula sizes an
 * array result before computing it, from the formula alone: a function's size method sees the
 * argument nodes, so a count it needs must be written in the formula (`TAKE(A1:A9,3)`); a count
 * computed from cells gives, where a bound exists (the array's own size for TAKE and DROP), that
 * bound, the cells beyond the result left empty, and otherwise a single #VALUE!.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, SimpleRangeValue } from 'hyperformula';
import type { PluginAst, PluginState, PluginValue, ScalarValue } from './plugin-support.js';
import { cellError, isEmpty } from './plugin-support.js';

/** Grid of values, row by row. */
export type Grid = ScalarValue[][];

/** The rows of an argument's value (one cell for a scalar). */
export function gridOf(value: PluginValue): Grid {
  return value instanceof SimpleRangeValue ? value.data.map((row) => [...row]) : [[value]];
}

/** An array argument as a grid with its height and width; an error value as it is. */
export function sizedGrid(value: PluginValue): CellError | { readonly grid: Grid; readonly height: number; readonly width: number } {
  if (value instanceof CellError) return value;
  const grid = gridOf(value);
  return { grid, height: grid.length, width: grid[0]?.length ?? 0 };
}

/**
 * The result of an array function: a single value stays scalar, blanks show as 0 (as Excel's
 * dynamic arrays show empty cells they copy).
 */
export function gridResult(grid: Grid): PluginValue {
  const filled = grid.map((row) => row.map((v) => (isEmpty(v) ? 0 : v)));
  if (filled.length === 1 && filled[0]!.length === 1) return filled[0]![0]!;
  return SimpleRangeValue.onlyValues(filled);
}

/**
 * The error for an empty result. Excel shows #CALC!, which HyperFormula and the file formats'
 * error values lack; #N/A is what HyperFormula's FILTER gives for nothing.
 */
export function emptyResult(): CellError {
  return cellError(ErrorType.NA, 'The result would be an empty array.');
}

/** The integer a count argument node writes (`3`, `-2`, `+1`), truncated; undefined otherwise. */
export function literalInteger(node: PluginAst | undefined): number | undefined {
  const n = node as { type?: string; value?: unknown } | undefined;
  if (n?.type === 'NUMBER' && typeof n.value === 'number') return Math.trunc(n.value);
  if ((n?.type === 'MINUS_UNARY_OP' || n?.type === 'PLUS_UNARY_OP') && typeof n.value === 'object') {
    const inner = literalInteger(n.value as PluginAst);
    return inner === undefined ? undefined : n.type === 'MINUS_UNARY_OP' ? -inner : inner;
  }
  return undefined;
}

/** True when an argument is left out (`TAKE(A1:C3,,2)`) or missing. */
export function isOmitted(node: PluginAst | undefined): boolean {
  return node === undefined || (node as { type?: string }).type === 'EMPTY';
}

/** The interpreter state with array arithmetic on, to size arguments as they are computed. */
export function withArrays(state: PluginState): PluginState {
  // HyperFormula's state is plain data (the size predictor even passes an object literal).
  return state.arraysFlag ? state : { ...state, arraysFlag: true };
}

/**
 * The result, or #VALUE! when it is larger than the size predicted for it: an argument whose
 * size the engine could not foresee (OFFSET with computed sizes...) must not grow the result
 * past the cells reserved for it (HyperFormula cannot resize them while computing).
 */
export function withinSize(result: PluginValue, size: ArraySize): PluginValue {
  if (!(result instanceof SimpleRangeValue) || size.isScalar()) return result;
  return result.width() > size.width || result.height() > size.height ? cellError(ErrorType.VALUE, 'The result is larger than foreseen.') : result;
}

/** A result size, or a single cell for the error that a size out of bounds gives. */
export function sizeOf(cols: number, rows: number): ArraySize {
  return cols >= 1 && rows >= 1 ? new ArraySize(cols, rows) : ArraySize.error();
}

/** A number argument's value as an integer (truncated), or the error to show. */
export function integerArg(value: PluginValue | undefined, fallback: number): number | CellError {
  if (value === undefined || isEmpty(value)) return fallback;
  if (value instanceof SimpleRangeValue) return cellError(ErrorType.VALUE, 'A count must be a single number.');
  if (value instanceof CellError) return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    const n = Number(value.trim());
    return value.trim() === '' || !Number.isFinite(n) ? cellError(ErrorType.VALUE, 'A count must be a number.') : Math.trunc(n);
  }
  return Math.trunc(typeof value === 'number' ? value : value.val);
}

/** A blank for padding or an empty place. */
export const BLANK: ScalarValue = EmptyValue;
