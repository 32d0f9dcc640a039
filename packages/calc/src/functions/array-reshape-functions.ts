/**
 * TOCOL, TOROW, WRAPROWS and WRAPCOLS, which HyperFormula lacks (Excel reference, Excel 365 and
 * 2024): an array laid out as one column or row, and a row or column wrapped into rows or columns.
 *
 * - TOCOL(array, [ignore], [scan_by_column]): the values row by row (column by column when
 *   `scan_by_column` is TRUE); `ignore` 0 keeps everything, 1 skips blanks, 2 errors, 3 both
 *   (another number: #VALUE!). Nothing left: #N/A (Excel's #CALC!). TOROW likewise, as a row.
 * - WRAPROWS(vector, wrap_count, [pad_with]): rows of `wrap_count` values, the last padded with
 *   `pad_with` (#N/A by default); WRAPCOLS fills columns. A vector of more than one row and
 *   column: #VALUE!; a count below 1: #NUM!.
 * Blank cells come out as 0, as in Excel's dynamic arrays.
 */
import { ArraySize, CellError, ErrorType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { Grid } from './array-arguments.js';
import { emptyResult, gridOf, gridResult, integerArg, isOmitted, literalInteger, sizeOf, withArrays, withinSize } from './array-arguments.js';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, flatValues, isEmpty, OstalFunctionPlugin } from './plugin-support.js';

/** The values of a grid row by row, or column by column, less those `ignore` skips. */
export function scanValues(grid: Grid, ignore: 0 | 1 | 2 | 3, byColumn: boolean): ScalarValue[] {
  const height = grid.length;
  const width = grid[0]?.length ?? 0;
  const out: ScalarValue[] = [];
  const outer = byColumn ? width : height;
  const inner = byColumn ? height : width;
  for (let i = 0; i < outer; i += 1) {
    for (let j = 0; j < inner; j += 1) {
      const v = byColumn ? grid[j]![i]! : grid[i]![j]!;
      if ((ignore & 1) !== 0 && isEmpty(v)) continue;
      if ((ignore & 2) !== 0 && v instanceof CellError) continue;
      out.push(v);
    }
  }
  return out;
}

/** `values` cut into lines of `count`, the last padded with `pad`. */
export function wrap(values: readonly ScalarValue[], count: number, pad: ScalarValue): Grid {
  const lines: Grid = [];
  for (let start = 0; start < values.length; start += count) {
    const line = values.slice(start, start + count);
    while (line.length < count) line.push(pad);
    lines.push(line);
  }
  return lines;
}

function transpose(grid: Grid): Grid {
  const width = grid[0]?.length ?? 0;
  return Array.from({ length: width }, (_, c) => grid.map((row) => row[c]!));
}

const SPEC = { enableArrayArithmeticForArguments: true, vectorizationForbidden: true } as const;

