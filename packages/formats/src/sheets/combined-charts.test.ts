/**
 * Combined charts (columns with a line, areas with bars...) convert between XLSX and ODS: the
 * series drawn as another kind keep it (`ChartSeries.type`), LibreOffice finding the same mix in
 * what Ostal wrote.
 */
import { chartFromRange, sheetFromGrid } from '@ostal/model';
import type { Chart, Workbook } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert, libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';

function combinedWorkbook(): Workbook {
  const sheet = sheetFromGrid('Ventes', [
    [{ value: 'Mois' }, { value: 'Montant' }, { value: 'Objectif' }],
    [{ value: 'Janvier' }, { value: 10 }, { value: 12 }],
    [{ value: 'Février' }, { value: 20 }, { value: 15 }],
    [{ value: 'Mars' }, { value: 15 }, { value: 18 }],
  ]);
  const book: Workbook = { kind: 'workbook', version: 2, meta: {}, sheets: [sheet] };
  const base = chartFromRange(book, 'Ventes', { top: 0, left: 0, bottom: 3, right: 2 }, 'column');
  const chart: Chart = { ...base, title: 'Ventes et objectif', series: base.series.map((s, i) => (i === 1 ? { ...s, type: 'line' as const, color: '#C00000' } : s)) };
  return { ...book, sheets: [{ ...sheet, charts: [chart] }] };
}

const kinds = (book: Workbook): (string | undefined)[] => book.sheets[0]!.charts![0]!.series.map((s) => s.type);

describe('combined charts', () => {
  it('are written to XLSX as one group per kind on the same axes, and read back', async () => {
    const xlsx = await write(combinedWorkbook(), 'xlsx');
    const part = Object.entries(unzipSync(xlsx)).find(([n]) => /^xl\/charts\/chart\d+\.xml$/.test(n))!;
    const xml = strFromU8(part[1]);
    expect(xml).toMatch(/<c:barChart>[\s\S]*<c:ser>[\s\S]*<\/c:barChart><c:lineChart>[\s\S]*<c:ser>[\s\S]*<\/c:lineChart>/);
    expect((xml.match(/<c:axId val="111111"\/>/g) ?? []).length).toBe(3);
    const back = (await read(xlsx)).document as Workbook;
    expect(back.sheets[0]!.charts![0]!.type).toBe('column');
    expect(kinds(back)).toEqual([undefined, 'line']);
    // LibreOffice draws the same mix: its flat ODS has a line series in a bar chart.
    const fods = libreofficeConvert(xlsx, 'combine.xlsx', 'fods');
    expect(fods).toMatch(/<chart:chart [^>]*chart:class="chart:bar"/);
    expect(fods).toMatch(/<chart:series [^>]*chart:class="chart:line"/);
  });

  it('are written to ODS with a series class, valid ODF, and LibreOffice writes them to XLSX as a combination', async () => {
    const book = combinedWorkbook();
    const ods = await write(book, 'ods');
    expect(odfSchemaErrors(ods)).toEqual([]);
    expect(odfSchemaErrors(await write(book, 'fods'), true)).toEqual([]);
    const back = (await read(ods)).document as Workbook;
    expect(kinds(back)).toEqual([undefined, 'line']);
    expect(back.sheets[0]!.charts![0]!.series[1]!.color).toBe('#C00000');
    const fromLibreOffice = unzipSync(new Uint8Array(libreofficeConvertBytes(ods, 'combine.ods', 'xlsx')));
    const chart = Object.entries(fromLibreOffice).find(([n]) => /^xl\/charts\/chart\d+\.xml$/.test(n))!;
    const xml = strFromU8(chart[1]);
    expect(xml).toContain('<c:barChart>');
    expect(xml).toContain('<c:lineChart>');
    // And Ostal reads LibreOffice's file as the same combined chart.
    const again = (await read(new Uint8Array(libreofficeConvertBytes(ods, 'combine.ods', 'xlsx')))).document as Workbook;
    expect(kinds(again)).toEqual([undefined, 'line']);
  });

  it('keep a series on the secondary axis in both formats', async () => {
    const book = combinedWorkbook();
    const chart = book.sheets[0]!.charts![0]!;
    const second: Workbook = { ...book, sheets: [{ ...book.sheets[0]!, charts: [{ ...chart, series: chart.series.map((s, i) => (i === 1 ? { ...s, secondaryAxis: true } : s)) }] }] };
    const xlsx = await write(second, 'xlsx');
    const xml = strFromU8(Object.entries(unzipSync(xlsx)).find(([n]) => /^xl\/charts\/chart\d+\.xml$/.test(n))![1]);
    expect(xml).toMatch(/<c:lineChart>[\s\S]*<c:axId val="333333"\/><c:axId val="444444"\/><\/c:lineChart>/);
    expect(xml).toMatch(/<c:valAx><c:axId val="444444"\/>[\s\S]*<c:axPos val="r"\/>/);
    const ods = await write(second, 'ods');
    expect(odfSchemaErrors(ods)).toEqual([]);
    for (const bytes of [xlsx, ods]) {
      const back = (await read(bytes)).document as Workbook;
      expect(back.sheets[0]!.charts![0]!.series.map((s) => [s.type, s.secondaryAxis])).toEqual([
        [undefined, undefined],
        ['line', true],
      ]);
    }
    // LibreOffice attaches the line to a secondary axis in both.
    expect(libreofficeConvert(xlsx, 'second.xlsx', 'fods')).toMatch(/<chart:series [^>]*chart:attached-axis="secondary-y"[^>]*chart:class="chart:line"|<chart:series [^>]*chart:class="chart:line"[^>]*chart:attached-axis="secondary-y"/);
  });
});
