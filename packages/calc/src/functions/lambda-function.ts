/**
 * LAMBDA and ISOMITTED, which HyperFormula lacks (Excel reference, Excel 365 and 2024).
 *
 * - LAMBDA(parameter1, ..., calculation) is a function written in place: MAP, REDUCE, SCAN,
 *   BYROW, BYCOL and MAKEARRAY call it (lambda-helper-functions.ts), and LET can name it
 *   (`LET(f,LAMBDA(x,x*2),MAP(A1:A3,f))`). A LAMBDA left as a cell's value is #VALUE!: Excel shows
 *   #CALC!, which HyperFormula and the file formats' cached values lack.
 * - Excel also calls a LAMBDA written right before its arguments (`=LAMBDA(x,x+1)(2)`); the
 *   engine's parser refuses a call on a call, so such a formula cannot be read (#ERROR!, with an
 *   `unparsable-formula` diagnostic) and is kept as written in the file.
 * - ISOMITTED(argument) is TRUE when a LAMBDA parameter was given an empty argument (REDUCE's
 *   initial value left out, `REDUCE(,A1:A3,...)`), FALSE for anything else.
 */
import { ErrorType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { cellError, OstalFunctionPlugin } from './plugin-support.js';
import { isOmitted } from './array-arguments.js';
import { lambdaOf } from './lambda-support.js';

/** LAMBDA, ISOMITTED. */
export class LambdaFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    LAMBDA: { method: 'lambda' },
    ISOMITTED: { method: 'isOmitted' },
  };

  /** LAMBDA computed as a value: it was not called. */
  lambda(ast: ProcedureNode, _state: PluginState): PluginValue {
    const lambda = lambdaOf(ast as never);
    if (!('params' in lambda)) return lambda;
    return cellError(ErrorType.VALUE, 'A LAMBDA must be called with its arguments (Excel shows #CALC!).');
  }

  /** ISOMITTED(argument). */
  isOmitted(ast: ProcedureNode, _state: PluginState): PluginValue {
    if (ast.args.length !== 1) return this.argumentCountError();
    return isOmitted(ast.args[0]);
  }
}
