/**
 * Stock and bubble charts of workbooks: XLSX (`c:stockChart`, `c:bubbleChart`) and ODS
 * (`chart:stock`, `chart:bubble`), both ways and across, judged by LibreOffice; the corpus ODS
 * written by Excel opens with its stock charts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sheetFromGrid } from '@ostal/model';
import type { Chart, ChartRef, Workbook } from '@ostal/model';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { read, write } from '../api.js';
import { ZipArchive } from '../container/zip-reader.js';
import { DEFAULT_LIMITS } from '../limits.js';

const col = (c: number, top: number, bottom: number): ChartRef => ({ sheet: 'Cours', range: { top, left: c, bottom, right: c } });
const cell = (c: number, r: number): ChartRef => col(c, r, r);
const days = ['lun.', 'mar.', 'mer.', 'jeu.'];
const prices = {
  Ouverture: [20, 25, 30, 35],
  Haut: [50, 52, 48, 55],
  Bas: [5, 8, 10, 12],
  Clôture: [35, 20, 40, 30],
};

const stock: Chart = {
  type: 'stock',
  title: 'Cours de l’action',
  legend: 'right',
  stock: { hiLowLines: true, upDownBars: true },
  series: Object.entries(prices).map(([name, values], k) => ({ name, nameRef: cell(k + 1, 0), categories: col(0, 1, 4), values: col(k + 1, 1, 4), cachedCategories: days, cachedValues: values })),
  anchor: { from: { row: 6, col: 0 }, to: { row: 20, col: 6 } },
};

const bubble: Chart = {
  type: 'bubble',
  title: 'Marchés',
  legend: 'bottom',
  series: [
    {
      name: 'Régions',
      nameRef: cell(8, 0),
      categories: col(7, 1, 4),
      values: col(8, 1, 4),
      bubbleSizes: col(9, 1, 4),
      cachedCategories: ['1', '2', '3', '4'],
      cachedValues: [10, 30, 20, 40],
      cachedBubbleSizes: [5, 20, 10, 40],
    },
  ],
  anchor: { from: { row: 6, col: 8 }, to: { row: 20, col: 14 } },
};

function workbook(): Workbook {
  const grid = [
    ['Jour', 'Ouverture', 'Haut', 'Bas', 'Clôture', null, null, 'X', 'Régions', 'Taille'],
    ...days.map((d, i) => [d, prices.Ouverture[i]!, prices.Haut[i]!, prices.Bas[i]!, prices.Clôture[i]!, null, null, i + 1, [10, 30, 20, 40][i]!, [5, 20, 10, 40][i]!]),
  ].map((row) => row.map((v) => (v === null ? null : { value: v })));
  return { kind: 'workbook', version: 2, meta: {}, sheets: [{ ...sheetFromGrid('Cours', grid), charts: [stock, bubble] }] };
}

/** What a user sees of a chart. */
function look(c: Chart): unknown {
  return {
    type: c.type,
    title: c.title,
    stock: c.stock,
    bubbleScale: c.bubbleScale,
    series: c.series.map((s) => ({ name: s.name, values: s.cachedValues, categories: s.cachedCategories, sizes: s.cachedBubbleSizes, ranges: [s.values, s.categories, s.bubbleSizes] })),
  };
}

async function again(book: Workbook, format: 'xlsx' | 'ods'): Promise<Workbook> {
  return (await read(await write(book, format), { format })).document as Workbook;
}

const chartsOf = (book: Workbook): readonly Chart[] => book.sheets[0]?.charts ?? [];

describe('stock and bubble charts in workbooks', () => {
  it.each([
    ['xlsx', 'xlsx'],
    ['ods', 'ods'],
    ['xlsx', 'ods'],
    ['ods', 'xlsx'],
  ] as const)('%s -> %s keeps the kinds, the price order, the sizes and the stock options', async (first, second) => {
    const back = await again(await again(workbook(), first), second);
    expect(chartsOf(back).map(look)).toEqual([stock, bubble].map(look));
  });

  it('are read by LibreOffice as stock and bubble charts (XLSX -> ODS, ODS -> XLSX)', async () => {
    const odsBytes = new Uint8Array(libreofficeConvertBytes(await write(workbook(), 'xlsx'), 'cours.xlsx', 'ods'));
    const ods = ZipArchive.open(odsBytes, DEFAULT_LIMITS);
    const objects = ods
      .names()
      .filter((n) => /^Object \d+\/content\.xml$/.test(n))
      .map((n) => ods.readText(n));
    const classes = objects.map((t) => /<chart:chart [^>]*chart:class="([^"]+)"/.exec(t)?.[1]).sort();
    expect(classes).toEqual(['chart:bubble', 'chart:stock']);
    // LibreOffice's own ODS reads back to the same charts.
    const fromLibreOffice = (await read(odsBytes, { format: 'ods' })).document as Workbook;
    expect(chartsOf(fromLibreOffice).map((c) => ({ type: c.type, values: c.series.map((s) => s.cachedValues), sizes: c.series.map((s) => s.cachedBubbleSizes) }))).toEqual(
      [stock, bubble].map((c) => ({ type: c.type, values: c.series.map((s) => s.cachedValues), sizes: c.series.map((s) => s.cachedBubbleSizes) })),
    );
    const xlsx = ZipArchive.open(new Uint8Array(libreofficeConvertBytes(await write(workbook(), 'ods'), 'cours.ods', 'xlsx')), DEFAULT_LIMITS);
    const parts = xlsx
      .names()
      .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
      .map((n) => xlsx.readText(n));
    expect(parts.some((p) => p.includes('<c:stockChart>') && p.includes('<c:hiLowLines>') && p.includes('<c:upDownBars>'))).toBe(true);
    expect(parts.some((p) => p.includes('<c:bubbleChart>') && p.includes('<c:f>Cours!$J$2:$J$5</c:f>'))).toBe(true);
  }, 180_000);

  it('the corpus ODS written by Excel opens with its stock charts, high before low', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../../../../shared/corpus/ods/odftk-chart_formatting_import_xml_MSO15.ods', import.meta.url)));
    const book = (await read(bytes, { format: 'ods' })).document as Workbook;
    const stocks = book.sheets.flatMap((s) => s.charts ?? []).filter((c) => c.type === 'stock');
    expect(stocks.length).toBeGreaterThan(0);
    const first = stocks[0]!;
    expect(first.stock).toEqual({ hiLowLines: true, upDownBars: true });
    // Open 20..35, high 50, low 5, close 35..20 (the sheet's columns B, C, D, E).
    expect(first.series.map((s) => s.cachedValues?.[0])).toEqual([20, 50, 5, 35]);
  });
});
