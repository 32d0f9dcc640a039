/**
 * SpreadsheetML worksheet writing (ECMA-376 Part 1, 18.3.1.99 `worksheet`, 18.3.1.73
 * `sheetData`/`row`, 18.3.1.4 `c`, 18.3.1.40 `f`, 18.3.1.96 `v`; structure: 18.3.1.82 `sheetPr`
 * `tabColor`, 18.3.1.66 `pane`, 18.3.1.13 `col`, 18.3.1.55 `mergeCell`).
 * Worksheets are serialised as a stream of escaped chunks rather than an element tree: a
 * million-cell sheet would otherwise cost a million objects. Every text goes through
 * escapeText/escapeAttr.
 */
import { cellName, columnName, isCellError } from '@ostal/model';
import type { Cell, RowRun, Sheet } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { escapeAttr, escapeText } from '../xml/xml-writer.js';
import { tokenizeA1 } from './a1-formula.js';
import { excelFileFunctionName, letParameterNames } from './openformula-names.js';
import { numberText } from './cell-value-text.js';
import { encodeXstring } from './sml-shared-strings.js';
import type { SharedStringTable } from './sml-shared-strings.js';
import { pointsToExcelWidth, withDefaultRowHeight } from './xlsx-sheet-reader.js';
import { MAX_ROWS } from './sheet-grid.js';

/** The formula text as stored in a file: no `=`, post-2007 functions with their `_xlfn.` prefix. */

/** The row height Excel gives rows without one (Calibri 11), written as the sheet's default. */
const DEFAULT_ROW_HEIGHT = 15;
/** Rows down to the sheet's end sharing one height are written as its default height from this many rows on. */
const TAIL_ROWS = 10_000;
/** Rows above a tail written row by row at most (else the tail is written row by row as before). */
const ROWS_ABOVE_TAIL = 100_000;

/** The last run of `runs` when it reaches the sheet's last row with a height, long enough to be the default. */
function tailRun(runs: readonly RowRun[]): (RowRun & { readonly height: number }) | undefined {
  const last = runs[runs.length - 1];
  if (!last || last.hidden || last.height === undefined || last.last < MAX_ROWS - 1) return undefined;
  if (last.last - last.first + 1 < TAIL_ROWS || last.first > ROWS_ABOVE_TAIL) return undefined;
  return { ...last, height: last.height };
}

/**
 * A model formula as stored in XLSX (no `=`): functions added after 2007 get their `_xlfn.`
 * prefix, the names LET and LAMBDA bind their `_xlpm.` prefix, and a function name quoted as some ODF files spell it (`'DURATION'(…)`, no Excel
 * syntax) is written bare, so Excel and LibreOffice call the function.
 */
export function fileFormula(formula: string): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  const tokens = tokenizeA1(body);
  const parameters = letParameterNames(tokens);
  return tokens
    .map((t, i) => {
      if (t.kind === 'func') return excelFileFunctionName(t.text);
      if (t.kind === 'name' && parameters.has(t.text.toUpperCase())) return `_xlpm.${t.text}`;
      if (t.kind === 'other' && tokens[i + 1]?.text === '(' && /^'[A-Za-z_][\w.]*'$/.test(t.text)) return excelFileFunctionName(t.text.slice(1, -1));
      return t.text;
    })
    .join('');
}

/** The `#ERROR!` catch-all has no SpreadsheetML spelling; `#VALUE!` is the nearest. */
function errorText(code: string): string {
  return code === '#ERROR!' ? '#VALUE!' : code;
}

function cellXml(cell: Cell, row: number, col: number, sst: SharedStringTable, out: string[]): void {
  const ref = cellName(row, col);
  const v = cell.value;
  let type: string | undefined;
  let value: string | null = null;
  if (typeof v === 'number') {
    if (Number.isFinite(v)) value = numberText(v);
    else [type, value] = ['e', '#NUM!'];
  } else if (typeof v === 'boolean') [type, value] = ['b', v ? '1' : '0'];
  else if (v !== null && isCellError(v)) [type, value] = ['e', errorText(v.error)];
  else if (typeof v === 'string') {
    if (cell.formula !== undefined) [type, value] = ['str', escapeText(encodeXstring(v))];
    else [type, value] = ['s', String(sst.index(v))];
  }
  const s = cell.style ? ` s="${String(cell.style)}"` : '';
  if (value === null && cell.formula === undefined) {
    out.push('<c r="', ref, '"', s, '/>');
    return;
  }
  out.push('<c r="', ref, '"', s, type ? ` t="${type}"` : '', '>');
  // An array formula names the area its result fills (18.3.1.40 `t="array"`, `ref`).
  const m = cell.matrix;
  const array = m ? ` t="array" ref="${ref}:${cellName(row + Math.max(1, m.rows) - 1, col + Math.max(1, m.cols) - 1)}"` : '';
  if (cell.formula !== undefined) out.push(`<f${array}>`, escapeText(fileFormula(cell.formula)), '</f>');
  if (value !== null) out.push('<v>', value, '</v>');
  out.push('</c>');
}

