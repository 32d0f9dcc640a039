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
 * reference), else by a literal node holding the computed value (a NUMBER node returns its
 * `value` as it is, whatever its type: a range, a logical, an error). A LET inside keeps its own
 * names (`LET(x,1,LET(x,2,x))` is 2). The result size of a LET returning an array is predicted from
 * the calculation with each name replaced by its value's expression.
 */
import { ArraySize, ErrorType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginAst, PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { cellError, isReferenceNode, OstalFunctionPlugin } from './plugin-support.js';

/** A node as the substitution sees it. */
type AnyNode = Record<string, unknown>;

/** True for the plain objects and arrays an AST is made of (not CellError, addresses...). */
function isTreePart(value: unknown): value is AnyNode | unknown[] {
  if (Array.isArray(value)) return true;
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** The name a LET name argument writes, upper case, or undefined when it is no plain name. */
function boundName(node: PluginAst | undefined): string | undefined {
  const n = node as { type?: string; expressionName?: unknown } | undefined;
  return n?.type === 'NAMED_EXPRESSION' && typeof n.expressionName === 'string' ? n.expressionName.toUpperCase() : undefined;
}

/**
 * `node` with the named-expression nodes of `bindings` (upper-case names) replaced, sharing every
 * part that does not change; a LET inside keeps the names it binds itself.
 */
export function substituteNames(node: unknown, bindings: ReadonlyMap<string, PluginAst>): unknown {
  if (bindings.size === 0 || !isTreePart(node)) return node;
  if (Array.isArray(node)) {
    let changed = false;
    const out = node.map((item) => {
      const next = substituteNames(item, bindings);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? out : node;
  }
  if (node.type === 'NAMED_EXPRESSION' && typeof node.expressionName === 'string') {
    return bindings.get(node.expressionName.toUpperCase()) ?? node;
  }
  if (node.type === 'FUNCTION_CALL' && typeof node.procedureName === 'string' && node.procedureName.toUpperCase() === 'LET' && Array.isArray(node.args)) {
    const scope = new Map(bindings);
    const args = (node.args as PluginAst[]).map((arg, i, all) => {
      const isName = i % 2 === 0 && i < all.length - 1;
      if (!isName) return substituteNames(arg, scope) as PluginAst;
      const name = boundName(arg);
      if (name !== undefined) scope.delete(name);
      return arg;
    });
    return args.some((arg, i) => arg !== (node.args as PluginAst[])[i]) ? { ...node, args } : node;
  }
  let changed = false;
  const out: AnyNode = {};
  for (const [key, value] of Object.entries(node)) {
    const next = substituteNames(value, bindings);
    if (next !== value) changed = true;
    out[key] = next;
  }
  return changed ? out : node;
}

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
  let(ast: ProcedureNode, state: PluginState): PluginValue {
    const args = ast.args;
    if (args.length < 3 || args.length % 2 === 0) return cellError(ErrorType.VALUE, 'LET takes pairs of a name and a value, then a calculation.');
    const bindings = new Map<string, PluginAst>();
    for (let i = 0; i < args.length - 1; i += 2) {
      const name = boundName(args[i]);
      if (name === undefined) return cellError(ErrorType.VALUE, 'A LET name must be a plain name.');
      const expression = substituteNames(args[i + 1], bindings) as PluginAst;
      bindings.set(name, isReferenceNode(expression) ? expression : valueNode(this.evaluateArg(expression, state)));
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
    return this.arraySizeForAst(substituteNames(args[args.length - 1], bindings) as PluginAst, state);
  }
}