/** TOCOL, TOROW, WRAPROWS, WRAPCOLS. */
export class ArrayReshapeFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    TOCOL: { method: 'toCol', sizeOfResultArrayMethod: 'toColSize', ...SPEC },
    TOROW: { method: 'toRow', sizeOfResultArrayMethod: 'toRowSize', ...SPEC },
    WRAPROWS: { method: 'wrapRows', sizeOfResultArrayMethod: 'wrapRowsSize', ...SPEC },
    WRAPCOLS: { method: 'wrapCols', sizeOfResultArrayMethod: 'wrapColsSize', ...SPEC },
  };

  /** TOCOL(array, [ignore], [scan_by_column]). */
  toCol(ast: ProcedureNode, state: PluginState): PluginValue {
    const values = this.scan(ast, state);
    return values instanceof CellError ? values : withinSize(gridResult(values.map((v) => [v])), this.toColSize(ast, state));
  }

  /** TOROW(array, [ignore], [scan_by_column]). */
  toRow(ast: ProcedureNode, state: PluginState): PluginValue {
    const values = this.scan(ast, state);
    return values instanceof CellError ? values : withinSize(gridResult([values]), this.toRowSize(ast, state));
  }

  private scan(ast: ProcedureNode, state: PluginState): ScalarValue[] | CellError {
    if (ast.args.length < 1 || ast.args.length > 3) return this.argumentCountError();
    const arrays = withArrays(state);
    const value = this.evaluateArg(ast.args[0]!, arrays);
    if (value instanceof CellError) return value;
    const ignore = isOmitted(ast.args[1]) ? 0 : integerArg(this.evaluateArg(ast.args[1]!, arrays), 0);
    if (ignore instanceof CellError) return ignore;
    if (ignore < 0 || ignore > 3) return cellError(ErrorType.VALUE, 'ignore must be 0, 1, 2 or 3.');
    const by = isOmitted(ast.args[2]) ? 0 : integerArg(this.evaluateArg(ast.args[2]!, arrays), 0);
    if (by instanceof CellError) return by;
    const values = scanValues(gridOf(value), ignore as 0 | 1 | 2 | 3, by !== 0);
    return values.length === 0 ? emptyResult() : values;
  }

  /** Result size of TOCOL: one column of every value (fewer when some are skipped). */
  toColSize(ast: ProcedureNode, state: PluginState): ArraySize {
    if (ast.args.length < 1 || ast.args.length > 3) return ArraySize.error();
    const array = this.arraySizeForAst(ast.args[0]!, withArrays(state));
    return sizeOf(1, array.width * array.height);
  }

  /** Result size of TOROW. */
  toRowSize(ast: ProcedureNode, state: PluginState): ArraySize {
    if (ast.args.length < 1 || ast.args.length > 3) return ArraySize.error();
    const array = this.arraySizeForAst(ast.args[0]!, withArrays(state));
    return sizeOf(array.width * array.height, 1);
  }

  /** WRAPROWS(vector, wrap_count, [pad_with]). */
  wrapRows(ast: ProcedureNode, state: PluginState): PluginValue {
    const lines = this.wrapped(ast, state);
    return lines instanceof CellError ? lines : withinSize(gridResult(lines), this.wrapRowsSize(ast, state));
  }

  /** WRAPCOLS(vector, wrap_count, [pad_with]). */
  wrapCols(ast: ProcedureNode, state: PluginState): PluginValue {
    const lines = this.wrapped(ast, state);
    return lines instanceof CellError ? lines : withinSize(gridResult(transpose(lines)), this.wrapColsSize(ast, state));
  }

  private wrapped(ast: ProcedureNode, state: PluginState): Grid | CellError {
    if (ast.args.length < 2 || ast.args.length > 3) return this.argumentCountError();
    const arrays = withArrays(state);
    const value = this.evaluateArg(ast.args[0]!, arrays);
    if (value instanceof CellError) return value;
    const grid = gridOf(value);
    if (grid.length > 1 && (grid[0]?.length ?? 0) > 1) return cellError(ErrorType.VALUE, 'The vector is not one row or column.');
    const count = integerArg(this.evaluateArg(ast.args[1]!, arrays), 0);
    if (count instanceof CellError) return count;
    if (count < 1) return cellError(ErrorType.NUM, 'wrap_count must be at least 1.');
    const pad = isOmitted(ast.args[2]) ? cellError(ErrorType.NA, 'Padding.') : flatValues(this.evaluateArg(ast.args[2]!, arrays))[0]!;
    return wrap(grid.flat(), count, pad);
  }

  /** Result size of WRAPROWS: a wrap count written in the formula is needed. */
  wrapRowsSize(ast: ProcedureNode, state: PluginState): ArraySize {
    const shape = this.wrapShape(ast, state);
    return shape === undefined ? ArraySize.error() : sizeOf(shape.count, shape.lines);
  }

  /** Result size of WRAPCOLS. */
  wrapColsSize(ast: ProcedureNode, state: PluginState): ArraySize {
    const shape = this.wrapShape(ast, state);
    return shape === undefined ? ArraySize.error() : sizeOf(shape.lines, shape.count);
  }

  private wrapShape(ast: ProcedureNode, state: PluginState): { count: number; lines: number } | undefined {
    if (ast.args.length < 2 || ast.args.length > 3) return undefined;
    const array = this.arraySizeForAst(ast.args[0]!, withArrays(state));
    const count = literalInteger(ast.args[1]);
    if (count === undefined || count < 1) return undefined;
    return { count, lines: Math.ceil((array.width * array.height) / count) };
  }
}
