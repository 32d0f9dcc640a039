/**
 * Boolean formats in XLSX. An ODF boolean style (ODF 1.3 Part 3, 16.29.24) shows TRUE and FALSE
 * in its language (LibreOffice: VRAI/FAUX for French); the model spells it
 * `[$-80C]"TRUE";"TRUE";"FALSE"`. SpreadsheetML has no boolean format, and an application reading
 * the XLSX shows those quoted words as they are, so the XLSX gets the language's own words
 * (`[$-80C]"VRAI";"VRAI";"FAUX"`, shown as written) and reads them back as the model's.
 */
import { LCID_LANG } from './number-format-locales.js';

/** TRUE and FALSE as LibreOffice shows them, by language. */
const WORDS: Readonly<Record<string, readonly [string, string]>> = {
  fr: ['VRAI', 'FAUX'],
  de: ['WAHR', 'FALSCH'],
  es: ['VERDADERO', 'FALSO'],
  it: ['VERO', 'FALSO'],
  pt: ['VERDADEIRO', 'FALSO'],
  nl: ['WAAR', 'ONWAAR'],
};

const CODE = /^\[\$-([0-9A-F]+)\]"([^"]+)";"([^"]+)";"([^"]+)"$/i;

function wordsOf(lcid: string): readonly [string, string] | undefined {
  const lang = LCID_LANG.get(parseInt(lcid, 16));
  return lang ? WORDS[lang.split('-')[0]!] : undefined;
}

/** The code written to XLSX for a model code: a boolean format in its language's words. */
export function fileBooleanCode(code: string): string {
  const m = CODE.exec(code);
  if (!m || m[2] !== 'TRUE' || m[3] !== 'TRUE' || m[4] !== 'FALSE') return code;
  const words = wordsOf(m[1]!);
  return words ? `[$-${m[1]!}]"${words[0]}";"${words[0]}";"${words[1]}"` : code;
}

/** The model code for a code read from XLSX: a boolean format in its language's words is the model's. */
export function modelBooleanCode(code: string): string {
  const m = CODE.exec(code);
  const words = m ? wordsOf(m[1]!) : undefined;
  if (!m || !words || m[2] !== words[0] || m[3] !== words[0] || m[4] !== words[1]) return code;
  return `[$-${m[1]!}]"TRUE";"TRUE";"FALSE"`;
}
