/**
 * The corpus spreadsheets that hold charts: the charts the model can express are read, and they
 * survive a conversion to the other format (ODS output valid ODF, embedded charts included).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Chart, Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus');

/** Corpus files with charts of kinds the model has (MANIFEST.tsv `objects-charts`, xlsx files with chart parts; Strict OOXML too). */
const WITH_CHARTS = [
  'ods/odftk-chart_bitmaps_import_xml_MSO15.ods',
  'ods/odftk-chart_embeddedshapes_import_xml_MSO15.ods',
  'ods/odftk-chart_formatting_import_xml_MSO15.ods',
  'ods/odftk-chart_positioning_import_xml_MSO15.ods',
  'ods/odftk-drawing_import_xml_MSO15.ods',
  'xlsx/odrtest-xlsx-sample.xlsx',
  'xlsx/oxsdk-Complex01.xlsx',
  'xlsx/poi-simple-monthly-budget.xlsx',
  'xlsx/poi-45544.xlsx',
  'xlsx/oxsdk-3D_Bar-O12-XL-Charts.xlsx',
  'ods/sheetjs-BlankSheetTypes.ods',
];

const charts = (wb: Workbook): Chart[] => wb.sheets.flatMap((s) => s.charts ?? []);

describe('corpus charts', () => {
  it.each(WITH_CHARTS)('%s: charts read and converted', async (file) => {
    const format = file.endsWith('.ods') ? 'ods' : 'xlsx';
    const other = format === 'ods' ? 'xlsx' : 'ods';
    const wb = (await read(new Uint8Array(readFileSync(path.join(CORPUS, file))), { format })).document as Workbook;
    const found = charts(wb);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) {
      expect(c.anchor.to.row).toBeGreaterThanOrEqual(c.anchor.from.row);
      expect(c.anchor.to.col).toBeGreaterThanOrEqual(c.anchor.from.col);
    }
    const out = await write(wb, other);
    if (other === 'ods') expect(odfSchemaErrors(out)).toEqual([]);
    const back = charts((await read(out, { format: other })).document as Workbook);
    expect(back.map((c) => [c.type, c.title, c.series.length])).toEqual(found.map((c) => [c.type, c.title, c.series.length]));
    // Same-format round trip keeps them too.
    const same = charts((await read(await write(wb, format), { format })).document as Workbook);
    expect(same).toHaveLength(found.length);
  });

  it('reads the charts of the files that have some the model can express', async () => {
    let total = 0;
    for (const file of WITH_CHARTS) {
      const format = file.endsWith('.ods') ? 'ods' : 'xlsx';
      total += charts((await read(new Uint8Array(readFileSync(path.join(CORPUS, file))), { format })).document as Workbook).length;
    }
    expect(total).toBeGreaterThan(50);
  });
});
