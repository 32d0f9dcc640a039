/**
 * VLOOKUP and HLOOKUP with Excel's wildcards. HyperFormula's VLOOKUP and HLOOKUP compare an
 * exact-match text literally, so Excel's `VLOOKUP("app*",A1:C9,2,FALSE)` gave #N/A. Only an
 * exact match (`range_lookup` FALSE or 0) of a text holding `*`, `?` or `~` is searched here,
 * row by row (column by column for HLOOKUP), ignoring case, the first match winning; every
 * other call goes to an instance of HyperFormula's own lookup plugin (its indexed searches stay
 * in use). That instance is held, not extended: HyperFormula shares one plugin instance among
 * the functions of a class and its subclasses (`instanceof`), so a subclass registered for
 * VLOOKUP would also be asked for XLOOKUP, MATCH...
 */
import { CellError, ErrorType, FunctionArgumentType, HyperFormula } from 'hyperformula';
import type { FunctionPlugin, ImplementedFunctions } from 'hyperformula';
import { gridOf } from './array-arguments.js';
import { wildcardPattern } from './criteria.js';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, coerceToNumber, flatValues, isEmpty, OstalFunctionPlugin } from './plugin-support.js';

/** HyperFormula's plugin computing VLOOKUP and HLOOKUP. */
type LookupPlugin = FunctionPlugin & {
  vlookup(ast: ProcedureNode, state: PluginState): PluginValue;
  hlookup(ast: ProcedureNode, state: PluginState): PluginValue;
};

/** HyperFormula's own class, looked up before Ostal registers anything for these names. */
const HyperFormulaLookup = HyperFormula.getFunctionPlugin('VLOOKUP') as unknown as new (interpreter: unknown) => LookupPlugin;

/** The wildcard pattern of an exact-match lookup text, or undefined when HyperFormula's search applies. */
function wildcardKey(key: PluginValue, sorted: PluginValue | undefined): RegExp | undefined {
  if (typeof key !== 'string' || !/[*?~]/.test(key) || sorted === undefined) return undefined;
  const [flag] = flatValues(sorted);
  if (flag === undefined || flag instanceof CellError || isEmpty(flag)) return undefined;
  const n = coerceToNumber(flag);
  return n === 0 ? wildcardPattern(key) : undefined;
}

/** The value `index` places along from the first line whose first value matches, or the error. */
export function wildcardLookup(lines: readonly (readonly ScalarValue[])[], pattern: RegExp, index: number): ScalarValue {
  const width = lines[0]?.length ?? 0;
  if (index < 1) return cellError(ErrorType.VALUE, 'The index is below 1.');
  if (index > width) return cellError(ErrorType.REF, 'The index is beyond the table.');
  const line = lines.find((l) => typeof l[0] === 'string' && pattern.test(l[0]));
  return line === undefined ? cellError(ErrorType.NA, 'The value is not found.') : line[index - 1]!;
}

function transpose(rows: readonly (readonly ScalarValue[])[]): ScalarValue[][] {
  const width = rows[0]?.length ?? 0;
  return Array.from({ length: width }, (_, c) => rows.map((row) => row[c]!));
}

/** VLOOKUP, HLOOKUP: HyperFormula's, with wildcards in exact matches. */
export class LookupWildcardFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    VLOOKUP: { method: 'vlookup', parameters: [{ argumentType: FunctionArgumentType.NOERROR }, { argumentType: FunctionArgumentType.RANGE }, { argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: true }] },
    HLOOKUP: { method: 'hlookup', parameters: [{ argumentType: FunctionArgumentType.NOERROR }, { argumentType: FunctionArgumentType.RANGE }, { argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: true }] },
  };

  private own: LookupPlugin | undefined;

  /** HyperFormula's lookup plugin on this engine's interpreter, made on first use. */
  private get hyperFormula(): LookupPlugin {
    this.own ??= new HyperFormulaLookup((this as unknown as { interpreter: unknown }).interpreter);
    return this.own;
  }

  vlookup(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.lookup(ast, state, false) ?? this.hyperFormula.vlookup(ast, state);
  }

  hlookup(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.lookup(ast, state, true) ?? this.hyperFormula.hlookup(ast, state);
  }

  /** The wildcard search's result, or undefined to leave the call to HyperFormula. */
  private lookup(ast: ProcedureNode, state: PluginState, horizontal: boolean): PluginValue | undefined {
    if (ast.args.length !== 4) return undefined;
    const evaluate = (node: ProcedureNode['args'][number]): PluginValue => this.evaluateArg(node, state);
    const pattern = wildcardKey(evaluate(ast.args[0]!), evaluate(ast.args[3]!));
    if (pattern === undefined) return undefined;
    const table = evaluate(ast.args[1]!);
    if (table instanceof CellError) return table;
    const rows = gridOf(table);
    const [indexValue] = flatValues(evaluate(ast.args[2]!));
    const index = coerceToNumber(indexValue!);
    if (index instanceof CellError) return index;
    return wildcardLookup(horizontal ? transpose(rows) : rows, pattern, Math.trunc(index));
  }
}
