/**
 * LINEST and TREND for one explanatory variable (a single row or column of x values), which
 * HyperFormula lacks. Excel's reference: LINEST fits y = m·x + b by least squares (b forced to 0
 * when `const` is FALSE) and returns {m, b}, or with `stats` five rows: {m, b}, {se m, se b},
 * {r², se y}, {F, df}, {ss reg, ss resid}; TREND returns m·x + b for the new x values (the known
 * x by default), in their shape. Known x spanning several columns and rows (several variables)
 * give #VALUE! here (see KNOWN-DIFFERENCES.md).
 */
import { ArraySize, CellError, EmptyValue, ErrorType, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, isNumberValue, OstalFunctionPlugin, toNumber } from './plugin-support.js';

/** The fit of y on x: slope, intercept and the statistics LINEST reports. */
export interface LinearFit {
  readonly m: number;
  readonly b: number;
  readonly seM: number;
  readonly seB: number | undefined;
  readonly r2: number;
  readonly seY: number;
  readonly f: number;
  readonly df: number;
  readonly ssReg: number;
  readonly ssResid: number;
}

/** Least squares fit of `y` on `x` (same length, at least one point); with `constant` false, b = 0. */
export function linearFit(x: readonly number[], y: readonly number[], constant: boolean): LinearFit {
  const n = x.length;
  const mean = (v: readonly number[]) => (constant ? v.reduce((s, a) => s + a, 0) / n : 0);
  const [mx, my] = [mean(x), mean(y)];
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    sxx += (x[i]! - mx) ** 2;
    sxy += (x[i]! - mx) * (y[i]! - my);
    syy += (y[i]! - my) ** 2;
  }
  const m = sxx === 0 ? 0 : sxy / sxx;
  const b = constant ? my - m * mx : 0;
  let ssResid = 0;
  for (let i = 0; i < n; i += 1) ssResid += (y[i]! - (m * x[i]! + b)) ** 2;
  const ssReg = syy - ssResid;
  const df = n - 1 - (constant ? 1 : 0);
  const seY = Math.sqrt(ssResid / df);
  return {
    m,
    b,
    seM: seY / Math.sqrt(sxx),
    seB: constant ? seY * Math.sqrt(1 / n + (mx * mx) / sxx) : undefined,
    r2: syy === 0 ? 1 : ssReg / syy,
    seY,
    f: ssReg / (ssResid / df),
    df,
    ssReg,
    ssResid,
  };
}

/** Every value of an argument, in row-major order, with the argument's shape. */
function grid(value: PluginValue): { values: ScalarValue[]; rows: number; cols: number } {
  if (value instanceof SimpleRangeValue) return { values: value.valuesFromTopLeftCorner(), rows: value.height(), cols: value.width() };
  return { values: [value], rows: 1, cols: 1 };
}

/** The numbers of a list that must hold only numbers (LINEST refuses text and blanks: #VALUE!). */
function numbersOnly(values: readonly ScalarValue[]): number[] | CellError {
  const out: number[] = [];
  for (const v of values) {
    if (v instanceof CellError) return v;
    if (!isNumberValue(v)) return cellError(ErrorType.VALUE, 'LINEST and TREND need numbers only.');
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

/** LINEST, TREND. */
export class RegressionFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    LINEST: { method: 'linest', sizeOfResultArrayMethod: 'linestSize', vectorizationForbidden: true },
    TREND: { method: 'trend', sizeOfResultArrayMethod: 'trendSize', vectorizationForbidden: true },
  };

  /** The known y and x as numbers, x defaulting to 1, 2, 3…; #VALUE! for several x variables. */
  private known(ast: ProcedureNode, state: PluginState): { x: number[]; y: number[] } | CellError {
    const yGrid = grid(this.evaluateArg(ast.args[0]!, state));
    const y = numbersOnly(yGrid.values);
    if (y instanceof CellError) return y;
    const xArg = ast.args[1];
    const xValue = xArg && (xArg.type as string) !== 'EMPTY' ? this.evaluateArg(xArg, state) : undefined;
    if (xValue === undefined) return { x: y.map((_, i) => i + 1), y };
    const xGrid = grid(xValue);
    if (xGrid.values.length !== y.length) return cellError(ErrorType.REF, 'The known x and y differ in size.');
    if (xGrid.rows > 1 && xGrid.cols > 1 && !(xGrid.rows === yGrid.rows && xGrid.cols === yGrid.cols)) return cellError(ErrorType.VALUE, 'Several x variables are not supported.');
    const x = numbersOnly(xGrid.values);
    return x instanceof CellError ? x : { x, y };
  }

  /** LINEST(known_y, [known_x], [const], [stats]). */
  linest(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length < 1 || ast.args.length > 4) return this.argumentCountError();
    const known = this.known(ast, state);
    if (known instanceof CellError) return known;
    const constant = flag(ast.args[2] ? this.evaluateArg(ast.args[2], state) : undefined, true);
    const stats = flag(ast.args[3] ? this.evaluateArg(ast.args[3], state) : undefined, false);
    if (constant instanceof CellError) return constant;
    if (stats instanceof CellError) return stats;
    if (known.y.length < (constant ? 2 : 1)) return cellError(ErrorType.NUM, 'Too few points.');
    const fit = linearFit(known.x, known.y, constant);
    if (!stats) return SimpleRangeValue.onlyValues([[fit.m, fit.b]]);
    const na = new CellError(ErrorType.NA);
    return SimpleRangeValue.onlyValues([
      [fit.m, fit.b],
      [fit.seM, fit.seB ?? na],
      [fit.r2, fit.seY],
      [fit.f, fit.df],
      [fit.ssReg, fit.ssResid],
    ]);
  }

  linestSize(ast: ProcedureNode, _state: PluginState): ArraySize {
    const stats = ast.args[3] as { type?: string; value?: unknown } | undefined;
    const off = stats === undefined || (stats.type === 'NUMBER' && stats.value === 0) || (stats.type as string) === 'EMPTY';
    return new ArraySize(2, off ? 1 : 5);
  }

  /** TREND(known_y, [known_x], [new_x], [const]). */
  trend(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length < 1 || ast.args.length > 4) return this.argumentCountError();
    const known = this.known(ast, state);
    if (known instanceof CellError) return known;
    const constant = flag(ast.args[3] ? this.evaluateArg(ast.args[3], state) : undefined, true);
    if (constant instanceof CellError) return constant;
    const fit = linearFit(known.x, known.y, constant);
    const newArg = ast.args[2] && (ast.args[2].type as string) !== 'EMPTY' ? ast.args[2] : (ast.args[1] ?? ast.args[0]!);
    const shape = grid(this.evaluateArg(newArg, state));
    // Without any x, the x values are 1, 2, 3… in the shape of the known y.
    const xs = newArg === ast.args[0] ? known.x : numbersOnly(shape.values);
    if (xs instanceof CellError) return xs;
    const rows: number[][] = [];
    for (let r = 0; r < shape.rows; r += 1) rows.push(xs.slice(r * shape.cols, (r + 1) * shape.cols).map((x) => fit.m * x + fit.b));
    return SimpleRangeValue.onlyValues(rows);
  }

  trendSize(ast: ProcedureNode, state: PluginState): ArraySize {
    const newArg = ast.args[2] && (ast.args[2].type as string) !== 'EMPTY' ? ast.args[2] : (ast.args[1] ?? ast.args[0]);
    return newArg ? this.arraySizeForAst(newArg, state) : ArraySize.error();
  }
}
