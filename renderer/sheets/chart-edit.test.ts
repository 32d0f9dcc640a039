import { describe, expect, it } from 'vitest';
import { chartFromRange, sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { CellValue, Workbook } from '@ostal/model';
import { chartSourceRange, editedChart } from './chart-edit.js';
import type { CellReader } from './sheet-charts.js';

const grid: CellValue[][] = [
  ['Mois', 'Nord', 'Sud'],
  ['Janvier', 10, 4],
  ['Février', 20, 8],
];
const book: Workbook = { kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: [sheetFromGrid('Ventes', grid.map((r) => r.map((value) => ({ value }))))] };
const reader: CellReader = { sheetNames: () => ['Ventes'], value: (_s, r, c) => grid[r]?.[c] ?? null };

describe('chart editing', () => {
  it('finds the range a chart reads and rebuilds it keeping its anchor and colours', () => {
    const chart = { ...chartFromRange(book, 'Ventes', { top: 0, left: 0, bottom: 2, right: 1 }, 'column'), anchor: { from: { row: 5, col: 0 }, to: { row: 20, col: 6 } } };
    const coloured = { ...chart, series: chart.series.map((s) => ({ ...s, color: '#112233' })) };
    expect(chartSourceRange(coloured)).toEqual({ sheet: 'Ventes', range: { top: 0, left: 0, bottom: 2, right: 1 } });
    const edited = editedChart(reader, coloured, { ref: { sheet: 'Ventes', range: { top: 0, left: 0, bottom: 2, right: 2 } }, type: 'line', title: 'Ventes', legend: 'bottom' });
    expect(edited.type).toBe('line');
    expect(edited.title).toBe('Ventes');
    expect(edited.legend).toBe('bottom');
    expect(edited.anchor).toEqual(chart.anchor);
    expect(edited.series.map((s) => s.color)).toEqual(['#112233', undefined]);
    expect(edited.series[1]?.cachedValues).toEqual([4, 8]);
  });
  it('keeps a combined chart’s line series on its secondary axis while the type stays', () => {
    const chart = chartFromRange(book, 'Ventes', { top: 0, left: 0, bottom: 2, right: 2 }, 'column');
    const combined = { ...chart, series: chart.series.map((s, i) => (i === 1 ? { ...s, type: 'line' as const, secondaryAxis: true } : s)) };
    const ref = { sheet: 'Ventes', range: { top: 0, left: 0, bottom: 2, right: 2 } };
    const retitled = editedChart(reader, combined, { ref, type: 'column', title: 'Nord et Sud', legend: 'right' });
    expect(retitled.series.map((s) => [s.type, s.secondaryAxis])).toEqual([
      [undefined, undefined],
      ['line', true],
    ]);
    const bars = editedChart(reader, combined, { ref, type: 'bar', title: '', legend: 'right' });
    expect(bars.series.every((s) => s.type === undefined && s.secondaryAxis === undefined)).toBe(true);
  });
});
