/**
 * The options the chart dialog sets, saved and read again in XLSX and ODS, and judged by
 * LibreOffice: a column series on the secondary axis, a stock chart without high-low lines or
 * without boxes, a bubble chart's size scale and negative bubbles (XLSX only: ODF 1.3 has no
 * form for them, which the conversion notice says).
 */
import { sheetFromGrid } from '@ostal/model';
import type { Chart, ChartRef, Workbook } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';
import { conversionLosses } from '../conversion-losses.js';

const col = (c: number, top: number, bottom: number): ChartRef => ({ sheet: 'Cours', range: { top, left: c, bottom, right: c } });
const days = ['lun.', 'mar.', 'mer.', 'jeu.'];
const prices = { Ouverture: [20, 25, 30, 35], Haut: [50, 52, 48, 55], Bas: [5, 8, 10, 12], Clôture: [35, 20, 40, 30] };
const anchor = { from: { row: 6, col: 0 }, to: { row: 20, col: 6 } };

const stock = (options: { hiLowLines: boolean; upDownBars: boolean }): Chart => ({
  type: 'stock',
  legend: 'right',
  stock: options,
  series: Object.values(prices).map((values, k) => ({ name: Object.keys(prices)[k], categories: col(0, 1, 4), values: col(k + 1, 1, 4), cachedCategories: days, cachedValues: values })),
  anchor,
});

const columns: Chart = {
  type: 'column',
  legend: 'right',
  series: [
    { name: 'Ouverture', categories: col(0, 1, 4), values: col(1, 1, 4), cachedCategories: days, cachedValues: prices.Ouverture },
    { name: 'Haut', categories: col(0, 1, 4), values: col(2, 1, 4), cachedCategories: days, cachedValues: prices.Haut, secondaryAxis: true },
  ],
  anchor,
};

const bubble: Chart = {
  type: 'bubble',
  legend: 'bottom',
  bubbleScale: 150,
  showNegativeBubbles: true,
  series: [{ name: 'Régions', categories: col(1, 1, 4), values: col(2, 1, 4), bubbleSizes: col(3, 1, 4), cachedCategories: ['20', '25', '30', '35'], cachedValues: prices.Haut, cachedBubbleSizes: [5, -8, 10, 12] }],
  anchor,
};

function book(chart: Chart): Workbook {
  const grid = [['Jour', ...Object.keys(prices)], ...days.map((d, i) => [d, ...Object.values(prices).map((v) => v[i]!)])].map((row) => row.map((v) => ({ value: v })));
  return { kind: 'workbook', version: 2, meta: {}, sheets: [{ ...sheetFromGrid('Cours', grid), charts: [chart] }] };
}

async function again(chart: Chart, format: 'xlsx' | 'ods'): Promise<Chart> {
  const back = (await read(await write(book(chart), format), { format })).document as Workbook;
  return back.sheets[0]!.charts![0]!;
}

const chartOf = async (bytes: Uint8Array, format: 'xlsx' | 'ods'): Promise<Chart> => ((await read(bytes, { format })).document as Workbook).sheets[0]!.charts![0]!;

describe('chart dialog options in files', () => {
  it.each(['xlsx', 'ods'] as const)('%s keeps a column series on the secondary axis and a stock chart’s marks', async (format) => {
    expect((await again(columns, format)).series.map((s) => s.secondaryAxis)).toEqual([undefined, true]);
    for (const options of [
      { hiLowLines: false, upDownBars: true },
      { hiLowLines: true, upDownBars: false },
      { hiLowLines: false, upDownBars: false },
    ])
      expect((await again(stock(options), format)).stock).toEqual(options);
  });

  it('writes a stock chart without high-low lines as valid ODF', async () => {
    const ods = await write(book(stock({ hiLowLines: false, upDownBars: false })), 'ods');
    expect(odfSchemaErrors(ods)).toEqual([]);
  });

  it('XLSX keeps the bubble scale and the negative bubbles; ODS says it cannot', async () => {
    const back = await again(bubble, 'xlsx');
    expect([back.bubbleScale, back.showNegativeBubbles]).toEqual([150, true]);
    const plain = await again({ ...bubble, bubbleScale: undefined, showNegativeBubbles: undefined }, 'xlsx');
    expect([plain.bubbleScale, plain.showNegativeBubbles]).toEqual([undefined, undefined]);
    const codes = (format: 'ods' | 'fods' | 'xlsx', chart: Chart) => conversionLosses(book(chart), format).map((d) => d.code);
    expect(codes('ods', bubble)).toContain('chart-bubble-options-dropped');
    expect(codes('fods', { ...bubble, bubbleScale: undefined })).toContain('chart-bubble-options-dropped');
    expect(codes('xlsx', bubble)).not.toContain('chart-bubble-options-dropped');
    expect(codes('ods', { ...bubble, bubbleScale: undefined, showNegativeBubbles: undefined })).not.toContain('chart-bubble-options-dropped');
  });

  it('LibreOffice finds the options in what Ostal writes, and Ostal in what LibreOffice writes', async () => {
    // XLSX -> LibreOffice ODS -> Ostal: the secondary axis and the stock marks are still off / on.
    const viaOds = async (chart: Chart) => chartOf(new Uint8Array(libreofficeConvertBytes(await write(book(chart), 'xlsx'), 'options.xlsx', 'ods')), 'ods');
    expect((await viaOds(columns)).series.map((s) => s.secondaryAxis)).toEqual([undefined, true]);
    expect((await viaOds(stock({ hiLowLines: false, upDownBars: true }))).stock).toEqual({ hiLowLines: false, upDownBars: true });
    expect((await viaOds(stock({ hiLowLines: true, upDownBars: false }))).stock).toEqual({ hiLowLines: true, upDownBars: false });
    // ODS -> LibreOffice XLSX: the boxes, and no visible high-low lines.
    const xlsx = libreofficeConvertBytes(await write(book(stock({ hiLowLines: false, upDownBars: true })), 'ods'), 'options.ods', 'xlsx');
    const part = strFromU8(Object.entries(unzipSync(new Uint8Array(xlsx))).find(([n]) => /^xl\/charts\/chart\d+\.xml$/.test(n))![1]);
    expect(part).toContain('<c:upDownBars>');
    // LibreOffice writes its hidden range line as high-low lines without a line: Ostal reads them as off.
    expect(part).toMatch(/<c:hiLowLines><c:spPr>.*<a:ln[^>]*><a:noFill\/><\/a:ln><\/c:spPr><\/c:hiLowLines>/);
    expect((await chartOf(new Uint8Array(xlsx), 'xlsx')).stock).toEqual({ hiLowLines: false, upDownBars: true });
  }, 240_000);
});
