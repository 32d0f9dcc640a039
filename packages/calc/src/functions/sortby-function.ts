/**
 * SORTBY, which HyperFormula lacks (Excel reference, Excel 2021): an array's rows (or columns)
 * ordered by the values of other rows or columns.
 *
 * SORTBY(array, by_array1, [sort_order1], [by_array2], [sort_order2], ...):
 * - a `by_array` that is one column as tall as the array orders its rows; one row as wide as the
 *   array orders its columns; any other shape, or keys that do not all run the same way: #VALUE!;
 * - `sort_order` 1 (default) ascending, -1 descending, anything else #VALUE!;
 * - Excel's order: numbers, texts (ignoring case), logicals, errors; blanks always last; equal
 *   keys keep their order (the sort is stable), later keys breaking ties of earlier ones.
 * The result has the array's size; blank cells come out as 0.
 */
import { ArraySize, CellError, ErrorType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { Grid } from './array-arguments.js';
import { gridOf, gridResult, integerArg, sizeOf, sizedGrid, withArrays, withinSize } from './array-arguments.js';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, isEmpty, isNumberValue, OstalFunctionPlugin, toNumber } from './plugin-support.js';

const collator = new Intl.Collator('en', { sensitivity: 'accent' });

/** Rank of a value's kind in Excel's ascending order; blanks are placed apart. */
function kindRank(value: ScalarValue): number {
  if (isNumberValue(value)) return 0;
  if (typeof value === 'string') return 1;
  if (typeof value === 'boolean') return 2;
  return 3;
}

/** Compares two keys in ascending order (blanks excluded). */
export function compareSortKeys(a: ScalarValue, b: ScalarValue): number {
  const ka = kindRank(a);
  const kb = kindRank(b);
  if (ka !== kb) return ka - kb;
  if (isNumberValue(a) && isNumberValue(b)) return toNumber(a) - toNumber(b);
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return 0;
}

/** Positions 0..n-1 ordered by the keys (each with its direction), stable, blanks last. */
export function sortOrder(keys: readonly { readonly values: readonly ScalarValue[]; readonly order: 1 | -1 }[], n: number): number[] {
  return Array.from({ length: n }, (_, i) => i).sort((i, j) => {
    for (const { values, order } of keys) {
      const a = values[i]!;
      const b = values[j]!;
      const blankA = isEmpty(a);
      const blankB = isEmpty(b);
      if (blankA || blankB) {
        if (blankA !== blankB) return blankA ? 1 : -1;
        continue;
      }
      const c = compareSortKeys(a, b) * order;
      if (c !== 0) return c;
    }
    return i - j;
  });
}

function transpose(grid: Grid): Grid {
  const width = grid[0]?.length ?? 0;
  return Array.from({ length: width }, (_, c) => grid.map((row) => row[c]!));
}

/** SORTBY. */
export class SortByFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    SORTBY: { method: 'sortBy', sizeOfResultArrayMethod: 'sortBySize', enableArrayArithmeticForArguments: true, vectorizationForbidden: true },
  };

  /** SORTBY(array, by_array1, [sort_order1], ...). */
  sortBy(ast: ProcedureNode, state: PluginState): PluginValue {
    return withinSize(this.sorted(ast, state), this.sortBySize(ast, state));
  }

  private sorted(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length < 2) return this.argumentCountError();
    const arrays = withArrays(state);
    const first = sizedGrid(this.evaluateArg(ast.args[0]!, arrays));
    if (first instanceof CellError) return first;
    const { grid, height, width } = first;
    const keys: { values: ScalarValue[]; order: 1 | -1 }[] = [];
    let byColumns: boolean | undefined;
    for (let i = 1; i < ast.args.length; i += 2) {
      const by = this.evaluateArg(ast.args[i]!, arrays);
      if (by instanceof CellError) return by;
      const keyGrid = gridOf(by);
      const keyHeight = keyGrid.length;
      const keyWidth = keyGrid[0]?.length ?? 0;
      // One column as tall as the array sorts rows; one row as wide sorts columns.
      const columns = keyWidth === 1 && keyHeight === height ? false : keyHeight === 1 && keyWidth === width ? true : undefined;
      if (columns === undefined || (byColumns !== undefined && columns !== byColumns)) {
        return cellError(ErrorType.VALUE, 'A sort key is not one row or column the size of the array.');
      }
      byColumns = columns;
      const order = ast.args[i + 1] === undefined ? 1 : integerArg(this.evaluateArg(ast.args[i + 1]!, arrays), 1);
      if (order instanceof CellError) return order;
      if (order !== 1 && order !== -1) return cellError(ErrorType.VALUE, 'The sort order must be 1 or -1.');
      keys.push({ values: keyGrid.flat(), order });
    }
    const lines = byColumns === true ? transpose(grid) : grid;
    const ordered = sortOrder(keys, lines.length).map((i) => lines[i]!);
    return gridResult(byColumns === true ? transpose(ordered) : ordered);
  }

  /** Result size of SORTBY: the array's. */
  sortBySize(ast: ProcedureNode, state: PluginState): ArraySize {
    if (ast.args.length < 2) return ArraySize.error();
    const array = this.arraySizeForAst(ast.args[0]!, withArrays(state));
    return sizeOf(array.width, array.height);
  }
}
