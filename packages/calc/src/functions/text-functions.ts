/**
 * LEN counting characters as a person sees them in the cell: Unicode code points, so that an
 * emoji or a rare CJK ideograph outside the Basic Multilingual Plane counts as one (HyperFormula
 * counts UTF-16 units: LEN("😀") gives 2).
 */
import { FunctionArgumentType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { OstalFunctionPlugin } from './plugin-support.js';

/** Number of code points of `text`. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

/** LEN. */
export class TextFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    LEN: { method: 'len', parameters: [{ argumentType: FunctionArgumentType.STRING }] },
  };

  /** LEN(text): numbers and logicals count as the text they show. */
  len(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('LEN'), codePointLength);
  }
}
