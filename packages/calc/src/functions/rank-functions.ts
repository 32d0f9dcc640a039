/**
 * RANK, RANK.EQ, RANK.AVG, MODE, MODE.SNGL and MODE.MULT, which HyperFormula lacks. Semantics from the
 * Excel and LibreOffice function references: RANK of a number absent from the list is #N/A; ties
 * share the best rank (RANK.EQ) or the average of their positions (RANK.AVG); MODE returns the
 * value seen most often, the first one met on a tie, and #N/A when no value repeats; MODE.MULT
 * returns a column of every value seen most often (in the order first met), spilling over at
 * most one cell per two values given (the cells it does not need stay empty).
 */
import { ArraySize, CellError, ErrorType, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { withArrays, withinSize } from './array-arguments.js';
import { argumentNumbers, rangeNumbers } from './number-lists.js';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { cellError, coerceToNumber, flatValues, isReferenceNode, OstalFunctionPlugin } from './plugin-support.js';

/** Rank of `x` in `list`, best position and number of equal values; null when absent. */
export function rankOf(x: number, list: readonly number[], ascending: boolean): { rank: number; ties: number } | null {
  let before = 0;
  let ties = 0;
  for (const v of list) {
    if (v === x) ties += 1;
    else if (ascending ? v < x : v > x) before += 1;
  }
  return ties === 0 ? null : { rank: before + 1, ties };
}

/** The most frequent number, the earliest on a tie; null when no number repeats. */
export function modeOf(list: readonly number[]): number | null {
  const counts = new Map<number, number>();
  let best: number | null = null;
  let bestCount = 1;
  for (const v of list) {
    const count = (counts.get(v) ?? 0) + 1;
    counts.set(v, count);
    if (count > bestCount) {
      bestCount = count;
      best = v;
    }
  }
  if (best === null) return null;
  // The earliest value among those reaching the top count wins, as in Excel.
  for (const v of list) if (counts.get(v) === bestCount) return v;
  return best;
}

/**
 * Every number reaching the top count (at least 2), in the order each first appears, as
 * MODE.MULT lists them; empty when no number repeats.
 */
export function modesOf(list: readonly number[]): number[] {
  const counts = new Map<number, number>();
  for (const v of list) counts.set(v, (counts.get(v) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  if (top < 2) return [];
  return [...counts.entries()].filter(([, count]) => count === top).map(([v]) => v);
}

/** RANK, RANK.EQ, RANK.AVG, MODE, MODE.SNGL, MODE.MULT. */
export class RankFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    RANK: { method: 'rankEq' },
    'RANK.EQ': { method: 'rankEq' },
    'RANK.AVG': { method: 'rankAvg' },
    MODE: { method: 'mode' },
    'MODE.SNGL': { method: 'mode' },
    'MODE.MULT': { method: 'modeMult', sizeOfResultArrayMethod: 'modeMultSize', vectorizationForbidden: true, enableArrayArithmeticForArguments: true },
  };

  private rank(ast: ProcedureNode, state: PluginState, average: boolean): PluginValue {
    if (ast.args.length < 2 || ast.args.length > 3) return this.argumentCountError();
    const x = this.singleNumber(ast, 0, state);
    if (x instanceof CellError) return x;
    const list = rangeNumbers(this.evaluateArg(ast.args[1]!, state));
    if (list instanceof CellError) return list;
    let ascending = false;
    if (ast.args.length === 3) {
      const order = this.singleNumber(ast, 2, state);
      if (order instanceof CellError) return order;
      ascending = order !== 0;
    }
    const found = rankOf(x, list, ascending);
    if (found === null) return cellError(ErrorType.NA, 'The number is not in the list.');
    return average ? found.rank + (found.ties - 1) / 2 : found.rank;
  }

  private singleNumber(ast: ProcedureNode, index: number, state: PluginState): number | CellError {
    const values = flatValues(this.evaluateArg(ast.args[index]!, state));
    return values.length === 1 ? coerceToNumber(values[0]!) : cellError(ErrorType.VALUE, 'A single number is expected.');
  }

  /** RANK(number, ref, [order]) and RANK.EQ: ties share the best rank. */
  rankEq(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.rank(ast, state, false);
  }

  /** RANK.AVG(number, ref, [order]): ties get the average of their positions. */
  rankAvg(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.rank(ast, state, true);
  }

  /** The numbers of every argument, in order, or the first error. */
  private numberList(ast: ProcedureNode, state: PluginState): number[] | CellError {
    const list: number[] = [];
    for (const node of ast.args) {
      const numbers = argumentNumbers(this.evaluateArg(node, state), isReferenceNode(node));
      if (numbers instanceof CellError) return numbers;
      list.push(...numbers);
    }
    return list;
  }

  /** MODE(number1, ...) and MODE.SNGL. */
  mode(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length === 0) return this.argumentCountError();
    const list = this.numberList(ast, state);
    if (list instanceof CellError) return list;
    return modeOf(list) ?? cellError(ErrorType.NA, 'No value repeats.');
  }

  /** MODE.MULT(number1, ...): a column of the most frequent numbers. */
  modeMult(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length === 0) return this.argumentCountError();
    const list = this.numberList(ast, withArrays(state));
    if (list instanceof CellError) return list;
    const modes = modesOf(list);
    if (modes.length === 0) return cellError(ErrorType.NA, 'No value repeats.');
    const size = this.modeMultSize(ast, state);
    return size.isScalar() ? modes[0]! : withinSize(SimpleRangeValue.onlyNumbers(modes.map((m) => [m])), size);
  }

  /** Result size of MODE.MULT: at most one mode per two values given. */
  modeMultSize(ast: ProcedureNode, state: PluginState): ArraySize {
    const values = ast.args.reduce((sum, node) => {
      const size = this.arraySizeForAst(node, withArrays(state));
      return sum + size.width * size.height;
    }, 0);
    return new ArraySize(1, Math.max(1, Math.floor(values / 2)));
  }
}
