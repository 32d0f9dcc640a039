/**
 * TEXTSPLIT, which HyperFormula lacks (Excel reference, Excel 365 and 2024): text split into
 * columns, and rows, at delimiters.
 *
 * TEXTSPLIT(text, col_delimiter, [row_delimiter], [ignore_empty], [match_mode], [pad_with]):
 * - each delimiter argument is a text or an array of texts, any of which splits (the longest
 *   where two start at the same character); empty texts are no delimiter; with no delimiter at
 *   all (both omitted or empty): #VALUE!.
 * - the text is cut into rows at row delimiters, then each row into columns at column delimiters;
 *   `ignore_empty` TRUE drops empty pieces (and empty rows); `match_mode` 1 ignores case.
 * - rows shorter than the longest are padded with `pad_with` (#N/A by default).
 * Numbers and logicals are the text they show; the pieces are text.
 *
 * The engine sizes an array result from the formula (see array-arguments.ts): at the top of a
 * formula the text and delimiters must be written in it (`TEXTSPLIT("a,b",",")`), else #VALUE!;
 * inside another function (`INDEX(TEXTSPLIT(A1,","),2)`, `COUNTA(...)`) or in an array area read
 * from a file (Excel stores the spilled area) any text works.
 */
import { ArraySize, CellError, ErrorType, FunctionArgumentType, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { isOmitted, literalInteger, withinSize } from './array-arguments.js';
import type { PluginAst, PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, flatValues, OstalFunctionPlugin } from './plugin-support.js';
import { textOf } from './text-functions.js';

/** How to split: delimiters (empty ones left out), whether to drop empty pieces, case. */
export interface SplitOptions {
  readonly columns: readonly string[];
  readonly rows: readonly string[];
  readonly ignoreEmpty: boolean;
  readonly ignoreCase: boolean;
}

/** `text` cut at any of `delimiters` (longest first at a position). */
function cut(text: string, delimiters: readonly string[], ignoreCase: boolean): string[] {
  if (delimiters.length === 0) return [text];
  const haystack = ignoreCase ? text.toLowerCase() : text;
  const needles = [...delimiters].map((d) => (ignoreCase ? d.toLowerCase() : d)).sort((a, b) => b.length - a.length);
  const pieces: string[] = [];
  let start = 0;
  let at = 0;
  while (at < text.length) {
    const found = needles.find((d) => haystack.startsWith(d, at));
    if (found === undefined) {
      at += 1;
      continue;
    }
    pieces.push(text.slice(start, at));
    at += found.length;
    start = at;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** The pieces of `text`, row by row (rows of different lengths: padding is the caller's). */
export function splitText(text: string, options: SplitOptions): string[][] {
  const keep = (pieces: string[]): string[] => (options.ignoreEmpty ? pieces.filter((p) => p !== '') : pieces);
  const rows = keep(cut(text, options.rows, options.ignoreCase));
  const grid = rows.map((row) => keep(cut(row, options.columns, options.ignoreCase)));
  const nonEmpty = grid.filter((row) => row.length > 0);
  return nonEmpty.length > 0 ? nonEmpty : [['']];
}

/** The delimiters of an argument's value (blank or omitted: none), or the error in it. */
function delimitersOf(value: PluginValue | undefined): string[] | CellError {
  if (value === undefined) return [];
  const out: string[] = [];
  for (const item of flatValues(value)) {
    if (item instanceof CellError) return item;
    const text = textOf(item);
    if (text !== '') out.push(text);
  }
  return out;
}

/** The strings a literal delimiter node writes (`","`, `{",",";"}`), or undefined. */
function literalStrings(node: PluginAst | undefined): string[] | undefined {
  if (isOmitted(node)) return [];
  const n = node as { type?: string; value?: unknown; args?: unknown[][] };
  if (n.type === 'STRING' && typeof n.value === 'string') return n.value === '' ? [] : [n.value];
  if (n.type === 'ARRAY' && Array.isArray(n.args)) {
    const out: string[] = [];
    for (const item of n.args.flat() as PluginAst[]) {
      const strings = literalStrings(item);
      if (strings === undefined) return undefined;
      out.push(...strings);
    }
    return out;
  }
  return undefined;
}

/** A logical written in the formula (TRUE, FALSE, a number), or undefined. */
function literalFlag(node: PluginAst | undefined): boolean | undefined {
  if (isOmitted(node)) return false;
  const n = node as { type?: string; expressionName?: string; procedureName?: string };
  const name = (n.type === 'NAMED_EXPRESSION' ? n.expressionName : n.type === 'FUNCTION_CALL' ? n.procedureName : undefined)?.toUpperCase();
  if (name === 'TRUE' || name === 'FALSE') return name === 'TRUE';
  const number = literalInteger(node);
  return number === undefined ? undefined : number !== 0;
}

const SCALAR = { argumentType: FunctionArgumentType.SCALAR };
const ANY = { argumentType: FunctionArgumentType.ANY, optionalArg: true };

/** TEXTSPLIT. */
export class TextSplitFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    TEXTSPLIT: {
      method: 'textSplit',
      sizeOfResultArrayMethod: 'textSplitSize',
      parameters: [
        SCALAR,
        ANY,
        ANY,
        { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: false, emptyAsDefault: true },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0, emptyAsDefault: true },
        { argumentType: FunctionArgumentType.SCALAR, optionalArg: true },
      ],
    },
  };

  /** TEXTSPLIT(text, col_delimiter, [row_delimiter], [ignore_empty], [match_mode], [pad_with]). */
  textSplit(ast: ProcedureNode, state: PluginState): PluginValue {
    const result = this.runFunction(
      ast.args,
      state,
      this.meta('TEXTSPLIT'),
      (text: ScalarValue, colArg: PluginValue | undefined, rowArg: PluginValue | undefined, ignoreEmpty: boolean, mode: number, padWith: ScalarValue | undefined) => {
        if (text instanceof CellError) return text;
        const columns = delimitersOf(colArg);
        if (columns instanceof CellError) return columns;
        const rows = delimitersOf(rowArg);
        if (rows instanceof CellError) return rows;
        const m = Math.trunc(mode);
        if ((m !== 0 && m !== 1) || (columns.length === 0 && rows.length === 0)) return cellError(ErrorType.VALUE, 'A delimiter is needed, and match_mode must be 0 or 1.');
        const grid = splitText(textOf(text), { columns, rows, ignoreEmpty, ignoreCase: m === 1 });
        const width = Math.max(...grid.map((row) => row.length));
        const pad: ScalarValue = padWith === undefined ? cellError(ErrorType.NA, 'No piece here.') : padWith;
        const padded: ScalarValue[][] = grid.map((row) => [...row, ...Array<ScalarValue>(width - row.length).fill(pad)]);
        return padded.length === 1 && width === 1 ? padded[0]![0]! : SimpleRangeValue.onlyValues(padded);
      },
    );
    return withinSize(result, this.textSplitSize(ast, state));
  }

  /**
   * Result size of TEXTSPLIT: computed from a text and delimiters written in the formula (an
   * ignore_empty or match_mode not written there: the largest of their cases); otherwise unknown.
   */
  textSplitSize(ast: ProcedureNode, _state: PluginState): ArraySize {
    if (ast.args.length < 2 || ast.args.length > 6) return ArraySize.scalar();
    const text = literalStrings(ast.args[0]);
    const columns = literalStrings(ast.args[1]);
    const rows = literalStrings(ast.args[2]);
    if (text === undefined || columns === undefined || rows === undefined) return ArraySize.error();
    if (columns.length === 0 && rows.length === 0) return ArraySize.scalar();
    const ignoreEmpty = literalFlag(ast.args[3]) ?? false;
    const mode = isOmitted(ast.args[4]) ? 0 : literalInteger(ast.args[4]);
    const cases = mode === undefined ? [false, true] : [mode === 1];
    let width = 1;
    let height = 1;
    for (const ignoreCase of cases) {
      const grid = splitText(text.join(''), { columns, rows, ignoreEmpty, ignoreCase });
      height = Math.max(height, grid.length);
      width = Math.max(width, ...grid.map((row) => row.length));
    }
    return new ArraySize(width, height);
  }
}
