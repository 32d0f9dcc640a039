/**
 * TAKE, DROP, CHOOSEROWS, CHOOSECOLS and EXPAND, which HyperFormula lacks (Excel reference, Excel
 * 365 and 2024): rows and columns kept, left out, picked or added. Results spill as HyperFormula's
 * own array functions do (see array-arguments.ts for how their size is known).
 *
 * - TAKE(array, rows, [columns]) keeps the first rows (the last for a negative count); DROP
 *   leaves them out. A count larger than the array takes all, or drops all; nothing left: #N/A
 *   (Excel's #CALC!, which Ostal cannot show). An omitted count keeps every row (column).
 * - CHOOSEROWS(array, row_num1, ...) and CHOOSECOLS: the rows (columns) in the order given,
 *   negative numbers counting from the end, arrays of numbers allowed; 0 or beyond: #VALUE!.
 * - EXPAND(array, rows, [columns], [pad_with]): the array padded to rows × columns with
 *   `pad_with` (#N/A by default); smaller than the array: #VALUE!.
 * Blank cells come out as 0, as in Excel's dynamic arrays; errors inside the array stay in place.
 */
import { ArraySize, CellError, ErrorType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { Grid } from './array-arguments.js';
import { emptyResult, gridOf, gridResult, sizedGrid, integerArg, isOmitted, literalInteger, sizeOf, withArrays, withinSize } from './array-arguments.js';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, flatValues, OstalFunctionPlugin } from './plugin-support.js';

/** The first (count > 0) or last (count < 0) `|count|` items. */
function takeItems<T>(items: readonly T[], count: number): T[] {
  return count >= 0 ? items.slice(0, count) : items.slice(Math.max(items.length + count, 0));
}

/** The items without the first (count > 0) or last (count < 0) `|count|`. */
function dropItems<T>(items: readonly T[], count: number): T[] {
  return count >= 0 ? items.slice(count) : items.slice(0, Math.max(items.length + count, 0));
}

/** The columns of a grid as rows, and back. */
function transpose(grid: Grid): Grid {
  const width = grid[0]?.length ?? 0;
  return Array.from({ length: width }, (_, c) => grid.map((row) => row[c]!));
}

const SPEC = { enableArrayArithmeticForArguments: true, vectorizationForbidden: true } as const;

