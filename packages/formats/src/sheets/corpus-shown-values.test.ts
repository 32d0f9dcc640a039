/**
 * Corpus workbooks whose cells LibreOffice must show as it shows the original after Ostal
 * converted them: accounting zeros (`"-"??`), results of OLAP cube formulas, Japanese ruby text,
 * error results Microsoft Office wrote in German.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Cell, Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { csvCells } from '../../../../test/fidelity/harness/csv-grid.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';
import { callsExternalResultFunction } from './ods-kept-results.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus');

async function corpusBook(file: string): Promise<Workbook> {
  return (await read(new Uint8Array(readFileSync(path.join(CORPUS, file))))).document as Workbook;
}

/** What LibreOffice shows in the cells of sheet `name` of `bytes` (CSV export of that sheet, cells as shown). */
function shownCells(bytes: Uint8Array, file: string, book: Workbook, name: string): Map<string, string> {
  const sheet = book.sheets.findIndex((s) => s.name === name) + 1;
  const csv = libreofficeConvert(bytes, file, `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,${String(sheet)}`);
  return new Map(csvCells(csv).map(([r, c, text]) => [`${String.fromCharCode(65 + c)}${String(r + 1)}`, text]));
}

function cellAt(book: Workbook, sheet: string, ref: string): Cell | null | undefined {
  const col = ref.charCodeAt(0) - 65;
  const row = Number(ref.slice(1)) - 1;
  return book.sheets.find((s) => s.name === sheet)?.rows[row]?.[col];
}

describe('accounting formats in ODS', () => {
  it('poi-stress002.xlsx: zero amounts keep the blanks of "-"?? once written as ODS', async () => {
    const book = await corpusBook('xlsx/poi-stress002.xlsx');
    const ods = await write(book, 'ods');
    expect(odfSchemaErrors(ods)).toEqual([]);
    const shown = shownCells(ods, 'stress.ods', book, 'CS Worksheet');
    // `_("$"* "-"??_)`: a blank for `_(`, the dollar, the dash, two blanks for ??, one for `_)`.
    expect(shown.get('K30')).toBe(' $-   ');
    expect(shown.get('D30')).toBe('Monthly Gross Income');
  });
});

describe('accounting formats from ODS in XLSX', () => {
  it('sheetjs-number_format.ods: the blank leading a text section stays once written as XLSX', async () => {
    const book = await corpusBook('ods/sheetjs-number_format.ods');
    const shown = shownCells(await write(book, 'xlsx'), 'accounting.xlsx', book, '2011');
    expect(shown.get('A23')).toBe(' Accounting ');
  });
});

describe('results of OLAP cube formulas in ODS', () => {
  it('knows the functions whose result comes from outside the workbook', () => {
    expect(callsExternalResultFunction('=CUBEVALUE("Sales",$A3,B$2)')).toBe(true);
    expect(callsExternalResultFunction('=_xlfn.CUBESETCOUNT(A1)*2')).toBe(true);
    expect(callsExternalResultFunction('=RTD("srv",,"x")')).toBe(true);
    expect(callsExternalResultFunction('=SUM(A1:A3)&"CUBEVALUE("')).toBe(false);
    expect(callsExternalResultFunction('=MYCUBEVALUE(1)')).toBe(false);
  });

  it('oxsdk-SheetData.xlsx: LibreOffice shows the stored numbers of CUBEVALUE, not #NAME?', async () => {
    const book = await corpusBook('xlsx/oxsdk-SheetData.xlsx');
    expect(cellAt(book, 'Sheet1', 'B3')?.formula).toMatch(/^=CUBEVALUE\(/);
    const ods = await write(book, 'ods');
    expect(odfSchemaErrors(ods)).toEqual([]);
    const shown = shownCells(ods, 'cube.ods', book, 'Sheet1');
    expect(shown.get('B3')).toBe('339610.896400001');
    expect(shown.get('D3')).toBe('86837');
    expect(shown.get('A3')).toBe('USA');
    // Read back, the cells keep their formula, value and (absent) number format.
    const back = (await read(ods)).document as Workbook;
    const b3 = cellAt(back, 'Sheet1', 'B3')!;
    expect(b3.formula).toMatch(/^=CUBEVALUE\(/);
    expect(b3.value).toBeCloseTo(339610.8964, 4);
    expect(back.styles?.[b3.style ?? 0]?.numberFormat).toBeUndefined();
  });
});

describe('ODS cells written by Microsoft Office', () => {
  it('odftk-format_cell_import_xml_MSO15.ods: ruby annotations are not part of the cell text', async () => {
    const book = await corpusBook('ods/odftk-format_cell_import_xml_MSO15.ods');
    for (const ref of ['B39', 'C39', 'D39', 'B40', 'C40']) expect(cellAt(book, 'Font', ref)?.value).toBe('東京');
  });

  it('odftk-format_condition_import_xml_MSO15.ods: error results shown in German are errors, not 0', async () => {
    const book = await corpusBook('ods/odftk-format_condition_import_xml_MSO15.ods');
    expect(cellAt(book, 'Cell_Conditions', 'C41')?.value).toEqual({ error: '#N/A' });
    expect(cellAt(book, 'Cell_Conditions', 'E41')?.value).toEqual({ error: '#NUM!' });
    const shown = shownCells(await write(book, 'xlsx'), 'errors.xlsx', book, 'Cell_Conditions');
    expect(shown.get('C41')).toBe('#N/A');
    expect(shown.get('E41')).toBe('#NUM!');
  });
});
