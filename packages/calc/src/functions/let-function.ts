/**
 * LET, which HyperFormula lacks (Excel reference, Excel 365 and 2021): names bound to values for
 * one calculation.
 *
 * LET(name1, value1, [name2, value2, ...], calculation): each value is computed once, in order
 * (a value may use the names before it), then the calculation with the names bound; a name may
 * hide a defined name of the workbook. Wrong argument counts or a name that is no plain name
 * (`LET(A1,1,A1)`): #VALUE!.
 *
 * How it works: the engine parses an unknown identifier as a reference to a named expression, so
 * `x` in `LET(x,1,x+1)` is a NAMED_EXPRESSION node (which alone would give #NAME?). LET is a plugin
 * function without declared parameters, so it receives its argument nodes unevaluated; it
 * computes each value and evaluates a copy of the calculation in which the nodes naming it are
 * replaced: by the value's own node when it is a reference (`LET(r,A1:A9,ROWS(r))` keeps a
 * reference) or a LAMBDA (kept to be called), else by a literal node holding the computed value (a NUMBER node returns its
 * `value` as it is, whatever its type: a range, a logical, an error). A LET inside keeps its own
 * names (`LET(x,1,LET(x,2,x))` is 2). The result size of a LET returning an array is predicted from
 * the calculation with each name replaced by its value's expression.
 */
import { ArraySize, ErrorType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginAst, PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { cellError, isReferenceNode, OstalFunctionPlugin } from './plugin-support.js';
import { boundName, isLambdaCall, substituteNames } from './name-substitution.js';
import { withArrays } from './array-arguments.js';

/** A node standing for a computed value (the interpreter returns a NUMBER node's value as is). */
function valueNode(value: PluginValue): PluginAst {
  return { type: 'NUMBER', value } as unknown as PluginAst;
}

/** LET. */
export class LetFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    LET: { method: 'let', sizeOfResultArrayMethod: 'letSize' },
  };

  /** LET(name1, value1, [name2, value2, ...], calculation). */
  let(ast: ProcedureNode, given: PluginState): PluginValue {
    // Excel computes every formula with arrays: `LET(r,A1:A3,SUM(r*r))` squares each value.
    const state = withArrays(given);
    const args = ast.args;
    if (args.length < 3 || args.length % 2 === 0) return cellError(ErrorType.VALUE, 'LET takes pairs of a name and a value, then a calculation.');
    const bindings = new Map<string, PluginAst>();
    for (let i = 0; i < args.length - 1; i += 2) {
      const name = boundName(args[i]);
      if (name === undefined) return cellError(ErrorType.VALUE, 'A LET name must be a plain name.');
      const expression = substituteNames(args[i + 1], bindings) as PluginAst;
      // A LAMBDA is kept as written, to be called where the name is passed (MAP(r, f)).
      const kept = isReferenceNode(expression) || isLambdaCall(expression);
      bindings.set(name, kept ? expression : valueNode(this.evaluateArg(expression, state)));
    }
    return this.evaluateArg(substituteNames(args[args.length - 1], bindings) as PluginAst, state);
  }

  /** Result size of LET: that of the calculation with each name replaced by its value's expression. */
  letSize(ast: ProcedureNode, state: PluginState): ArraySize {
    const args = ast.args;
    if (args.length < 3 || args.length % 2 === 0) return ArraySize.scalar();
    const bindings = new Map<string, PluginAst>();
    for (let i = 0; i < args.length - 1; i += 2) {
      const name = boundName(args[i]);
      if (name === undefined) return ArraySize.scalar();
      bindings.set(name, substituteNames(args[i + 1], bindings) as PluginAst);
    }
    return this.arraySizeForAst(substituteNames(args[args.length - 1], bindings) as PluginAst, withArrays(state));
  }
}
