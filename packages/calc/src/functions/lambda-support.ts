/**
 * What LAMBDA and the functions that call one (MAP, REDUCE, SCAN, BYROW, BYCOL, MAKEARRAY) share:
 * reading a LAMBDA written as an argument, and calling it with values (Excel reference: LAMBDA
 * function, Excel 365 and 2024).
 *
 * How a LAMBDA is called: the engine parses its parameter names as references to named
 * expressions (as LET's names, see let-function.ts). A LAMBDA is never computed as a value: the
 * functions that take one find its FUNCTION_CALL node among their unevaluated arguments (or bound
 * to a LET name, which LET keeps as the node) and evaluate a copy of its body in which each
 * parameter is replaced by a node holding the value passed. References in the body are the
 * formula's own, so the engine already knows the cells a LAMBDA reads.
 */
import { CellError, ErrorType, SimpleRangeValue } from 'hyperformula';
import type { PluginAst, PluginState, PluginValue } from './plugin-support.js';
import { cellError } from './plugin-support.js';
import { boundName, isLambdaCall, substituteNames } from './name-substitution.js';

/** A LAMBDA as written: its parameter names (upper case) and its body. */
export interface LambdaNode {
  readonly params: readonly string[];
  readonly body: PluginAst;
}

/** A value passed to a LAMBDA parameter: a computed value, or `OMITTED` for an empty argument. */
export type LambdaArgument = PluginValue | typeof OMITTED;

/** An argument left empty in a call (`F(1,)`), which ISOMITTED tells apart. */
export const OMITTED: unique symbol = Symbol('omitted');

/** Most parameters a LAMBDA takes (Excel's limit). */
const MAX_PARAMS = 253;

/**
 * The parameters and body of a LAMBDA call node; #VALUE! when the node is no LAMBDA, has no
 * body, more than 253 parameters, a parameter that is no plain name or a name used twice.
 */
export function lambdaOf(node: PluginAst | undefined): LambdaNode | CellError {
  if (!isLambdaCall(node)) return cellError(ErrorType.VALUE, 'A LAMBDA is expected here.');
  const args = (node as unknown as { args: PluginAst[] }).args;
  if (args.length < 1 || args.length - 1 > MAX_PARAMS) return cellError(ErrorType.VALUE, 'A LAMBDA takes up to 253 parameters, then a calculation.');
  const params: string[] = [];
  for (const arg of args.slice(0, -1)) {
    const name = boundName(arg);
    if (name === undefined || params.includes(name)) return cellError(ErrorType.VALUE, 'A LAMBDA parameter must be a plain name, used once.');
    params.push(name);
  }
  return { params, body: args[args.length - 1]! };
}

/** A node standing for a value (the interpreter returns a NUMBER node's value as it is). */
export function valueNode(value: LambdaArgument): PluginAst {
  if (value === OMITTED) return { type: 'EMPTY' } as unknown as PluginAst;
  return { type: 'NUMBER', value } as unknown as PluginAst;
}

/**
 * The body of `lambda` with its parameters bound to `nodes` (see {@link valueNode}), as a node to
 * evaluate; #VALUE! when the count of arguments differs from the count of parameters (as Excel).
 */
export function boundBody(lambda: LambdaNode, nodes: readonly PluginAst[]): PluginAst | CellError {
  if (nodes.length !== lambda.params.length) return cellError(ErrorType.VALUE, `This LAMBDA takes ${lambda.params.length} parameter(s), not ${nodes.length}.`);
  const bindings = new Map<string, PluginAst>();
  lambda.params.forEach((name, i) => bindings.set(name, nodes[i]!));
  return substituteNames(lambda.body, bindings) as PluginAst;
}

/** What evaluates a node in the caller's plugin. */
export type Evaluator = (node: PluginAst, state: PluginState) => PluginValue;

/**
 * Calls `lambda` with `values` and returns its result; a LAMBDA result that is itself a LAMBDA
 * (not called) is #VALUE!.
 */
export function callLambda(evaluate: Evaluator, lambda: LambdaNode, values: readonly LambdaArgument[], state: PluginState): PluginValue {
  const body = boundBody(lambda, values.map(valueNode));
  if (body instanceof CellError) return body;
  return evaluate(body, state);
}

/**
 * A LAMBDA result that must be one value (MAP, BYROW, BYCOL, MAKEARRAY): an array of one cell is
 * that cell, a larger one is #VALUE! (Excel shows #CALC!, which HyperFormula cannot express).
 */
export function singleResult(value: PluginValue): PluginValue {
  if (!(value instanceof SimpleRangeValue)) return value;
  if (value.width() === 1 && value.height() === 1) return value.data[0]![0]!;
  return cellError(ErrorType.VALUE, 'Each LAMBDA result must be a single value (Excel shows #CALC!).');
}
