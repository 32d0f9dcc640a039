import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartFromRange, formatChartRef, sheetFromGrid } from '@ostal/model';
import type { Chart, Workbook } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';
import { ZipArchive } from '../container/zip-reader.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { conversionLosses } from './sheet-conversion-losses.js';

const corpus = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../../../shared/corpus/${name}`, import.meta.url)));

function workbookWith(type: Chart['type'], extra: Partial<Chart> = {}): Workbook {
  const sheet = {
    ...sheetFromGrid('Ventes 2026', [
      [{ value: 'Mois' }, { value: 'Nord' }, { value: 'Sud' }],
      [{ value: 'Janvier' }, { value: 10 }, { value: 4 }],
      [{ value: 'Février' }, { value: 20 }, { value: 8 }],
      [{ value: 'Mars' }, { value: 15 }, { value: 6 }],
    ]),
    columns: [{ first: 0, last: 0, width: 90 }],
  };
  const book: Workbook = { kind: 'workbook', version: 2, meta: {}, sheets: [sheet] };
  const chart = { ...chartFromRange(book, sheet.name, { top: 0, left: 0, bottom: 3, right: 2 }, type), ...extra };
  return { ...book, sheets: [{ ...sheet, charts: [chart] }] };
}

const charts = (wb: Workbook): Chart[] => wb.sheets.flatMap((s) => s.charts ?? []);

describe('ODS charts', () => {
  it('writes a chart sub-document that is valid ODF and reads it back', async () => {
    const wb = workbookWith('column', { title: 'Ventes', categoryAxisTitle: 'Mois', valueAxisTitle: 'k€', grouping: 'stacked', legend: 'bottom' });
    const bytes = await write(wb, 'ods');
    const zip = ZipArchive.open(bytes, DEFAULT_LIMITS);
    expect(zip.has('Object 1/content.xml')).toBe(true);
    expect(zip.readText('META-INF/manifest.xml')).toContain('manifest:full-path="Object 1/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.chart"');
    expect(odfSchemaErrors(bytes)).toEqual([]);
    const back = charts((await read(bytes, { format: 'ods' })).document as Workbook);
    expect(back).toHaveLength(1);
    const c = back[0]!;
    expect(c).toMatchObject({ type: 'column', grouping: 'stacked', title: 'Ventes', categoryAxisTitle: 'Mois', valueAxisTitle: 'k€', legend: 'bottom' });
    expect(c.series.map((s) => s.name)).toEqual(['Nord', 'Sud']);
    expect(c.series[1]!.cachedValues).toEqual([4, 8, 6]);
    expect(formatChartRef(c.series[0]!.values!)).toBe("'Ventes 2026'!$B$2:$B$4");
    expect(c.series[0]!.cachedCategories).toEqual(['Janvier', 'Février', 'Mars']);
    // The anchor survives the conversion to absolute positions and back.
    expect(c.anchor.from).toEqual(wb.sheets[0]!.charts![0]!.anchor.from);
    expect(c.anchor.to).toEqual(wb.sheets[0]!.charts![0]!.anchor.to);
  });

  it.each(['bar', 'line', 'pie', 'area', 'scatter'] as const)('round-trips a %s chart through ods and fods', async (type) => {
    for (const format of ['ods', 'fods'] as const) {
      const bytes = await write(workbookWith(type), format);
      expect(odfSchemaErrors(bytes, format === 'fods')).toEqual([]);
      const back = charts((await read(bytes, { format })).document as Workbook);
      expect(back.map((c) => c.type)).toEqual([type]);
      expect(back[0]!.series[0]!.cachedValues).toEqual([10, 20, 15]);
    }
  });

  it('writes a scatter chart as points without a line on an unfilled wall, as LibreOffice then keeps it', async () => {
    const bytes = await write(workbookWith('scatter'), 'ods');
    const chart = ZipArchive.open(bytes, DEFAULT_LIMITS).readText('Object 1/content.xml');
    const style = /<chart:series chart:style-name="([^"]+)"/.exec(chart)?.[1] ?? '?';
    expect(chart).toMatch(new RegExp(`<style:style style:name="${style}" style:family="chart"><style:graphic-properties draw:stroke="none"/>`));
    const wall = /<chart:wall chart:style-name="([^"]+)"/.exec(chart)?.[1] ?? '?';
    expect(chart).toMatch(new RegExp(`<style:style style:name="${wall}" style:family="chart"><style:graphic-properties draw:fill="none"/>`));
    // LibreOffice's own XLSX of it: the series' line is not drawn, nor the plot area filled.
    const xlsx = unzipSync(new Uint8Array(libreofficeConvertBytes(bytes, 'nuage.ods', 'xlsx')));
    const part = Object.keys(xlsx).find((k) => /^xl\/charts\/chart\d+\.xml$/.test(k)) ?? '?';
    const xml = strFromU8(xlsx[part] ?? new Uint8Array());
    const ser = /<c:ser>[\s\S]*?<\/c:ser>/.exec(xml)?.[0] ?? '';
    expect(ser).toMatch(/<c:spPr>(?:(?!<\/c:spPr>)[\s\S])*<a:ln[^>]*>\s*<a:noFill\/>/);
    const plotArea = /<c:plotArea>[\s\S]*<\/c:plotArea>/.exec(xml)?.[0] ?? '';
    expect(plotArea.slice(plotArea.lastIndexOf('</c:valAx>'))).not.toMatch(/<a:solidFill>/);
  });

  it('writes columns without outline and light grey gridlines, as the app draws them', async () => {
    const chart = ZipArchive.open(await write(workbookWith('column'), 'ods'), DEFAULT_LIMITS).readText('Object 1/content.xml');
    const series = [...chart.matchAll(/<chart:series chart:style-name="([^"]+)"/g)].map((m) => m[1]);
    expect(series).toHaveLength(2);
    for (const name of series) expect(chart).toMatch(new RegExp(`<style:style style:name="${name ?? '?'}" style:family="chart"><style:graphic-properties draw:stroke="none"/>`));
    const grid = /<chart:grid chart:class="major" chart:style-name="([^"]+)"/.exec(chart)?.[1] ?? '?';
    expect(chart).toMatch(new RegExp(`<style:style style:name="${grid}" style:family="chart"><style:graphic-properties svg:stroke-color="#d9d9d9"/>`));
    // A line keeps its line.
    const line = ZipArchive.open(await write(workbookWith('line'), 'ods'), DEFAULT_LIMITS).readText('Object 1/content.xml');
    expect(line).not.toContain('draw:stroke="none"');
  });

  it('reads the charts of a corpus file written by another suite', async () => {
    const { document, diagnostics } = await read(corpus('ods/odftk-chart_formatting_import_xml_MSO15.ods'), { format: 'ods' });
    const wb = document as Workbook;
    const all = charts(wb);
    expect(all.length).toBeGreaterThan(10);
    const line = all.find((c) => c.type === 'line' && c.series.length === 6)!;
    expect(formatChartRef(line.series[0]!.values!)).toBe('SourceData!$B$5:$B$8');
    expect(formatChartRef(line.series[0]!.categories!)).toBe('SourceData!$A$5:$A$8');
    expect(line.series[0]!.cachedValues!.every((v) => typeof v === 'number')).toBe(true);
    expect(diagnostics.map((d) => d.code)).not.toContain('unreadable');
  });

  it('converts XLSX charts to ODS without reporting them lost, and ODS charts to XLSX', async () => {
    const xlsx = (await read(corpus('xlsx/odrtest-xlsx-sample.xlsx'), { format: 'xlsx' })).document as Workbook;
    const ods = await write(xlsx, 'ods');
    expect(odfSchemaErrors(ods)).toEqual([]);
    const fromOds = (await read(ods, { format: 'ods' })).document as Workbook;
    expect(charts(fromOds).map((c) => c.title)).toContain('Random Scatterplot');
    const simple = workbookWith('line');
    expect(conversionLosses(simple, 'xlsx')).toEqual([]);
    const again = (await read(await write((await read(await write(simple, 'ods'), { format: 'ods' })).document, 'xlsx'), { format: 'xlsx' })).document as Workbook;
    expect(charts(again)[0]!.series.map((s) => s.cachedValues)).toEqual([
      [10, 20, 15],
      [4, 8, 6],
    ]);
  });

  it('still reports a drawing that holds more than charts', async () => {
    const xlsx = (await read(corpus('xlsx/odrtest-xlsx-sample.xlsx'), { format: 'xlsx' })).document as Workbook;
    // This drawing also holds a text box: it is reported, with the charts converted.
    expect(conversionLosses(xlsx, 'ods').map((d) => d.message).join(' ')).toContain('shapes or other objects');
  });
});
