import { describe, expect, it } from 'vitest';
import { chartFromRange, sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { CellValue, Chart, Workbook } from '@ostal/model';
import { DEFAULT_CHART_OPTIONS, chartOptionsOf, clampBubbleScale, withChartOptions } from './chart-options.js';

const grid: CellValue[][] = [
  ['Jour', 'Ouverture', 'Haut', 'Bas', 'Clôture'],
  ['lun.', 20, 50, 5, 35],
  ['mar.', 25, 52, 8, 20],
  ['mer.', 30, 48, 10, 40],
  ['jeu.', 35, 55, 12, 30],
  ['ven.', 30, 45, 15, 25],
];
const book: Workbook = { kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: [sheetFromGrid('Cours', grid.map((r) => r.map((value) => ({ value }))))] };
const chart = (type: Chart['type'], right = 4): Chart => chartFromRange(book, 'Cours', { top: 0, left: 0, bottom: 5, right }, type);

describe('chart dialog options', () => {
  it('puts the chosen series on the secondary axis, and takes them off again', () => {
    const on = withChartOptions(chart('column'), { ...DEFAULT_CHART_OPTIONS, secondary: [false, true, false, true] });
    expect(on.series.map((s) => s.secondaryAxis)).toEqual([undefined, true, undefined, true]);
    expect(chartOptionsOf(on).secondary).toEqual([false, true, false, true]);
    const off = withChartOptions(on, { ...chartOptionsOf(on), secondary: [false, false, false, false] });
    expect(off.series.some((s) => 'secondaryAxis' in s)).toBe(false);
  });

  it('keeps one series on the primary axis and offers the secondary axis to columns, bars and lines only', () => {
    expect(withChartOptions(chart('line', 2), { ...DEFAULT_CHART_OPTIONS, secondary: [true, true] }).series.map((s) => s.secondaryAxis)).toEqual([undefined, undefined]);
    expect(withChartOptions(chart('bar', 2), { ...DEFAULT_CHART_OPTIONS, secondary: [false, true] }).series.map((s) => s.secondaryAxis)).toEqual([undefined, true]);
    expect(withChartOptions(chart('pie', 2), { ...DEFAULT_CHART_OPTIONS, secondary: [false, true] }).series.map((s) => s.secondaryAxis)).toEqual([undefined, undefined]);
  });

  it('sets what a stock chart draws; boxes only with an open series', () => {
    const stock = withChartOptions(chart('stock'), { ...DEFAULT_CHART_OPTIONS, hiLowLines: false, upDownBars: true });
    expect(stock.stock).toEqual({ hiLowLines: false, upDownBars: true });
    const three = chartFromRange(book, 'Cours', { top: 0, left: 0, bottom: 5, right: 3 }, 'stock');
    expect(withChartOptions(three, DEFAULT_CHART_OPTIONS).stock).toEqual({ hiLowLines: true, upDownBars: false });
    // A chart without its own stock options starts from what is drawn by default.
    expect(chartOptionsOf(three)).toMatchObject({ hiLowLines: true, upDownBars: false });
    expect(withChartOptions(chart('column'), { ...DEFAULT_CHART_OPTIONS, hiLowLines: false }).stock).toBeUndefined();
  });

  it('sets a bubble chart’s scale (0 to 300 %, 100 left out) and negative bubbles', () => {
    const bubble = chartFromRange(book, 'Cours', { top: 0, left: 1, bottom: 5, right: 3 }, 'bubble');
    const set = withChartOptions(bubble, { ...DEFAULT_CHART_OPTIONS, bubbleScale: 450, showNegativeBubbles: true });
    expect([set.bubbleScale, set.showNegativeBubbles]).toEqual([300, true]);
    expect(chartOptionsOf(set)).toMatchObject({ bubbleScale: 300, showNegativeBubbles: true });
    const back = withChartOptions(set, DEFAULT_CHART_OPTIONS);
    expect('bubbleScale' in back || 'showNegativeBubbles' in back).toBe(false);
    expect([clampBubbleScale(-5), clampBubbleScale(Number.NaN), clampBubbleScale(72.4)]).toEqual([0, 100, 72]);
    expect(withChartOptions(chart('line'), { ...DEFAULT_CHART_OPTIONS, bubbleScale: 50 }).bubbleScale).toBeUndefined();
  });

  it('draws chosen series as another kind (a combined chart), and back as the chart’s own', () => {
    const combined = withChartOptions(chart('column', 3), { ...DEFAULT_CHART_OPTIONS, kinds: [undefined, 'line', 'area'] });
    expect(combined.series.map((s) => s.type)).toEqual([undefined, 'line', 'area']);
    expect(chartOptionsOf(combined).kinds).toEqual([undefined, 'line', 'area']);
    // The chart's own kind is no kind of its own; nor is a kind the chart's kind cannot mix with.
    const plain = withChartOptions(combined, { ...chartOptionsOf(combined), kinds: ['column', undefined, undefined] });
    expect(plain.series.some((s) => 'type' in s)).toBe(false);
    expect(withChartOptions(chart('pie', 2), { ...DEFAULT_CHART_OPTIONS, kinds: [undefined, 'line'] }).series.some((s) => 'type' in s)).toBe(false);
    expect(withChartOptions(chart('line', 2), { ...DEFAULT_CHART_OPTIONS, kinds: ['bar', 'column'] }).series.map((s) => s.type)).toEqual([undefined, 'column']);
  });

  it('sets series colours (#RRGGBB, upper case), the palette again when cleared, none for pies', () => {
    const coloured = withChartOptions(chart('line', 2), { ...DEFAULT_CHART_OPTIONS, colors: ['#c00000', 'rouge'] });
    expect(coloured.series.map((s) => s.color)).toEqual(['#C00000', undefined]);
    expect(chartOptionsOf(coloured).colors).toEqual(['#C00000', undefined]);
    expect(withChartOptions(coloured, DEFAULT_CHART_OPTIONS).series.some((s) => 'color' in s)).toBe(false);
    expect(withChartOptions(chart('pie', 1), { ...DEFAULT_CHART_OPTIONS, colors: ['#C00000'] }).series[0]!.color).toBeUndefined();
  });

  it('titles the axes of kinds that have axes (trimmed; empty: no title)', () => {
    const titled = withChartOptions(chart('column', 2), { ...DEFAULT_CHART_OPTIONS, categoryAxisTitle: ' Jours ', valueAxisTitle: 'Euros' });
    expect([titled.categoryAxisTitle, titled.valueAxisTitle]).toEqual(['Jours', 'Euros']);
    expect(chartOptionsOf(titled)).toMatchObject({ categoryAxisTitle: 'Jours', valueAxisTitle: 'Euros' });
    const cleared = withChartOptions(titled, { ...chartOptionsOf(titled), categoryAxisTitle: '  ', valueAxisTitle: '' });
    expect('categoryAxisTitle' in cleared || 'valueAxisTitle' in cleared).toBe(false);
    expect(withChartOptions(chart('pie', 1), { ...DEFAULT_CHART_OPTIONS, valueAxisTitle: 'Euros' }).valueAxisTitle).toBeUndefined();
  });
});
