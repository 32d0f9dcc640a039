/**
 * Print areas and print titles: SpreadsheetML keeps them as the built-in sheet-local names
 * `_xlnm.Print_Area` and `_xlnm.Print_Titles` (ECMA-376 Part 1, 18.2.5); the model keeps them in
 * `Sheet.pageSetup`. `_xlnm._FilterDatabase` (the autofilter's range) is rebuilt from
 * `Sheet.autoFilter` and dropped on read.
 */
import { cellName, columnIndex, columnName } from '@ostal/model';
import type { CellRange, DefinedName, Sheet } from '@ostal/model';
import { MAX_COLS, MAX_ROWS } from './sheet-grid.js';
import { parseRange } from './xlsx-sheet-reader.js';

const PRINT_AREA = '_xlnm.print_area';
const PRINT_TITLES = '_xlnm.print_titles';
const FILTER_DATABASE = '_xlnm._filterdatabase';

/** Splits `A!x,'B c'!y` at top-level commas and drops each piece's sheet prefix. */
function pieces(formula: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of formula) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((p) => p.trim().replace(/^(?:'(?:[^']|'')*'|[^!]*)!/, '')).filter((p) => p !== '');
}

/** A range piece: cells, whole rows (`$1:$2`) or whole columns (`$A:$B`). */
function rangeOf(piece: string): CellRange | null {
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(piece);
  if (rows) {
    const [t, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    return t >= 0 && b >= t && b < MAX_ROWS ? { top: t, bottom: b, left: 0, right: MAX_COLS - 1 } : null;
  }
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(piece);
  if (cols) {
    const [l, r] = [columnIndex(cols[1]!.toUpperCase()), columnIndex(cols[2]!.toUpperCase())];
    return l >= 0 && r >= l && r < MAX_COLS ? { top: 0, bottom: MAX_ROWS - 1, left: l, right: r } : null;
  }
  return parseRange(piece);
}

/**
 * Moves print areas and titles of `names` into the sheets' page setup (replacing entries of
 * `sheets` in place) and returns the names left.
 */
export function applyPrintNames(names: readonly DefinedName[], sheets: Sheet[]): DefinedName[] {
  const kept: DefinedName[] = [];
  for (const n of names) {
    const lower = n.name.toLowerCase();
    if (lower === FILTER_DATABASE && n.sheet !== undefined) continue;
    if ((lower !== PRINT_AREA && lower !== PRINT_TITLES) || n.sheet === undefined || !sheets[n.sheet]) {
      kept.push(n);
      continue;
    }
    const ranges = pieces(n.formula).map(rangeOf);
    if (ranges.some((r) => r === null)) {
      kept.push(n);
      continue;
    }
    const sheet = sheets[n.sheet]!;
    const page: Record<string, unknown> = { ...sheet.pageSetup };
    if (lower === PRINT_AREA) page.printArea = ranges;
    else {
      for (const r of ranges as CellRange[]) {
        if (r.left === 0 && r.right === MAX_COLS - 1) page.repeatRows = { first: r.top, last: r.bottom };
        else if (r.top === 0 && r.bottom === MAX_ROWS - 1) page.repeatCols = { first: r.left, last: r.right };
      }
    }
    sheets[n.sheet] = { ...sheet, pageSetup: page };
  }
  return kept;
}

/** `'Name'!` as a formula prefix (quoted when it needs to be). */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

function absRange(r: CellRange): string {
  const abs = (ref: string): string => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const a = abs(cellName(r.top, r.left));
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${abs(cellName(r.bottom, r.right))}`;
}

/** The built-in names for the print areas, titles and filter ranges of `sheets` (written under `names`). */
export function printNames(sheets: readonly Sheet[], names: readonly string[]): DefinedName[] {
  const out: DefinedName[] = [];
  sheets.forEach((sheet, i) => {
    const p = sheet.pageSetup;
    const prefix = sheetPrefix(names[i] ?? sheet.name);
    if (sheet.autoFilter) out.push({ name: '_xlnm._FilterDatabase', formula: prefix + absRange(sheet.autoFilter.range), sheet: i, hidden: true });
    if (p?.printArea && p.printArea.length > 0) out.push({ name: '_xlnm.Print_Area', formula: p.printArea.map((r) => prefix + absRange(r)).join(','), sheet: i });
    const titles: string[] = [];
    if (p?.repeatCols) titles.push(`${prefix}$${columnName(p.repeatCols.first)}:$${columnName(p.repeatCols.last)}`);
    if (p?.repeatRows) titles.push(`${prefix}$${String(p.repeatRows.first + 1)}:$${String(p.repeatRows.last + 1)}`);
    if (titles.length > 0) out.push({ name: '_xlnm.Print_Titles', formula: titles.join(','), sheet: i });
  });
  return out;
}
