import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartFromRange, flattenShapes, sheetFromGrid } from '@ostal/model';
import type { Chart, ChartSeries, Deck, Workbook } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';
import { ZipArchive } from '../container/zip-reader.js';
import { DEFAULT_LIMITS } from '../limits.js';

const corpus = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../../../shared/corpus/${name}`, import.meta.url)));

function lineWorkbook(series: readonly Partial<ChartSeries>[]): Workbook {
  const sheet = sheetFromGrid('Mesures', [
    [{ value: 'Jour' }, { value: 'A' }, { value: 'B' }],
    [{ value: 'lundi' }, { value: 3 }, { value: 4 }],
    [{ value: 'mardi' }, { value: 5 }, { value: 2 }],
  ]);
  const book: Workbook = { kind: 'workbook', version: 2, meta: {}, sheets: [sheet] };
  const chart = chartFromRange(book, sheet.name, { top: 0, left: 0, bottom: 2, right: 2 }, 'line');
  const withLook: Chart = { ...chart, series: chart.series.map((s, i) => ({ ...s, ...series[i] })) };
  return { ...book, sheets: [{ ...sheet, charts: [withLook] }] };
}

const styleOf = (content: string, series: number): string => {
  const name = [...content.matchAll(/<chart:series chart:style-name="([^"]+)"/g)][series]?.[1] ?? '?';
  return new RegExp(`<style:style style:name="${name}" style:family="chart">.*?</style:style>`).exec(content)?.[0] ?? '';
};

describe('chart markers and line widths', () => {
  it('reads the PPTX markers (symbol, size, automatic) and writes them as ODF symbols LibreOffice draws', async () => {
    const deck = (await read(corpus('pptx/pypptx-cht-marker-props.pptx'), { format: 'pptx' })).document as Deck;
    const bytes = await write(deck, 'odp');
    expect(odfSchemaErrors(bytes)).toEqual([]);
    const content = ZipArchive.open(bytes, DEFAULT_LIMITS).readText('Object 1/content.xml');
    // Series 1 has no c:marker in a line group with markers on: automatic; 2 and 3 a circle of 24 pt and a triangle of 36 pt.
    expect(styleOf(content, 0)).toContain('chart:symbol-type="automatic"');
    expect(styleOf(content, 1)).toContain('chart:symbol-type="named-symbol" chart:symbol-name="circle" chart:symbol-width="24pt" chart:symbol-height="24pt"');
    expect(styleOf(content, 2)).toContain('chart:symbol-name="arrow-up" chart:symbol-width="36pt"');
    // Lines as wide as Office draws them (LibreOffice's default is a hairline).
    for (const i of [0, 1, 2]) expect(styleOf(content, i)).toContain('svg:stroke-width="2.25pt"');
    const back = (await read(bytes, { format: 'odp' })).document as Deck;
    const chart = back.slides.flatMap((s) => flattenShapes(s.shapes ?? [])).flatMap((sh) => (sh.kind === 'opaque' && sh.chart ? [sh.chart] : []))[0];
    expect(chart?.series.map((s) => s.marker)).toEqual([{ symbol: 'auto' }, { symbol: 'circle', size: 24 }, { symbol: 'triangle', size: 36 }]);
  });

  it('writes a marker fill of its own and a line width, and reads them back from ods and xlsx', async () => {
    const wb = lineWorkbook([
      { color: '#1F77B4', marker: { symbol: 'diamond', size: 9, fill: '#FFCC00' }, lineWidth: 4 },
      { marker: { symbol: 'none' }, lineWidth: 0.75 },
    ]);
    const ods = await write(wb, 'ods');
    expect(odfSchemaErrors(ods)).toEqual([]);
    const content = ZipArchive.open(ods, DEFAULT_LIMITS).readText('Object 1/content.xml');
    // LibreOffice fills the symbol with the fill colour and draws the line with the stroke colour.
    expect(styleOf(content, 0)).toMatch(/chart:symbol-name="diamond" chart:symbol-width="9pt".*draw:fill-color="#FFCC00" svg:stroke-color="#1F77B4" svg:stroke-width="4pt"/);
    expect(styleOf(content, 1)).toContain('chart:symbol-type="none"');
    for (const format of ['ods', 'xlsx'] as const) {
      const bytes = format === 'ods' ? ods : await write(wb, 'xlsx');
      const series = ((await read(bytes, { format })).document as Workbook).sheets[0]!.charts![0]!.series;
      expect(series.map((s) => [s.color, s.marker, s.lineWidth])).toEqual([
        ['#1F77B4', { symbol: 'diamond', size: 9, fill: '#FFCC00' }, 4],
        // In DrawingML a line without markers is what the writer writes by default.
        [undefined, format === 'xlsx' ? undefined : { symbol: 'none' }, 0.75],
      ]);
    }
  });

  it('leaves a line without a marker of its own as before: no symbol, the default width not read back', async () => {
    const wb = lineWorkbook([{}, {}]);
    const ods = await write(wb, 'ods');
    const content = ZipArchive.open(ods, DEFAULT_LIMITS).readText('Object 1/content.xml');
    expect(styleOf(content, 0)).not.toContain('chart:symbol-type');
    const series = ((await read(ods, { format: 'ods' })).document as Workbook).sheets[0]!.charts![0]!.series;
    expect(series.map((s) => [s.marker, s.lineWidth])).toEqual([[undefined, undefined], [undefined, undefined]]);
  });

  it('places the plot area as the original manual layout: XLSX <-> ODS', async () => {
    const book = lineWorkbook([{}, {}]);
    const plotArea = { x: 0.08, y: 0.12, width: 0.62, height: 0.7 };
    const wb: Workbook = { ...book, sheets: [{ ...book.sheets[0]!, charts: [{ ...book.sheets[0]!.charts![0]!, plotArea }] }] };
    const ods = await write(wb, 'ods');
    expect(odfSchemaErrors(ods)).toEqual([]);
    const content = ZipArchive.open(ods, DEFAULT_LIMITS).readText('Object 1/content.xml');
    const size = /<chart:chart [^>]*svg:width="([\d.]+)pt" svg:height="([\d.]+)pt"/.exec(content);
    const plot = /<chart:plot-area [^>]*svg:x="([\d.]+)pt" svg:y="([\d.]+)pt" svg:width="([\d.]+)pt" svg:height="([\d.]+)pt"/.exec(content);
    expect(Number(plot?.[1]) / Number(size?.[1])).toBeCloseTo(0.08, 4);
    expect(Number(plot?.[4]) / Number(size?.[2])).toBeCloseTo(0.7, 4);
    // LibreOffice keeps the plot where it was put: its own XLSX of it has the manual layout.
    const lo = unzipSync(new Uint8Array(libreofficeConvertBytes(ods, 'trace.ods', 'xlsx')));
    const loChart = strFromU8(lo[Object.keys(lo).find((k) => /^xl\/charts\/chart\d+\.xml$/.test(k)) ?? '?'] ?? new Uint8Array());
    expect(/<c:plotArea><c:layout><c:manualLayout>.*?<\/c:manualLayout>/.exec(loChart)?.[0] ?? '').toContain('<c:x val="0.08');
    const fromOds = ((await read(ods, { format: 'ods' })).document as Workbook).sheets[0]!.charts![0]!;
    expect(fromOds.plotArea).toEqual(plotArea);
    const xlsx = await write({ ...wb, sheets: [{ ...wb.sheets[0]!, charts: [{ ...fromOds, plotArea: { ...plotArea, inner: true } }] }] }, 'xlsx');
    const part = ZipArchive.open(xlsx, DEFAULT_LIMITS).readText('xl/charts/chart1.xml');
    expect(part).toContain('<c:layoutTarget val="inner"/><c:xMode val="edge"/><c:yMode val="edge"/><c:x val="0.08"/><c:y val="0.12"/><c:w val="0.62"/><c:h val="0.7"/>');
    expect(((await read(xlsx, { format: 'xlsx' })).document as Workbook).sheets[0]!.charts![0]!.plotArea).toEqual({ ...plotArea, inner: true });
    // Without a layout of its own the plot is left to the application.
    expect(ZipArchive.open(await write(book, 'ods'), DEFAULT_LIMITS).readText('Object 1/content.xml')).toMatch(/<chart:plot-area chart:style-name="chPlot" chart:data-source-has-labels/);
  });
});
