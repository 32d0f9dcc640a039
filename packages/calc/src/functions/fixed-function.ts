/**
 * FIXED, which HyperFormula lacks (Excel reference; OpenFormula, ODF 1.3 Part 4): a
 * number rounded to some decimals and written as text.
 *
 * FIXED(number, [decimals], [no_commas]): `decimals` defaults to 2 (negative rounds left of the
 * decimal point; above 127: #VALUE!), rounding halves away from zero as ROUND does; thousands are
 * grouped with commas unless `no_commas` is TRUE. The text uses the engine's canonical
 * separators (`1,234.57`), as formulas and files keep numbers; Excel uses the system's.
 */
import { ErrorType, FunctionArgumentType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { cellError, OstalFunctionPlugin } from './plugin-support.js';
import { roundTo } from './rounding-functions.js';

/** Most decimals FIXED takes (Excel's limit). */
const MAX_DECIMALS = 127;

/** `value` as FIXED writes it. */
export function fixedText(value: number, decimals: number, grouping: boolean): string {
  const d = Math.trunc(decimals);
  const rounded = roundTo(value, d, 'half-away');
  const shown = Math.max(d, 0);
  // Intl writes large numbers without an exponent; more than 20 decimals (beyond what a double holds) are zeros after 20.
  const text = new Intl.NumberFormat('en-US', { useGrouping: grouping, minimumFractionDigits: Math.min(shown, 20), maximumFractionDigits: Math.min(shown, 20) }).format(rounded);
  const padded = shown > 20 ? `${text}${'0'.repeat(shown - 20)}` : text;
  // Excel writes no minus sign for a number rounded to zero.
  return /^-[0.,]*$/.test(padded) ? padded.slice(1) : padded;
}

/** FIXED. */
export class FixedFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    FIXED: {
      method: 'fixed',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 2, emptyAsDefault: true },
        { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: false, emptyAsDefault: true },
      ],
    },
  };

  /** FIXED(number, [decimals], [no_commas]). */
  fixed(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('FIXED'), (value: number, decimals: number, noCommas: boolean) =>
      decimals > MAX_DECIMALS ? cellError(ErrorType.VALUE, 'Too many decimals.') : fixedText(value, decimals, !noCommas),
    );
  }
}
