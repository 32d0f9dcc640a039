/**
 * Cell values as text, shared by the readers and writers: spreadsheet error codes (ECMA-376
 * Part 1, 18.18.31 ST_CellType `e`; ODF 1.3 Part 4, 5.12 error values) and the plain text a value
 * shows when no number format applies (ODF `text:p` of a cell, CSV fields).
 */
import type { CellError, CellErrorCode, CellValue } from '@ostal/model';

const CODES: readonly CellErrorCode[] = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#ERROR!'];

/**
 * Errors later Excel versions added (`#SPILL!`, `#CALC!`...), which the model folds into
 * `#ERROR!`; readers report the fold.
 */
const LATER_CODES = /^#(?:GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|UNKNOWN!|BUSY!|CONNECT!|PYTHON!|EXTERNAL!)$/i;

/** The model error code for an error text, or null when `text` is not an error code. */
export function errorCodeOf(text: string): CellErrorCode | null {
  const t = text.trim().toUpperCase();
  const code = CODES.find((c) => c === t);
  if (code) return code;
  if (t === '#N/A!' || t === '#NA') return '#N/A';
  return LATER_CODES.test(t) ? '#ERROR!' : null;
}

/**
 * Error codes as Microsoft Office shows them in other languages (French, German, Spanish,
 * Italian, Dutch, Portuguese): its ODS files carry the shown text of a formula's error result.
 */
const LOCALIZED_CODES: Readonly<Record<string, CellErrorCode>> = {
  '#NUL!': '#NULL!',
  '#NOMBRE!': '#NUM!',
  '#NOM?': '#NAME?',
  '#VALEUR!': '#VALUE!',
  '#WERT!': '#VALUE!',
  '#BEZUG!': '#REF!',
  '#ZAHL!': '#NUM!',
  '#NV': '#N/A',
  '#¡NULO!': '#NULL!',
  '#¡DIV/0!': '#DIV/0!',
  '#¡VALOR!': '#VALUE!',
  '#¡REF!': '#REF!',
  '#¿NOMBRE?': '#NAME?',
  '#¡NUM!': '#NUM!',
  '#NULLO!': '#NULL!',
  '#VALORE!': '#VALUE!',
  '#RIF!': '#REF!',
  '#NOME?': '#NAME?',
  '#N/D': '#N/A',
  '#LEEG!': '#NULL!',
  '#DEEL/0!': '#DIV/0!',
  '#WAARDE!': '#VALUE!',
  '#VERW!': '#REF!',
  '#NAAM?': '#NAME?',
  '#GETAL!': '#NUM!',
  '#N/B': '#N/A',
  '#NULO!': '#NULL!',
  '#VALOR!': '#VALUE!',
  '#NÚM!': '#NUM!',
};

/** Like {@link errorCodeOf}, also knowing the codes Microsoft Office shows in other languages (`#NV`, `#WERT!`). */
export function localizedErrorCodeOf(text: string): CellErrorCode | null {
  return errorCodeOf(text) ?? LOCALIZED_CODES[text.trim().toUpperCase()] ?? null;
}

/**
 * LibreOffice's numbered errors (`Err:502`, shown for errors Excel has no name for) and the Excel
 * error LibreOffice itself saves each as in XLSX: invalid argument, missing operator or bracket,
 * circular reference... are `#VALUE!`.
 */
const LIBREOFFICE_NUMBERED: Readonly<Record<number, CellErrorCode>> = {
  502: '#VALUE!',
  503: '#NUM!',
  504: '#VALUE!',
  508: '#VALUE!',
  509: '#VALUE!',
  510: '#VALUE!',
  511: '#VALUE!',
  519: '#VALUE!',
  521: '#NULL!',
  522: '#VALUE!',
  524: '#REF!',
  525: '#NAME?',
  532: '#DIV/0!',
};

/**
 * The error code of a formula's error result as an ODS file shows it: the codes of
 * {@link localizedErrorCodeOf} (LibreOffice in German writes `#NV`, `#WERT!`, `#BEZUG!` as
 * Microsoft Office does) and LibreOffice's numbered errors (`Err:502` is `#VALUE!`); null for
 * other text. A numbered error LibreOffice names no Excel error for is `#ERROR!`.
 */
export function odfErrorCodeOf(text: string): CellErrorCode | null {
  const code = localizedErrorCodeOf(text);
  if (code) return code;
  const numbered = /^Err:(\d{3,5})$/i.exec(text.trim());
  return numbered ? (LIBREOFFICE_NUMBERED[Number(numbered[1])] ?? '#ERROR!') : null;
}

/** A cell error value for an error text; unknown texts become `#ERROR!`. */
export function cellErrorOf(text: string): CellError {
  return { error: errorCodeOf(text) ?? '#ERROR!' };
}

/** Decimal text of a number without exponent noise for ordinary magnitudes (`0.1`, `1234.5`). */
export function numberText(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

/** Text a value shows without number formatting: numbers as JS prints them, TRUE/FALSE, error codes. */
export function valueText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  return value.error;
}
