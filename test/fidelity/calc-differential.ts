/**
 * Comparing Ostal's calculation with LibreOffice's, cell by cell: LibreOffice opens a file Ostal
 * wrote (formulas without cached values) and exports the formula column as CSV; @ostal/calc
 * recalculates the same workbook. Numbers agree within a relative 1e-9 (LibreOffice's CSV shows 15
 * significant digits); texts exactly; logicals as TRUE/FALSE; errors by code, LibreOffice's
 * `Err:5xx` codes mapped to the Excel code they export as.
 */
import { write } from '@ostal/formats';
import { createCalc } from '@ostal/calc';
import type { CellValue } from '@ostal/model';
import { libreofficeConvert } from '../support/libreoffice.js';
import { differentialWorkbook, FORMULA_COLUMN, FORMULAS } from './calc-differential-cases.js';

/** One formula's two results. */
export interface Comparison {
  readonly row: number;
  readonly formula: string;
  readonly ostal: string;
  readonly libreoffice: string;
  readonly agree: boolean;
}

/** LibreOffice's own error codes, as it writes them to xlsx. */
const LO_ERRORS: Readonly<Record<string, string>> = { 'Err:502': '#NUM!', 'Err:503': '#NUM!', 'Err:504': '#VALUE!', 'Err:508': '#VALUE!', 'Err:511': '#VALUE!' };

/** Parses CSV (RFC 4180 quoting, fields may hold newlines). */
export function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      out.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    out.push(row);
  }
  return out;
}

/** A computed value as the comparison shows it (errors by code, logicals as TRUE/FALSE). */
export function show(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') return value.error;
  return String(value);
}

/** Days from LibreOffice's null date (1899-12-30) to a calendar date. */
function serial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/**
 * The number LibreOffice shows: plain, or formatted the way its CSV export writes dates
 * (`02/29/2024`), times (`12:30:00 PM`) and percentages (`4.27%`), which it applies to results of
 * DATE, TIME, RATE...
 */
export function displayedNumber(text: string): number {
  const t = text.trim();
  const date = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(t);
  if (date) return serial(Number(date[3]), Number(date[1]), Number(date[2]));
  const time = /^(\d{1,2}):(\d{2}):(\d{2}) (AM|PM)$/.exec(t);
  if (time) {
    const hours = (Number(time[1]) % 12) + (time[4] === 'PM' ? 12 : 0);
    return (hours * 3600 + Number(time[2]) * 60 + Number(time[3])) / 86_400;
  }
  if (t.endsWith('%')) return Number(t.slice(0, -1)) / 100;
  return t === '' ? Number.NaN : Number(t);
}

/** True when Ostal's value and the text LibreOffice's CSV shows for it are the same result. */
export function agree(ostal: CellValue, lo: string): boolean {
  if (typeof ostal === 'number') {
    const n = displayedNumber(lo);
    if (!Number.isFinite(n)) return false;
    return ostal === n || Math.abs(ostal - n) <= 1e-9 * Math.max(Math.abs(ostal), Math.abs(n));
  }
  const normalised = LO_ERRORS[lo] ?? lo;
  return show(ostal) === normalised;
}

/**
 * Writes the differential workbook as `format`, has LibreOffice compute it, recalculates it with
 * @ostal/calc and compares every formula.
 */
export async function compareWithLibreOffice(format: 'xlsx' | 'ods'): Promise<Comparison[]> {
  const book = differentialWorkbook();
  const csv = libreofficeConvert(await write(book, format), `calc-differential.${format}`, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1');
  const loRows = parseCsv(csv);
  const calc = createCalc(book);
  try {
    const fresh = calc.recalculate();
    return FORMULAS.map((formula, row) => {
      const ostal = fresh.sheets[0]!.rows[row]?.[FORMULA_COLUMN]?.value ?? null;
      const libreoffice = loRows[row]?.[FORMULA_COLUMN] ?? '';
      return { row, formula, ostal: show(ostal), libreoffice, agree: agree(ostal, libreoffice) };
    });
  } finally {
    calc.destroy();
  }
}
