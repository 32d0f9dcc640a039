/**
 * INT, ROUND, ROUNDUP, ROUNDDOWN and TRUNC with Excel's results. HyperFormula's INT truncates
 * (INT(-0.5) gives 0; Excel floors to -1) and its ROUND family works on the raw binary value
 * (ROUND(1.005, 2) gives 1; Excel gives 1.01, having first taken the value to 15 significant
 * digits, the precision it shows).
 */
import { FunctionArgumentType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { OstalFunctionPlugin } from './plugin-support.js';

/** Which way a rounded value moves. */
export type RoundingMode = 'half-away' | 'away' | 'toward-zero';

/** Beyond 15 significant digits a double shows nothing Excel would round. */
const SIGNIFICANT_DIGITS = 15;
const EXACT_LIMIT = 1e15;

/**
 * `value` rounded to `digits` decimals (negative: to tens, hundreds...) the way Excel does:
 * digits truncated to an integer, binary noise removed at 15 significant digits, halves away
 * from zero for `half-away`.
 * @example roundTo(2.675, 2, 'half-away') // 2.68
 */
export function roundTo(value: number, digits: number, mode: RoundingMode): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const d = Math.trunc(digits);
  const factor = 10 ** Math.abs(d);
  if (!Number.isFinite(factor)) return d > 0 ? value : 0;
  let scaled = d >= 0 ? value * factor : value / factor;
  if (!Number.isFinite(scaled)) return value;
  if (Math.abs(scaled) < EXACT_LIMIT) scaled = Number(scaled.toPrecision(SIGNIFICANT_DIGITS));
  const magnitude = Math.abs(scaled);
  const rounded = mode === 'half-away' ? Math.floor(magnitude + 0.5) : mode === 'away' ? Math.ceil(magnitude) : Math.floor(magnitude);
  const signed = scaled < 0 ? -rounded : rounded;
  const result = d >= 0 ? signed / factor : signed * factor;
  return result === 0 ? 0 : result;
}

const NUMBER = { argumentType: FunctionArgumentType.NUMBER };
const DIGITS = { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 };

/** INT, ROUND, ROUNDUP, ROUNDDOWN, TRUNC. */
export class RoundingFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    INT: { method: 'int', parameters: [NUMBER] },
    ROUND: { method: 'round', parameters: [NUMBER, DIGITS] },
    ROUNDUP: { method: 'roundUp', parameters: [NUMBER, DIGITS] },
    ROUNDDOWN: { method: 'roundDown', parameters: [NUMBER, DIGITS] },
    TRUNC: { method: 'trunc', parameters: [NUMBER, DIGITS] },
  };

  /** INT(number): the largest integer not above the number. */
  int(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('INT'), floorTo15);
  }

  /** ROUND(number, [digits]): halves away from zero. */
  round(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('ROUND'), (x: number, d: number) => roundTo(x, d, 'half-away'));
  }

  /** ROUNDUP(number, [digits]): away from zero. */
  roundUp(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('ROUNDUP'), (x: number, d: number) => roundTo(x, d, 'away'));
  }

  /** ROUNDDOWN(number, [digits]): toward zero. */
  roundDown(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('ROUNDDOWN'), (x: number, d: number) => roundTo(x, d, 'toward-zero'));
  }

  /** TRUNC(number, [digits]): toward zero, like ROUNDDOWN. */
  trunc(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('TRUNC'), (x: number, d: number) => roundTo(x, d, 'toward-zero'));
  }
}

/**
 * Floor after removing binary noise at 15 significant digits, as LibreOffice's INT does:
 * (0.1+0.7)*10 is 7.999999999999999 in binary and INT gives 8.
 */
export function floorTo15(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= EXACT_LIMIT) return Math.floor(x);
  const result = Math.floor(Number(x.toPrecision(SIGNIFICANT_DIGITS)));
  return result === 0 ? 0 : result;
}
