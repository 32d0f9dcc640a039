/**
 * MATCH as Excel computes it (Excel reference). HyperFormula's MATCH takes no wildcards: Excel's
 * `MATCH("b*",B1:B12,0)` gave #N/A.
 *
 * MATCH(lookup_value, lookup_array, [match_type]):
 * - `match_type` 0: the first value equal to the lookup value (texts ignoring case), wildcards
 *   (`*`, `?`, `~`) in a text lookup value;
 * - 1 (the default; any positive number): the last value not above the lookup value in an array
 *   sorted ascending, found by halving as Excel does (on unsorted data the result follows the
 *   search, not the data's order); -1 (any negative number): the last value not below it in an
 *   array sorted descending;
 * - values compare with values of their own kind (numbers, texts, logicals); blanks and errors
 *   in the array are passed over;
 * - nothing found, an array of more than one row and column, or a blank lookup value: #N/A.
 */
import { CellError, ErrorType, FunctionArgumentType, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, flatValues, isEmpty, OstalFunctionPlugin } from './plugin-support.js';
import type { Key } from './xmatch-function.js';
import { compareKeys, keyOf, xmatchPosition } from './xmatch-function.js';

/**
 * Zero-based position of the last value of the lookup value's kind that is not after it in an
 * array sorted in `direction` (1 ascending, -1 descending), found by halving; -1 if none.
 */
export function sortedPosition(sought: ScalarValue, values: readonly ScalarValue[], direction: 1 | -1): number {
  const target = keyOf(sought);
  if (target === null || target.kind === 'blank') return -1;
  const keys = values.map(keyOf);
  // Blanks and errors count as after everything; so do values of a later kind.
  const after = (k: Key | null): boolean => k === null || k.kind === 'blank' || direction * compareKeys(k, target) > 0;
  // Halving over inclusive bounds, as Excel searches (on unsorted data this decides the result:
  // Excel's reference shows MATCH(40,{25,38,40,41},-1) as #N/A).
  let lo = 0;
  let hi = keys.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (after(keys[mid]!)) hi = mid - 1;
    else {
      found = mid;
      lo = mid + 1;
    }
  }
  // The last value not after the target; step back over other kinds, blanks and errors.
  for (let i = found; i >= 0; i -= 1) {
    const k = keys[i]!;
    if (k !== null && k.kind === target.kind) return i;
    if (k !== null && k.kind !== 'blank') return -1;
  }
  return -1;
}

/** MATCH. */
export class MatchFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    MATCH: {
      method: 'match',
      parameters: [{ argumentType: FunctionArgumentType.SCALAR }, { argumentType: FunctionArgumentType.ANY }, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 1, emptyAsDefault: true }],
    },
  };

  /** MATCH(lookup_value, lookup_array, [match_type]). */
  match(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('MATCH'), (sought: ScalarValue, array: PluginValue, type: number) => {
      if (sought instanceof CellError) return sought;
      const notFound = cellError(ErrorType.NA, 'The value is not found.');
      if (isEmpty(sought)) return notFound;
      if (array instanceof SimpleRangeValue && array.height() > 1 && array.width() > 1) return notFound;
      const values = flatValues(array);
      const position = type === 0 ? xmatchPosition(sought, values, 2, 1) : sortedPosition(sought, values, type > 0 ? 1 : -1);
      return position < 0 ? notFound : position + 1;
    });
  }
}
