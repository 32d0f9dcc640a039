/**
 * LibreOffice's ROUNDSIG, which Excel and HyperFormula lack (LibreOffice Help, "ROUNDSIG"; files
 * spell it ORG.LIBREOFFICE.ROUNDSIG): a number rounded to a count of significant digits.
 *
 * ROUNDSIG(value, digits): `digits` is floored and must be at least 1 (else #NUM!, LibreOffice's
 * Err:502); halves go away from zero and binary noise is removed at 15 digits, as ROUND does;
 * 0 stays 0.
 */
import { ErrorType, FunctionArgumentType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { cellError, OstalFunctionPlugin } from './plugin-support.js';
import { roundTo } from './rounding-functions.js';

/** The name LibreOffice writes in ODS and XLSX files (after `_xlfn.` in XLSX). */
export const ROUND_SIG_FILE_NAME = 'ORG.LIBREOFFICE.ROUNDSIG';

/** The power of ten of the first significant digit of `x` (not 0): 2 for 123.4. */
function leadingExponent(x: number): number {
  const magnitude = Math.abs(x);
  let exponent = Math.floor(Math.log10(magnitude));
  // log10 may land just below or above an exact power of ten.
  if (10 ** (exponent + 1) <= magnitude) exponent += 1;
  else if (10 ** exponent > magnitude) exponent -= 1;
  return exponent;
}

/** `value` rounded to `digits` significant digits (digits already checked ≥ 1). */
export function roundSignificant(value: number, digits: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  return roundTo(value, Math.floor(digits) - 1 - leadingExponent(value), 'half-away');
}

const PARAMETERS = [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.NUMBER }];

/** ROUNDSIG (and its name in files). */
export class RoundSigFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    ROUNDSIG: { method: 'roundSig', parameters: PARAMETERS },
    [ROUND_SIG_FILE_NAME]: { method: 'roundSig', parameters: PARAMETERS },
  };

  /** ROUNDSIG(value, digits). */
  roundSig(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('ROUNDSIG'), (value: number, digits: number) =>
      Math.floor(digits) < 1 ? cellError(ErrorType.NUM, 'At least one significant digit is needed.') : roundSignificant(value, digits),
    );
  }
}
