/**
 * CONVERT, which HyperFormula lacks (Excel reference; OpenFormula, ODF 1.3 Part 4): a
 * number from one unit of measure to another, with the units of `convert-units.ts`.
 * CONVERT(number, from_unit, to_unit): unit names are case-sensitive; an unknown unit, or units
 * of different quantities, is #N/A; a number that is no number is #VALUE!.
 */
import { ErrorType, FunctionArgumentType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { convertUnits, parseUnit } from './convert-units.js';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { cellError, OstalFunctionPlugin } from './plugin-support.js';

/** CONVERT. */
export class ConvertFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    CONVERT: {
      method: 'convert',
      parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.STRING }, { argumentType: FunctionArgumentType.STRING }],
    },
  };

  /** CONVERT(number, from_unit, to_unit). */
  convert(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('CONVERT'), (value: number, fromText: string, toText: string) => {
      const from = parseUnit(fromText);
      const to = parseUnit(toText);
      const result = from && to ? convertUnits(value, from, to) : undefined;
      return result === undefined ? cellError(ErrorType.NA, 'The units are unknown or measure different things.') : result;
    });
  }
}
