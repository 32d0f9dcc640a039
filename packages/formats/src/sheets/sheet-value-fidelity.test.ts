/**
 * Values LibreOffice must show the same after Ostal wrote them: 1904 day numbers in ODS
 * (`table:null-date`), Excel's built-in short date (id 14), text results of formulas in ODS.
 */
import { WORKBOOK_VERSION, sheetFromGrid } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';

const CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false';

function book(extra: Partial<Workbook>, rows: Parameters<typeof sheetFromGrid>[1]): Workbook {
  return { kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: [sheetFromGrid('Feuille1', rows)], ...extra };
}

describe('1904 day numbers', () => {
  const dated = book({ date1904: true, styles: [{}, { numberFormat: 'yyyy-mm-dd' }] }, [[{ value: 1, style: 1 }], [{ value: 366, style: 1 }]]);

  it.each(['ods', 'fods'] as const)('%s keeps date1904 and stays valid', async (format) => {
    const bytes = await write(dated, format);
    expect(((await read(bytes)).document as Workbook).date1904).toBe(true);
    expect(odfSchemaErrors(bytes, format === 'fods')).toEqual([]);
  });

  it('LibreOffice shows the same dates from the ods as from the xlsx', async () => {
    const fromOds = libreofficeConvert(await write(dated, 'ods'), 'd1904.ods', CSV);
    expect(fromOds.split(/\r?\n/).slice(0, 2)).toEqual(['1904-01-02', '1905-01-01']);
    expect(libreofficeConvert(await write(dated, 'xlsx'), 'd1904.xlsx', CSV).split(/\r?\n/).slice(0, 2)).toEqual(['1904-01-02', '1905-01-01']);
  });
});

describe('built-in number formats', () => {
  it('reads id 14 as the short date Excel shows (m/d/yyyy) and writes it back as id 14', async () => {
    const xlsx = await write(book({ styles: [{}, { numberFormat: 'm/d/yyyy' }] }, [[{ value: 46000, style: 1 }]]), 'xlsx');
    const { unzipSync, strFromU8 } = await import('fflate');
    expect(strFromU8(unzipSync(xlsx)['xl/styles.xml']!)).toMatch(/<xf [^>]*numFmtId="14"/);
    const back = (await read(xlsx)).document as Workbook;
    expect(back.styles?.[back.sheets[0]!.rows[0]![0]!.style!]?.numberFormat).toBe('m/d/yyyy');
    expect(libreofficeConvert(await write(back, 'ods'), 'd14.ods', CSV).trim()).toBe('12/9/2025');
  });
});

describe('formula text results in ODS', () => {
  it('LibreOffice keeps the cached text of a formula it cannot compute', async () => {
    const wb = book({}, [[{ value: 'Profit', formula: '=CUBEMEMBER("Ventes","[Measures].[Profit]")' }, { value: 'ok', formula: '=LOWER("OK")' }]]);
    const csv = libreofficeConvert(await write(wb, 'ods'), 'cube.ods', CSV);
    expect(csv.trim()).toBe('Profit,ok');
  });
});

describe('errors typed in cells, in ODS', () => {
  // A1 holds the error itself (XLSX t="e"), B1 and C1 look at it.
  const wb = book({}, [[{ value: { error: '#DIV/0!' } }, { value: 2, formula: '=ERROR.TYPE(A1)' }, { value: true, formula: '=ISERROR(A1)' }, { value: { error: '#N/A' } }]]);

  it('stay errors, not formulas, when read back (ods and fods)', async () => {
    for (const format of ['ods', 'fods'] as const) {
      const bytes = await write(wb, format);
      expect(odfSchemaErrors(bytes, format === 'fods')).toEqual([]);
      const row = ((await read(bytes)).document as Workbook).sheets[0]!.rows[0]!;
      expect(row[0]).toMatchObject({ value: { error: '#DIV/0!' } });
      expect(row[0]!.formula).toBeUndefined();
      expect(row[3]).toMatchObject({ value: { error: '#N/A' } });
    }
  });

  it('are left as the code inside an array formula\'s area, where LibreOffice shows its result', async () => {
    const arr = book({}, [[{ value: { error: '#VALUE!' }, formula: '=TRANSPOSE(B1:C1)', matrix: { rows: 2, cols: 1 } }], [{ value: { error: '#VALUE!' } }]]);
    const { unzipSync, strFromU8 } = await import('fflate');
    const content = strFromU8(unzipSync(await write(arr, 'ods'))['content.xml']!);
    expect(content).not.toContain('of:=#VALUE!');
    expect(content).toContain('<table:table-cell><text:p>#VALUE!</text:p></table:table-cell>');
  });

  it('LibreOffice sees an error in them, as Excel does', async () => {
    const csv = libreofficeConvert(await write(wb, 'ods'), 'errors.ods', CSV);
    expect(csv.trim()).toBe('#DIV/0!,2,TRUE,#N/A');
  });
});
