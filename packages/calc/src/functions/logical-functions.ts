/**
 * AND, OR and XOR with Excel's treatment of references: text and blank cells in a reference or
 * array are ignored, text given directly must read TRUE or FALSE, and when no logical value is
 * left the result is #VALUE!. HyperFormula counts blank cells as FALSE (AND(A1:B1) with B1
 * blank gives FALSE; Excel gives TRUE).
 */
import { CellError, ErrorType, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, isEmpty, isNumberValue, isReferenceNode, OstalFunctionPlugin, toNumber } from './plugin-support.js';

/** Logical values of the arguments, or the first error met (a reason for #VALUE! included). */
type Logicals = boolean[] | CellError;

/** What a value from a reference or an array counts as: a logical, nothing (ignored), or an error. */
function fromReference(value: ScalarValue): boolean | null | CellError {
  if (value instanceof CellError) return value;
  if (typeof value === 'boolean') return value;
  if (isNumberValue(value)) return toNumber(value) !== 0;
  return null;
}

/** What a value given directly counts as: numbers and TRUE/FALSE text are logical, other text is #VALUE!. */
function fromLiteral(value: ScalarValue): boolean | CellError {
  if (value instanceof CellError) return value;
  if (typeof value === 'boolean') return value;
  if (isNumberValue(value)) return toNumber(value) !== 0;
  if (isEmpty(value)) return false;
  const upper = value.trim().toUpperCase();
  if (upper === 'TRUE') return true;
  if (upper === 'FALSE') return false;
  return cellError(ErrorType.VALUE, 'Text is not a logical value.');
}

/** AND, OR, XOR. */
export class LogicalFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    AND: { method: 'and' },
    OR: { method: 'or' },
    XOR: { method: 'xor' },
  };

  private logicals(ast: ProcedureNode, state: PluginState): Logicals {
    if (ast.args.length === 0) return this.argumentCountError();
    const out: boolean[] = [];
    for (const node of ast.args) {
      const value = this.evaluateArg(node, state);
      if (value instanceof SimpleRangeValue) {
        for (const item of value.valuesFromTopLeftCorner()) {
          const logical = fromReference(item);
          if (logical instanceof CellError) return logical;
          if (logical !== null) out.push(logical);
        }
        continue;
      }
      const logical = isReferenceNode(node) ? fromReference(value) : fromLiteral(value);
      if (logical instanceof CellError) return logical;
      if (logical !== null) out.push(logical);
    }
    return out.length === 0 ? cellError(ErrorType.VALUE, 'No logical values.') : out;
  }

  /** AND(logical1, ...): TRUE when every logical value is TRUE. */
  and(ast: ProcedureNode, state: PluginState): PluginValue {
    const values = this.logicals(ast, state);
    return values instanceof CellError ? values : values.every(Boolean);
  }

  /** OR(logical1, ...): TRUE when any logical value is TRUE. */
  or(ast: ProcedureNode, state: PluginState): PluginValue {
    const values = this.logicals(ast, state);
    return values instanceof CellError ? values : values.some(Boolean);
  }

  /** XOR(logical1, ...): TRUE when an odd number of logical values are TRUE. */
  xor(ast: ProcedureNode, state: PluginState): PluginValue {
    const values = this.logicals(ast, state);
    return values instanceof CellError ? values : values.filter(Boolean).length % 2 === 1;
  }
}
