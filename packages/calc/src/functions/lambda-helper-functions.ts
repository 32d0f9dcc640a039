/**
 * MAP, REDUCE, SCAN, BYROW, BYCOL and MAKEARRAY, which call a LAMBDA on the values of arrays
 * (Excel reference, Excel 365 and 2024; how a LAMBDA is called: lambda-support.ts).
 *
 * - MAP(array1, [array2, ...], lambda): the LAMBDA (one parameter per array) on the values at the
 *   same place in each array; the result has the largest height and width, a one-cell array
 *   serves every place, another array too small for a place gives #N/A there.
 * - REDUCE([initial], array, lambda(accumulator, value)): the accumulator passed through every
 *   value, row by row; SCAN likewise, giving every intermediate accumulator in the array's shape.
 * - BYROW(array, lambda(row)) and BYCOL(array, lambda(column)): one value per row (a column) or
 *   per column (a row).
 * - MAKEARRAY(rows, columns, lambda(row, column)): the LAMBDA on each position, from 1.
 *
 * A LAMBDA with another count of parameters than the function passes: #VALUE!. A LAMBDA result
 * that is an array where one value is expected: #VALUE! (Excel: #CALC!). The engine sizes an array
 * result before computing (array-arguments.ts): from the arrays' shapes, and for MAKEARRAY from
 * counts written as numbers in the formula (`MAKEARRAY(3,2,...)`). At the top of a formula,
 * MAKEARRAY's counts read from cells and a REDUCE result that is an array give #VALUE! (unless
 * the result is one cell); inside another function (`SUM(MAKEARRAY(A1,2,...))`) any size works.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { Grid } from './array-arguments.js';
import { gridOf, gridResult, integerArg, isOmitted, literalInteger, sizeOf, withArrays, withinSize } from './array-arguments.js';
import type { PluginAst, PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, OstalFunctionPlugin } from './plugin-support.js';
import type { LambdaArgument, LambdaNode } from './lambda-support.js';
import { callLambda, lambdaOf, OMITTED, singleResult } from './lambda-support.js';
import { isLambdaCall } from './name-substitution.js';
import { namedLambda } from './named-lambda-function.js';

/**
 * `result`, or a #VALUE! that says why when it is an array the engine reserved no cells for at the
 * top of the formula (HyperFormula would say only "Cell range not allowed").
 */
function sized(result: PluginValue, size: ArraySize, atTop: boolean): PluginValue {
  const array = result instanceof SimpleRangeValue && (result.width() > 1 || result.height() > 1);
  if (array && atTop && size.isScalar()) return cellError(ErrorType.VALUE, 'The size of this array cannot be known before computing it: write its counts as numbers, or use it inside another function.');
  return withinSize(result, size);
}

/** A row of values as an array value (what BYROW passes). */
function rowValue(values: readonly ScalarValue[]): SimpleRangeValue {
  return SimpleRangeValue.onlyValues([[...values]]);
}

const SPEC = { enableArrayArithmeticForArguments: true, vectorizationForbidden: true } as const;

