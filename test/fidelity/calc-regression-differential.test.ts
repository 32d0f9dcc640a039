/**
 * LINEST, LOGEST, TREND and GROWTH as array formulas, against LibreOffice: Ostal writes an xlsx
 * file with array areas (statistics included) and single-cell edge cases, LibreOffice computes
 * it, and every cell of every area must agree, except the differences listed in KNOWN (see
 * packages/calc/KNOWN-DIFFERENCES.md). One conversion for the whole file.
 */
import { describe, expect, it } from 'vitest';
import { write } from '@ostal/formats';
import { createCalc } from '@ostal/calc';
import { cellName, sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Cell, Workbook } from '@ostal/model';
import { libreofficeConvert } from '../support/libreoffice.js';
import { agree, parseCsv, show } from './calc-differential.js';

/** x in A1:A8, y growing about 1.6 times a step in B1:B8, a straight line with noise in C1:C8. */
const DATA = [
  [1, 2.1, 3.2],
  [2, 3.3, 4.1],
  [3, 5.9, 7.3],
  [4, 8.2, 8.8],
  [5, 14.5, 11.2],
  [6, 20.1, 12.9],
  [7, 35.7, 15.4],
  [8, 52.4, 16.8],
];

/** Array formulas: top-left cell (row, col, zero-based), size, formula. */
const AREAS: readonly { row: number; col: number; rows: number; cols: number; formula: string }[] = [
  { row: 0, col: 4, rows: 5, cols: 2, formula: '=LOGEST(B1:B8,A1:A8,TRUE,TRUE)' },
  { row: 0, col: 7, rows: 5, cols: 2, formula: '=LOGEST(B1:B8,A1:A8,FALSE,TRUE)' },
  { row: 0, col: 10, rows: 5, cols: 2, formula: '=LINEST(C1:C8,A1:A8,TRUE,TRUE)' },
  { row: 0, col: 13, rows: 5, cols: 2, formula: '=LINEST(C1:C8,A1:A8,FALSE,TRUE)' },
  { row: 6, col: 4, rows: 1, cols: 2, formula: '=LOGEST(B1:B8)' },
  { row: 6, col: 7, rows: 3, cols: 1, formula: '=GROWTH(B1:B8,A1:A8,{9;10;11})' },
  { row: 6, col: 8, rows: 3, cols: 1, formula: '=GROWTH(B1:B8,A1:A8,{9;10;11},FALSE)' },
  { row: 6, col: 10, rows: 8, cols: 1, formula: '=GROWTH(B1:B8)' },
  { row: 6, col: 11, rows: 3, cols: 1, formula: '=TREND(C1:C8,A1:A8,{9;10;11})' },
  { row: 15, col: 4, rows: 1, cols: 3, formula: '=GROWTH(B1:B8,A1:A8,{0.5,1.5,2.5})' },
  { row: 6, col: 13, rows: 5, cols: 2, formula: '=LOGEST({1;2;4;8},{1;2;3;4},TRUE,TRUE)' },
];

/** Single-cell formulas in column Q (row by row). */
const CELLS = [
  '=INDEX(LOGEST(B1:B8,A1:A8),1,1)*2',
  '=INDEX(LOGEST(B1:B8,A1:A8,TRUE,TRUE),3,1)',
  '=INDEX(LOGEST(C1:C8-4,A1:A8),1,1)',
  '=INDEX(LOGEST(B1:B8,A1:A7),1,1)',
  '=GROWTH(B1:B8,A1:A8,12)',
  '=GROWTH(C1:C8-4,A1:A8,12)',
  '=INDEX(LINEST(C1:C8,A1:A7),1,1)',
  '=SUM(GROWTH(B1:B8))',
];
const CELL_COLUMN = 16;

/** Ostal follows Excel here (packages/calc/KNOWN-DIFFERENCES.md). */
const KNOWN: Readonly<Record<string, string>> = {
  '=INDEX(LOGEST(B1:B8,A1:A7),1,1)': 'Excel: #REF! for known x and y of different sizes; LibreOffice: Err:502',
  '=INDEX(LINEST(C1:C8,A1:A7),1,1)': 'Excel: #REF! for known x and y of different sizes; LibreOffice: Err:502',
  '=LOGEST({1;2;4;8},{1;2;3;4},TRUE,TRUE)': 'exact fit: Ostal takes a residual at rounding-noise level as none (F #N/A); LibreOffice shows the noise (F = 4E+31)',
};

function workbook(): Workbook {
  const rows: (Cell | null)[][] = Array.from({ length: 16 }, (_, r) => Array.from({ length: CELL_COLUMN + 1 }, (_, c): Cell | null => {
    const value = DATA[r]?.[c];
    return value === undefined ? null : { value };
  }));
  for (const a of AREAS) rows[a.row]![a.col] = { formula: a.formula, value: null, matrix: { rows: a.rows, cols: a.cols } };
  CELLS.forEach((formula, r) => (rows[r]![CELL_COLUMN] = { formula, value: null }));
  return { kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: [sheetFromGrid('Fit', rows)] };
}

describe('regression functions agree with LibreOffice', () => {
  it('on every cell of LINEST, LOGEST, TREND and GROWTH areas, and on their edge cases', async () => {
    const book = workbook();
    const lo = parseCsv(libreofficeConvert(await write(book, 'xlsx'), 'regression.xlsx', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1'));
    const calc = createCalc(book);
    const checked: { where: string; formula: string; ostal: string; libreoffice: string; agree: boolean }[] = [];
    const check = (row: number, col: number, formula: string) => {
      const value = calc.valueAt(0, row, col);
      const text = lo[row]?.[col] ?? '';
      checked.push({ where: cellName(row, col), formula, ostal: show(value), libreoffice: text, agree: agree(value, text) });
    };
    try {
      for (const a of AREAS) for (let r = 0; r < a.rows; r += 1) for (let c = 0; c < a.cols; c += 1) check(a.row + r, a.col + c, a.formula);
      CELLS.forEach((formula, r) => check(r, CELL_COLUMN, formula));
    } finally {
      calc.destroy();
    }
    const mismatches = checked.filter((c) => !c.agree);
    console.warn(`regression functions vs LibreOffice: ${String(checked.length - mismatches.length)}/${String(checked.length)} cells agree`);
    for (const m of mismatches) console.warn(`  ${m.where} ${m.formula}: ostal ${m.ostal} | LibreOffice ${m.libreoffice}${KNOWN[m.formula] ? ' (known)' : ''}`);
    expect(checked.length).toBe(AREAS.reduce((n, a) => n + a.rows * a.cols, 0) + CELLS.length);
    expect(mismatches.filter((m) => KNOWN[m.formula] === undefined)).toEqual([]);
    expect(Object.keys(KNOWN).filter((formula) => !mismatches.some((m) => m.formula === formula))).toEqual([]);
  });
});
