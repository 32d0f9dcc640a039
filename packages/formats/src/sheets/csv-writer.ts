/**
 * CSV writing (RFC 4180). Choices, made for the spreadsheet programs that will open the file:
 * - Only the first sheet (CSV holds one table); comma separator; CRLF line ends.
 * - UTF-8 with a BOM: without it Excel reads UTF-8 as the ANSI code page and breaks accents.
 * - Fields are quoted when they contain the separator, a quote, a line break or edge spaces.
 * - Values only: a formula cell writes its cached value; numbers use `.` decimals.
 * - Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR)
 *   gets a leading `'`, the OWASP defence against CSV injection; numbers are never altered.
 */
import type { Cell, Workbook } from '@ostal/model';
import { valueText } from './cell-value-text.js';

const BOM = '\uFEFF';

/** One field, quoted when RFC 4180 (or a leading/trailing space) requires it. */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellText(cell: Cell | null): string {
  if (!cell) return '';
  const v = cell.value;
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(v)) return `'${v}`;
  return valueText(v);
}

/** Writes the first sheet of `workbook` as UTF-8 CSV with a BOM. */
export function writeCsv(workbook: Workbook): Uint8Array {
  const sheet = workbook.sheets[0];
  const lines = (sheet?.rows ?? []).map((row) => (row ?? []).map((c) => csvField(cellText(c))).join(','));
  return new TextEncoder().encode(BOM + lines.map((l) => l + '\r\n').join(''));
}
