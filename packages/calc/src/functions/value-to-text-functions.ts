/**
 * VALUETOTEXT and ARRAYTOTEXT, which HyperFormula lacks (Excel reference, Excel 365 and 2024):
 * values written as text, errors included (they are shown, not passed on).
 *
 * - VALUETOTEXT(value, [format]): format 0 (default, concise) writes a text as it is, a number as
 *   General shows it, a logical as TRUE or FALSE, an error as its code; format 1 (strict) puts a
 *   text in double quotes (inner quotes doubled), as a formula would write it. A value given as
 *   an array gives an array.
 * - ARRAYTOTEXT(array, [format]): concise joins the values row by row with `, `; strict writes
 *   an array constant, `{1,2;"a",TRUE}`.
 * - A format other than 0 or 1: #VALUE!.
 */
import { CellError, ErrorType, FunctionArgumentType, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, OstalFunctionPlugin } from './plugin-support.js';
import { textOf } from './text-functions.js';

/** The text of one value, concise or strict. */
export function valueText(value: ScalarValue, strict: boolean): string {
  if (value instanceof CellError) return errorCode(value);
  if (strict && typeof value === 'string') return `"${value.replace(/"/g, '""')}"`;
  return textOf(value);
}

/** The codes errors show; HyperFormula's own (#CYCLE!, #SPILL!...) write as #VALUE!. */
const ERROR_CODES: Partial<Record<ErrorType, string>> = {
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.NA]: '#N/A',
  [ErrorType.NAME]: '#NAME?',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.REF]: '#REF!',
  [ErrorType.VALUE]: '#VALUE!',
};

/** The code an error shows (`#N/A`, `#DIV/0!`...). */
function errorCode(error: CellError): string {
  return ERROR_CODES[error.type] ?? '#VALUE!';
}

/** The format argument as strict or concise, or undefined when it is neither 0 nor 1. */
function strictFormat(format: number): boolean | undefined {
  const f = Math.trunc(format);
  return f === 0 ? false : f === 1 ? true : undefined;
}

/** VALUETOTEXT, ARRAYTOTEXT. */
export class ValueToTextFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    VALUETOTEXT: {
      method: 'valueToText',
      parameters: [{ argumentType: FunctionArgumentType.SCALAR }, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0, emptyAsDefault: true }],
    },
    ARRAYTOTEXT: {
      method: 'arrayToText',
      parameters: [{ argumentType: FunctionArgumentType.ANY }, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0, emptyAsDefault: true }],
      vectorizationForbidden: true,
    },
  };

  /** VALUETOTEXT(value, [format]). */
  valueToText(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('VALUETOTEXT'), (value: ScalarValue, format: number) => {
      const strict = strictFormat(format);
      return strict === undefined ? cellError(ErrorType.VALUE, 'The format must be 0 or 1.') : valueText(value, strict);
    });
  }

  /** ARRAYTOTEXT(array, [format]). */
  arrayToText(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length < 1 || ast.args.length > 2) return this.argumentCountError();
    // The array's own errors are written, not passed on: evaluate it here, not through runFunction.
    const value = this.evaluateArg(ast.args[0]!, state);
    const rows: ScalarValue[][] = value instanceof SimpleRangeValue ? value.data : [[value]];
    return this.runFunction(ast.args.slice(1), state, { ...this.meta('ARRAYTOTEXT'), parameters: [{ argumentType: FunctionArgumentType.NUMBER, defaultValue: 0, emptyAsDefault: true }] }, (format: number) => {
      const strict = strictFormat(format);
      if (strict === undefined) return cellError(ErrorType.VALUE, 'The format must be 0 or 1.');
      if (!strict) return rows.flat().map((v) => valueText(v, false)).join(', ');
      return `{${rows.map((row) => row.map((v) => valueText(v, true)).join(',')).join(';')}}`;
    });
  }
}
