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
 * - A name LET binds to a LAMBDA is called by that name (`LET(f,LAMBDA(x,x+1),f(2))` is 3): the
 *   substitution of LET's names turns the call into OSTAL.LAMBDACALL(<the LAMBDA>, arguments), an
 *   engine-only function (name-substitution.ts). References are passed as references, an empty
 *   argument as omitted; the result may be an array, sized from the body with the arguments in
 *   place of the parameters.
 * - ISOMITTED(argument) is TRUE when a LAMBDA parameter was given an empty argument (REDUCE's
 *   initial value left out, `REDUCE(,A1:A3,...)`), FALSE for anything else.
 */
import { ArraySize, CellError, ErrorType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginAst, PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { cellError, isReferenceNode, OstalFunctionPlugin } from './plugin-support.js';
import { isOmitted, withArrays, withinSize } from './array-arguments.js';
import { boundBody, lambdaOf, OMITTED, valueNode } from './lambda-support.js';
import { LAMBDA_CALL_FUNCTION } from './name-substitution.js';

/** LAMBDA, ISOMITTED. */
export class LambdaFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    LAMBDA: { method: 'lambda' },
    ISOMITTED: { method: 'isOmitted' },
    [LAMBDA_CALL_FUNCTION]: { method: 'lambdaCall', sizeOfResultArrayMethod: 'lambdaCallSize' },
  };

  /** LAMBDA computed as a value: it was not called. */
  lambda(ast: ProcedureNode, _state: PluginState): PluginValue {
    const lambda = lambdaOf(ast as never);
    if (!('params' in lambda)) return lambda;
    return cellError(ErrorType.VALUE, 'A LAMBDA must be called with its arguments (Excel shows #CALC!).');
  }

  /** OSTAL.LAMBDACALL(lambda, argument1, ...): the LAMBDA called with the arguments. */
  lambdaCall(ast: ProcedureNode, state: PluginState): PluginValue {
    const body = this.callBody(ast, (arg) => (isOmitted(arg) ? valueNode(OMITTED) : isReferenceNode(arg) ? arg : valueNode(this.evaluateArg(arg, state))));
    if (body instanceof CellError) return body;
    // Excel computes every formula with arrays: `LAMBDA(r,r*r)` squares a range element-wise.
    return withinSize(this.evaluateArg(body, withArrays(state)), this.lambdaCallSize(ast, state));
  }

  /** Result size of OSTAL.LAMBDACALL: that of the body with the arguments' expressions in place of the parameters. */
  lambdaCallSize(ast: ProcedureNode, state: PluginState): ArraySize {
    const body = this.callBody(ast, (arg) => arg);
    return body instanceof CellError ? ArraySize.scalar() : this.arraySizeForAst(body, withArrays(state));
  }

  private callBody(ast: ProcedureNode, bind: (arg: PluginAst) => PluginAst): PluginAst | CellError {
    const lambda = lambdaOf(ast.args[0]);
    if (lambda instanceof CellError) return lambda;
    return boundBody(lambda, ast.args.slice(1).map(bind));
  }

  /** ISOMITTED(argument). */
  isOmitted(ast: ProcedureNode, _state: PluginState): PluginValue {
    if (ast.args.length !== 1) return this.argumentCountError();
    return isOmitted(ast.args[0]);
  }
}
