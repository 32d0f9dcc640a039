import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartFromRange, flattenShapes, sheetFromGrid } from '@ostal/model';
import type { Chart, ChartSeries, Deck, Workbook } from '@ostal/model';
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
});
