/**
 * NUMBERVALUE, which HyperFormula lacks (Excel reference; OpenFormula, ODF 1.3 Part 4):
 * a number read from text written with given separators, independently of any locale.
 *
 * NUMBERVALUE(text, [decimal_separator], [group_separator]):
 * - the separators default to `.` and `,` (the engine's canonical conventions: formulas and files
 *   keep numbers that way whatever the person's language), but a decimal comma given alone has
 *   no group separator; only their first character counts, and an empty separator, or the same
 *   one for both, is #VALUE!;
 * - spaces anywhere are ignored; empty text is 0;
 * - group separators before the decimal separator are ignored, one after it is #VALUE!, and so
 *   is a second decimal separator;
 * - each `%` at the end divides by 100 (`"9%%"` is 0.0009); an exponent (`"1.5E3"`) is read;
 * - anything else that is no number is #VALUE!.
 */
import { CellError, ErrorType, FunctionArgumentType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, OstalFunctionPlugin } from './plugin-support.js';
import { textOf } from './text-functions.js';

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * The number `text` writes with the given separators (one character each; no group separator
 * when `group` is null), or null.
 */
export function numberValue(text: string, decimal: string, group: string | null): number | null {
  let body = text.replace(/\s+/g, '');
  if (body === '') return 0;
  let percents = 0;
  while (body.endsWith('%')) {
    body = body.slice(0, -1);
    percents += 1;
  }
  const parts = body.split(decimal);
  if (parts.length > 2) return null;
  const [whole = '', fraction] = parts;
  if (group !== null && fraction !== undefined && fraction.includes(group)) return null;
  const plain = (group === null ? whole : whole.split(group).join('')) + (fraction === undefined ? '' : `.${fraction}`);
  if (!NUMBER.test(plain)) return null;
  const n = Number(plain) / 100 ** percents;
  return Number.isFinite(n) ? n : null;
}

/** The separator character of a separator argument, or undefined for an empty one. */
function separator(value: ScalarValue | undefined, fallback: string): string | CellError | undefined {
  if (value === undefined) return fallback;
  if (value instanceof CellError) return value;
  const [first] = textOf(value);
  return first;
}

/** NUMBERVALUE. */
export class NumberValueFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    NUMBERVALUE: {
      method: 'numberValue',
      parameters: [{ argumentType: FunctionArgumentType.SCALAR }, { argumentType: FunctionArgumentType.SCALAR, optionalArg: true }, { argumentType: FunctionArgumentType.SCALAR, optionalArg: true }],
    },
  };

  /** NUMBERVALUE(text, [decimal_separator], [group_separator]). */
  numberValue(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('NUMBERVALUE'), (text: ScalarValue, dec: ScalarValue | undefined, grp: ScalarValue | undefined) => {
      if (text instanceof CellError) return text;
      const decimal = separator(dec, '.');
      // A decimal comma given alone leaves no group separator (not the default comma).
      const group = grp === undefined && decimal === ',' ? null : separator(grp, ',');
      if (decimal instanceof CellError) return decimal;
      if (group instanceof CellError) return group;
      if (decimal === undefined || group === undefined || decimal === group) return cellError(ErrorType.VALUE, 'A separator is empty or both are the same.');
      const n = numberValue(textOf(text), decimal, group);
      return n === null ? cellError(ErrorType.VALUE, 'The text is not a number.') : n;
    });
  }
}
