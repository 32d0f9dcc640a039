/**
 * RANDARRAY, which HyperFormula lacks (Excel reference, Excel 2021): an array of random numbers,
 * recomputed at every calculation like RAND.
 *
 * RANDARRAY([rows], [columns], [min], [max], [whole_number]): 1 × 1 by default, numbers from
 * `min` (0) up to `max` (1; excluded for decimals, included for whole numbers). `max` below
 * `min`, a size below 1, or whole numbers between bounds that are not whole: #VALUE!. The sizes
 * must be written in the formula, as the engine reserves the cells before computing (a size
 * read from a cell gives #VALUE!).
 */
import { ArraySize, CellError, ErrorType, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { integerArg, isOmitted, literalInteger, withinSize } from './array-arguments.js';
import type { PluginAst, PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { cellError, coerceToNumber, flatValues, OstalFunctionPlugin } from './plugin-support.js';

/** RANDARRAY. */
export class RandomArrayFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    RANDARRAY: { method: 'randArray', sizeOfResultArrayMethod: 'randArraySize', isVolatile: true, vectorizationForbidden: true },
  };

  /** A number argument, `fallback` when left out, or the error to show. */
  private numberArg(node: PluginAst | undefined, state: PluginState, fallback: number): number | CellError {
    if (isOmitted(node)) return fallback;
    const [value] = flatValues(this.evaluateArg(node!, state));
    return coerceToNumber(value!);
  }

  /** RANDARRAY([rows], [columns], [min], [max], [whole_number]). */
  randArray(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length > 5) return this.argumentCountError();
    const count = (node: PluginAst | undefined): number | CellError => (isOmitted(node) ? 1 : integerArg(this.evaluateArg(node!, state), 1));
    const rows = count(ast.args[0]);
    if (rows instanceof CellError) return rows;
    const cols = count(ast.args[1]);
    if (cols instanceof CellError) return cols;
    const min = this.numberArg(ast.args[2], state, 0);
    if (min instanceof CellError) return min;
    const max = this.numberArg(ast.args[3], state, 1);
    if (max instanceof CellError) return max;
    const whole = this.numberArg(ast.args[4], state, 0);
    if (whole instanceof CellError) return whole;
    if (rows < 1 || cols < 1 || max < min) return cellError(ErrorType.VALUE, 'The size or the bounds are out of range.');
    if (whole !== 0 && (!Number.isInteger(min) || !Number.isInteger(max))) return cellError(ErrorType.VALUE, 'Whole numbers need whole bounds.');
    const draw = (): number => (whole !== 0 ? min + Math.floor(Math.random() * (max - min + 1)) : min + Math.random() * (max - min));
    const size = this.randArraySize(ast, state);
    if (size.isScalar()) return rows === 1 && cols === 1 ? draw() : cellError(ErrorType.VALUE, 'The size must be written in the formula.');
    return withinSize(SimpleRangeValue.onlyNumbers(Array.from({ length: rows }, () => Array.from({ length: cols }, draw))), size);
  }

  /** Result size of RANDARRAY: the sizes written in the formula (1 when left out). */
  randArraySize(ast: ProcedureNode, _state: PluginState): ArraySize {
    const literal = (node: PluginAst | undefined): number | undefined => (isOmitted(node) ? 1 : literalInteger(node));
    const rows = literal(ast.args[0]);
    const cols = literal(ast.args[1]);
    return rows !== undefined && cols !== undefined && rows >= 1 && cols >= 1 && ast.args.length <= 5 ? new ArraySize(cols, rows) : ArraySize.error();
  }
}
