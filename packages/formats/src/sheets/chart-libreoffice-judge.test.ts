/**
 * LibreOffice as the judge of the charts Ostal writes: it converts our ODS to XLSX and our XLSX
 * to ODS, and the chart must still be there with the same series ranges.
 */
import { describe, expect, it } from 'vitest';
import { chartFromRange, sheetFromGrid } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { read, write } from '../api.js';
import { ZipArchive } from '../container/zip-reader.js';
import { DEFAULT_LIMITS } from '../limits.js';

function workbook(type: 'column' | 'bar' | 'line' | 'pie'): Workbook {
  const sheet = sheetFromGrid('Ventes', [
    [{ value: 'Mois' }, { value: 'Nord' }, { value: 'Sud' }],
    [{ value: 'Janvier' }, { value: 10 }, { value: 4 }],
    [{ value: 'Février' }, { value: 20 }, { value: 8 }],
    [{ value: 'Mars' }, { value: 15 }, { value: 6 }],
  ]);
  const book: Workbook = { kind: 'workbook', version: 2, meta: {}, sheets: [sheet] };
  const chart = { ...chartFromRange(book, 'Ventes', { top: 0, left: 0, bottom: 3, right: 2 }, type), title: 'Ventes du trimestre' };
  return { ...book, sheets: [{ ...sheet, charts: [chart] }] };
}

describe('LibreOffice keeps the charts Ostal writes', () => {
  it.each(['column', 'bar', 'line', 'pie'] as const)('ODS %s chart -> LibreOffice XLSX', async (type) => {
    const xlsx = libreofficeConvertBytes(await write(workbook(type), 'ods'), 'chart.ods', 'xlsx');
    const zip = ZipArchive.open(new Uint8Array(xlsx), DEFAULT_LIMITS);
    // A LibreOffice kept running numbers its chart parts on from earlier conversions: find the part.
    const charts = zip.names().filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(1);
    const chart = zip.readText(charts[0]!);
    expect(chart).toContain('<c:f>Ventes!$B$2:$B$4</c:f>');
    expect(chart).toContain('<c:f>Ventes!$C$2:$C$4</c:f>');
    expect(chart).toContain('<c:f>Ventes!$A$2:$A$4</c:f>');
    expect(chart).toContain('Ventes du trimestre');
    expect(chart).toContain(type === 'line' ? '<c:lineChart>' : type === 'pie' ? '<c:pieChart>' : `<c:barDir val="${type === 'bar' ? 'bar' : 'col'}"/>`);
    // And Ostal reads LibreOffice's file back to the same chart.
    const back = (await read(new Uint8Array(xlsx), { format: 'xlsx' })).document as Workbook;
    expect(back.sheets[0]!.charts![0]!.type).toBe(type);
    expect(back.sheets[0]!.charts![0]!.series[0]!.cachedValues).toEqual([10, 20, 15]);
  });

  it('XLSX chart -> LibreOffice ODS', async () => {
    const ods = libreofficeConvertBytes(await write(workbook('column'), 'xlsx'), 'chart.xlsx', 'ods');
    const zip = ZipArchive.open(new Uint8Array(ods), DEFAULT_LIMITS);
    const objects = zip.names().filter((n) => /^Object \d+\/content\.xml$/.test(n));
    expect(objects).toHaveLength(1);
    const chart = zip.readText(objects[0]!);
    expect(chart).toContain('chart:class="chart:bar"');
    expect(chart).toMatch(/chart:values-cell-range-address="Ventes\.\$?B\$?2:(?:Ventes)?\.\$?B\$?4"/);
    const back = (await read(new Uint8Array(ods), { format: 'ods' })).document as Workbook;
    expect(back.sheets[0]!.charts![0]!.series.map((s) => s.name)).toEqual(['Nord', 'Sud']);
  });
});
