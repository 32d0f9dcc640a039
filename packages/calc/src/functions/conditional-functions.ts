/**
 * COUNTIF, SUMIF, AVERAGEIF, COUNTIFS, SUMIFS, AVERAGEIFS, MAXIFS and MINIFS with Excel's criteria
 * (see criteria.ts). HyperFormula rejects text comparisons (`">a"` gives #VALUE!) and lacks
 * AVERAGEIFS; one implementation keeps all eight consistent.
 *
 * Errors: errors in criteria ranges are values that simply do not match; an error in a summed or
 * averaged cell that matches is the result. Ranges of an -IFS function must have the same shape
 * (#VALUE! otherwise); SUMIF's sum range is read with the shape of the criteria range from its
 * top-left cell, cells beyond it counting as blank.
 */
import { CellError, EmptyValue, ErrorType, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { compileCriterion } from './criteria.js';
import type { CellPredicate } from './criteria.js';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, isNumberValue, OstalFunctionPlugin, toNumber } from './plugin-support.js';

/** A rectangle of values. */
type Grid = readonly (readonly ScalarValue[])[];

function gridOf(value: PluginValue): Grid {
  return value instanceof SimpleRangeValue ? value.data : [[value]];
}

function sameShape(a: Grid, b: Grid): boolean {
  return a.length === b.length && (a[0]?.length ?? 0) === (b[0]?.length ?? 0);
}

/** What to do with the values of matching cells. */
type Aggregate = 'count' | 'sum' | 'average' | 'max' | 'min';

/** Folds the matching values of `target` (cells where every condition holds). */
function aggregate(kind: Aggregate, target: Grid, conditions: readonly { grid: Grid; test: CellPredicate }[]): PluginValue {
  let count = 0;
  let sum = 0;
  let numbers = 0;
  let max = -Infinity;
  let min = Infinity;
  for (let r = 0; r < target.length; r += 1) {
    const row = target[r]!;
    for (let c = 0; c < row.length; c += 1) {
      if (!conditions.every((cond) => cond.test(cond.grid[r]?.[c] ?? EmptyValue))) continue;
      count += 1;
      if (kind === 'count') continue;
      const value = row[c];
      if (value instanceof CellError) return value;
      if (value === undefined || !isNumberValue(value)) continue;
      const n = toNumber(value);
      numbers += 1;
      sum += n;
      if (n > max) max = n;
      if (n < min) min = n;
    }
  }
  switch (kind) {
    case 'count':
      return count;
    case 'sum':
      return sum;
    case 'average':
      return numbers === 0 ? cellError(ErrorType.DIV_BY_ZERO, 'No matching numbers.') : sum / numbers;
    case 'max':
      return numbers === 0 ? 0 : max;
    case 'min':
      return numbers === 0 ? 0 : min;
    default: {
      const missing: never = kind;
      throw new Error(`Missing case for aggregate ${String(missing)}`);
    }
  }
}

/** The grid of `source` read with the shape of `shape` from its top-left cell. */
function resized(source: Grid, shape: Grid): Grid {
  if (sameShape(source, shape)) return source;
  return shape.map((row, r) => row.map((_, c) => source[r]?.[c] ?? EmptyValue));
}

/** COUNTIF, SUMIF, AVERAGEIF, COUNTIFS, SUMIFS, AVERAGEIFS, MAXIFS, MINIFS. */
export class ConditionalFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    COUNTIF: { method: 'countIf' },
    SUMIF: { method: 'sumIf' },
    AVERAGEIF: { method: 'averageIf' },
    COUNTIFS: { method: 'countIfs' },
    SUMIFS: { method: 'sumIfs' },
    AVERAGEIFS: { method: 'averageIfs' },
    MAXIFS: { method: 'maxIfs' },
    MINIFS: { method: 'minIfs' },
  };

  /** The criterion argument as a predicate (a range criterion uses its first value). */
  private criterion(ast: ProcedureNode, index: number, state: PluginState): CellPredicate {
    const value = this.evaluateArg(ast.args[index]!, state);
    const scalar = value instanceof SimpleRangeValue ? (value.valuesFromTopLeftCorner()[0] ?? EmptyValue) : value;
    return compileCriterion(scalar);
  }

  private grid(ast: ProcedureNode, index: number, state: PluginState): Grid {
    return gridOf(this.evaluateArg(ast.args[index]!, state));
  }

  /** SUMIF-style: (range, criterion, [target range]). */
  private single(kind: Aggregate, ast: ProcedureNode, state: PluginState): PluginValue {
    const max = kind === 'count' ? 2 : 3;
    if (ast.args.length < 2 || ast.args.length > max) return this.argumentCountError();
    const range = this.grid(ast, 0, state);
    const test = this.criterion(ast, 1, state);
    const target = ast.args.length === 3 ? resized(this.grid(ast, 2, state), range) : range;
    return aggregate(kind, target, [{ grid: range, test }]);
  }

  /** SUMIFS-style: ([target range,] range1, criterion1, range2, criterion2...). */
  private multiple(kind: Aggregate, ast: ProcedureNode, state: PluginState): PluginValue {
    const first = kind === 'count' ? 0 : 1;
    const pairs = ast.args.length - first;
    if (pairs < 2 || pairs % 2 !== 0) return this.argumentCountError();
    const conditions: { grid: Grid; test: CellPredicate }[] = [];
    for (let i = first; i < ast.args.length; i += 2) conditions.push({ grid: this.grid(ast, i, state), test: this.criterion(ast, i + 1, state) });
    const target = kind === 'count' ? conditions[0]!.grid : this.grid(ast, 0, state);
    if (conditions.some((cond) => !sameShape(cond.grid, target))) return cellError(ErrorType.VALUE, 'The ranges have different shapes.');
    return aggregate(kind, target, conditions);
  }

  /** COUNTIF(range, criterion). */
  countIf(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.single('count', ast, state);
  }

  /** SUMIF(range, criterion, [sum_range]). */
  sumIf(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.single('sum', ast, state);
  }

  /** AVERAGEIF(range, criterion, [average_range]); #DIV/0! when no number matches. */
  averageIf(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.single('average', ast, state);
  }

  /** COUNTIFS(range1, criterion1, ...). */
  countIfs(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.multiple('count', ast, state);
  }

  /** SUMIFS(sum_range, range1, criterion1, ...). */
  sumIfs(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.multiple('sum', ast, state);
  }

  /** AVERAGEIFS(average_range, range1, criterion1, ...). */
  averageIfs(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.multiple('average', ast, state);
  }

  /** MAXIFS(max_range, range1, criterion1, ...); 0 when nothing matches. */
  maxIfs(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.multiple('max', ast, state);
  }

  /** MINIFS(min_range, range1, criterion1, ...); 0 when nothing matches. */
  minIfs(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.multiple('min', ast, state);
  }
}
