/**
 * LEN counting characters as a person sees them in the cell: Unicode code points, so that an
 * emoji or a rare CJK ideograph outside the Basic Multilingual Plane counts as one (HyperFormula
 * counts UTF-16 units: LEN("😀") gives 2). CONCAT, which HyperFormula lacks (Excel reference):
 * the texts of its arguments end to end, ranges cell by cell row after row, blanks as nothing,
 * numbers as the General format shows them (15 significant digits), errors propagated; a result
 * over 32,767 characters is #VALUE!.
 */
import { CellError, ErrorType, FunctionArgumentType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, flatValues, isEmpty, isNumberValue, OstalFunctionPlugin, toNumber } from './plugin-support.js';

/** Longest text a cell holds (Excel's limit). */
const MAX_TEXT = 32_767;

/** The text of a value as CONCAT joins it. */
export function textOf(value: Exclude<ScalarValue, CellError>): string {
  if (isEmpty(value)) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isNumberValue(value)) return String(Number(toNumber(value).toPrecision(15))).replace('e+', 'E+').replace('e-', 'E-');
  return String(value);
}

/** Number of code points of `text`. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

/** LEN, CONCAT. */
export class TextFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    LEN: { method: 'len', parameters: [{ argumentType: FunctionArgumentType.STRING }] },
    CONCAT: { method: 'concat' },
  };

  /** LEN(text): numbers and logicals count as the text they show. */
  len(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('LEN'), codePointLength);
  }

  /** CONCAT(text1, ...): ranges joined cell by cell. */
  concat(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length === 0) return this.argumentCountError();
    let out = '';
    for (const node of ast.args) {
      for (const value of flatValues(this.evaluateArg(node, state))) {
        if (value instanceof CellError) return value;
        out += textOf(value);
        if (out.length > MAX_TEXT) return cellError(ErrorType.VALUE, 'The text is longer than a cell holds.');
      }
    }
    return out;
  }
}
