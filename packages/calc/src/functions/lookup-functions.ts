/**
 * LOOKUP, which HyperFormula lacks (Excel and LibreOffice references): the vector form
 * LOOKUP(value, lookup_vector, [result_vector]) finds the last value of the same type not above
 * `value` in a vector sorted ascending (numbers with numbers, text with text ignoring case,
 * logicals with logicals; errors in the vector are skipped, so `LOOKUP(2,1/(A1:A9<>""),A1:A9)`
 * gives the last filled cell) and returns the value at the same position of the result vector;
 * the array form searches the first row of an array wider than tall (else its first column) and
 * returns from the last row (column). Nothing small enough: #N/A.
 */
import { CellError, ErrorType, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, flatValues, isEmpty, isNumberValue, OstalFunctionPlugin, toNumber } from './plugin-support.js';

/** A value reduced for comparison: its kind and a comparable key; null for blanks and errors. */
function key(value: ScalarValue): { kind: 'number' | 'text' | 'logical'; key: number | string } | null {
  if (value instanceof CellError || isEmpty(value)) return null;
  if (isNumberValue(value)) return { kind: 'number', key: toNumber(value) };
  if (typeof value === 'boolean') return { kind: 'logical', key: value ? 1 : 0 };
  if (typeof value === 'string') return { kind: 'text', key: value.toLowerCase() };
  return null;
}

/** Position of the last value of the sought kind not above it, as in a sorted vector; -1 if none. */
export function approximatePosition(sought: ScalarValue, values: readonly ScalarValue[]): number {
  const target = key(sought);
  if (target === null) return -1;
  let found = -1;
  values.forEach((value, i) => {
    const k = key(value);
    if (k !== null && k.kind === target.kind && k.key <= target.key) found = i;
  });
  return found;
}

/** The rows of a value (one row for a scalar). */
function rowsOf(value: PluginValue): ScalarValue[][] {
  return value instanceof SimpleRangeValue ? value.data.map((row) => [...row]) : [[value]];
}

/** LOOKUP. */
export class LookupFunctionsPlugin extends OstalFunctionPlugin {
  // Array arguments as in Excel, so that 1/(A1:A9<>"") is computed cell by cell.
  static override implementedFunctions: ImplementedFunctions = {
    LOOKUP: { method: 'lookup', enableArrayArithmeticForArguments: true },
  };

  /** LOOKUP(value, lookup_vector_or_array, [result_vector]). */
  lookup(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length < 2 || ast.args.length > 3) return this.argumentCountError();
    const soughtValues = flatValues(this.evaluateArg(ast.args[0]!, state));
    if (soughtValues.length !== 1) return cellError(ErrorType.VALUE, 'A single value is sought.');
    const sought = soughtValues[0]!;
    if (sought instanceof CellError) return sought;
    const rows = rowsOf(this.evaluateArg(ast.args[1]!, state));
    const height = rows.length;
    const width = rows[0]?.length ?? 0;
    let searched: ScalarValue[];
    let results: ScalarValue[];
    if (ast.args.length === 3) {
      searched = rows.flat();
      results = flatValues(this.evaluateArg(ast.args[2]!, state));
    } else if (width > height) {
      searched = rows[0]!;
      results = rows[height - 1]!;
    } else {
      searched = rows.map((row) => row[0]!);
      results = rows.map((row) => row[width - 1]!);
    }
    const position = approximatePosition(sought, searched);
    if (position < 0 || position >= results.length) return cellError(ErrorType.NA, 'No value small enough.');
    const result = results[position]!;
    // A blank result reads as 0, as a reference to a blank cell does.
    return isEmpty(result) ? 0 : result;
  }
}
