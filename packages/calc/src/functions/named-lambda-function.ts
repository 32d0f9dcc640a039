/**
 * A LAMBDA kept in a defined name and called by that name (Excel: a name ADDONE defined as
 * `=LAMBDA(x,x+1)`, then `=ADDONE(5)` is 6; the name also passes as a LAMBDA: `MAP(A1:A3,ADDONE)`).
 *
 * The engine parses `ADDONE(5)` as a call of a function named ADDONE, and finds functions in its
 * registry only, never among its named expressions. So an engine built for a workbook gets one
 * more plugin whose functions are the workbook's names defined as a LAMBDA
 * ({@link withNamedLambdas}: registered while that engine is built, then unregistered, since
 * HyperFormula's registry is global and the engine keeps its own copy). A call finds the named
 * expression of its name (the sheet's own, else the workbook's), takes the LAMBDA its formula
 * holds and calls it with the arguments: references are passed as references, an empty argument
 * as omitted (ISOMITTED). Wrong argument count: #VALUE!.
 *
 * Limits: a name defined as a LAMBDA after the engine is built is known as a function only when
 * the workbook is opened again (before that the call shows #NAME?); the engine does not see the
 * cells a named LAMBDA's body reads as the calling cell's, so the calls are volatile (computed
 * again at every change); a call's result must be one value (an array: #VALUE!).
 */
import { ArraySize, CellError, ErrorType, HyperFormula } from 'hyperformula';
import type { FunctionPluginDefinition, ImplementedFunctions } from 'hyperformula';
import type { PluginAst, PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { cellError, isReferenceNode, OstalFunctionPlugin } from './plugin-support.js';
import type { LambdaNode } from './lambda-support.js';
import { boundBody, lambdaOf, OMITTED, singleResult, valueNode } from './lambda-support.js';
import { isOmitted } from './array-arguments.js';

/** The parts of HyperFormula's dependency graph a named LAMBDA is read from. */
export interface NameGraph {
  readonly namedExpressions: { nearestNamedExpression(name: string, sheet: number): { readonly address: unknown } | undefined };
  readonly lazilyTransformingAstService: unknown;
  getCell(address: unknown): unknown;
}

/**
 * The LAMBDA a named expression of the engine holds, seen from `sheet`; undefined when the name
 * is unknown or holds something else.
 */
export function namedLambda(graph: NameGraph, name: string, sheet: number): LambdaNode | undefined {
  const named = graph.namedExpressions.nearestNamedExpression(name, sheet);
  const vertex = named === undefined ? undefined : (graph.getCell(named.address) as { getFormula?: (service: unknown) => PluginAst } | undefined);
  if (typeof vertex?.getFormula !== 'function') return undefined;
  const lambda = lambdaOf(vertex.getFormula(graph.lazilyTransformingAstService));
  return lambda instanceof CellError ? undefined : lambda;
}

/** The names of `entries` whose expression is a LAMBDA (`=LAMBDA(...)`), upper case, without repeats. */
export function namedLambdaNames(entries: readonly { readonly name: string; readonly expression: string }[]): string[] {
  const names = entries.filter((e) => /^=?\s*(?:_xlfn\.)?LAMBDA\s*\(/i.test(e.expression)).map((e) => e.name.toUpperCase());
  return [...new Set(names)];
}

/** A plugin whose functions are `names`, each calling the LAMBDA of the defined name it is. */
function namedLambdaPlugin(names: readonly string[]): FunctionPluginDefinition {
  const spec = { method: 'callNamedLambda', sizeOfResultArrayMethod: 'namedLambdaSize', isVolatile: true } as const;
  return class NamedLambdaFunctionPlugin extends OstalFunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = Object.fromEntries(names.map((name) => [name, spec]));

    /** NAME(argument1, ...): the LAMBDA of the defined name NAME called with the arguments. */
    callNamedLambda(ast: ProcedureNode, state: PluginState): PluginValue {
      const lambda = namedLambda(this.dependencyGraph, ast.procedureName, state.formulaAddress.sheet);
      if (lambda === undefined) return cellError(ErrorType.NAME, `The name ${ast.procedureName} holds no LAMBDA.`);
      const nodes = ast.args.map((arg) => (isOmitted(arg) ? valueNode(OMITTED) : isReferenceNode(arg) ? arg : valueNode(this.evaluateArg(arg, state))));
      const body = boundBody(lambda, nodes);
      return body instanceof CellError ? body : singleResult(this.evaluateArg(body, state));
    }

    /** Result size: one value. */
    namedLambdaSize(_ast: ProcedureNode, _state: PluginState): ArraySize {
      return ArraySize.scalar();
    }
  };
}

/**
 * Runs `build` (which builds one engine) with `names` known as functions calling the LAMBDAs of
 * those defined names; names already taken by a function are left to it. Other engines built
 * afterwards do not know them.
 */
export function withNamedLambdas<T>(names: readonly string[], build: () => T): T {
  const taken = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
  const free = names.filter((name) => /^[A-Z_][A-Z0-9_.]*$/.test(name) && !taken.has(name));
  if (free.length === 0) return build();
  const plugin = namedLambdaPlugin(free);
  const translations = Object.fromEntries(free.map((name) => [name, name]));
  HyperFormula.registerFunctionPlugin(plugin, { enGB: translations, enUS: translations });
  try {
    return build();
  } finally {
    HyperFormula.unregisterFunctionPlugin(plugin);
  }
}
