/**
 * AREAS, which HyperFormula lacks (ECMA-376 Part 1, 18.17.7; Excel reference): the number of
 * areas of a reference.
 *
 * AREAS(reference): 1 for a cell, a range, a whole column or row, or a name or function giving
 * one. The engine parses no multi-area reference (Excel's union `(A1:B2,D4)`): such a formula is
 * reported unparsable, not computed as 1. A value that is no reference (`AREAS(5)`): #VALUE!; an
 * error value: that error.
 */
import { CellError, ErrorType, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginAst, PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { cellError, isReferenceNode, OstalFunctionPlugin } from './plugin-support.js';

/** The node inside any parentheses (HyperFormula's node type is `PARENTHESES`). */
function unwrapped(node: PluginAst): PluginAst {
  let n = node as { type?: string; expression?: PluginAst };
  while (n.type === 'PARENTHESES' && n.expression !== undefined) n = n.expression;
  return n as PluginAst;
}

/** AREAS. */
export class AreasFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    AREAS: { method: 'areas' },
  };

  /** AREAS(reference). */
  areas(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length !== 1) return this.argumentCountError();
    const node = unwrapped(ast.args[0]!);
    if (isReferenceNode(node)) return 1;
    const type = (node as { type?: string }).type;
    const value = this.evaluateArg(node, state);
    if (value instanceof CellError) return value;
    if (value instanceof SimpleRangeValue) return value.range !== undefined ? 1 : cellError(ErrorType.VALUE, 'AREAS needs a reference.');
    // A defined name holding one cell gives that cell's value.
    const name = (node as { expressionName?: string }).expressionName?.toUpperCase();
    if (type === 'NAMED_EXPRESSION' && name !== 'TRUE' && name !== 'FALSE') return 1;
    return cellError(ErrorType.VALUE, 'AREAS needs a reference.');
  }
}
