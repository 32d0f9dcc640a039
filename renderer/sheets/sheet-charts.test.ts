import { describe, expect, it } from 'vitest';
import type { CellValue } from '@ostal/model';
import { currentRegion, newChart, parseRangeInput, rangeText, refreshFromCells } from './sheet-charts.js';
import type { CellReader } from './sheet-charts.js';

function reader(grid: CellValue[][], names = ['Feuille1']): CellReader & { grid: CellValue[][] } {
  return { grid, sheetNames: () => names, value: (_s, r, c) => grid[r]?.[c] ?? null };
}

describe('sheet charts', () => {
  it('finds the block of filled cells around the cursor', () => {
    const r = reader([
      ['Mois', 'Ventes', null, null],
      ['Jan', 10, 'x', null, 'far'],
      ['Fév', 20],
      ['Mar', 15],
    ]);
    // C2 touches the block and joins it; E2 is past an empty column.
    expect(rangeText(currentRegion(r, 0, 2, 1))).toBe('A1:C4');
    const alone = reader([['Mois', 'Ventes'], ['Jan', 10], ['Fév', 20], ['Mar', 15]]);
    expect(rangeText(currentRegion(alone, 0, 0, 0))).toBe('A1:B4');
  });
  it('builds a chart from a typed range and follows cell edits', () => {
    const r = reader([['Mois', 'Ventes'], ['Jan', 10], ['Fév', 20], ['Mar', 15]]);
    const ref = parseRangeInput('A1:B4', 'Feuille1')!;
    const chart = newChart(r, ref, 'column', ' Trimestre ');
    expect(chart.title).toBe('Trimestre');
    expect(chart.series[0]!.name).toBe('Ventes');
    expect(chart.series[0]!.cachedValues).toEqual([10, 20, 15]);
    r.grid[2]![1] = 42;
    expect(refreshFromCells(chart, r).series[0]!.cachedValues).toEqual([10, 42, 15]);
    expect(parseRangeInput('A1:', 'Feuille1')).toBeNull();
  });
});
