/**
 * REGEXTEST, REGEXEXTRACT and REGEXREPLACE (Excel reference, Microsoft 365, 2024), and
 * LibreOffice's REGEX (LibreOffice Help; files spell it ORG.LIBREOFFICE.REGEX), which HyperFormula
 * lacks. Patterns as `regex-support.ts` reads them; an invalid pattern gives #VALUE!.
 *
 * - REGEXTEST(text, pattern, [case_sensitivity]): TRUE when the pattern matches somewhere.
 * - REGEXEXTRACT(text, pattern, [return_mode], [case_sensitivity]): mode 0 (default) the first
 *   match, 1 every match (a column), 2 the capture groups of the first match (a row; a group that
 *   did not take part is empty text); no match: #N/A. The engine sizes an array result from the
 *   formula (see array-arguments.ts): modes 1 and 2 need the text and pattern written in the
 *   formula (mode 2: the pattern only); otherwise #VALUE!, unless the call sits inside another
 *   function (INDEX, TEXTJOIN, ROWS...) which takes the array.
 * - REGEXREPLACE(text, pattern, replacement, [occurrence], [case_sensitivity]): occurrence 0
 *   (default) replaces every match, n the n-th, -n the n-th from the end.
 * - `case_sensitivity` 0 (default) is case-sensitive, 1 is not; other values: #VALUE!.
 * - REGEX(text, expression, [replacement], [flags | occurrence]): without replacement, the
 *   match (the occurrence-th, default 1; none: #N/A); with one, the first match (every match with
 *   flags "g", the occurrence-th with a number) replaced, the text unchanged when nothing matches;
 *   occurrence 0 gives the text unchanged. A negative occurrence or other flags: #VALUE! (LibreOffice's
 *   Err:502). Always case-sensitive unless the expression starts with `(?i)`.
 * Numbers and logicals are the text they show.
 */
