/**
 * References to other workbooks (ECMA-376 Part 1, 18.14 external links; ODF 1.3 Part 4, 5.8 and
 * Part 3, 9.2.13 cache tables): read from both formats into `Workbook.externalLinks`, written to
 * both, formulas and the other workbook's last values kept.
 */
import { WORKBOOK_VERSION, sheetFromGrid } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';
import { ODF_MIME } from '../xml/namespaces.js';

const A = 'file:///D:/data/Sales 2024.xlsx';
const B = "file:///D:/data/It's.xls";

function linkedWorkbook(): Workbook {
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets: [
      sheetFromGrid('Report', [
        [{ value: 10, formula: '=[1]Sheet1!$A$7' }, { value: 'Text', formula: '=[1]Sheet1!$B$7' }, { value: true, formula: '=[1]Sheet1!C7' }],
        [{ value: { error: '#DIV/0!' }, formula: '=[1]Sheet1!$D$7' }, { value: 5, formula: '=SUM([1]Sheet1!$A$11:$B$11)' }, { value: 2, formula: "='[2]Other sheet'!B2*2" }],
      ]),
    ],
    externalLinks: [
      {
        target: A,
        sheets: [
          {
            name: 'Sheet1',
            cells: [
              { row: 6, col: 0, value: 10 },
              { row: 6, col: 1, value: 'Text' },
              { row: 6, col: 2, value: true },
              { row: 6, col: 3, value: { error: '#DIV/0!' } },
              { row: 10, col: 0, value: 2 },
              { row: 10, col: 1, value: 3 },
            ],
          },
          { name: 'Sheet2', cells: [] },
        ],
      },
      { target: B, sheets: [{ name: 'Other sheet', cells: [{ row: 1, col: 1, value: 1 }] }] },
    ],
  };
}

describe.each(['xlsx', 'ods', 'fods'] as const)('external links through %s', (format) => {
  it('keep their targets, sheets, last values and the formulas naming them', async () => {
    const wb = linkedWorkbook();
    const back = (await read(await write(wb, format))).document;
    expect(back).toEqual(wb);
  });
});

describe('external links across formats', () => {
  it('xlsx -> ods -> xlsx keeps them', async () => {
    const viaXlsx = (await read(await write(linkedWorkbook(), 'xlsx'))).document;
    const viaOds = (await read(await write(viaXlsx, 'ods'))).document;
    expect((await read(await write(viaOds, 'xlsx'))).document).toEqual(linkedWorkbook());
  });

  it('writes ODF references with the other workbook and hidden cache tables, valid ODF 1.3', async () => {
    const bytes = await write(linkedWorkbook(), 'ods');
    expect(odfSchemaErrors(bytes)).toEqual([]);
    const content = strFromU8(unzipSync(bytes)['content.xml']!);
    expect(content).toContain(`table:formula="of:=['file:///D:/data/Sales 2024.xlsx'#$Sheet1.$A$7]"`);
    expect(content).toContain(`table:formula="of:=['file:///D:/data/It''s.xls'#$'Other sheet'.B2]*2"`);
    expect(content).toContain(`<table:table table:name="'file:///D:/data/Sales 2024.xlsx'#Sheet1" table:style-name="taExternal"><table:table-source xlink:type="simple" xlink:href="file:///D:/data/Sales 2024.xlsx" table:table-name="Sheet1" table:mode="copy-results-only"/>`);
  });

  it('writes a defined name over another workbook\'s range as an expression, the range address having no form for it', async () => {
    const named: Workbook = { ...linkedWorkbook(), names: [{ name: 'annees', formula: '[1]Sheet1!$A$11:$B$11' }, { name: 'ici', formula: 'Report!$A$1:$B$2' }] };
    const bytes = await write(named, 'ods');
    expect(odfSchemaErrors(bytes)).toEqual([]);
    const content = strFromU8(unzipSync(bytes)['content.xml']!);
    expect(content).toContain(`<table:named-expression table:name="annees" table:expression="of:=['file:///D:/data/Sales 2024.xlsx'#$Sheet1.$A$11:.$B$11]"`);
    expect(content).toContain('<table:named-range table:name="ici" table:cell-range-address="$Report.$A$1:.$B$2"');
    expect((await read(bytes)).document).toMatchObject({ names: named.names });
  });

  it('writes XLSX external link parts with the target as an external relationship', async () => {
    const files = unzipSync(await write(linkedWorkbook(), 'xlsx'));
    expect(strFromU8(files['xl/workbook.xml']!)).toMatch(/<externalReferences><externalReference r:id="rIdExt1"\/><externalReference r:id="rIdExt2"\/><\/externalReferences><calcPr/);
    const link = strFromU8(files['xl/externalLinks/externalLink1.xml']!);
    expect(link).toContain('<sheetNames><sheetName val="Sheet1"/><sheetName val="Sheet2"/></sheetNames>');
    expect(link).toContain('<row r="7"><cell r="A7"><v>10</v></cell><cell r="B7" t="str"><v>Text</v></cell><cell r="C7" t="b"><v>1</v></cell><cell r="D7" t="e"><v>#DIV/0!</v></cell></row>');
    expect(strFromU8(files['xl/externalLinks/_rels/externalLink1.xml.rels']!)).toContain(`Target="${A}" TargetMode="External"`);
    expect(strFromU8(files['[Content_Types].xml']!)).toContain('spreadsheetml.externalLink+xml');
  });
});

describe('ODS tables that are not sheets', () => {
  it('reads the tables of DDE links as no sheet', async () => {
    const ns =
      'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
    const dde =
      '<table:dde-links><table:dde-link><office:dde-source office:dde-application="excel" office:dde-topic="X:\\[a.xlsx]Sheet1" office:dde-item="R7C1"/>' +
      '<table:table><table:table-column/><table:table-row><table:table-cell office:value-type="float" office:value="10"/></table:table-row></table:table></table:dde-link></table:dde-links>';
    const fods = `<?xml version="1.0" encoding="UTF-8"?><office:document ${ns} office:version="1.3" office:mimetype="${ODF_MIME.ods}"><office:body><office:spreadsheet><table:table table:name="T"><table:table-row><table:table-cell office:value-type="float" office:value="1"/></table:table-row></table:table>${dde}</office:spreadsheet></office:body></office:document>`;
    const book = (await read(new TextEncoder().encode(fods))).document as Workbook;
    expect(book.sheets.map((s) => s.name)).toEqual(['T']);
  });
});
