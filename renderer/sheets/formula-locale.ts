/**
 * Formulas as people write them in their language, and as files and the engine keep them.
 * French users type and read `=SOMME(A1:A3;2,5)`; the engine, XLSX and ODS keep
 * `=SUM(A1:A3,2.5)`. Function names come from HyperFormula's frFR pack (the names Excel's French
 * edition uses); strings in quotes, quoted sheet names and references are never touched.
 */
import { frFR } from 'hyperformula/i18n/languages';
import { FRENCH_EXTRA } from './formula-french-names.js';

/** How formulas are written in one language. */
export interface FormulaLocale {
  /** Decimal separator of numbers in formulas. */
  readonly decimal: string;
  /** Separator between function arguments (and of rows/union outside arrays). */
  readonly argument: string;
  /** Separator between the columns of an array constant `{1.2}`. */
  readonly arrayColumn: string;
  /** Canonical (English) function name to the local one. */
  readonly toLocal: ReadonlyMap<string, string>;
  /** Local function name (upper case) to the canonical one. */
  readonly toCanonical: ReadonlyMap<string, string>;
  /** Canonical error literal (`#NAME?`) to the local one (`#NOM?`). */
  readonly errors: ReadonlyMap<string, string>;
}

/** Error literals: canonical → French (as Excel's and HyperFormula's French packs write them). */
const FRENCH_ERRORS: Readonly<Record<string, string>> = {
  '#NULL!': '#NUL!',
  '#DIV/0!': '#DIV/0!',
  '#VALUE!': '#VALEUR!',
  '#REF!': '#REF!',
  '#NAME?': '#NOM?',
  '#NUM!': '#NOMBRE!',
  '#N/A': '#N/A',
};

const ENGLISH: FormulaLocale = {
  decimal: '.',
  argument: ',',
  arrayColumn: ',',
  toLocal: new Map(),
  toCanonical: new Map(),
  errors: new Map(),
};

let french: FormulaLocale | undefined;

function frenchLocale(): FormulaLocale {
  if (french) return french;
  const toLocal = new Map<string, string>();
  const toCanonical = new Map<string, string>();
  const pairs = { ...(frFR.functions as Record<string, string>), ...FRENCH_EXTRA };
  for (const [canonical, local] of Object.entries(pairs)) {
    toLocal.set(canonical, local);
    toCanonical.set(local.toUpperCase(), canonical);
  }
  french = { decimal: ',', argument: ';', arrayColumn: '.', toLocal, toCanonical, errors: new Map(Object.entries(FRENCH_ERRORS)) };
  return french;
}

/** The formula conventions of a BCP 47 language: French ones for `fr*`, canonical otherwise. */
export function formulaLocale(locale: string): FormulaLocale {
  return locale.toLowerCase().startsWith('fr') ? frenchLocale() : ENGLISH;
}

/** The local name of a canonical function (itself when the language has no other name). */
export function localFunctionName(canonical: string, locale: string): string {
  return formulaLocale(locale).toLocal.get(canonical) ?? canonical;
}

/** The canonical name of a function typed in `locale` (any case); English names are accepted too. */
export function canonicalFunctionName(typed: string, locale: string): string {
  const upper = typed.toUpperCase();
  return formulaLocale(locale).toCanonical.get(upper) ?? upper;
}

const IDENT_START = /[A-Za-z_\u00c0-\u024f]/;
const IDENT_PART = /[A-Za-z0-9_.\u00c0-\u024f]/;
const DIGIT = /[0-9]/;

type Direction = 'toCanonical' | 'toLocal';

/**
 * Rewrites a formula from one set of conventions to another. Only function names (before `(`),
 * the TRUE/FALSE constants, error literals, number decimals and separators change; the text in
 * double quotes, quoted sheet names (`'Mes données'!A1`), names and references stay as they are.
 */
function rewrite(formula: string, from: FormulaLocale, to: FormulaLocale, direction: Direction): string {
  if (from === to) return formula;
  const names = direction === 'toCanonical' ? from.toCanonical : to.toLocal;
  const errorPairs = direction === 'toCanonical' ? [...from.errors].map(([c, l]) => [l, c] as const) : [...to.errors];
  let out = '';
  let i = 0;
  // Array constants nest inside braces; their column separator differs from the argument one.
  let braces = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'" || ch === '[') {
      const close = ch === '[' ? ']' : ch;
      let j = i + 1;
      while (j < n) {
        if (formula[j] === close) {
          // A doubled quote is an escaped quote inside the string.
          if (close !== ']' && formula[j + 1] === close) j += 2;
          else break;
        } else j += 1;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '#') {
      const rest = formula.slice(i).toUpperCase();
      const hit = errorPairs.find(([a]) => rest.startsWith(a.toUpperCase()));
      if (hit) {
        out += hit[1];
        i += hit[0].length;
        continue;
      }
      out += ch;
      i += 1;
      continue;
    }
    if (IDENT_START.test(ch)) {
      let j = i + 1;
      while (j < n && IDENT_PART.test(formula[j]!)) j += 1;
      const word = formula.slice(i, j);
      const next = formula[j];
      if (next === '(') {
        const upper = word.toUpperCase();
        out += names.get(upper) ?? word;
      } else if (next !== '!' && /^(TRUE|FALSE|VRAI|FAUX)$/i.test(word)) {
        const upper = word.toUpperCase();
        out += direction === 'toCanonical' ? (from.toCanonical.get(upper) ?? word) : (to.toLocal.get(upper) ?? word);
      } else out += word;
      i = j;
      continue;
    }
    if (DIGIT.test(ch) || (ch === from.decimal && DIGIT.test(formula[i + 1] ?? ''))) {
      let j = i;
      while (j < n && DIGIT.test(formula[j]!)) j += 1;
      let number = formula.slice(i, j);
      if (formula[j] === from.decimal && DIGIT.test(formula[j + 1] ?? '')) {
        let k = j + 1;
        while (k < n && DIGIT.test(formula[k]!)) k += 1;
        number += to.decimal + formula.slice(j + 1, k);
        j = k;
      }
      const exponent = /^[eE][-+]?[0-9]+/.exec(formula.slice(j));
      if (exponent && !IDENT_PART.test(formula[j + exponent[0].length] ?? '')) {
        number += exponent[0];
        j += exponent[0].length;
      }
      out += number;
      i = j;
      continue;
    }
    if (ch === '{') braces += 1;
    else if (ch === '}') braces = Math.max(0, braces - 1);
    if (braces > 0 && ch === from.arrayColumn) out += to.arrayColumn;
    else if (ch === from.argument && !(braces > 0 && ch === ';')) out += to.argument;
    else out += ch;
    i += 1;
  }
  return out;
}

/**
 * A formula typed in `locale` (`=SOMME(A1:A3;2,5)`) in canonical form (`=SUM(A1:A3,2.5)`), as
 * the engine and files keep it. Canonical names typed by a French user are kept.
 */
export function toCanonicalFormula(formula: string, locale: string): string {
  return rewrite(formula, formulaLocale(locale), ENGLISH, 'toCanonical');
}

/** A canonical formula (`=IF(A1>0.5,"a,b",TRUE)`) as `locale` writes it (`=SI(A1>0,5;"a,b";VRAI)`). */
export function toLocalFormula(formula: string, locale: string): string {
  return rewrite(formula, ENGLISH, formulaLocale(locale), 'toLocal');
}

/** A canonical error code (`#NAME?`) as `locale` shows it (`#NOM?`). */
export function localErrorCode(code: string, locale: string): string {
  return formulaLocale(locale).errors.get(code) ?? code;
}
