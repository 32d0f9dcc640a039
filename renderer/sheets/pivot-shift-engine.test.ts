/**
 * Rows inserted and deleted in the sheets editor move the kept pivot tables of a real workbook
 * (the parts of oxpt-QuarterlySales.xlsx and the data pilots of an ODS written by Microsoft
 * Office, taken from the corpus files), in one undo step.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { WorkbookEngine } from './workbook-engine.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
const KEY = 'gpl-v3';

function entries(file: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(readFileSync(path.join(CORPUS, file))));
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/** A workbook holding the pivot table and cache parts of the corpus file, around a few cells. */
function xlsxBook(): Workbook {
  const zip = entries('xlsx/oxpt-QuarterlySales.xlsx');
  const table = { name: 'xl/pivotTables/pivotTable1.xml', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml', base64: base64(zip['xl/pivotTables/pivotTable1.xml']!) };
  // The cache, pointed at a range of the first sheet (the file's own names a defined name).
  const cacheXml = strFromU8(zip['xl/pivotCache/pivotCacheDefinition1.xml']!).replace(/<worksheetSource [^>]*\/>/, '<worksheetSource ref="A1:C4" sheet="Données"/>');
  const cache = { name: 'xl/pivotCache/pivotCacheDefinition1.xml', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml', base64: base64(new TextEncoder().encode(cacheXml)) };
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets: [
      sheetFromGrid('Données', [[{ value: 'Région' }], [{ value: 'Nord' }], [{ value: 'Sud' }], [{ value: 'Est' }]]),
      { ...sheetFromGrid('Pivot', [[null], [null], [{ value: 'Somme' }]]), pivotTables: { format: 'xlsx', parts: [{ ...table, rels: [{ id: 'rId1', type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition', target: cache.name }] }] } },
    ],
    pivotCaches: { format: 'xlsx', caches: [{ cacheId: '1', part: cache.name }], parts: [cache] },
  };
}

function text(b64: string): string {
  return Buffer.from(b64, 'base64').toString('utf8');
}

describe('pivot tables in the sheets editor', () => {
  it('inserting rows above an XLSX pivot table moves its location; undo moves it back', () => {
    const engine = WorkbookEngine.fromWorkbook(xlsxBook(), KEY);
    engine.insert(1, 'rows', 0, 2);
    const after = engine.toWorkbook({});
    expect(text(after.sheets[1]!.pivotTables!.parts[0]!.base64)).toContain('<location ref="A5:D10"');
    engine.undo();
    expect(text(engine.toWorkbook({}).sheets[1]!.pivotTables!.parts[0]!.base64)).toContain('<location ref="A3:D8"');
  });

  it('rows inserted inside the source range widen it; deleting rows of the output drops the table', () => {
    const engine = WorkbookEngine.fromWorkbook(xlsxBook(), KEY);
    engine.insert(0, 'rows', 2, 3);
    const wider = engine.toWorkbook({});
    expect(text(wider.pivotCaches!.parts[0]!.base64)).toContain('<worksheetSource ref="A1:C7" sheet="Données"/>');
    engine.undo();
    expect(text(engine.toWorkbook({}).pivotCaches!.parts[0]!.base64)).toContain('<worksheetSource ref="A1:C4" sheet="Données"/>');
    engine.remove(1, 'rows', 4, 2);
    expect(engine.toWorkbook({}).sheets[1]!.pivotTables).toBeUndefined();
  });

  it('ODS data pilots follow rows inserted on their sheets', () => {
    const content = strFromU8(entries('ods/odftk-pivottable_datasource_import_xml_MSO15.ods')['content.xml']!);
    const xml = /<table:data-pilot-tables>[\s\S]*<\/table:data-pilot-tables>/.exec(content)![0];
    const count = (xml.match(/<table:data-pilot-table /g) ?? []).length;
    const book: Workbook = { ...xlsxBook(), pivotCaches: undefined, sheets: [sheetFromGrid('Data', [[{ value: 1 }]]), sheetFromGrid('Internal', [[{ value: 2 }]])], dataPilots: { format: 'ods', xml, count } };
    const engine = WorkbookEngine.fromWorkbook(book, KEY);
    engine.insert(0, 'rows', 0, 1);
    engine.insert(1, 'rows', 0, 2);
    const after = engine.toWorkbook({}).dataPilots!;
    expect(after.count).toBe(count);
    expect(after.xml).toContain('table:cell-range-address="Data.A5:Data.C13"');
    expect(after.xml).toContain('table:target-range-address="Internal.A12:Internal.D16"');
    expect(after.xml).toContain('table:buttons="Internal.A13 Internal.B12"');
    engine.undo();
    engine.undo();
    expect(engine.toWorkbook({}).dataPilots!.xml).toBe(xml);
  });
});
