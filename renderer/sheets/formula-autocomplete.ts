/**
 * Formula help while typing: which function name is being typed at the caret (for the list of
 * suggestions), and which function call and argument the caret is in (for the argument hint).
 * Names and separators are the user's (`=SOMME(A1;` in French).
 */
import { HyperFormula } from 'hyperformula';
import { ARRAY_AREA_FUNCTION } from '@ostal/calc';
import { formulaLocale, localFunctionName } from './formula-locale.js';
import { argumentNames } from './function-signatures.js';

/** Where the caret is in a formula being typed. */
export interface FormulaContext {
  /** The function name being typed just before the caret and where it starts. */
  readonly prefix?: { readonly text: string; readonly start: number };
  /** The innermost function call around the caret (its name as typed) and the argument index. */
  readonly call?: { readonly name: string; readonly argument: number };
}

const IDENT_START = /[A-Za-z_\u00c0-\u024f]/;
const IDENT_PART = /[A-Za-z0-9_.\u00c0-\u024f]/;

/** Reads a formula up to `caret`. Text that does not start with `=` has no context. */
export function formulaContextAt(text: string, caret: number, locale: string): FormulaContext {
  if (!text.startsWith('=')) return {};
  const separator = formulaLocale(locale).argument;
  const stack: { name: string | null; argument: number }[] = [];
  let braces = 0;
  let i = 1;
  let word: { text: string; start: number } | undefined;
  const end = Math.min(caret, text.length);
  while (i < end) {
    const ch = text[i]!;
    word = undefined;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < end && !(text[j] === ch && text[j + 1] !== ch)) j += text[j] === ch ? 2 : 1;
      // Inside an unfinished string: no suggestion, no new argument.
      if (j >= end) return callOf(stack);
      i = j + 1;
      continue;
    }
    if (IDENT_START.test(ch) && !/[$A-Za-z0-9_.!]/.test(text[i - 1] ?? '')) {
      let j = i + 1;
      while (j < end && IDENT_PART.test(text[j]!)) j += 1;
      word = { text: text.slice(i, j), start: i };
      if (text[j] === '(' && j < end) {
        stack.push({ name: word.text, argument: 0 });
        word = undefined;
        i = j + 1;
        continue;
      }
      i = j;
      continue;
    }
    if (ch === '(') stack.push({ name: null, argument: 0 });
    else if (ch === ')') stack.pop();
    else if (ch === '{') braces += 1;
    else if (ch === '}') braces = Math.max(0, braces - 1);
    else if (ch === separator && braces === 0 && stack.length > 0) stack[stack.length - 1]!.argument += 1;
    i += 1;
  }
  const call = callOf(stack);
  return word && word.start + word.text.length === end ? { ...call, prefix: word } : call;
}

function callOf(stack: readonly { name: string | null; argument: number }[]): FormulaContext {
  for (let k = stack.length - 1; k >= 0; k -= 1) {
    const frame = stack[k]!;
    if (frame.name !== null) return { call: { name: frame.name, argument: frame.argument } };
  }
  return {};
}

/** A function the user can pick. */
export interface FunctionSuggestion {
  /** Name in the user's language (`SOMME`). */
  readonly name: string;
  /** Name the engine and files use (`SUM`). */
  readonly canonical: string;
}

const catalogues = new Map<string, FunctionSuggestion[]>();

/** Every engine function, named in `locale`, sorted as the language sorts. */
export function functionCatalogue(locale: string): FunctionSuggestion[] {
  const key = formulaLocale(locale).decimal + locale.slice(0, 2);
  const known = catalogues.get(key);
  if (known) return known;
  const collator = new Intl.Collator(locale);
  const list = HyperFormula.getRegisteredFunctionNames('enGB')
    // VERSION is HyperFormula's own; OSTAL.ARRAYAREA holds array formulas inside the engine only.
    .filter((canonical) => canonical !== 'VERSION' && canonical !== ARRAY_AREA_FUNCTION)
    .map((canonical) => ({ name: localFunctionName(canonical, locale), canonical }))
    .sort((a, b) => collator.compare(a.name, b.name));
  // The engine registers its functions when the first one is built; cache only a full list.
  if (list.length > 0) catalogues.set(key, list);
  return list;
}

/** Functions whose local name starts with `prefix` (any case), at most `limit`. */
export function functionSuggestions(prefix: string, locale: string, limit = 12): FunctionSuggestion[] {
  if (prefix === '') return [];
  const upper = prefix.toUpperCase();
  return functionCatalogue(locale)
    .filter((f) => f.name.startsWith(upper))
    .slice(0, limit);
}

/**
 * Replaces the name being typed (from `start` to `caret`) by `name(`; returns the new text and
 * the caret after the parenthesis.
 */
export function insertFunction(text: string, start: number, caret: number, name: string): { text: string; caret: number } {
  const after = text.slice(caret);
  const open = after.startsWith('(') ? '' : '(';
  const inserted = `${name}${open}`;
  return { text: text.slice(0, start) + inserted + after, caret: start + inserted.length + (open === '' ? 1 : 0) };
}

/** The argument hint of a call: the function's local name, its arguments and the current one. */
export interface FunctionHintModel {
  readonly name: string;
  readonly argumentsList: readonly string[];
  /** Index in `argumentsList` of the argument the caret is in (repeated arguments wrap onto the last ones). */
  readonly current: number;
  readonly separator: string;
}

/** The hint for the call around the caret, when it calls a known function. */
export function functionHint(context: FormulaContext, locale: string): FunctionHintModel | undefined {
  if (!context.call) return undefined;
  const typed = context.call.name.toUpperCase();
  const entry = functionCatalogue(locale).find((f) => f.name === typed || f.canonical === typed);
  if (!entry) return undefined;
  const args = argumentNames(entry.canonical, locale);
  const repeating = args.length > 0 && args[args.length - 1] === '…';
  const last = repeating ? args.length - 2 : args.length - 1;
  const current = Math.min(context.call.argument, Math.max(last, 0));
  return { name: entry.name, argumentsList: args, current: args.length === 0 ? -1 : current, separator: formulaLocale(locale).argument };
}
