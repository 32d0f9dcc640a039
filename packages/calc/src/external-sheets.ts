/**
 * Other workbooks' last values (`Workbook.externalLinks`) as sheets of the engine, so that the
 * formulas reading them (`[1]Sheet1!$A$7`) compute from what the file stored, as Excel and
 * LibreOffice do while the other workbook is not open.
 *
 * Sheet `Name` of link n is the engine sheet `[n]Name`, added after the workbook's own sheets (a
 * sheet's name cannot hold brackets, so it is never one of them, and callers that list their
 * sheets by their own ids never see it). The engine reads such a name only quoted
 * (`'[1]Sheet1'!A1`): `engineFormula` quotes the references going in, `modelFormula` takes the
 * quotes away coming out where Excel writes none, so formulas read back as they were written.
 */
import type { RawCellContent } from 'hyperformula';
import type { Workbook } from '@ostal/model';
import { valueToRaw } from './cell-content.js';

/** Engine sheets holding the last values of the workbook's external links, in link order. */
export function externalSheets(workbook: Pick<Workbook, 'externalLinks'>): { name: string; rows: RawCellContent[][] }[] {
  const out: { name: string; rows: RawCellContent[][] }[] = [];
  (workbook.externalLinks ?? []).forEach((link, i) => {
    for (const sheet of link.sheets) {
      const rows: RawCellContent[][] = [];
      for (const cell of sheet.cells) {
        const row = (rows[cell.row] ??= []);
        row[cell.col] = valueToRaw(cell.value);
      }
      // Dense rows, as the engine takes them (holes read as empty cells).
      out.push({ name: `[${String(i + 1)}]${sheet.name}`, rows: Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null)) });
    }
  });
  return out;
}

/** An external sheet name Excel writes without quotes: letters, digits, `_` and `.`, not starting with a digit. */
const BARE = '[A-Za-z_\\u00C0-\\uFFFF][\\w.\\u00C0-\\uFFFF]*';
const UNQUOTED = new RegExp(`(^|[^'\\w\\]])\\[(\\d+)\\](${BARE})!`, 'g');
const QUOTED = new RegExp(`'\\[(\\d+)\\](${BARE})'!`, 'g');
/** Names Excel quotes although they are bare: they read as a cell (`A1`, `XFD1048576`) or as R1C1. */
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*)$/;

/** `formula` with `edit` applied outside its string literals. */
function outsideStrings(formula: string, edit: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : edit(part)))
    .join('');
}

/** A model formula as the engine reads it: `[1]Sheet1!A1` → `'[1]Sheet1'!A1`. */
export function engineFormula(formula: string): string {
  if (!formula.includes('[')) return formula;
  return outsideStrings(formula, (part) => part.replace(UNQUOTED, (_m, before: string, n: string, name: string) => `${before}'[${n}]${name}'!`));
}

/** An engine formula as the model writes it: `'[1]Sheet1'!A1` → `[1]Sheet1!A1` (quotes kept where Excel needs them). */
export function modelFormula(formula: string): string {
  if (!formula.includes("'[")) return formula;
  return outsideStrings(formula, (part) => part.replace(QUOTED, (m, n: string, name: string) => (CELL_LIKE.test(name) ? m : `[${n}]${name}!`)));
}
