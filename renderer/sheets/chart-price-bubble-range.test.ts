import { describe, expect, it } from 'vitest';
import { stockRoles } from '@ostal/model';
import type { CellValue } from '@ostal/model';
import { editedChart } from './chart-edit.js';
import { rangeProblem } from './chart-price-bubble-range.js';
import { newChart, parseRangeInput, refreshFromCells } from './sheet-charts.js';
import type { CellReader } from './sheet-charts.js';

function reader(grid: CellValue[][]): CellReader & { grid: CellValue[][] } {
  return { grid, sheetNames: () => ['Cours'], value: (_s, r, c) => grid[r]?.[c] ?? null };
}

const prices = (): CellValue[][] => [
  ['Jour', 'Ouverture', 'Haut', 'Bas', 'Clôture'],
  ['Lundi', 10, 14, 9, 12],
  ['Mardi', 12, 15, 11, 11],
  ['Mercredi', 11, 13, 8, 13],
];

describe('stock and bubble charts from a range', () => {
  it('reads open, high, low and close columns after the categories, with boxes', () => {
    const r = reader(prices());
    const chart = newChart(r, parseRangeInput('A1:E4', 'Cours')!, 'stock', '');
    expect(chart.type).toBe('stock');
    expect(chart.series.map((s) => s.name)).toEqual(['Ouverture', 'Haut', 'Bas', 'Clôture']);
    expect(chart.series[0]!.cachedCategories).toEqual(['Lundi', 'Mardi', 'Mercredi']);
    const roles = stockRoles(chart);
    expect(roles.open?.cachedValues).toEqual([10, 12, 11]);
    expect(roles.high?.cachedValues).toEqual([14, 15, 13]);
    expect(roles.low?.cachedValues).toEqual([9, 11, 8]);
    expect(roles.close?.cachedValues).toEqual([12, 11, 13]);
    expect(chart.stock).toEqual({ hiLowLines: true, upDownBars: true });
  });

  it('reads high-low-close from three value columns, without boxes', () => {
    // C is the first column: it gives the categories, so only D and E remain: too few.
    expect(rangeProblem('stock', parseRangeInput('C1:E4', 'Cours')!.range)).toBe('stockColumns');
    const hlc = reader(prices().map((row) => [row[0]!, ...row.slice(2)]));
    const three = newChart(hlc, parseRangeInput('A1:D4', 'Cours')!, 'stock', 'Cours');
    expect(three.series.map((s) => s.name)).toEqual(['Haut', 'Bas', 'Clôture']);
    expect(stockRoles(three).open).toBeUndefined();
    expect(stockRoles(three).low?.cachedValues).toEqual([9, 11, 8]);
    expect(three.stock).toEqual({ hiLowLines: true, upDownBars: false });
    expect(three.title).toBe('Cours');
  });

  it('refuses ranges without the columns the kind needs', () => {
    const range = (text: string) => parseRangeInput(text, 'Cours')!.range;
    expect(rangeProblem('stock', range('A1:C4'))).toBe('stockColumns');
    expect(rangeProblem('stock', range('A1:F4'))).toBe('stockColumns');
    expect(rangeProblem('stock', range('A1:D4'))).toBeNull();
    expect(rangeProblem('bubble', range('A1:B4'))).toBe('bubbleColumns');
    expect(rangeProblem('bubble', range('A1:D4'))).toBe('bubbleColumns');
    expect(rangeProblem('bubble', range('A1:E4'))).toBeNull();
    expect(rangeProblem('column', range('A1:A4'))).toBeNull();
  });

  it('reads bubble series as X, then Y and size per series, and follows size edits', () => {
    const r = reader([
      ['X', 'Ventes', 'Clients', 'Marge', 'Stock'],
      [1, 10, 3, 5, 7],
      [2, 20, 6, 4, 2],
    ]);
    const chart = newChart(r, parseRangeInput('A1:E3', 'Cours')!, 'bubble', '');
    expect(chart.series.map((s) => s.name)).toEqual(['Ventes', 'Marge']);
    expect(chart.series[0]!.cachedCategories).toEqual(['1', '2']);
    expect(chart.series[0]!.cachedValues).toEqual([10, 20]);
    expect(chart.series[0]!.cachedBubbleSizes).toEqual([3, 6]);
    expect(chart.series[1]!.cachedBubbleSizes).toEqual([7, 2]);
    r.grid[1]![2] = 9;
    expect(refreshFromCells(chart, r).series[0]!.cachedBubbleSizes).toEqual([9, 6]);
  });

  it('changes a column chart to a stock chart, keeping its anchor, and back', () => {
    const r = reader(prices());
    const ref = parseRangeInput('A1:E4', 'Cours')!;
    const column = { ...newChart(r, ref, 'column', ''), anchor: { from: { row: 8, col: 1 }, to: { row: 20, col: 7 } } };
    const stock = editedChart(r, column, { ref, type: 'stock', title: 'Semaine', legend: 'bottom' });
    expect(stock.type).toBe('stock');
    expect(stock.stock?.upDownBars).toBe(true);
    expect(stock.anchor).toEqual(column.anchor);
    expect(stock.series).toHaveLength(4);
    const back = editedChart(r, stock, { ref, type: 'line', title: 'Semaine', legend: 'bottom' });
    expect(back.stock).toBeUndefined();
    expect(back.type).toBe('line');
  });
});
