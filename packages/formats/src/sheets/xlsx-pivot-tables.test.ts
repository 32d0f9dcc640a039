/**
 * XLSX pivot tables kept for XLSX: caches and tables written back with their relationships, the
 * stylesheet ids they name renamed to the written stylesheet's, LibreOffice finding the same pivot
 * tables; ODS gets data pilots (pivot-conversion.test.ts), CSV the output values (`pivot-table-static`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Workbook } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert, libreofficeSheetsCsv } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';
import { conversionLosses } from './sheet-conversion-losses.js';

const corpus = (name: string): Uint8Array => new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../../../../shared/corpus/xlsx', name)));

describe('XLSX pivot tables', () => {
  it('reads the caches of the workbook and the pivot tables of each sheet', async () => {
    const result = await read(corpus('oxpt-QuarterlySales.xlsx'));
    const book = result.document as Workbook;
    expect(result.diagnostics.map((d) => d.code)).toContain('pivot-table-kept');
    expect(book.pivotCaches?.caches).toEqual([{ cacheId: '49', part: 'xl/pivotCache/pivotCacheDefinition1.xml' }]);
    expect(book.pivotCaches?.parts.map((p) => p.name)).toEqual(['xl/pivotCache/pivotCacheDefinition1.xml', 'xl/pivotCache/pivotCacheRecords1.xml']);
    expect(book.sheets.map((s) => s.pivotTables?.parts.map((p) => p.name))).toEqual([undefined, ['xl/pivotTables/pivotTable1.xml']]);
    // The output is in the cells.
    expect(book.sheets[1]!.rows[5]![3]).toMatchObject({ value: 3448 });
  });

  it('writes them back with their relationships, and LibreOffice shows the same pivot tables', async () => {
    const source = corpus('oxpt-QuarterlySales.xlsx');
    const book = (await read(source)).document as Workbook;
    const out = await write(book, 'xlsx');
    const files = unzipSync(out);
    const original = unzipSync(source);
    for (const name of ['xl/pivotCache/pivotCacheDefinition1.xml', 'xl/pivotCache/pivotCacheRecords1.xml', 'xl/pivotTables/pivotTable1.xml']) expect(strFromU8(files[name]!), name).toBe(strFromU8(original[name]!));
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('<pivotCaches><pivotCache cacheId="49" r:id="rIdPc1"/></pivotCaches>');
    expect(strFromU8(files['xl/_rels/workbook.xml.rels']!)).toMatch(/Id="rIdPc1" Type="[^"]+\/pivotCacheDefinition" Target="\/xl\/pivotCache\/pivotCacheDefinition1.xml"/);
    expect(strFromU8(files['xl/worksheets/_rels/sheet2.xml.rels']!)).toMatch(/Type="[^"]+\/pivotTable" Target="\/xl\/pivotTables\/pivotTable1.xml"/);
    expect(strFromU8(files['xl/pivotTables/_rels/pivotTable1.xml.rels']!)).toContain('Target="/xl/pivotCache/pivotCacheDefinition1.xml"');
    const again = (await read(out)).document as Workbook;
    expect(again.pivotCaches?.caches).toEqual(book.pivotCaches?.caches);
    expect(again.sheets[1]!.pivotTables?.parts.map((p) => p.base64)).toEqual(book.sheets[1]!.pivotTables?.parts.map((p) => p.base64));
    // LibreOffice lays a pivot table out afresh on load: the same layout shows it found the same one.
    expect(libreofficeSheetsCsv(out, 'pivot.xlsx')).toBe(libreofficeSheetsCsv(source, 'original.xlsx'));
  });

  it('renames the custom number formats the pivot parts name to the written stylesheet ids', async () => {
    const book = (await read(corpus('poi-DataTableCities.xlsx'))).document as Workbook;
    const formats = book.pivotCaches?.numberFormats ?? {};
    expect(Object.keys(formats).length).toBeGreaterThan(0);
    const files = unzipSync(await write(book, 'xlsx'));
    const styles = strFromU8(files['xl/styles.xml']!);
    const table = Object.keys(files).filter((n) => n.startsWith('xl/pivotTables/pivotTable') && n.endsWith('.xml')).map((n) => strFromU8(files[n]!)).join('');
    const ids = [...table.matchAll(/numFmtId="(\d+)"/g)].map((m) => Number(m[1])).filter((id) => id >= 164);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const code = /formatCode="([^"]*)"/.exec(styles.slice(styles.indexOf(`numFmtId="${String(id)}"`)))?.[1];
      expect(Object.values(formats).map((c) => c.replace(/"/g, '&quot;'))).toContain(code);
    }
  });

  it('become data pilots in ODS (pivot-conversion.test.ts) and plain values in CSV, which says so', async () => {
    const book = (await read(corpus('oxpt-QuarterlySales.xlsx'))).document as Workbook;
    expect(conversionLosses(book, 'ods').map((d) => d.code)).not.toContain('pivot-table-static');
    expect(conversionLosses(book, 'csv').map((d) => d.code)).toContain('pivot-table-static');
    expect(conversionLosses(book, 'xlsx').map((d) => d.code)).not.toContain('pivot-table-static');
    const ods = (await read(await write(book, 'ods'))).document as Workbook;
    expect(ods.pivotCaches).toBeUndefined();
    expect(ods.dataPilots?.count).toBe(1);
    expect(ods.sheets[1]!.rows[5]![3]).toMatchObject({ value: 3448 });
  });

  it('drops caches of external data (OLAP) with their pivot tables, and says so', async () => {
    const result = await read(corpus('oxsdk-OlapPivotA3.xlsx'));
    expect(result.diagnostics.map((d) => d.code)).toContain('pivot-cache-dropped');
    const book = result.document as Workbook;
    expect(book.pivotCaches).toBeUndefined();
    expect(book.sheets.some((s) => s.pivotTables)).toBe(false);
    expect(strFromU8(unzipSync(await write(book, 'xlsx'))['xl/workbook.xml']!)).not.toContain('pivotCaches');
  });
});

describe('ODS pivot tables', () => {
  it('are written back to ODS and FODS (valid ODF), and LibreOffice finds them', async () => {
    const source = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../../../../shared/corpus/ods/odftk-pivottable_datasource_import_xml_MSO15.ods')));
    const book = (await read(source)).document as Workbook;
    expect(book.dataPilots?.count).toBe(32);
    const ods = await write(book, 'ods');
    expect(odfSchemaErrors(ods)).toEqual([]);
    expect(odfSchemaErrors(await write(book, 'fods'), true)).toEqual([]);
    const seen = libreofficeConvert(ods, 'pivots.ods', 'fods');
    expect((seen.match(/<table:data-pilot-table /g) ?? []).length).toBe(32);
    expect(seen).toContain('table:target-range-address="Internal.A10:Internal.D14"');
  });
});
