/**
 * LINEST, TREND, LOGEST and GROWTH for one explanatory variable (a single row or column of x
 * values), which HyperFormula lacks. Excel's reference: LINEST fits y = m·x + b by least squares
 * (b forced to 0 when `const` is FALSE) and returns {m, b}, or with `stats` five rows: {m, b},
 * {se m, se b}, {r², se y}, {F, df}, {ss reg, ss resid}; TREND returns m·x + b for the new x
 * values (the known x by default), in their shape. LOGEST fits y = b·m^x: the same fit on ln y,
 * whose m and b it returns as e^m and e^b (b forced to 1 when `const` is FALSE), the statistics
 * being those of the fit on ln y; GROWTH returns b·m^x for the new x. y ≤ 0 gives #NUM! there.
 * Known x spanning several columns and rows (several variables) give #VALUE! here (see
 * KNOWN-DIFFERENCES.md).
 */
import { ArraySize, CellError, EmptyValue, ErrorType, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { linearFit } from './linear-fit.js';
import type { LinearFit } from './linear-fit.js';
import type { PluginAst, PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, isNumberValue, OstalFunctionPlugin, toNumber } from './plugin-support.js';

/** Every value of an argument, in row-major order, with the argument's shape. */
function grid(value: PluginValue): { values: ScalarValue[]; rows: number; cols: number } {
  if (value instanceof SimpleRangeValue) return { values: value.valuesFromTopLeftCorner(), rows: value.height(), cols: value.width() };
  return { values: [value], rows: 1, cols: 1 };
}

/** The numbers of a list that must hold only numbers (text and blanks: #VALUE!). */
function numbersOnly(values: readonly ScalarValue[]): number[] | CellError {
  const out: number[] = [];
  for (const v of values) {
    if (v instanceof CellError) return v;
    if (!isNumberValue(v)) return cellError(ErrorType.VALUE, 'Regression functions need numbers only.');
    out.push(toNumber(v));
  }
  return out;
}

/** A logical argument given or not (blank or missing: the default). */
function flag(value: PluginValue | undefined, fallback: boolean): boolean | CellError {
  if (value === undefined || value === EmptyValue) return fallback;
  if (value instanceof CellError) return value;
  if (typeof value === 'boolean') return value;
  if (isNumberValue(value)) return toNumber(value) !== 0;
  return cellError(ErrorType.VALUE, 'A logical value was expected.');
}

/** The argument node at `index`, unless it is missing or left empty (`f(a,,c)`). */
function given(ast: ProcedureNode, index: number): PluginAst | undefined {
  const node = ast.args[index];
  return node && (node.type as string) !== 'EMPTY' ? node : undefined;
}

/** The five rows of statistics, the first row's coefficients given (LOGEST exponentiates them). */
function statsRows(fit: LinearFit, m: number, b: number): (number | CellError)[][] {
  const na = () => new CellError(ErrorType.NA);
  return [
    [m, b],
    [fit.seM, fit.seB ?? na()],
    [fit.r2, fit.seY],
    [fit.f ?? na(), fit.df],
    [fit.ssReg, fit.ssResid],
  ];
}

/** LINEST, TREND, LOGEST, GROWTH. */
export class RegressionFunctionsPlugin extends OstalFunctionPlugin {
  // Their arguments are arrays, as in Excel: LOGEST(B1:B8-4, A1:A8) works outside an array formula.
  static override implementedFunctions: ImplementedFunctions = {
    LINEST: { method: 'linest', sizeOfResultArrayMethod: 'estimateSize', vectorizationForbidden: true, enableArrayArithmeticForArguments: true },
    LOGEST: { method: 'logest', sizeOfResultArrayMethod: 'estimateSize', vectorizationForbidden: true, enableArrayArithmeticForArguments: true },
    TREND: { method: 'trend', sizeOfResultArrayMethod: 'predictionSize', vectorizationForbidden: true, enableArrayArithmeticForArguments: true },
    GROWTH: { method: 'growth', sizeOfResultArrayMethod: 'predictionSize', vectorizationForbidden: true, enableArrayArithmeticForArguments: true },
  };

  /**
   * The known y and x as numbers, x defaulting to 1, 2, 3…; with `log`, y becomes ln y (#NUM! for
   * y ≤ 0). #REF! when x and y differ in size, #VALUE! for several x variables.
   */
  private known(ast: ProcedureNode, state: PluginState, log: boolean): { x: number[]; y: number[] } | CellError {
    const yGrid = grid(this.evaluateArg(ast.args[0]!, state));
    const yRaw = numbersOnly(yGrid.values);
    if (yRaw instanceof CellError) return yRaw;
    if (log && yRaw.some((v) => v <= 0)) return cellError(ErrorType.NUM, 'LOGEST and GROWTH need known y above 0.');
    const y = log ? yRaw.map(Math.log) : yRaw;
    const xArg = given(ast, 1);
    if (xArg === undefined) return { x: y.map((_, i) => i + 1), y };
    const xGrid = grid(this.evaluateArg(xArg, state));
    if (xGrid.values.length !== y.length) return cellError(ErrorType.REF, 'The known x and y differ in size.');
    if (xGrid.rows > 1 && xGrid.cols > 1 && !(xGrid.rows === yGrid.rows && xGrid.cols === yGrid.cols)) return cellError(ErrorType.VALUE, 'Several x variables are not supported.');
    const x = numbersOnly(xGrid.values);
    return x instanceof CellError ? x : { x, y };
  }

  /** The fit and the stats flag of LINEST / LOGEST(known_y, [known_x], [const], [stats]). */
  private estimate(ast: ProcedureNode, state: PluginState, log: boolean): { fit: LinearFit; stats: boolean } | CellError {
    if (ast.args.length < 1 || ast.args.length > 4) return this.argumentCountError();
    const known = this.known(ast, state, log);
    if (known instanceof CellError) return known;
    const constant = this.flagArg(ast, 2, state, true);
    const stats = this.flagArg(ast, 3, state, false);
    if (constant instanceof CellError) return constant;
    if (stats instanceof CellError) return stats;
    if (known.y.length < (constant ? 2 : 1)) return cellError(ErrorType.NUM, 'Too few points.');
    return { fit: linearFit(known.x, known.y, constant), stats };
  }

  private flagArg(ast: ProcedureNode, index: number, state: PluginState, fallback: boolean): boolean | CellError {
    const node = given(ast, index);
    return flag(node ? this.evaluateArg(node, state) : undefined, fallback);
  }

  /** LINEST(known_y, [known_x], [const], [stats]). */
  linest(ast: ProcedureNode, state: PluginState): PluginValue {
    const result = this.estimate(ast, state, false);
    if (result instanceof CellError) return result;
    const { fit } = result;
    return SimpleRangeValue.onlyValues(result.stats ? statsRows(fit, fit.m, fit.b) : [[fit.m, fit.b]]);
  }

  /** LOGEST(known_y, [known_x], [const], [stats]): {m, b} of y = b·m^x, statistics of the fit on ln y. */
  logest(ast: ProcedureNode, state: PluginState): PluginValue {
    const result = this.estimate(ast, state, true);
    if (result instanceof CellError) return result;
    const [m, b] = [Math.exp(result.fit.m), Math.exp(result.fit.b)];
    return SimpleRangeValue.onlyValues(result.stats ? statsRows(result.fit, m, b) : [[m, b]]);
  }

  estimateSize(ast: ProcedureNode, _state: PluginState): ArraySize {
    const stats = ast.args[3] as { type?: string; value?: unknown } | undefined;
    const off = stats === undefined || (stats.type === 'NUMBER' && stats.value === 0) || (stats.type as string) === 'EMPTY';
    return new ArraySize(2, off ? 1 : 5);
  }

  /** TREND(known_y, [known_x], [new_x], [const]). */
  trend(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.predict(ast, state, false);
  }

  /** GROWTH(known_y, [known_x], [new_x], [const]). */
  growth(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.predict(ast, state, true);
  }

  /** The fitted values for the new x, in their shape (exponentiated for GROWTH). */
  private predict(ast: ProcedureNode, state: PluginState, log: boolean): PluginValue {
    if (ast.args.length < 1 || ast.args.length > 4) return this.argumentCountError();
    const known = this.known(ast, state, log);
    if (known instanceof CellError) return known;
    const constant = this.flagArg(ast, 3, state, true);
    if (constant instanceof CellError) return constant;
    const fit = linearFit(known.x, known.y, constant);
    const newArg = given(ast, 2) ?? given(ast, 1);
    // Without any x, the x values are 1, 2, 3… in the shape of the known y.
    const shape = grid(this.evaluateArg(newArg ?? ast.args[0]!, state));
    const xs = newArg === undefined ? known.x : numbersOnly(shape.values);
    if (xs instanceof CellError) return xs;
    const value = (x: number) => (log ? Math.exp(fit.m * x + fit.b) : fit.m * x + fit.b);
    const rows: number[][] = [];
    for (let r = 0; r < shape.rows; r += 1) rows.push(xs.slice(r * shape.cols, (r + 1) * shape.cols).map(value));
    return SimpleRangeValue.onlyValues(rows);
  }

  predictionSize(ast: ProcedureNode, state: PluginState): ArraySize {
    const newArg = given(ast, 2) ?? given(ast, 1) ?? ast.args[0];
    return newArg ? this.arraySizeForAst(newArg, state) : ArraySize.error();
  }
}
