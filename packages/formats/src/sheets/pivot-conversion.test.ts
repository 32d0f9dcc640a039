/**
 * Pivot tables converted between XLSX and ODS (pivot-spec.ts): XLSX pivot parts become ODF data
 * pilot tables and back, LibreOffice finding the pivot tables in what Ostal wrote; what cannot be
 * converted keeps its values and `conversionLosses` says so.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Workbook } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';
import { pivotSpecsOfOds } from './ods-pivot-spec.js';
import { conversionLosses } from './sheet-conversion-losses.js';
import { pivotSpecsOfXlsx } from './xlsx-pivot-spec.js';

const corpus = (dir: string, name: string): Uint8Array => new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../../../../shared/corpus', dir, name)));

const pilotsOf = (fods: string): string[] => fods.match(/<table:data-pilot-table [\s\S]*?<\/table:data-pilot-table>/g) ?? [];

describe('XLSX pivot tables written to ODS', () => {
  it('describe source range, row, column and data fields of each table', async () => {
    const book = (await read(corpus('xlsx', 'poi-WithChartSheet.xlsx'))).document as Workbook;
    const { specs, unconverted } = pivotSpecsOfXlsx(book);
    expect(unconverted).toBe(0);
    expect(specs).toHaveLength(5);
    const sheet5 = specs.find((s) => s.sheet === 'Sheet5')!;
    expect(sheet5).toMatchObject({
      source: { sheet: 'Sheet1', range: { top: 0, left: 0, bottom: 12, right: 3 } },
      location: { top: 2, left: 0, bottom: 8, right: 6 },
      rows: ['Category'],
      columns: ['Year', null],
      data: [
        { field: 'Cost', fn: 'sum', caption: 'Sum of Cost' },
        { field: 'Revenue', fn: 'sum', caption: 'Sum of Revenue' },
      ],
      rowGrandTotals: false,
      colGrandTotals: false,
    });
  });

  it('become data pilot tables LibreOffice finds, in valid ODF, with no loss reported', async () => {
    const book = (await read(corpus('xlsx', 'poi-WithChartSheet.xlsx'))).document as Workbook;
    expect(conversionLosses(book, 'ods').map((d) => d.code)).not.toContain('pivot-table-static');
    const ods = await write(book, 'ods');
    expect(odfSchemaErrors(ods)).toEqual([]);
    expect(odfSchemaErrors(await write(book, 'fods'), true)).toEqual([]);
    const pilots = pilotsOf(libreofficeConvert(ods, 'pivots.ods', 'fods'));
    expect(pilots).toHaveLength(5);
    const sheet5 = pilots.find((p) => p.includes('table:target-range-address="Sheet5.A3:Sheet5.G9"'))!;
    expect(sheet5).toContain('table:cell-range-address="Sheet1.A1:Sheet1.D13"');
    expect(sheet5).toMatch(/table:source-field-name="Category"[^>]*table:orientation="row"/);
    expect(sheet5).toMatch(/table:source-field-name="Year"[^>]*table:orientation="column"/);
    expect(sheet5).toMatch(/table:source-field-name="Revenue"[^>]*table:orientation="data"[^>]*table:function="sum"/);
    expect(sheet5).toContain('table:grand-total="none"');
  });

  it('come back to XLSX as the same pivot tables', async () => {
    const book = (await read(corpus('xlsx', 'poi-WithChartSheet.xlsx'))).document as Workbook;
    const ods = (await read(await write(book, 'ods'))).document as Workbook;
    const back = (await read(await write(ods, 'xlsx'))).document as Workbook;
    const strip = (specs: ReturnType<typeof pivotSpecsOfXlsx>['specs']): unknown[] => specs.map(({ data, ...rest }) => ({ ...rest, data: data.map(({ field, fn }) => ({ field, fn })) }));
    expect(strip(pivotSpecsOfXlsx(back).specs)).toEqual(strip(pivotSpecsOfXlsx(book).specs));
  });
});

describe('ODS data pilot tables written to XLSX', () => {
  it('become pivot tables LibreOffice finds, with the same source and fields', async () => {
    const source = corpus('ods', 'odftk-pivottable_datasource_import_xml_MSO15.ods');
    const book = (await read(source)).document as Workbook;
    const { specs, unconverted } = pivotSpecsOfOds(book);
    expect(specs.length + unconverted).toBe(32);
    expect(specs.length).toBeGreaterThan(0);
    const first = specs.find((s) => s.name === 'PivotTable1')!;
    expect(first).toMatchObject({ sheet: 'Internal', source: { sheet: 'Data', range: { top: 3, left: 0, bottom: 11, right: 2 } }, rows: ['Field 2'], columns: ['Field 1'], data: [{ field: 'Field 3', fn: 'sum' }] });
    const xlsx = await write(book, 'xlsx');
    const files = unzipSync(xlsx);
    const tables = Object.keys(files).filter((n) => /^xl\/pivotTables\/[^/]+\.xml$/.test(n));
    const losses = conversionLosses(book, 'xlsx').find((d) => d.code === 'pivot-table-static');
    expect(tables.length + Number(/\d+/.exec(losses?.message ?? '0')![0])).toBe(32);
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('<pivotCaches>');
    // LibreOffice reads the written pivot tables and writes them as data pilots of its own.
    const pilots = pilotsOf(libreofficeConvert(xlsx, 'pivots.xlsx', 'fods'));
    expect(pilots).toHaveLength(tables.length);
    const table1 = pilots.find((p) => p.includes('table:name="PivotTable1"'))!;
    expect(table1).toContain('table:cell-range-address="Data.A4:Data.C12"');
    expect(table1).toMatch(/table:source-field-name="Field 2"[^>]*table:orientation="row"/);
    expect(table1).toMatch(/table:source-field-name="Field 3"[^>]*table:orientation="data"[^>]*table:function="sum"/);
  });
});

describe('pivot tables that cannot be converted', () => {
  it('keep their values and are reported', async () => {
    const book = (await read(corpus('xlsx', 'poi-WithChartSheet.xlsx'))).document as Workbook;
    // A page field showing every item has no ODF 1.3 spelling (selected-page is required).
    const withPage: Workbook = {
      ...book,
      sheets: book.sheets.map((s) => {
        if (!s.pivotTables) return s;
        const parts = s.pivotTables.parts.map((p) => {
          const xml = strFromU8(Uint8Array.from(atob(p.base64), (c) => c.charCodeAt(0)));
          const paged = xml.replace('<pivotField axis="axisCol"', '<pivotField axis="axisPage"').replace(/<colFields count="2"><field x="0"\/>/, '<colFields count="1">').replace('<dataFields', '<pageFields count="1"><pageField fld="0" hier="-1"/></pageFields><dataFields');
          return { ...p, base64: btoa(paged) };
        });
        return { ...s, pivotTables: { ...s.pivotTables, parts } };
      }),
    };
    expect(pivotSpecsOfXlsx(withPage).specs.some((s) => s.pages.length > 0)).toBe(true);
    expect(conversionLosses(withPage, 'ods').map((d) => d.code)).toContain('pivot-table-static');
    const ods = (await read(await write(withPage, 'ods'))).document as Workbook;
    expect(ods.sheets.find((s) => s.name === 'Sheet5')!.rows[5]![1]).toMatchObject({ value: 889017 });
    expect(conversionLosses(book, 'csv').map((d) => d.code)).toContain('pivot-table-static');
  });
});