import { ArraySize, CellError, ErrorType, FunctionArgumentType, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { isOmitted, literalInteger, withinSize } from './array-arguments.js';
import type { PluginAst, PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, OstalFunctionPlugin } from './plugin-support.js';
import { allMatches, compilePattern, groupCount, replaceMatches } from './regex-support.js';
import { textOf } from './text-functions.js';

/** The name LibreOffice writes in ODS and XLSX files (after `_xlfn.` in XLSX). */
export const REGEX_FILE_NAME = 'ORG.LIBREOFFICE.REGEX';

const invalidPattern = (): CellError => cellError(ErrorType.VALUE, 'The regular expression is not valid.');
const noMatch = (): CellError => cellError(ErrorType.NA, 'The regular expression matches nothing.');

/** A case_sensitivity argument as "ignore case", or undefined when it is neither 0 nor 1. */
function ignoreCaseOf(value: number): boolean | undefined {
  const n = Math.trunc(value);
  return n === 0 ? false : n === 1 ? true : undefined;
}

/** The string a literal node writes (`"abc"`), or undefined. */
function literalString(node: PluginAst | undefined): string | undefined {
  const n = node as { type?: string; value?: unknown } | undefined;
  return n?.type === 'STRING' && typeof n.value === 'string' ? n.value : undefined;
}

/** What REGEXEXTRACT returns for its arguments. */
export function regexExtract(text: string, pattern: RegExp, mode: number): PluginValue {
  if (mode === 0) return pattern.exec(text)?.[0] ?? noMatch();
  if (mode === 1) {
    const matches = allMatches(text, pattern);
    return matches.length === 0 ? noMatch() : SimpleRangeValue.onlyValues(matches.map((m) => [m[0]]));
  }
  const first = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(text);
  if (first === null) return noMatch();
  const groups = first.length > 1 ? first.slice(1).map((g) => g ?? '') : [first[0]];
  return SimpleRangeValue.onlyValues([groups]);
}

const TEXT = { argumentType: FunctionArgumentType.SCALAR };
const STRING = { argumentType: FunctionArgumentType.STRING };
const CASE = { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0, emptyAsDefault: true };

/** REGEXTEST, REGEXEXTRACT, REGEXREPLACE, REGEX. */
export class RegexFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    REGEXTEST: { method: 'regexTest', parameters: [TEXT, STRING, CASE] },
    REGEXEXTRACT: {
      method: 'regexExtract',
      sizeOfResultArrayMethod: 'regexExtractSize',
      parameters: [TEXT, STRING, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0, emptyAsDefault: true }, CASE],
    },
    REGEXREPLACE: { method: 'regexReplace', parameters: [TEXT, STRING, STRING, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0, emptyAsDefault: true }, CASE] },
    REGEX: { method: 'regex', parameters: [TEXT, STRING, { argumentType: FunctionArgumentType.SCALAR, optionalArg: true }, { argumentType: FunctionArgumentType.SCALAR, optionalArg: true }] },
    [REGEX_FILE_NAME]: { method: 'regex', parameters: [TEXT, STRING, { argumentType: FunctionArgumentType.SCALAR, optionalArg: true }, { argumentType: FunctionArgumentType.SCALAR, optionalArg: true }] },
  };

  /** REGEXTEST(text, pattern, [case_sensitivity]). */
  regexTest(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('REGEXTEST'), (text: ScalarValue, source: string, mode: number) => {
      if (text instanceof CellError) return text;
      const ignoreCase = ignoreCaseOf(mode);
      if (ignoreCase === undefined) return cellError(ErrorType.VALUE, 'case_sensitivity must be 0 or 1.');
      const pattern = compilePattern(source, ignoreCase, false);
      return pattern === undefined ? invalidPattern() : pattern.test(textOf(text));
    });
  }

  /** REGEXEXTRACT(text, pattern, [return_mode], [case_sensitivity]). */
  regexExtract(ast: ProcedureNode, state: PluginState): PluginValue {
    const result = this.runFunction(ast.args, state, this.meta('REGEXEXTRACT'), (text: ScalarValue, source: string, modeArg: number, caseArg: number) => {
      if (text instanceof CellError) return text;
      const mode = Math.trunc(modeArg);
      const ignoreCase = ignoreCaseOf(caseArg);
      if (mode < 0 || mode > 2 || ignoreCase === undefined) return cellError(ErrorType.VALUE, 'return_mode must be 0, 1 or 2 and case_sensitivity 0 or 1.');
      const pattern = compilePattern(source, ignoreCase, false);
      return pattern === undefined ? invalidPattern() : regexExtract(textOf(text), pattern, mode);
    });
    return withinSize(result, this.regexExtractSize(ast, state));
  }

  /**
   * Result size of REGEXEXTRACT: one cell in mode 0; in mode 1, the matches of a text and pattern
   * written in the formula; in mode 2, the groups of a pattern written in the formula.
   */
  regexExtractSize(ast: ProcedureNode, _state: PluginState): ArraySize {
    if (ast.args.length < 2 || ast.args.length > 4) return ArraySize.scalar();
    const mode = isOmitted(ast.args[2]) ? 0 : literalInteger(ast.args[2]);
    if (mode === 0) return ArraySize.scalar();
    const source = literalString(ast.args[1]);
    const caseArg = isOmitted(ast.args[3]) ? 0 : literalInteger(ast.args[3]);
    const pattern = source === undefined || caseArg === undefined ? undefined : compilePattern(source, caseArg === 1, false);
    if (pattern === undefined || (mode !== 1 && mode !== 2)) return ArraySize.error();
    if (mode === 2) return new ArraySize(Math.max(groupCount(pattern), 1), 1);
    const text = literalString(ast.args[0]);
    if (text === undefined) return ArraySize.error();
    return new ArraySize(1, Math.max(allMatches(text, pattern).length, 1));
  }

  /** REGEXREPLACE(text, pattern, replacement, [occurrence], [case_sensitivity]). */
  regexReplace(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('REGEXREPLACE'), (text: ScalarValue, source: string, replacement: string, occurrence: number, caseArg: number) => {
      if (text instanceof CellError) return text;
      const ignoreCase = ignoreCaseOf(caseArg);
      if (ignoreCase === undefined) return cellError(ErrorType.VALUE, 'case_sensitivity must be 0 or 1.');
      const pattern = compilePattern(source, ignoreCase, false);
      if (pattern === undefined) return invalidPattern();
      const n = Math.trunc(occurrence);
      return replaceMatches(textOf(text), pattern, replacement, n === 0 ? 'all' : n);
    });
  }

  /** REGEX(text, expression, [replacement], [flags | occurrence]) (LibreOffice). */
  regex(ast: ProcedureNode, state: PluginState): PluginValue {
    const replacementGiven = !isOmitted(ast.args[2]);
    return this.runFunction(ast.args, state, this.meta('REGEX'), (text: ScalarValue, source: string, replacementArg: ScalarValue | undefined, fourth: ScalarValue | undefined) => {
      if (text instanceof CellError) return text;
      if (replacementArg instanceof CellError) return replacementArg;
      if (fourth instanceof CellError) return fourth;
      const pattern = compilePattern(source, false, false);
      if (pattern === undefined) return invalidPattern();
      let which: number | 'all' = 1;
      if (typeof fourth === 'string') {
        if (fourth !== 'g' && fourth !== '') return cellError(ErrorType.VALUE, 'The only flag is "g".');
        if (fourth === 'g') which = 'all';
      } else if (fourth !== undefined && typeof fourth !== 'symbol') {
        const n = Math.trunc(typeof fourth === 'boolean' ? Number(fourth) : typeof fourth === 'number' ? fourth : fourth.val);
        if (n < 0) return cellError(ErrorType.VALUE, 'The occurrence cannot be negative.');
        which = n;
      }
      const whole = textOf(text);
      if (which === 0) return whole;
      if (!replacementGiven || replacementArg === undefined) {
        const matches = allMatches(whole, pattern);
        const n = which === 'all' ? 1 : which;
        return n <= matches.length ? matches[n - 1]![0] : noMatch();
      }
      return replaceMatches(whole, pattern, textOf(replacementArg), which);
    });
  }
}
