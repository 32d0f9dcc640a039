/**
 * TEXTBEFORE and TEXTAFTER, which HyperFormula lacks (Excel reference, Excel 365 and 2024): the
 * text before or after the n-th occurrence of a delimiter.
 *
 * TEXTBEFORE(text, delimiter, [instance_num], [match_mode], [match_end], [if_not_found]):
 * - `delimiter` may be an array of delimiters; any of them ends a piece (the longest where two
 *   start at the same character). An empty delimiter matches at once (before the first
 *   character; with a negative instance, after the last).
 * - `instance_num` (default 1) counts occurrences from the start; a negative one counts from the
 *   end. 0, or a count larger than the text is long, is #VALUE!.
 * - `match_mode` 0 (default) compares case-sensitively, 1 ignores case.
 * - `match_end` 1 treats the end of the text (the start, counting from the end) as one more
 *   delimiter.
 * - Too few occurrences: `if_not_found`, else #N/A.
 * Numbers and logicals are the text they show; `text` given as an array gives an array.
 */
import { CellError, ErrorType, FunctionArgumentType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, flatValues, OstalFunctionPlugin } from './plugin-support.js';
import { textOf } from './text-functions.js';

/** An occurrence of a delimiter: where it starts and ends in the text. */
export interface Occurrence {
  readonly start: number;
  readonly end: number;
}

function matchesAt(text: string, at: number, delimiter: string, ignoreCase: boolean): boolean {
  if (at + delimiter.length > text.length) return false;
  const piece = text.slice(at, at + delimiter.length);
  return ignoreCase ? piece.toLowerCase() === delimiter.toLowerCase() : piece === delimiter;
}

/** The longest delimiter starting at `at`, or undefined. */
function delimiterAt(text: string, at: number, delimiters: readonly string[], ignoreCase: boolean): string | undefined {
  let best: string | undefined;
  for (const d of delimiters) if (matchesAt(text, at, d, ignoreCase) && (best === undefined || d.length > best.length)) best = d;
  return best;
}

/**
 * The `n`-th occurrence (1-based; negative counts from the end) of any delimiter, occurrences not
 * overlapping in the direction of the search; undefined when there are fewer. `matchEnd` adds an
 * empty occurrence at the far end of the search.
 */
export function nthOccurrence(text: string, delimiters: readonly string[], n: number, ignoreCase: boolean, matchEnd: boolean): Occurrence | undefined {
  let count = 0;
  if (n > 0) {
    let at = 0;
    while (at <= text.length) {
      const d = delimiterAt(text, at, delimiters, ignoreCase);
      if (d === undefined) {
        at += 1;
        continue;
      }
      count += 1;
      if (count === n) return { start: at, end: at + d.length };
      // An empty delimiter matches once per position.
      at += Math.max(d.length, 1);
    }
    return matchEnd && count === n - 1 ? { start: text.length, end: text.length } : undefined;
  }
  let end = text.length;
  while (end >= 0) {
    // The longest delimiter ending at `end`.
    let best: string | undefined;
    for (const d of delimiters) if (end - d.length >= 0 && matchesAt(text, end - d.length, d, ignoreCase) && (best === undefined || d.length > best.length)) best = d;
    if (best === undefined) {
      end -= 1;
      continue;
    }
    count += 1;
    if (count === -n) return { start: end - best.length, end };
    end -= Math.max(best.length, 1);
  }
  return matchEnd && count === -n - 1 ? { start: 0, end: 0 } : undefined;
}

/** The delimiters of a delimiter argument (a scalar or an array), or the error in it. */
function delimitersOf(value: PluginValue): string[] | CellError {
  const out: string[] = [];
  for (const item of flatValues(value)) {
    if (item instanceof CellError) return item;
    out.push(textOf(item));
  }
  return out;
}

/** A 0 or 1 mode argument as a flag, or undefined when it is neither. */
function flag(value: number): boolean | undefined {
  const n = Math.trunc(value);
  return n === 0 ? false : n === 1 ? true : undefined;
}

/** TEXTBEFORE, TEXTAFTER. */
export class TextBeforeAfterFunctionsPlugin extends OstalFunctionPlugin {
  private static readonly parameters = [
    { argumentType: FunctionArgumentType.SCALAR },
    { argumentType: FunctionArgumentType.ANY },
    { argumentType: FunctionArgumentType.NUMBER, defaultValue: 1, emptyAsDefault: true },
    { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0, emptyAsDefault: true },
    { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0, emptyAsDefault: true },
    { argumentType: FunctionArgumentType.SCALAR, optionalArg: true },
  ];

  static override implementedFunctions: ImplementedFunctions = {
    TEXTBEFORE: { method: 'textBefore', parameters: TextBeforeAfterFunctionsPlugin.parameters },
    TEXTAFTER: { method: 'textAfter', parameters: TextBeforeAfterFunctionsPlugin.parameters },
  };

  /** TEXTBEFORE(text, delimiter, [instance_num], [match_mode], [match_end], [if_not_found]). */
  textBefore(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('TEXTBEFORE'), this.around('before'));
  }

  /** TEXTAFTER(text, delimiter, [instance_num], [match_mode], [match_end], [if_not_found]). */
  textAfter(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('TEXTAFTER'), this.around('after'));
  }

  private around(side: 'before' | 'after') {
    return (text: ScalarValue, delimiter: PluginValue, instance: number, mode: number, end: number, ifNotFound: ScalarValue | undefined): ScalarValue => {
      if (text instanceof CellError) return text;
      const delimiters = delimitersOf(delimiter);
      if (delimiters instanceof CellError) return delimiters;
      const whole = textOf(text);
      const n = Math.trunc(instance);
      const ignoreCase = flag(mode);
      const matchEnd = flag(end);
      if (n === 0 || Math.abs(n) > Math.max(whole.length, 1) || ignoreCase === undefined || matchEnd === undefined || delimiters.length === 0) {
        return cellError(ErrorType.VALUE, 'An argument is out of range.');
      }
      const found = nthOccurrence(whole, delimiters, n, ignoreCase, matchEnd);
      if (found === undefined) return ifNotFound ?? cellError(ErrorType.NA, 'The delimiter is not in the text.');
      return side === 'before' ? whole.slice(0, found.start) : whole.slice(found.end);
    };
  }
}
