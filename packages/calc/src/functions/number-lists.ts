/**
 * How statistical functions read their number lists, as Excel documents for MODE, RANK and
 * FREQUENCY: in references and arrays only numbers count (text, logicals and blanks are
 * skipped, errors propagate); values given directly are coerced (TRUE is 1, "3" is 3, "x" is
 * #VALUE!).
 */
import { CellError, SimpleRangeValue } from 'hyperformula';
import type { PluginValue, ScalarValue } from './plugin-support.js';
import { coerceToNumber, isNumberValue, toNumber } from './plugin-support.js';

/** Numbers of a reference or array value, in row-major order, or its first error. */
export function rangeNumbers(value: PluginValue): number[] | CellError {
  const items: ScalarValue[] = value instanceof SimpleRangeValue ? value.valuesFromTopLeftCorner() : [value];
  const out: number[] = [];
  for (const item of items) {
    if (item instanceof CellError) return item;
    if (isNumberValue(item)) out.push(toNumber(item));
  }
  return out;
}

/**
 * Numbers of one argument: a range or a reference keeps only its numbers; a direct value is
 * coerced.
 */
export function argumentNumbers(value: PluginValue, isReference: boolean): number[] | CellError {
  if (value instanceof SimpleRangeValue || isReference) return rangeNumbers(value);
  const n = coerceToNumber(value);
  return n instanceof CellError ? n : [n];
}