/** TAKE, DROP, CHOOSEROWS, CHOOSECOLS, EXPAND. */
export class ArrayShapeFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    TAKE: { method: 'take', sizeOfResultArrayMethod: 'takeSize', ...SPEC },
    DROP: { method: 'drop', sizeOfResultArrayMethod: 'dropSize', ...SPEC },
    CHOOSEROWS: { method: 'chooseRows', sizeOfResultArrayMethod: 'chooseRowsSize', ...SPEC },
    CHOOSECOLS: { method: 'chooseCols', sizeOfResultArrayMethod: 'chooseColsSize', ...SPEC },
    EXPAND: { method: 'expand', sizeOfResultArrayMethod: 'expandSize', ...SPEC },
  };

  /** The array argument's rows and the two counts after it, or the error to show. */
  private arrayAndCounts(ast: ProcedureNode, state: PluginState): { grid: Grid; rows: number | undefined; cols: number | undefined } | CellError {
    if (ast.args.length < 2 || ast.args.length > 3) return this.argumentCountError();
    const arrays = withArrays(state);
    const value = this.evaluateArg(ast.args[0]!, arrays);
    if (value instanceof CellError) return value;
    const count = (node: ProcedureNode['args'][number] | undefined): number | undefined | CellError => (isOmitted(node) ? undefined : integerArg(this.evaluateArg(node!, arrays), 0));
    const rows = count(ast.args[1]);
    if (rows instanceof CellError) return rows;
    const cols = count(ast.args[2]);
    if (cols instanceof CellError) return cols;
    return { grid: gridOf(value), rows, cols };
  }

  /** TAKE(array, rows, [columns]). */
  take(ast: ProcedureNode, state: PluginState): PluginValue {
    return withinSize(this.takeValue(ast, state), this.takeSize(ast, state));
  }

  private takeValue(ast: ProcedureNode, state: PluginState): PluginValue {
    const args = this.arrayAndCounts(ast, state);
    if (args instanceof CellError) return args;
    if (args.rows === 0 || args.cols === 0) return emptyResult();
    const rows = args.rows === undefined ? args.grid : takeItems(args.grid, args.rows);
    return gridResult(args.cols === undefined ? rows : rows.map((row) => takeItems(row, args.cols!)));
  }

  /** DROP(array, rows, [columns]). */
  drop(ast: ProcedureNode, state: PluginState): PluginValue {
    return withinSize(this.dropValue(ast, state), this.dropSize(ast, state));
  }

  private dropValue(ast: ProcedureNode, state: PluginState): PluginValue {
    const args = this.arrayAndCounts(ast, state);
    if (args instanceof CellError) return args;
    const rows = args.rows === undefined ? args.grid : dropItems(args.grid, args.rows);
    const grid = args.cols === undefined ? rows : rows.map((row) => dropItems(row, args.cols!));
    return grid.length === 0 || grid[0]!.length === 0 ? emptyResult() : gridResult(grid);
  }

  /** Result size of TAKE: the counts written in the formula, else the array's own size. */
  takeSize(ast: ProcedureNode, state: PluginState): ArraySize {
    return this.countedSize(ast, state, (n, length) => Math.min(Math.abs(n), length));
  }

  /** Result size of DROP. */
  dropSize(ast: ProcedureNode, state: PluginState): ArraySize {
    return this.countedSize(ast, state, (n, length) => length - Math.abs(n));
  }

  private countedSize(ast: ProcedureNode, state: PluginState, kept: (n: number, length: number) => number): ArraySize {
    if (ast.args.length < 2 || ast.args.length > 3) return ArraySize.error();
    const array = this.arraySizeForAst(ast.args[0]!, withArrays(state));
    const along = (node: ProcedureNode['args'][number] | undefined, length: number): number => {
      if (isOmitted(node)) return length;
      const n = literalInteger(node);
      return n === undefined ? length : kept(n, length);
    };
    return sizeOf(along(ast.args[2], array.width), along(ast.args[1], array.height));
  }

  /** The 1-based indices of CHOOSEROWS / CHOOSECOLS turned to 0-based, or the error to show. */
  private indices(ast: ProcedureNode, state: PluginState, length: number): number[] | CellError {
    const out: number[] = [];
    for (const node of ast.args.slice(1)) {
      for (const item of flatValues(this.evaluateArg(node, withArrays(state)))) {
        const n = integerArg(item, 0);
        if (n instanceof CellError) return n;
        if (n === 0 || Math.abs(n) > length) return cellError(ErrorType.VALUE, 'A row or column number is out of the array.');
        out.push(n > 0 ? n - 1 : length + n);
      }
    }
    return out;
  }

  /** CHOOSEROWS(array, row_num1, [row_num2], ...). */
  chooseRows(ast: ProcedureNode, state: PluginState): PluginValue {
    return withinSize(this.choose(ast, state, false), this.chooseRowsSize(ast, state));
  }

  /** CHOOSECOLS(array, col_num1, [col_num2], ...). */
  chooseCols(ast: ProcedureNode, state: PluginState): PluginValue {
    return withinSize(this.choose(ast, state, true), this.chooseColsSize(ast, state));
  }

  private choose(ast: ProcedureNode, state: PluginState, columns: boolean): PluginValue {
    if (ast.args.length < 2) return this.argumentCountError();
    const value = this.evaluateArg(ast.args[0]!, withArrays(state));
    if (value instanceof CellError) return value;
    const grid = columns ? transpose(gridOf(value)) : gridOf(value);
    const picked = this.indices(ast, state, grid.length);
    if (picked instanceof CellError) return picked;
    const rows = picked.map((i) => grid[i]!);
    return gridResult(columns ? transpose(rows) : rows);
  }

  /** Result size of CHOOSEROWS: one row per number given. */
  chooseRowsSize(ast: ProcedureNode, state: PluginState): ArraySize {
    if (ast.args.length < 2) return ArraySize.error();
    const array = this.arraySizeForAst(ast.args[0]!, withArrays(state));
    return sizeOf(array.width, this.indexCount(ast, state));
  }

  /** Result size of CHOOSECOLS: one column per number given. */
  chooseColsSize(ast: ProcedureNode, state: PluginState): ArraySize {
    if (ast.args.length < 2) return ArraySize.error();
    const array = this.arraySizeForAst(ast.args[0]!, withArrays(state));
    return sizeOf(this.indexCount(ast, state), array.height);
  }

  private indexCount(ast: ProcedureNode, state: PluginState): number {
    return ast.args.slice(1).reduce((sum, node) => {
      const size = this.arraySizeForAst(node, withArrays(state));
      return sum + size.width * size.height;
    }, 0);
  }

  /** EXPAND(array, rows, [columns], [pad_with]). */
  expand(ast: ProcedureNode, state: PluginState): PluginValue {
    return withinSize(this.expandValue(ast, state), this.expandSize(ast, state));
  }

  private expandValue(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length < 2 || ast.args.length > 4) return this.argumentCountError();
    const arrays = withArrays(state);
    const first = sizedGrid(this.evaluateArg(ast.args[0]!, arrays));
    if (first instanceof CellError) return first;
    const { grid, height, width } = first;
    const rows = isOmitted(ast.args[1]) ? height : integerArg(this.evaluateArg(ast.args[1]!, arrays), height);
    if (rows instanceof CellError) return rows;
    const cols = isOmitted(ast.args[2]) ? width : integerArg(this.evaluateArg(ast.args[2]!, arrays), width);
    if (cols instanceof CellError) return cols;
    if (rows < height || cols < width) return cellError(ErrorType.VALUE, 'EXPAND cannot make an array smaller.');
    let pad: ScalarValue = cellError(ErrorType.NA, 'Padding.');
    if (!isOmitted(ast.args[3])) {
      const padValue = this.evaluateArg(ast.args[3]!, arrays);
      pad = flatValues(padValue)[0]!;
    }
    const out: Grid = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (r < height && c < width ? grid[r]![c]! : pad)));
    return gridResult(out);
  }

  /** Result size of EXPAND: the sizes written in the formula (omitted: the array's). */
  expandSize(ast: ProcedureNode, state: PluginState): ArraySize {
    if (ast.args.length < 2 || ast.args.length > 4) return ArraySize.error();
    const array = this.arraySizeForAst(ast.args[0]!, withArrays(state));
    const rows = isOmitted(ast.args[1]) ? array.height : literalInteger(ast.args[1]);
    const cols = isOmitted(ast.args[2]) ? array.width : literalInteger(ast.args[2]);
    if (rows === undefined || cols === undefined || rows < array.height || cols < array.width) return ArraySize.error();
    return sizeOf(cols, rows);
  }
}
