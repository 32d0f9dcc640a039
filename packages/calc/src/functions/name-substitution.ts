/**
 * Names bound by LET and LAMBDA, replaced in a formula's syntax tree. The engine parses an
 * unknown identifier as a reference to a named expression, so `x` in `LET(x,1,x+1)` or
 * `LAMBDA(x,x+1)` is a NAMED_EXPRESSION node; LET and the functions that call a LAMBDA evaluate a
 * copy of the calculation in which those nodes are replaced by the bound nodes.
 */
import type { PluginAst } from './plugin-support.js';

/**
 * The engine-only function that calls a LAMBDA node with arguments: a call of a name bound to a
 * LAMBDA (`LET(f,LAMBDA(x,x+1),f(2))`) becomes `OSTAL.LAMBDACALL(<the LAMBDA>, 2)`.
 */
export const LAMBDA_CALL_FUNCTION = 'OSTAL.LAMBDACALL';

/** A node as the substitution sees it. */
type AnyNode = Record<string, unknown>;

/** True for the plain objects and arrays an AST is made of (not CellError, addresses...). */
function isTreePart(value: unknown): value is AnyNode | unknown[] {
  if (Array.isArray(value)) return true;
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** The name a name argument (of LET or LAMBDA) writes, upper case, or undefined when it is no plain name. */
export function boundName(node: PluginAst | undefined): string | undefined {
  const n = node as { type?: string; expressionName?: unknown } | undefined;
  return n?.type === 'NAMED_EXPRESSION' && typeof n.expressionName === 'string' ? n.expressionName.toUpperCase() : undefined;
}

/** The upper-case name of a function call node, or undefined for another node. */
function callName(node: AnyNode): string | undefined {
  return node.type === 'FUNCTION_CALL' && typeof node.procedureName === 'string' && Array.isArray(node.args) ? node.procedureName.toUpperCase() : undefined;
}

/** True for a call of LAMBDA. */
export function isLambdaCall(node: unknown): boolean {
  return isTreePart(node) && !Array.isArray(node) && callName(node) === 'LAMBDA';
}

/**
 * Which arguments of a LET or LAMBDA call are names it binds: LET's every other argument before
 * the calculation, LAMBDA's every argument but the last.
 */
function isNameArgument(fn: string, index: number, count: number): boolean {
  if (index >= count - 1) return false;
  return fn === 'LAMBDA' || index % 2 === 0;
}

/**
 * `node` with the named-expression nodes of `bindings` (upper-case names) replaced, sharing every
 * part that does not change; a LET or LAMBDA inside keeps the names it binds itself
 * (`LET(x,1,MAP(A1:A2,LAMBDA(x,x*2)))` doubles the cells).
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
  const fn = callName(node);
  const bound = fn === undefined ? undefined : bindings.get(fn);
  if (bound !== undefined && isLambdaCall(bound)) {
    // A call of a name bound to a LAMBDA: the LAMBDA called with the (substituted) arguments.
    const args = (node.args as PluginAst[]).map((arg) => substituteNames(arg, bindings) as PluginAst);
    return { ...node, procedureName: LAMBDA_CALL_FUNCTION, args: [bound, ...args] };
  }
  if (fn === 'LET' || fn === 'LAMBDA') {
    const original = node.args as PluginAst[];
    // LET's names take effect one after the other; LAMBDA's all at once, before its body.
    const scope = new Map(bindings);
    if (fn === 'LAMBDA') original.slice(0, -1).forEach((arg) => scope.delete(boundName(arg) ?? ''));
    const args = original.map((arg, i) => {
      if (isNameArgument(fn, i, original.length)) return arg;
      const next = substituteNames(arg, scope) as PluginAst;
      // A LET name hides the outer one from after its own value on (`LET(x,x*5,x+1)`).
      if (fn === 'LET' && i % 2 === 1 && i < original.length - 1) scope.delete(boundName(original[i - 1]) ?? '');
      return next;
    });
    return args.some((arg, i) => arg !== original[i]) ? { ...node, args } : node;
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
