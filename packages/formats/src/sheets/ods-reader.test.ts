/** ODS/FODS reader details (ODF 1.3 Part 3, 9.1 tables, 19.385 value types, 6.1.2 white space). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { read, write } from '../api.js';
import { conversionLosses } from './sheet-conversion-losses.js';
import { FormatError } from '../errors.js';
import { writeOdfPackage } from '../odf/odf-package-writer.js';
import { ODF_MIME } from '../xml/namespaces.js';
import { durationText } from './ods-reader.js';

const ROOT_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" ' +
  'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/"';

function fods(tables: string, meta = ''): Uint8Array {
  return new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8"?><office:document ${ROOT_NS} office:version="1.3" office:mimetype="${ODF_MIME.ods}">` +
      `<office:meta>${meta}</office:meta><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document>`,
  );
}

async function sheets(bytes: Uint8Array): Promise<Workbook['sheets']> {
  return ((await read(bytes)).document as Workbook).sheets;
}

describe('ods reader', () => {
  it('reads every value type', async () => {
    const row =
      '<table:table-row>' +
      '<table:table-cell office:value-type="float" office:value="1.5"><text:p>1,5</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25 %</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="currency" office:currency="EUR" office:value="9.99"><text:p>9,99 €</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="date" office:date-value="2024-01-15"><text:p>15/01/2024</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="time" office:time-value="PT12H30M05S"><text:p>12:30</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>VRAI</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="string"><text:p>a</text:p><text:p>b<text:s text:c="2"/>c<text:tab/>d<text:line-break/>e</text:p></table:table-cell>' +
      '<table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>' +
      '</table:table-row>';
    expect((await sheets(fods(`<table:table table:name="T">${row}</table:table>`)))[0]!.rows).toEqual([
      [
        { value: 1.5 },
        { value: 0.25 },
        { value: 9.99 },
        { value: 45306, style: 1 },
        { value: (12 * 3600 + 30 * 60 + 5) / 86400, style: 2 },
        { value: true },
        { value: 'a\nb  c\td\ne' },
        { value: { error: '#DIV/0!' }, formula: '=1/0' },
      ],
    ]);
  });

  it('reads the results of formulas without value type only from the attributes that state them', async () => {
    // As in odftk-34619.ods: text alone is no result (LibreOffice computes those formulas again).
    const row =
      '<table:table-row>' +
      '<table:table-cell table:formula="of:=(2)"><text:p>2</text:p></table:table-cell>' +
      '<table:table-cell office:string-value="OK" table:formula="of:=IF([.A1]=2;&quot;OK&quot;;&quot;no&quot;)"/>' +
      '<table:table-cell office:boolean-value="false" table:formula="of:=FALSE()"><text:p>FALSE</text:p></table:table-cell>' +
      '<table:table-cell office:string-value="" table:formula="of:=convert_add(1)"><text:p>#NAME?</text:p></table:table-cell>' +
      '<table:table-cell><text:p>0.25</text:p></table:table-cell>' +
      '</table:table-row>';
    expect((await sheets(fods(`<table:table table:name="T">${row}</table:table>`)))[0]!.rows).toEqual([
      [
        { value: null, formula: '=(2)' },
        { value: 'OK', formula: '=IF(A1=2,"OK","no")' },
        { value: false, formula: '=FALSE' },
        { value: { error: '#NAME?' }, formula: '=convert_add(1)' },
        { value: '0.25' },
      ],
    ]);
  });

  it('reads dates and times as day numbers shown through a date or time format', async () => {
    const row =
      '<table:table-row>' +
      '<table:table-cell office:value-type="date" office:date-value="1900-03-01"/>' +
      '<table:table-cell office:value-type="date" office:date-value="2003-12-30T12:00:00"/>' +
      '<table:table-cell office:value-type="time" office:time-value="PT26H33M12S"/>' +
      '</table:table-row>';
    const book = (await read(fods(`<table:table table:name="T">${row}</table:table>`))).document as Workbook;
    const cells = book.sheets[0]!.rows[0]!;
    expect(cells.map((c) => c?.value)).toEqual([61, 37985.5, (26 * 3600 + 33 * 60 + 12) / 86400]);
    expect(cells.map((c) => book.styles?.[c!.style!]?.numberFormat)).toEqual(['yyyy-mm-dd', 'yyyy-mm-dd hh:mm:ss', '[h]:mm:ss']);
  });

  it('collapses white space, and skips annotations and drawings', async () => {
    const cell =
      '<table:table-cell office:value-type="string"><office:annotation><text:p>comment</text:p></office:annotation>' +
      '<text:p>  one \n  <text:span>two</text:span>  </text:p><draw:frame><draw:text-box><text:p>shape</text:p></draw:text-box></draw:frame></table:table-cell>';
    // ODF 1.3 Part 3, 6.1.2 drops a space at a paragraph's start or after another one, not a last one.
    expect((await sheets(fods(`<table:table table:name="T"><table:table-row>${cell}</table:table-row></table:table>`)))[0]!.rows).toEqual([[{ value: 'one two ' }]]);
  });

  it('keeps a text\'s last space, as LibreOffice shows it', async () => {
    const cell = '<table:table-cell office:value-type="string"><text:p>Berater </text:p></table:table-cell>';
    const back = await sheets(await write({ kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: await sheets(fods(`<table:table table:name="T"><table:table-row>${cell}</table:table-row></table:table>`)) }, 'xlsx'));
    expect(back[0]!.rows).toEqual([[{ value: 'Berater ' }]]);
  });

  it('expands repeated content, skips empty repeats, reads covered cells', async () => {
    const t =
      '<table:table table:name="T"><table:table-column table:number-columns-repeated="1024"/>' +
      '<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="2" office:value-type="float" office:value="7"/>' +
      '<table:table-cell table:number-columns-repeated="16000"/></table:table-row>' +
      '<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>' +
      '</table:table><table:table table:name="U"><table:table-row><table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>m</text:p></table:table-cell>' +
      '<table:covered-table-cell office:value-type="float" office:value="3"/></table:table-row>' +
      '<table:table-row table:number-rows-repeated="3"><table:table-cell/></table:table-row><table:table-row><table:table-cell table:number-columns-repeated="3"/><table:table-cell office:value-type="float" office:value="1"/></table:table-row></table:table>';
    const [a, b] = await sheets(fods(t));
    expect(a!.rows).toEqual([
      [{ value: 7 }, { value: 7 }],
      [{ value: 7 }, { value: 7 }],
    ]);
    expect(b!.rows).toEqual([[{ value: 'm' }, { value: 3 }], null, null, null, [null, null, null, { value: 1 }]]);
  });

  it('translates formulas', async () => {
    const t =
      '<table:table table:name="T"><table:table-row><table:table-cell table:formula="of:=SUM([.A2:.A3];[$\'Other sheet\'.B1])" office:value-type="float" office:value="6"/></table:table-row></table:table>';
    expect((await sheets(fods(t)))[0]!.rows).toEqual([[{ value: 6, formula: "=SUM(A2:A3,'Other sheet'!B1)" }]]);
  });

  it('reads metadata', async () => {
    const doc = (await read(fods('<table:table table:name="T"/>', '<dc:title>Titre</dc:title><dc:creator>Anne</dc:creator>'))).document as Workbook;
    expect(doc.meta).toEqual({ title: 'Titre', creator: 'Anne' });
  });

  it('counts repeated content against maxCells', async () => {
    const t = '<table:table table:name="T"><table:table-row table:number-rows-repeated="100"><table:table-cell table:number-columns-repeated="100" office:value-type="float" office:value="1"/></table:table-row></table:table>';
    const err = await read(fods(t), { limits: { maxCells: 5000 } }).catch((e: unknown) => e);
    expect((err as FormatError).reason).toBe('limit-exceeded');
    expect((await sheets(fods(t)))[0]!.rows).toHaveLength(100);
  });

  it('refuses the repeated-cells bomb without materialising it (calamine issue 594)', async () => {
    const bytes = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../../../../shared/corpus/hostile/calamine-issue_594_dos.ods')));
    const err = await read(bytes).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FormatError);
    expect((err as FormatError).reason).toBe('limit-exceeded');
  });

  it('reads a zipped package the same way', async () => {
    const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ROOT_NS} office:version="1.3"><office:body><office:spreadsheet><table:table table:name="Z"><table:table-row><table:table-cell office:value-type="float" office:value="2"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
    expect(await sheets(writeOdfPackage(ODF_MIME.ods, [{ name: 'content.xml', data: content }]))).toEqual([{ name: 'Z', rows: [[{ value: 2 }]] }]);
  });

  it('reads the error results Microsoft Office writes as 0 showing the code', async () => {
    const row =
      '<table:table-row><table:table-cell office:value-type="float" office:value="0" table:formula="of:=0/0"><text:p>#DIV/0!</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="float" office:value="0" table:formula="of:=NA()"><text:p>#N/A</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="float" office:value="0" table:formula="of:=1-1"><text:p>0</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="float" office:value="0"><text:p>#N/A</text:p></table:table-cell></table:table-row>';
    expect((await sheets(fods(`<table:table table:name="T">${row}</table:table>`)))[0]!.rows[0]).toEqual([
      { value: { error: '#DIV/0!' }, formula: '=0/0' },
      { value: { error: '#N/A' }, formula: '=NA()' },
      { value: 0, formula: '=1-1' },
      { value: 0 },
    ]);
  });

  it('reads the error results LibreOffice writes in other languages and as numbered errors', async () => {
    const err = (formula: string, shown: string): string =>
      `<table:table-cell table:formula="${formula}" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>${shown}</text:p></table:table-cell>`;
    const row =
      '<table:table-row>' +
      err('of:=NA()', '#NV') +
      err('of:=&quot;a&quot;+1', '#WERT!') +
      err('of:=YEARFRAC(1;2;-1)', 'Err:502') +
      err('of:=1/0', 'Err:532') +
      err('of:=1', 'Err:523') +
      err('of:=X()', 'Quatsch') +
      // Without calcext (older files): a formula's shown code is its error, other cells' is text.
      '<table:table-cell table:formula="of:=NA()"><text:p>#NV</text:p></table:table-cell>' +
      '<table:table-cell><text:p>#NV</text:p></table:table-cell>' +
      '<table:table-cell><text:p>Err:502</text:p></table:table-cell>' +
      '</table:table-row>';
    const cells = (await sheets(fods(`<table:table table:name="T">${row}</table:table>`)))[0]!.rows[0]!;
    expect(cells.map((c) => c?.value)).toEqual([
      { error: '#N/A' },
      { error: '#VALUE!' },
      { error: '#VALUE!' },
      { error: '#DIV/0!' },
      { error: '#ERROR!' },
      { error: '#ERROR!' },
      { error: '#N/A' },
      '#NV',
      'Err:502',
    ]);
  });

  it('keeps the pivot tables of an ODS (table:data-pilot-tables) for ODS, and reports them elsewhere', async () => {
    const pilots =
      '<table:data-pilot-tables><table:data-pilot-table table:name="Pivot" table:target-range-address="T.D1:T.E3" xmlns:x="urn:x" x:extra="1"><table:source-cell-range table:cell-range-address="T.A1:T.B3"/>' +
      '<table:data-pilot-field table:source-field-name="a" table:orientation="row"><table:data-pilot-level table:show-empty="false"/></table:data-pilot-field>' +
      '<table:data-pilot-field table:source-field-name="b" table:orientation="data" table:function="sum"/><x:ext/></table:data-pilot-table></table:data-pilot-tables>';
    const result = await read(fods(`<table:table table:name="T"><table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell></table:table-row></table:table>${pilots}`));
    expect(result.diagnostics.map((d) => d.code)).toContain('pivot-table-kept');
    const book = result.document as Workbook;
    expect(book.dataPilots?.count).toBe(1);
    expect(book.dataPilots?.xml).toBe(
      '<table:data-pilot-tables><table:data-pilot-table table:name="Pivot" table:target-range-address="T.D1:T.E3"><table:source-cell-range table:cell-range-address="T.A1:T.B3"/>' +
        '<table:data-pilot-field table:source-field-name="a" table:orientation="row"><table:data-pilot-level table:show-empty="false"/></table:data-pilot-field>' +
        '<table:data-pilot-field table:source-field-name="b" table:orientation="data" table:function="sum"/></table:data-pilot-table></table:data-pilot-tables>',
    );
    for (const format of ['ods', 'fods'] as const) expect(((await read(await write(book, format))).document as Workbook).dataPilots).toEqual(book.dataPilots);
    expect(conversionLosses(book, 'xlsx').map((d) => d.code)).toEqual(['pivot-table-static']);
    expect(conversionLosses(book, 'ods')).toEqual([]);
  });

  it('formats durations', () => {
    expect(durationText('PT36H05M00.5S')).toBe('36:05:00.5');
    expect(durationText('P1DT1H')).toBe('25:00:00');
  });
});
