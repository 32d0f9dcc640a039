/**
 * TYPE and ERROR.TYPE, which HyperFormula lacks. Codes as Excel and LibreOffice document them:
 * TYPE gives 1 number (a blank cell too), 2 text, 4 logical, 16 error, 64 array;
 * ERROR.TYPE gives 1 #NULL!, 2 #DIV/0!, 3 #VALUE!, 4 #REF!, 5 #NAME?, 6 #NUM!, 7 #N/A, and #N/A
 * for a value that is no error.
 */
import { CellError, ErrorType, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, isEmpty, isNumberValue, OstalFunctionPlugin } from './plugin-support.js';

/** ERROR.TYPE codes; engine-only errors (#CYCLE!, #LIC!, #ERROR!) have none. */
const ERROR_CODES: Partial<Record<ErrorType, number>> = {
  [ErrorType.DIV_BY_ZERO]: 2,
  [ErrorType.VALUE]: 3,
  [ErrorType.REF]: 4,
  [ErrorType.NAME]: 5,
  [ErrorType.NUM]: 6,
  [ErrorType.NA]: 7,
  [ErrorType.SPILL]: 9,
};

function typeCode(value: ScalarValue): number {
  if (value instanceof CellError) return 16;
  if (typeof value === 'boolean') return 4;
  if (isNumberValue(value) || isEmpty(value)) return 1;
  return 2;
}

/** TYPE, ERROR.TYPE. */
export class InfoFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    TYPE: { method: 'type' },
    'ERROR.TYPE': { method: 'errorType' },
  };

  /** TYPE(value): the kind of value as a number; errors are not propagated but typed. */
  type(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length !== 1) return this.argumentCountError();
    const value = this.evaluateArg(ast.args[0]!, state);
    if (value instanceof SimpleRangeValue) {
      if (value.width() * value.height() > 1) return 64;
      return typeCode(value.valuesFromTopLeftCorner()[0]!);
    }
    return typeCode(value);
  }

  /** ERROR.TYPE(error): the number of an error value; #N/A for anything else. */
  errorType(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length !== 1) return this.argumentCountError();
    let value = this.evaluateArg(ast.args[0]!, state);
    if (value instanceof SimpleRangeValue) {
      if (value.width() * value.height() !== 1) return cellError(ErrorType.VALUE, 'A single value is expected.');
      value = value.valuesFromTopLeftCorner()[0]!;
    }
    if (!(value instanceof CellError)) return cellError(ErrorType.NA, 'The value is no error.');
    return ERROR_CODES[value.type] ?? cellError(ErrorType.NA, 'This error has no ERROR.TYPE code.');
  }
}