/** MAP, REDUCE, SCAN, BYROW, BYCOL, MAKEARRAY. */
export class LambdaHelperFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    MAP: { method: 'map', sizeOfResultArrayMethod: 'mapSize', ...SPEC },
    REDUCE: { method: 'reduce', sizeOfResultArrayMethod: 'scalarSize', ...SPEC },
    SCAN: { method: 'scan', sizeOfResultArrayMethod: 'scanSize', ...SPEC },
    BYROW: { method: 'byRow', sizeOfResultArrayMethod: 'byRowSize', ...SPEC },
    BYCOL: { method: 'byCol', sizeOfResultArrayMethod: 'byColSize', ...SPEC },
    MAKEARRAY: { method: 'makeArray', sizeOfResultArrayMethod: 'makeArraySize', ...SPEC },
  };

  /**
   * The LAMBDA written as the last argument, or the error to show: that of the argument when it
   * is an error (an unknown name's #NAME?), else #VALUE!.
   */
  private lastLambda(ast: ProcedureNode, state: PluginState): LambdaNode | CellError {
    const node = ast.args[ast.args.length - 1];
    const lambda = lambdaOf(node);
    if (!(lambda instanceof CellError) || node === undefined || isLambdaCall(node)) return lambda;
    // A defined name holding a LAMBDA (`MAP(A1:A3,ADDONE)`).
    const name = (node as { type?: string; expressionName?: unknown }).type === 'NAMED_EXPRESSION' ? (node as { expressionName: string }).expressionName : undefined;
    const named = name === undefined ? undefined : namedLambda(this.dependencyGraph, name, state.formulaAddress.sheet);
    if (named !== undefined) return named;
    const value = this.evaluateArg(node, state);
    return value instanceof CellError ? value : lambda;
  }

  /** An array argument as a grid, or its error. */
  private grid(node: PluginAst, state: PluginState): Grid | CellError {
    const value = this.evaluateArg(node, withArrays(state));
    return value instanceof CellError ? value : gridOf(value);
  }

  private call(lambda: LambdaNode, values: readonly LambdaArgument[], state: PluginState): PluginValue {
    return callLambda((node, s) => this.evaluateArg(node, s), lambda, values, state);
  }

  /** True when `ast` is the whole formula of the cell computed, whose cells the engine reserved from it. */
  private atTop(ast: ProcedureNode, state: PluginState): boolean {
    const vertex = (state as { formulaVertex?: { getFormula?: (service: unknown) => unknown } }).formulaVertex;
    return typeof vertex?.getFormula === 'function' && vertex.getFormula(this.dependencyGraph.lazilyTransformingAstService) === ast;
  }

  /** The size of an array argument, as a result size. */
  private argSize(node: PluginAst, state: PluginState): ArraySize {
    const size = this.arraySizeForAst(node, withArrays(state));
    return new ArraySize(size.width, size.height);
  }

  /** MAP(array1, [array2, ...], lambda). */
  map(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length < 2) return this.argumentCountError();
    const lambda = this.lastLambda(ast, state);
    if (lambda instanceof CellError) return lambda;
    if (lambda.params.length !== ast.args.length - 1) return cellError(ErrorType.VALUE, 'The LAMBDA of MAP takes one parameter per array.');
    const grids: Grid[] = [];
    for (const node of ast.args.slice(0, -1)) {
      const grid = this.grid(node, state);
      if (grid instanceof CellError) return grid;
      grids.push(grid);
    }
    const height = Math.max(...grids.map((g) => g.length));
    const width = Math.max(...grids.map((g) => g[0]?.length ?? 0));
    const out: Grid = [];
    for (let r = 0; r < height; r += 1) {
      const row: ScalarValue[] = [];
      for (let c = 0; c < width; c += 1) {
        const values = grids.map((g) => (g.length === 1 && g[0]!.length === 1 ? g[0]![0]! : (g[r]?.[c] ?? cellError(ErrorType.NA, 'This array has no value here.'))));
        row.push(singleResult(this.call(lambda, values, state)) as ScalarValue);
      }
      out.push(row);
    }
    return withinSize(gridResult(out), this.mapSize(ast, state));
  }

  /** Result size of MAP: the largest height and width of its arrays. */
  mapSize(ast: ProcedureNode, state: PluginState): ArraySize {
    if (ast.args.length < 2) return ArraySize.scalar();
    const sizes = ast.args.slice(0, -1).map((node) => this.argSize(node, state));
    return sizeOf(Math.max(...sizes.map((s) => s.width)), Math.max(...sizes.map((s) => s.height)));
  }

  /** The accumulator's start, the values row by row and the LAMBDA of REDUCE and SCAN. */
  private folding(ast: ProcedureNode, state: PluginState): { start: LambdaArgument; grid: Grid; lambda: LambdaNode } | CellError {
    if (ast.args.length !== 3) return this.argumentCountError();
    const lambda = this.lastLambda(ast, state);
    if (lambda instanceof CellError) return lambda;
    if (lambda.params.length !== 2) return cellError(ErrorType.VALUE, 'The LAMBDA takes the accumulator and a value.');
    const start = isOmitted(ast.args[0]) ? OMITTED : this.evaluateArg(ast.args[0]!, withArrays(state));
    const grid = this.grid(ast.args[1]!, state);
    return grid instanceof CellError ? grid : { start, grid, lambda };
  }

  /** REDUCE([initial_value], array, lambda(accumulator, value)). */
  reduce(ast: ProcedureNode, state: PluginState): PluginValue {
    const fold = this.folding(ast, state);
    if (fold instanceof CellError) return fold;
    let acc: LambdaArgument = fold.start;
    for (const value of fold.grid.flat()) acc = this.call(fold.lambda, [acc, value], state);
    if (acc === OMITTED) return EmptyValue;
    return sized(acc, ArraySize.scalar(), this.atTop(ast, state));
  }

  /** Result size of REDUCE: one value. */
  scalarSize(_ast: ProcedureNode, _state: PluginState): ArraySize {
    return ArraySize.scalar();
  }

  /** SCAN([initial_value], array, lambda(accumulator, value)). */
  scan(ast: ProcedureNode, state: PluginState): PluginValue {
    const fold = this.folding(ast, state);
    if (fold instanceof CellError) return fold;
    let acc: LambdaArgument = fold.start;
    const out = fold.grid.map((row) =>
      row.map((value) => {
        acc = singleResult(this.call(fold.lambda, [acc, value], state));
        return acc as ScalarValue;
      }),
    );
    return withinSize(gridResult(out), this.scanSize(ast, state));
  }

  /** Result size of SCAN: the array's. */
  scanSize(ast: ProcedureNode, state: PluginState): ArraySize {
    return ast.args.length === 3 ? this.argSize(ast.args[1]!, state) : ArraySize.scalar();
  }

  /** The grid and the one-parameter LAMBDA of BYROW and BYCOL. */
  private byLine(ast: ProcedureNode, state: PluginState): { grid: Grid; lambda: LambdaNode } | CellError {
    if (ast.args.length !== 2) return this.argumentCountError();
    const lambda = this.lastLambda(ast, state);
    if (lambda instanceof CellError) return lambda;
    if (lambda.params.length !== 1) return cellError(ErrorType.VALUE, 'The LAMBDA takes one parameter.');
    const grid = this.grid(ast.args[0]!, state);
    return grid instanceof CellError ? grid : { grid, lambda };
  }

  /** BYROW(array, lambda(row)). */
  byRow(ast: ProcedureNode, state: PluginState): PluginValue {
    const line = this.byLine(ast, state);
    if (line instanceof CellError) return line;
    const out = line.grid.map((row) => [singleResult(this.call(line.lambda, [rowValue(row)], state)) as ScalarValue]);
    return withinSize(gridResult(out), this.byRowSize(ast, state));
  }

  /** Result size of BYROW: one column, a row per row of the array. */
  byRowSize(ast: ProcedureNode, state: PluginState): ArraySize {
    return ast.args.length === 2 ? sizeOf(1, this.argSize(ast.args[0]!, state).height) : ArraySize.scalar();
  }

  /** BYCOL(array, lambda(column)). */
  byCol(ast: ProcedureNode, state: PluginState): PluginValue {
    const line = this.byLine(ast, state);
    if (line instanceof CellError) return line;
    const width = line.grid[0]?.length ?? 0;
    const row = Array.from({ length: width }, (_, c) => {
      const column = SimpleRangeValue.onlyValues(line.grid.map((r) => [r[c]!]));
      return singleResult(this.call(line.lambda, [column], state)) as ScalarValue;
    });
    return withinSize(gridResult([row]), this.byColSize(ast, state));
  }

  /** Result size of BYCOL: one row, a column per column of the array. */
  byColSize(ast: ProcedureNode, state: PluginState): ArraySize {
    return ast.args.length === 2 ? sizeOf(this.argSize(ast.args[0]!, state).width, 1) : ArraySize.scalar();
  }

  /** MAKEARRAY(rows, columns, lambda(row, column)). */
  makeArray(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length !== 3) return this.argumentCountError();
    const lambda = this.lastLambda(ast, state);
    if (lambda instanceof CellError) return lambda;
    if (lambda.params.length !== 2) return cellError(ErrorType.VALUE, 'The LAMBDA of MAKEARRAY takes a row and a column.');
    const rows = integerArg(this.evaluateArg(ast.args[0]!, state), 0);
    if (rows instanceof CellError) return rows;
    const cols = integerArg(this.evaluateArg(ast.args[1]!, state), 0);
    if (cols instanceof CellError) return cols;
    if (rows < 1 || cols < 1) return cellError(ErrorType.VALUE, 'MAKEARRAY needs at least one row and one column.');
    const size = this.makeArraySize(ast, state);
    const out: Grid = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => singleResult(this.call(lambda, [r + 1, c + 1], state)) as ScalarValue));
    return sized(gridResult(out), size, this.atTop(ast, state));
  }

  /** Result size of MAKEARRAY: from counts written as numbers. */
  makeArraySize(ast: ProcedureNode, _state: PluginState): ArraySize {
    if (ast.args.length !== 3) return ArraySize.scalar();
    const rows = literalInteger(ast.args[0]);
    const cols = literalInteger(ast.args[1]);
    if (rows === undefined || cols === undefined) return ArraySize.error();
    return sizeOf(cols, rows);
  }
}
