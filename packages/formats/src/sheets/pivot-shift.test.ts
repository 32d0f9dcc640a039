/**
 * Kept pivot tables after rows are inserted in Ostal (model pivot-table-shift.ts, applied by the
 * sheets editor): LibreOffice, which lays pivot tables out afresh on load, must find them where
 * their output moved to, summarising the data where it moved to.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { shiftPivotTableLocations, shiftWorkbookPivots } from '@ostal/model';
import type { Sheet, Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { csvCells } from '../../../../test/fidelity/harness/csv-grid.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';
import { decodeBase64 } from '../text/text-media.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus');

async function corpusBook(file: string): Promise<Workbook> {
  return (await read(new Uint8Array(readFileSync(path.join(CORPUS, file))))).document as Workbook;
}

/** The workbook with `count` empty rows inserted at the top of sheet `name`, as the sheets editor inserts them. */
function insertRowsAtTop(book: Workbook, name: string, count: number): Workbook {
  const sheets = book.sheets.map((s): Sheet => {
    if (s.name !== name) return s;
    const rows: Sheet['rows'] = [...(Array(count).fill(null) as null[]), ...s.rows];
    const pivotTables = shiftPivotTableLocations(s.pivotTables, 'rows', 0, count);
    const { pivotTables: _old, ...rest } = s;
    return { ...rest, rows, ...(pivotTables ? { pivotTables } : {}) };
  });
  return shiftWorkbookPivots({ ...book, sheets }, { sheet: name, axis: 'rows', at: 0, count });
}

/** What LibreOffice shows on sheet `index` (1-based) of `bytes`, as `row:col -> text`. */
function shown(bytes: Uint8Array, file: string, index: number, rowOffset = 0): Map<string, string> {
  const csv = libreofficeConvert(bytes, file, `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,${String(index)}`);
  return new Map(csvCells(csv).map(([r, c, text]) => [`${String(r + rowOffset)}:${String(c)}`, text]));
}

function partText(book: Workbook, sheet: string): string {
  const part = book.sheets.find((s) => s.name === sheet)!.pivotTables!.parts[0]!;
  return new TextDecoder().decode(decodeBase64(part.base64));
}

describe('pivot tables after inserted rows', () => {
  it('oxpt-QuarterlySales.xlsx: the pivot table moves down with its output, and LibreOffice lays it out there', async () => {
    const book = await corpusBook('xlsx/oxpt-QuarterlySales.xlsx');
    expect(partText(book, 'Pivot')).toContain('<location ref="A3:D8"');
    const moved = insertRowsAtTop(book, 'Pivot', 2);
    expect(partText(moved, 'Pivot')).toContain('<location ref="A5:D10"');
    const pivotIndex = book.sheets.findIndex((s) => s.name === 'Pivot') + 1;
    const before = shown(await write(book, 'xlsx'), 'before.xlsx', pivotIndex, 2);
    const after = shown(await write(moved, 'xlsx'), 'after.xlsx', pivotIndex);
    expect(before.size).toBeGreaterThan(10);
    expect(after).toEqual(before);
  });

  it('cuts through a pivot table: it is left out, its output stays as values', async () => {
    const book = await corpusBook('xlsx/oxpt-QuarterlySales.xlsx');
    const sheet = book.sheets.find((s) => s.name === 'Pivot')!;
    expect(shiftPivotTableLocations(sheet.pivotTables, 'rows', 4, 1)).toBeUndefined();
    expect(shiftPivotTableLocations(sheet.pivotTables, 'rows', 3, -2)).toBeUndefined();
    // Below or right of it: nothing moves.
    expect(shiftPivotTableLocations(sheet.pivotTables, 'rows', 20, 3)).toBe(sheet.pivotTables);
    expect(shiftPivotTableLocations(sheet.pivotTables, 'cols', 4, -1)).toBe(sheet.pivotTables);
  });

  it('odftk-pivottable_datasource_import_xml_MSO15.ods: data pilots follow rows inserted in their source and their output', async () => {
    const book = await corpusBook('ods/odftk-pivottable_datasource_import_xml_MSO15.ods');
    expect(book.dataPilots?.xml).toContain('table:cell-range-address="Data.A4:Data.C12"');
    const internal = book.sheets.findIndex((s) => s.name === 'Internal') + 1;
    const before = shown(await write(book, 'ods'), 'before.ods', internal);

    // Rows inserted above the source: the pilots read the same data from where it moved.
    const source = insertRowsAtTop(book, 'Data', 3);
    expect(source.dataPilots?.xml).toContain('table:cell-range-address="Data.A7:Data.C15"');
    expect(source.dataPilots?.count).toBe(book.dataPilots?.count);
    const ods = await write(source, 'ods');
    expect(odfSchemaErrors(ods)).toEqual([]);
    expect(shown(ods, 'source.ods', internal)).toEqual(before);

    // Rows inserted above the output: the pilots are laid out lower down.
    const output = insertRowsAtTop(book, 'Internal', 2);
    expect(output.dataPilots?.xml).toContain('table:target-range-address="Internal.A12:Internal.D16"');
    const lower = shown(await write(output, 'ods'), 'output.ods', internal);
    expect(lower).toEqual(new Map([...before].map(([k, v]) => [k.replace(/^\d+/, (r) => String(Number(r) + 2)), v])));
  });
});
