import { describe, expect, it } from 'vitest';
import { textSchema } from '@ostal/model';
import type { Chart } from '@ostal/model';
import { NodeSelection, EditorState } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { chartFromTable, chartTable, chartTypesFor, formatChartValue, parseChartValue } from '../ui/index.js';
import { selectedChart, setChart } from './chart-data.js';
import { apply } from './test-editor-state.js';

const name = (n: number) => `Série ${String(n)}`;

const sales: Chart = {
  type: 'line',
  grouping: 'stacked',
  title: 'Ventes',
  legend: 'bottom',
  categoryAxisTitle: 'Trimestre',
  series: [
    { name: 'Nord', cachedCategories: ['T1', 'T2', 'T3'], cachedValues: [3, 5.5, null], color: '#FF0000', values: { sheet: 'Feuil1', range: { top: 1, left: 1, bottom: 3, right: 1 } }, type: 'column' },
    { cachedValues: [4, 1] },
  ],
  anchor: { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } },
};

function docWith(chart: Chart): PMNode {
  return textSchema.nodes.doc!.create(null, [textSchema.nodes.paragraph!.create(null, [textSchema.text('Voir : '), textSchema.nodes.chart!.create({ chart, width: 3657600, height: 2286000, alt: 'Ventes par trimestre' })])]);
}

function chartsOf(node: PMNode): Chart[] {
  const out: Chart[] = [];
  node.descendants((n) => {
    if (n.type.name === 'chart') out.push(n.attrs.chart as Chart);
  });
  return out;
}

describe('a chart as a table of values', () => {
  it('puts categories down and series across, padding short series with empty cells and naming unnamed ones', () => {
    expect(chartTable(sales, name)).toEqual({
      categories: ['T1', 'T2', 'T3'],
      series: [
        { name: 'Nord', values: [3, 5.5, null], color: '#FF0000' },
        { name: 'Série 2', values: [4, 1, null] },
      ],
    });
  });

  it('sets the look the dialog edits: a series colour chosen, values shown or hidden, axis titles', () => {
    const table = { categories: ['T1', 'T2', 'T3'], series: [{ name: 'Nord', values: [3, 5.5, null], color: '#FF0000' }, { name: 'Sud', values: [4, 1, null], color: '#00AA00' }] };
    const shown = chartFromTable(sales, { type: 'column', title: 'Ventes', legend: 'bottom', valueLabels: true, categoryAxisTitle: 'Trimestre', valueAxisTitle: ' k€ ' }, table);
    expect(shown.series.map((s) => s.color)).toEqual(['#FF0000', '#00AA00']);
    expect(shown.series.map((s) => s.dataLabels?.value)).toEqual([true, true]);
    expect([shown.categoryAxisTitle, shown.valueAxisTitle]).toEqual(['Trimestre', 'k€']);
    // Hidden again: labels that showed something else (the category) keep it; an emptied title goes.
    const withCategory: Chart = { ...shown, series: shown.series.map((s, i) => (i === 0 ? { ...s, dataLabels: { value: true, category: true } } : s)) };
    const hidden = chartFromTable(withCategory, { type: 'column', title: 'Ventes', legend: 'bottom', valueLabels: false, categoryAxisTitle: '', valueAxisTitle: 'k€' }, table);
    expect(hidden.series.map((s) => s.dataLabels)).toEqual([{ category: true }, undefined]);
    expect(hidden.categoryAxisTitle).toBeUndefined();
    // Unchanged, a chart showing some series' values keeps them as they are.
    const some: Chart = { ...sales, series: [{ ...sales.series[0]!, dataLabels: { value: true } }, sales.series[1]!] };
    expect(chartFromTable(some, { type: 'line', title: 'Ventes', legend: 'bottom', valueLabels: false }, chartTable(some, name)).series.map((s) => s.dataLabels?.value)).toEqual([true, undefined]);
  });

  it('makes the chart of an edited table: new values and categories, the kind changed, colours kept, cell references dropped', () => {
    const table = { categories: ['T1', 'T2', 'T3', 'T4'], series: [{ name: 'Nord', values: [3, 7, 2, 8] }, { name: 'Sud', values: [1, 2, 3, 4] }, { name: 'Est', values: [null, 1, 1, 1] }] };
    const pie = chartFromTable(sales, { type: 'pie', title: '  ', legend: 'right' }, table);
    expect(pie.type).toBe('pie');
    expect(pie.title).toBeUndefined();
    expect(pie.grouping).toBeUndefined();
    expect(pie.categoryAxisTitle).toBeUndefined();
    expect(pie.series.map((s) => [s.name, s.cachedCategories, s.cachedValues])).toEqual(table.series.map((s) => [s.name, table.categories, s.values]));
    expect(pie.series[0]!.color).toBe('#FF0000');
    expect(pie.series[0]!.values).toBeUndefined();
    // The former kind's combined-series role goes with it.
    expect(pie.series[0]!.type).toBeUndefined();
    expect(pie.anchor).toEqual(sales.anchor);

    const same = chartFromTable(sales, { type: 'line', title: 'Ventes 2026', legend: 'top' }, table);
    expect([same.title, same.legend, same.grouping, same.series[0]!.type]).toEqual(['Ventes 2026', 'top', 'stacked', 'column']);
  });

  it('offers other kinds only to charts whose series have no set roles (stock, bubble)', () => {
    expect(chartTypesFor(sales)).toContain('column');
    expect(chartTypesFor({ ...sales, type: 'stock' })).toEqual(['stock']);
  });

  it('reads numbers typed the French or English way, empty as no value, and refuses text', () => {
    expect(parseChartValue('1 234,5', 'fr')).toBe(1234.5);
    expect(parseChartValue('1\u202f234,5', 'fr')).toBe(1234.5);
    expect(parseChartValue('2.5', 'fr')).toBe(2.5);
    expect(parseChartValue('−3', 'fr')).toBe(-3);
    expect(parseChartValue('1,234.5', 'en')).toBe(1234.5);
    expect(parseChartValue('  ', 'fr')).toBeNull();
    expect(parseChartValue('douze', 'fr')).toBeUndefined();
    expect(parseChartValue('1,2,3', 'fr')).toBeUndefined();
    expect(formatChartValue(1234.5, 'fr')).toBe('1234,5');
    expect(parseChartValue(formatChartValue(1234.5, 'fr'), 'fr')).toBe(1234.5);
    expect(formatChartValue(null, 'en')).toBe('');
  });
});

describe('replacing a chart in the document', () => {
  it('is one step that keeps the chart selected and its size and alternative text', () => {
    const doc = docWith(sales);
    let pos = -1;
    doc.descendants((n, p) => {
      if (n.type.name === 'chart') pos = p;
    });
    const base = EditorState.create({ doc });
    const state = base.apply(base.tr.setSelection(NodeSelection.create(base.doc, pos)));
    expect(selectedChart(state)?.pos).toBe(pos);
    const edited = chartFromTable(sales, { type: 'column', title: 'Production', legend: 'bottom' }, { categories: ['Jan', 'Fév'], series: [{ name: 'Usine', values: [10, 20] }] });
    const next = apply(state, setChart(pos, edited));
    expect(selectedChart(next)?.pos).toBe(pos);
    expect(chartsOf(next.doc)).toEqual([edited]);
    expect(next.doc.nodeAt(pos)!.attrs.alt).toBe('Ventes par trimestre');
    expect(next.doc.nodeAt(pos)!.attrs.width).toBe(3657600);
  });
});
