/**
 * DOLLAR and USDOLLAR, which HyperFormula lacks (ECMA-376 Part 1, 18.17.7; Excel reference): a
 * number rounded and written as text in a currency format.
 *
 * DOLLAR(number, [decimals]) and USDOLLAR(number, [decimals]): `decimals` defaults to 2
 * (negative rounds left of the decimal point; above 127: #VALUE!), halves away from zero as
 * ROUND does; the text is the format `$#,##0.00_);($#,##0.00)` of the rounded number, so a
 * negative amount is in parentheses: DOLLAR(-1234.567, -2) is `($1,200)`. Excel's DOLLAR uses the
 * system's currency symbol; Ostal writes `$`, the engine's canonical currency, as FIXED writes the
 * canonical separators. USDOLLAR always writes dollars.
 */
import { ErrorType, FunctionArgumentType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { fixedText } from './fixed-function.js';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { cellError, OstalFunctionPlugin } from './plugin-support.js';
import { roundTo } from './rounding-functions.js';

/** Most decimals DOLLAR takes (Excel's limit, as FIXED). */
const MAX_DECIMALS = 127;

/** `value` as DOLLAR writes it: `$1,234.57`, `($1,234.57)`. */
export function dollarText(value: number, decimals: number): string {
  const rounded = roundTo(value, Math.trunc(decimals), 'half-away');
  const digits = fixedText(Math.abs(rounded), decimals, true);
  return rounded < 0 ? `($${digits})` : `$${digits}`;
}

const PARAMETERS = [
  { argumentType: FunctionArgumentType.NUMBER },
  { argumentType: FunctionArgumentType.NUMBER, defaultValue: 2, emptyAsDefault: true },
];

/** DOLLAR, USDOLLAR. */
export class DollarFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    DOLLAR: { method: 'dollar', parameters: PARAMETERS },
    USDOLLAR: { method: 'usDollar', parameters: PARAMETERS },
  };

  /** DOLLAR(number, [decimals]). */
  dollar(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('DOLLAR'), currency);
  }

  /** USDOLLAR(number, [decimals]). */
  usDollar(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('USDOLLAR'), currency);
  }
}

function currency(value: number, decimals: number): PluginValue {
  return decimals > MAX_DECIMALS ? cellError(ErrorType.VALUE, 'Too many decimals.') : dollarText(value, decimals);
}
