/**
 * ODS date styles in "automatic order" (ODF 1.3 Part 3, 19.340 `number:automatic-order`): the
 * day, month and year show in the order of the reader's language. Kept as the model's
 * `dateOrder: 'automatic'` and written back, so LibreOffice shows Ostal's file as the original.
 */
import type { Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { libreofficeSheetsCsv } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';
import { conversionLosses } from '../conversion-losses.js';
import { ZipArchive } from '../container/zip-reader.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { ODF_MIME } from '../xml/namespaces.js';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';

/** A flat ODS with two dates: day/month/year in automatic order, and the same fixed. */
const FODS = new TextEncoder().encode(
  `<?xml version="1.0" encoding="UTF-8"?><office:document ${NS} office:version="1.3" office:mimetype="${ODF_MIME.ods}"><office:automatic-styles>` +
    '<number:date-style style:name="N37" number:automatic-order="true"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year/></number:date-style>' +
    '<number:date-style style:name="N38"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year/></number:date-style>' +
    '<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N37"/><style:style style:name="ce2" style:family="table-cell" style:data-style-name="N38"/>' +
    '</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="Dates"><table:table-row>' +
    '<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="1975-05-07"><text:p>05/07/75</text:p></table:table-cell>' +
    '<table:table-cell table:style-name="ce2" office:value-type="date" office:date-value="1975-05-07"><text:p>07/05/75</text:p></table:table-cell>' +
    '</table:table-row></table:table></office:spreadsheet></office:body></office:document>',
);

describe('ODS date order "automatic"', () => {
  it('is read as dateOrder, beside the parts in the order the file wrote them', async () => {
    const book = (await read(FODS)).document as Workbook;
    const [a, b] = book.sheets[0]!.rows[0]!;
    expect(book.styles?.[a!.style!]).toEqual({ numberFormat: 'dd/mm/yy', dateOrder: 'automatic' });
    expect(book.styles?.[b!.style!]).toEqual({ numberFormat: 'dd/mm/yy' });
  });

  it('is written back to ODS and FODS (valid ODF), and LibreOffice shows the dates as in the original', async () => {
    const book = (await read(FODS)).document as Workbook;
    const ods = await write(book, 'ods');
    const content = ZipArchive.open(ods, DEFAULT_LIMITS).readText('content.xml');
    expect(content).toMatch(/<number:date-style style:name="N1" number:automatic-order="true">/);
    expect(content).toMatch(/<number:date-style style:name="N2">/);
    expect(odfSchemaErrors(ods)).toEqual([]);
    const fods = await write(book, 'fods');
    expect(odfSchemaErrors(fods, true)).toEqual([]);
    const original = libreofficeSheetsCsv(FODS, 'dates.fods');
    expect(libreofficeSheetsCsv(ods, 'dates.ods')).toBe(original);
    expect(libreofficeSheetsCsv(fods, 'dates.fods')).toBe(original);
  }, 300_000); // two jing runs and three LibreOffice conversions

  it('leaves XLSX the parts in the order the file wrote them', async () => {
    const book = (await read(FODS)).document as Workbook;
    const xlsx = ZipArchive.open(await write(book, 'xlsx'), DEFAULT_LIMITS).readText('xl/styles.xml');
    expect(xlsx).toContain('formatCode="dd/mm/yy"');
    // …and says so before the conversion.
    expect(conversionLosses(book, 'xlsx').map((d) => d.code)).toEqual(['date-order-fixed']);
    expect(conversionLosses(book, 'ods').map((d) => d.code)).toEqual([]);
  });
});
