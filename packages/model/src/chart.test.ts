import { describe, expect, it } from 'vitest';
import { chartFromRange, formatChartRef, parseChartRef, refreshChartCache, renameChartSheet } from './chart.js';
import { sheetFromGrid } from './workbook.js';
import type { Workbook } from './workbook.js';

const book = (rows: (string | number | null)[][], name = 'Feuille 1'): Workbook => ({
  kind: 'workbook',
  version: 2,
  meta: {},
  sheets: [sheetFromGrid(name, rows.map((r) => r.map((v) => (v === null ? null : { value: v }))))],
});

describe('chart references', () => {
  it('formats and parses sheet-qualified absolute ranges', () => {
    const ref = { sheet: 'Feuille 1', range: { top: 1, left: 0, bottom: 3, right: 0 } };
    expect(formatChartRef(ref)).toBe("'Feuille 1'!$A$2:$A$4");
    expect(parseChartRef("'Feuille 1'!$A$2:$A$4")).toEqual(ref);
    expect(formatChartRef({ sheet: 'Sheet1', range: { top: 0, left: 1, bottom: 0, right: 1 } })).toBe('Sheet1!$B$1');
    expect(parseChartRef('Sheet1!B1')).toEqual({ sheet: 'Sheet1', range: { top: 0, left: 1, bottom: 0, right: 1 } });
    expect(parseChartRef("'It''s'!C3:B2")?.sheet).toBe("It's");
    expect(parseChartRef("'It''s'!C3:B2")?.range).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
  });
  it('refuses what is not one rectangle', () => {
    expect(parseChartRef('Sheet1!A:A')).toBeNull();
    expect(parseChartRef('(Sheet1!A1,Sheet1!B2)')).toBeNull();
    expect(parseChartRef('A1:B2')).toBeNull();
    expect(parseChartRef('A1:B2', 'S')).toEqual({ sheet: 'S', range: { top: 0, left: 0, bottom: 1, right: 1 } });
  });
});

describe('chartFromRange', () => {
  it('takes categories from a text first column and the series name from a text first row', () => {
    const wb = book([
      ['Mois', 'Ventes'],
      ['Janvier', 10],
      ['Février', 20],
      ['Mars', 15],
    ]);
    const chart = chartFromRange(wb, 'Feuille 1', { top: 0, left: 0, bottom: 3, right: 1 }, 'column');
    expect(chart.series).toHaveLength(1);
    const s = chart.series[0]!;
    expect(s.name).toBe('Ventes');
    expect(s.cachedCategories).toEqual(['Janvier', 'Février', 'Mars']);
    expect(s.cachedValues).toEqual([10, 20, 15]);
    expect(formatChartRef(s.values!)).toBe("'Feuille 1'!$B$2:$B$4");
    expect(chart.anchor.from).toEqual({ row: 0, col: 3 });
  });
  it('makes one series per column of numbers without labels', () => {
    const wb = book([
      [1, 4],
      [2, 5],
    ]);
    const chart = chartFromRange(wb, 'Feuille 1', { top: 0, left: 0, bottom: 1, right: 1 }, 'line');
    expect(chart.series.map((s) => s.cachedValues)).toEqual([
      [1, 2],
      [4, 5],
    ]);
    expect(chart.series[0]!.categories).toBeUndefined();
  });
  it('reads series along rows when the range is wider than tall', () => {
    const wb = book([
      ['', 'T1', 'T2', 'T3'],
      ['Nord', 1, 2, 3],
    ]);
    const chart = chartFromRange(wb, 'Feuille 1', { top: 0, left: 0, bottom: 1, right: 3 }, 'bar');
    expect(chart.series).toHaveLength(1);
    expect(chart.series[0]!.name).toBe('Nord');
    expect(chart.series[0]!.cachedCategories).toEqual(['T1', 'T2', 'T3']);
    expect(chart.series[0]!.cachedValues).toEqual([1, 2, 3]);
  });
});

describe('refreshChartCache', () => {
  it('reads values again after cells change, and follows sheet renames', () => {
    const chart = chartFromRange(book([['a', 1], ['b', 2]]), 'Feuille 1', { top: 0, left: 0, bottom: 1, right: 1 }, 'pie');
    const after = refreshChartCache(chart, book([['a', 7], ['b', 'x']]));
    expect(after.series[0]!.cachedValues).toEqual([7, null]);
    const renamed = renameChartSheet(chart, 'Feuille 1', 'Budget');
    expect(renamed.series[0]!.values!.sheet).toBe('Budget');
    expect(refreshChartCache(renamed, book([['a', 3], ['b', 4]], 'Budget')).series[0]!.cachedValues).toEqual([3, 4]);
  });
});
