/**
 * XMATCH, which HyperFormula lacks (Excel reference, Excel 2021): the relative position of a
 * value in a row or column.
 *
 * XMATCH(lookup_value, lookup_array, [match_mode], [search_mode]):
 * - `match_mode` 0 (default) exact; -1 exact or the next smaller value; 1 exact or the next
 *   larger; 2 wildcards in a text (`*`, `?`, `~` escaping them);
 * - `search_mode` 1 (default) from the first value; -1 from the last; 2 a binary search of values
 *   sorted ascending; -2 of values sorted descending;
 * - values compare with values of their own kind only (numbers, texts ignoring case, logicals);
 *   an empty lookup value or empty text finds an empty cell;
 * - nothing found: #N/A; an array of more than one row and column, a mode out of range, or
 *   wildcards with a binary search: #VALUE!. A lookup value given as an array gives an array.
 */
import { CellError, ErrorType, FunctionArgumentType, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { wildcardPattern } from './criteria.js';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, flatValues, isEmpty, isNumberValue, OstalFunctionPlugin, toNumber } from './plugin-support.js';

const collator = new Intl.Collator('en', { sensitivity: 'accent' });

/** A value reduced for comparison; null for errors. Blank cells and empty text are one kind. */
export type Key = { kind: 'number'; n: number } | { kind: 'text'; s: string } | { kind: 'logical'; n: number } | { kind: 'blank' };

/** The comparison key of a value; null for an error. */
export function keyOf(value: ScalarValue): Key | null {
  if (value instanceof CellError) return null;
  if (isEmpty(value) || value === '') return { kind: 'blank' };
  if (isNumberValue(value)) return { kind: 'number', n: toNumber(value) };
  if (typeof value === 'boolean') return { kind: 'logical', n: value ? 1 : 0 };
  return { kind: 'text', s: value };
}

const RANK: Readonly<Record<Key['kind'], number>> = { number: 0, text: 1, logical: 2, blank: 3 };

/** Excel's sort order: numbers, then texts (ignoring case), then logicals; blanks last. */
export function compareKeys(a: Key, b: Key): number {
  if (a.kind !== b.kind) return RANK[a.kind] - RANK[b.kind];
  if (a.kind === 'text' && b.kind === 'text') return collator.compare(a.s, b.s);
  if ((a.kind === 'number' || a.kind === 'logical') && (b.kind === 'number' || b.kind === 'logical')) return a.n - b.n;
  return 0;
}

/** Match modes: exact, next smaller, next larger, wildcard. */
export type MatchMode = 0 | -1 | 1 | 2;
/** Search modes: first to last, last to first, binary ascending, binary descending. */
export type SearchMode = 1 | -1 | 2 | -2;

/** Zero-based position of `sought` among `values` as XMATCH finds it, or -1. */
export function xmatchPosition(sought: ScalarValue, values: readonly ScalarValue[], match: MatchMode, search: SearchMode): number {
  const target = keyOf(sought);
  if (target === null) return -1;
  const keys = values.map(keyOf);
  if (search === 2 || search === -2) return binaryPosition(target, keys, match, search === 2 ? 1 : -1);
  const order = search === 1 ? keys.map((_, i) => i) : keys.map((_, i) => keys.length - 1 - i);
  if (match === 2 && target.kind === 'text' && /[*?~]/.test(target.s)) {
    const pattern = wildcardPattern(target.s);
    return order.find((i) => keys[i]?.kind === 'text' && pattern.test((keys[i] as { s: string }).s)) ?? -1;
  }
  let best = -1;
  for (const i of order) {
    const k = keys[i];
    if (k === null || k === undefined || k.kind !== target.kind) continue;
    const c = compareKeys(k, target);
    if (c === 0) return i;
    if (match === -1 && c < 0 && (best < 0 || compareKeys(k, keys[best]!) > 0)) best = i;
    if (match === 1 && c > 0 && (best < 0 || compareKeys(k, keys[best]!) < 0)) best = i;
  }
  return best;
}

/** Binary search of keys sorted in `direction` (1 ascending, -1 descending). */
function binaryPosition(target: Key, keys: readonly (Key | null)[], match: MatchMode, direction: 1 | -1): number {
  // Errors sort last, like the values the search cannot compare.
  const cmp = (i: number): number => {
    const k = keys[i];
    return k === null || k === undefined ? 1 : direction * compareKeys(k, target);
  };
  // First index whose value is not before the target in the array's order.
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cmp(mid) < 0) lo = mid + 1;
    else hi = mid;
  }
  const sameKind = (i: number): boolean => i >= 0 && i < keys.length && keys[i]?.kind === target.kind;
  if (lo < keys.length && cmp(lo) === 0) return lo;
  if (match === 0) return -1;
  // Ascending: the smaller value is just before, the larger at `lo`; descending, the other way.
  const candidate = (match === -1) === (direction === 1) ? lo - 1 : lo;
  return sameKind(candidate) ? candidate : -1;
}

/** XMATCH. */
export class XmatchFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    XMATCH: {
      method: 'xmatch',
      parameters: [
        { argumentType: FunctionArgumentType.SCALAR },
        { argumentType: FunctionArgumentType.ANY },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0, emptyAsDefault: true },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 1, emptyAsDefault: true },
      ],
    },
  };

  /** XMATCH(lookup_value, lookup_array, [match_mode], [search_mode]). */
  xmatch(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('XMATCH'), (sought: ScalarValue, array: PluginValue, matchArg: number, searchArg: number) => {
      if (sought instanceof CellError) return sought;
      if (array instanceof SimpleRangeValue && array.height() > 1 && array.width() > 1) return cellError(ErrorType.VALUE, 'The lookup array is not one row or column.');
      const match = Math.trunc(matchArg);
      const search = Math.trunc(searchArg);
      if (![0, -1, 1, 2].includes(match) || ![1, -1, 2, -2].includes(search) || (match === 2 && Math.abs(search) === 2)) {
        return cellError(ErrorType.VALUE, 'The match or search mode is out of range.');
      }
      const position = xmatchPosition(sought, flatValues(array), match as MatchMode, search as SearchMode);
      return position < 0 ? cellError(ErrorType.NA, 'The value is not found.') : position + 1;
    });
  }
}
