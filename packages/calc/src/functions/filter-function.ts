/**
 * FILTER as Excel computes it (Excel reference, Excel 2021). HyperFormula's FILTER follows
 * Google Sheets: every further argument is another condition of the array's own shape, so
 * Excel's `FILTER(A1:B9, A1:A9>5)` (one column choosing rows of a wider array) and its
 * `if_empty` argument (`FILTER(A1:A9, A1:A9>5, "none")`) give #N/A there.
 *
 * FILTER(array, include, [if_empty]):
 * - `include` one column as tall as the array keeps the rows where it is true (a non-zero number
 *   or TRUE); one row as wide as the array keeps columns; another shape: #VALUE!; text in it:
 *   #VALUE!; an error in it is the result;
 * - nothing kept: `if_empty`, else #N/A (Excel's #CALC!, which Ostal cannot show);
 * - the result spills over at most the array's size (the cells it does not need stay empty);
 *   blank cells come out as 0.
 */
import { ArraySize, CellError, ErrorType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { Grid } from './array-arguments.js';
import { emptyResult, gridOf, gridResult, sizeOf, withArrays, withinSize } from './array-arguments.js';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, isEmpty, isNumberValue, OstalFunctionPlugin, toNumber } from './plugin-support.js';

/** Whether an include value keeps its row or column, or the error to show. */
export function included(value: ScalarValue): boolean | CellError {
  if (value instanceof CellError) return value;
  if (isEmpty(value)) return false;
  if (typeof value === 'boolean') return value;
  if (isNumberValue(value)) return toNumber(value) !== 0;
  return cellError(ErrorType.VALUE, 'The include argument holds text.');
}

function transpose(grid: Grid): Grid {
  const width = grid[0]?.length ?? 0;
  return Array.from({ length: width }, (_, c) => grid.map((row) => row[c]!));
}

/** FILTER. */
export class FilterFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    FILTER: { method: 'filter', sizeOfResultArrayMethod: 'filterSize', enableArrayArithmeticForArguments: true, vectorizationForbidden: true },
  };

  /** FILTER(array, include, [if_empty]). */
  filter(ast: ProcedureNode, state: PluginState): PluginValue {
    return withinSize(this.filtered(ast, state), this.filterSize(ast, state));
  }

  private filtered(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length < 2 || ast.args.length > 3) return this.argumentCountError();
    const arrays = withArrays(state);
    const value = this.evaluateArg(ast.args[0]!, arrays);
    if (value instanceof CellError) return value;
    const include = this.evaluateArg(ast.args[1]!, arrays);
    if (include instanceof CellError) return include;
    const grid = gridOf(value);
    const keys = gridOf(include);
    const height = grid.length;
    const width = grid[0]?.length ?? 0;
    const keyHeight = keys.length;
    const keyWidth = keys[0]?.length ?? 0;
    // A column as tall as the array chooses rows; a row as wide as it chooses columns.
    const byColumns = keyWidth === 1 && keyHeight === height ? false : keyHeight === 1 && keyWidth === width ? true : undefined;
    if (byColumns === undefined) return cellError(ErrorType.VALUE, 'The include argument is not one row or column the size of the array.');
    const lines = byColumns ? transpose(grid) : grid;
    const kept: Grid = [];
    const flags = keys.flat();
    for (let i = 0; i < lines.length; i += 1) {
      const keep = included(flags[i]!);
      if (keep instanceof CellError) return keep;
      if (keep) kept.push(lines[i]!);
    }
    if (kept.length === 0) {
      if (ast.args.length < 3) return emptyResult();
      const ifEmpty = this.evaluateArg(ast.args[2]!, arrays);
      return ifEmpty;
    }
    return gridResult(byColumns ? transpose(kept) : kept);
  }

  /** Result size of FILTER: at most the array's. */
  filterSize(ast: ProcedureNode, state: PluginState): ArraySize {
    if (ast.args.length < 2 || ast.args.length > 3) return ArraySize.error();
    const array = this.arraySizeForAst(ast.args[0]!, withArrays(state));
    return sizeOf(array.width, array.height);
  }
}
