/**
 * What a person types into a cell and what a cell shows, in their locale: French writes
 * `3,5` and `VRAI`, English `3.5` and `TRUE`. The engine and the model keep locale-free values.
 */
import type { CellErrorCode, CellValue } from '@ostal/model';
import { toCanonicalFormula, toLocalFormula } from './formula-locale.js';

/** Raw content the engine accepts: a formula string, a plain value, or null for empty. */
export type RawContent = string | number | boolean | null;

/** Words for booleans in the user's language. */
export interface BooleanWords {
  readonly true: string;
  readonly false: string;
}

const SPACES = /[\s\u00a0\u202f]/g;

const separatorCache = new Map<string, string>();

function decimalSeparator(locale: string): string {
  let dec = separatorCache.get(locale);
  if (dec === undefined) {
    dec = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
    separatorCache.set(locale, dec);
  }
  return dec;
}

/** Parses a number typed with the locale's decimal separator (digit grouping spaces allowed). */
export function parseLocaleNumber(text: string, locale: string): number | null {
  const compact = text.trim().replace(SPACES, '');
  if (compact === '') return null;
  const dec = decimalSeparator(locale);
  const percent = compact.endsWith('%');
  const body = percent ? compact.slice(0, -1) : compact;
  const pattern = dec === ',' ? /^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/ : /^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d*)?([eE][-+]?\d+)?$/;
  if (!pattern.test(body) || !/\d/.test(body)) return null;
  const normalised = dec === ',' ? body.replace(',', '.') : body.replace(/,/g, '');
  const value = Number(normalised);
  if (!Number.isFinite(value)) return null;
  return percent ? value / 100 : value;
}

/**
 * Turns typed text into engine content: `=...` stays a formula, numbers and booleans in the
 * user's language become values, a leading apostrophe forces text, anything else is text.
 */
export function parseCellInput(text: string, locale: string, words: BooleanWords): RawContent {
  if (text === '') return null;
  if (text.startsWith('=') && text.length > 1) return toCanonicalFormula(text.trim(), locale);
  if (text.startsWith("'")) return text;
  const upper = text.trim().toUpperCase();
  if (upper === words.true.toUpperCase() || upper === 'TRUE') return true;
  if (upper === words.false.toUpperCase() || upper === 'FALSE') return false;
  const number = parseLocaleNumber(text, locale);
  if (number !== null) return number;
  return textContent(text);
}

/**
 * Engine content for a text value, so that the engine keeps it as text: `00123`, `TRUE`, `=x`
 * or `1/2` would otherwise be read as a number, a boolean, a formula or a date.
 */
export function textContent(text: string): string {
  const risky =
    /^[='+-]/.test(text) ||
    text.trim() !== text ||
    (text.trim() !== '' && !Number.isNaN(Number(text))) ||
    /^(true|false)$/i.test(text) ||
    /\d\s*[/.:-]\s*\d/.test(text) ||
    /%\s*$/.test(text);
  return risky ? `'${text}` : text;
}

// Building an Intl.NumberFormat costs far more than formatting with it (the grid formats every
// shown cell on each scroll step): one per locale.
const generalFormats = new Map<string, Intl.NumberFormat>();

/** Formats a number the way a "General" cell shows it: no grouping, up to 10 decimals. */
export function formatNumber(value: number, locale: string): string {
  let format = generalFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 });
    generalFormats.set(locale, format);
  }
  return format.format(value);
}

/** Text shown in a cell for a computed value. */
export function displayValue(value: CellValue, locale: string, words: BooleanWords): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value, locale);
  if (typeof value === 'boolean') return value ? words.true : words.false;
  if (typeof value === 'string') return value;
  return value.error;
}

/** Text to put in the cell editor / formula bar for raw engine content. */
export function editText(raw: RawContent, locale: string, words: BooleanWords): string {
  if (raw === null) return '';
  if (typeof raw === 'number') return formatNumber(raw, locale);
  if (typeof raw === 'boolean') return raw ? words.true : words.false;
  return raw.startsWith('=') ? toLocalFormula(raw, locale) : raw;
}

const ERROR_CODES: readonly CellErrorCode[] = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#ERROR!'];

/** The model's error code for an engine error string; engine-only errors (`#CYCLE!`...) become `#ERROR!`. */
export function toCellErrorCode(text: string): CellErrorCode {
  return (ERROR_CODES as readonly string[]).includes(text) ? (text as CellErrorCode) : '#ERROR!';
}