/** Feature chunks written around the cells (see xlsx-sheet-features-writer.ts). */
export interface WorksheetExtras {
  /** `autoFilter`, before `mergeCells`. */
  readonly beforeMerges?: string;
  /** Conditional formats, validations, print settings, drawings. */
  readonly afterMerges?: string;
  /** `sheetPr/pageSetUpPr fitToPage`. */
  readonly fitToPage?: boolean;
}

/**
 * The worksheet part for `sheet`; strings go to `sst`.
 * @param selected marks the tab Excel shows first.
 */
export function worksheetXml(sheet: Sheet, sst: SharedStringTable, selected: boolean, extras: WorksheetExtras = {}): string {
  let maxCol = 0;
  let lastRow = 0;
  sheet.rows.forEach((r, i) => {
    if (r && r.some((c) => c !== null)) {
      maxCol = Math.max(maxCol, r.length - 1);
      lastRow = i;
    }
  });
  const dim = lastRow === 0 && maxCol === 0 ? 'A1' : `A1:${columnName(maxCol)}${String(lastRow + 1)}`;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet xmlns="${escapeAttr(NS.s)}" xmlns:r="${escapeAttr(NS.r)}">`,
  ];
  if (sheet.tabColor || extras.fitToPage) {
    out.push(
      '<sheetPr>',
      sheet.tabColor ? `<tabColor rgb="FF${escapeAttr(sheet.tabColor.replace('#', '').toUpperCase())}"/>` : '',
      extras.fitToPage ? '<pageSetUpPr fitToPage="1"/>' : '',
      '</sheetPr>',
    );
  }
  out.push(`<dimension ref="${dim}"/>`, `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}`);
  const f = sheet.frozen;
  if (f && (f.rows > 0 || f.cols > 0)) {
    const pane = f.rows > 0 && f.cols > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight';
    out.push(
      '><pane',
      f.cols > 0 ? ` xSplit="${String(f.cols)}"` : '',
      f.rows > 0 ? ` ySplit="${String(f.rows)}"` : '',
      ` topLeftCell="${cellName(f.rows, f.cols)}" activePane="${pane}" state="frozen"/>`,
      `<selection pane="${pane}"/></sheetView></sheetViews>`,
    );
  } else out.push('/></sheetViews>');
  // Rows down to the sheet's end sharing one height (an ODS's trailing repeated row) are the
  // sheet's default row height, not a million row elements; rows above without one are 15 high.
  const tail = tailRun(sheet.rowProps ?? []);
  out.push(tail ? `<sheetFormatPr defaultRowHeight="${String(tail.height)}" customHeight="1"/>` : `<sheetFormatPr defaultRowHeight="${String(DEFAULT_ROW_HEIGHT)}"/>`);
  if (sheet.columns && sheet.columns.length > 0) {
    out.push('<cols>');
    for (const c of sheet.columns) {
      out.push(
        `<col min="${String(c.first + 1)}" max="${String(c.last + 1)}"`,
        c.width !== undefined ? ` width="${String(pointsToExcelWidth(c.width))}"` : '',
        c.style ? ` style="${String(c.style)}"` : '',
        c.hidden ? ' hidden="1"' : '',
        c.width !== undefined ? ' customWidth="1"' : '',
        '/>',
      );
    }
    out.push('</cols>');
  }
  out.push('<sheetData>');
  const runs = tail ? withDefaultRowHeight((sheet.rowProps ?? []).slice(0, -1), DEFAULT_ROW_HEIGHT, tail.first) : (sheet.rowProps ?? []);
  let runIndex = 0;
  let runRow = runs[0]?.first ?? Infinity;
  const rowOpen = (r: number, run: RowRun | undefined, empty: boolean): void => {
    const attrs = run ? `${run.height !== undefined ? ` ht="${String(run.height)}" customHeight="1"` : ''}${run.hidden ? ' hidden="1"' : ''}` : '';
    out.push(`<row r="${String(r + 1)}"${attrs}${empty ? '/>' : '>'}`);
  };
  /** Writes property-only rows before `limit`; returns the run holding `limit`, if any. */
  const rowsBefore = (limit: number): RowRun | undefined => {
    while (runIndex < runs.length) {
      const run = runs[runIndex]!;
      if (runRow < run.first) runRow = run.first;
      if (runRow > run.last) {
        runIndex += 1;
        continue;
      }
      if (runRow > limit) return undefined;
      if (runRow === limit) {
        runRow += 1;
        return run;
      }
      rowOpen(runRow, run, true);
      runRow += 1;
    }
    return undefined;
  };
  sheet.rows.forEach((cells, r) => {
    if (!cells || !cells.some((c) => c !== null)) return;
    rowOpen(r, rowsBefore(r), false);
    cells.forEach((cell, c) => {
      if (cell) cellXml(cell, r, c, sst, out);
    });
    out.push('</row>');
  });
  rowsBefore(Infinity);
  out.push('</sheetData>', extras.beforeMerges ?? '');
  if (sheet.merges && sheet.merges.length > 0) {
    out.push(`<mergeCells count="${String(sheet.merges.length)}">`);
    for (const m of sheet.merges) out.push(`<mergeCell ref="${cellName(m.top, m.left)}:${cellName(m.bottom, m.right)}"/>`);
    out.push('</mergeCells>');
  }
  out.push(extras.afterMerges ?? '', '</worksheet>');
  return out.join('');
}
