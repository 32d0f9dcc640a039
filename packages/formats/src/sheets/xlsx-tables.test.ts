/**
 * Excel tables: read from and written to table parts, and structured references turned into
 * the ranges they mean for ODS, so that LibreOffice computes the same values.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WORKBOOK_VERSION, sheetFromGrid } from '@ostal/model';
import type { Sheet, SheetTable, Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { read, write } from '../api.js';
import { resolveStructuredReferences, tablesByName } from './xlsx-tables.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus/xlsx');
const CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false';

const table: SheetTable = {
  name: 'Frais',
  range: { top: 1, left: 1, bottom: 5, right: 3 },
  totalsRow: true,
  columns: [{ name: 'Poste', totalsLabel: 'Total' }, { name: 'Montant HT', totalsFunction: 'sum' }, { name: 'TTC', formula: 'Frais[[#This Row],[Montant HT]]*1.2', totalsFunction: 'sum' }],
  style: { name: 'TableStyleMedium2', rowStripes: true, columnStripes: false, firstColumn: false, lastColumn: false },
  filterButtons: true,
};

function workbook(): Workbook {
  const sheet: Sheet = sheetFromGrid('Notes', [
    [],
    [null, { value: 'Poste' }, { value: 'Montant HT' }, { value: 'TTC' }],
    [null, { value: 'Repas' }, { value: 10 }, { value: 12, formula: '=Frais[@[Montant HT]]*1.2' }],
    [null, { value: 'Train' }, { value: 50 }, { value: 60, formula: '=Frais[[#This Row],[Montant HT]]*1.2' }],
    [null, { value: 'Taxi' }, { value: 20 }, { value: 24, formula: '=[@[Montant HT]]*1.2' }],
    [null, { value: 'Total' }, { value: 80, formula: '=SUBTOTAL(109,Frais[Montant HT])' }, { value: 96, formula: '=SUBTOTAL(109,Frais[TTC])' }],
  ]);
  const other = sheetFromGrid('Bilan', [[{ value: 3, formula: '=ROWS(Frais[#Data])' }, { value: 80, formula: '=SUM(Frais[[#Totals],[Montant HT]])' }, { value: 'Montant HT', formula: '=INDEX(Frais[#Headers],2)' }]]);
  return { kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: [{ ...sheet, tables: [table] }, other] };
}

describe('structured references', () => {
  const book = workbook();
  const tables = tablesByName(book);
  const at = (f: string, sheet = 0, row = 2, col = 3): string => resolveStructuredReferences(f, tables, book.sheets[sheet]!, row, col);

  it('resolves columns, special items and this-row references', () => {
    expect(at('=SUM(Frais[Montant HT])')).toBe('=SUM($C$3:$C$5)');
    expect(at('=frais[[#Totals],[TTC]]')).toBe('=$D$6');
    expect(at('=Frais[@[Montant HT]]*2', 0, 3)).toBe('=$C$4*2');
    expect(at('=[@[Montant HT]]', 0, 4)).toBe('=$C$5');
    expect(at('=ROWS(Frais[#All])', 1, 0, 0)).toBe('=ROWS(Notes!$B$2:$D$6)');
    expect(at('=SUM(Frais[[#Headers],[#Data],[Poste]:[TTC]])')).toBe('=SUM($B$2:$D$5)');
    expect(at('=Frais[Inconnue]+"Frais[TTC]"')).toBe('=Frais[Inconnue]+"Frais[TTC]"');
  });
});

describe('tables in files', () => {
  it('xlsx keeps the table and its formulas', async () => {
    const back = (await read(await write(workbook(), 'xlsx'))).document as Workbook;
    expect(back.sheets[0]?.tables).toEqual([table]);
    expect(back.sheets[0]?.rows[5]?.[2]?.formula).toBe('=SUBTOTAL(109,Frais[Montant HT])');
  });

  it('reads the tables of an Excel file', async () => {
    const book = (await read(new Uint8Array(readFileSync(path.join(CORPUS, 'poi-DataTableCities.xlsx'))))).document as Workbook;
    const tables = book.sheets.flatMap((s) => s.tables ?? []);
    expect(tables.map((t) => t.name).sort()).toEqual(['BigCity', 'SmallCity']);
    expect(tables.find((t) => t.name === 'BigCity')).toMatchObject({ totalsRow: true, columns: [{ name: 'City', totalsLabel: 'Total' }, { name: 'Latitude', totalsFunction: 'average' }, { name: 'Longitude' }, { name: 'Population', totalsFunction: 'sum' }] });
  });

  it('LibreOffice computes the same values from the ods, where the references are ranges', async () => {
    const csv = libreofficeConvert(await write(workbook(), 'ods'), 'tables.ods', CSV.replace(/false$/, 'false,-1'));
    expect(csv).toContain('Repas,10,12');
    expect(csv).toContain('Total,80,96');
    expect(csv).toContain('3,80,Montant HT');
    // The Excel file Ostal writes is read by LibreOffice with the same values.
    const fromXlsx = libreofficeConvert(await write(workbook(), 'xlsx'), 'tables.xlsx', CSV);
    expect(fromXlsx).toContain('Total,80,96');
  });
});
