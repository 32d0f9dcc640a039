/**
 * SpreadsheetML worksheet writing (ECMA-376 Part 1, 18.3.1.99 `worksheet`, 18.3.1.73
 * `sheetData`/`row`, 18.3.1.4 `c`, 18.3.1.40 `f`, 18.3.1.96 `v`).
 * Worksheets are serialised as a stream of escaped chunks rather than an element tree: a
 * million-cell sheet would otherwise cost a million objects. Every text goes through
 * escapeText/escapeAttr.
 */
import { cellName, columnName, isCellError } from '@ostal/model';
import type { Cell, Sheet } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { escapeAttr, escapeText } from '../xml/xml-writer.js';
import { tokenizeA1 } from './a1-formula.js';
import { excelFileFunctionName } from './openformula-names.js';
import { numberText } from './cell-value-text.js';
import { encodeXstring } from './sml-shared-strings.js';
import type { SharedStringTable } from './sml-shared-strings.js';

/** The formula text as stored in a file: no `=`, post-2007 functions with their `_xlfn.` prefix. */
export function fileFormula(formula: string): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  return tokenizeA1(body)
    .map((t) => (t.kind === 'func' ? excelFileFunctionName(t.text) : t.text))
    .join('');
}

/** The `#ERROR!` catch-all has no SpreadsheetML spelling; `#VALUE!` is the nearest. */
function errorText(code: string): string {
  return code === '#ERROR!' ? '#VALUE!' : code;
}

function cellXml(cell: Cell, ref: string, sst: SharedStringTable, out: string[]): void {
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
  out.push('<c r="', ref, '"', type ? ` t="${type}"` : '', '>');
  if (cell.formula !== undefined) out.push('<f>', escapeText(fileFormula(cell.formula)), '</f>');
  if (value !== null) out.push('<v>', value, '</v>');
  out.push('</c>');
}

/**
 * The worksheet part for `sheet`; strings go to `sst`.
 * @param selected marks the tab Excel shows first.
 */
export function worksheetXml(sheet: Sheet, sst: SharedStringTable, selected: boolean): string {
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
    `<dimension ref="${dim}"/>`,
    `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}/></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    '<sheetData>',
  ];
  sheet.rows.forEach((cells, r) => {
    if (!cells || !cells.some((c) => c !== null)) return;
    out.push(`<row r="${String(r + 1)}">`);
    cells.forEach((cell, c) => {
      if (cell) cellXml(cell, cellName(r, c), sst, out);
    });
    out.push('</row>');
  });
  out.push('</sheetData></worksheet>');
  return out.join('');
}
