import { describe, expect, it } from 'vitest';
import type { Chart } from './chart.js';
import { chartSig, keptChartParts } from './text-chart-schema.js';
import { textDocumentFromNode, textDocumentToNode } from './text-document.js';
import { textSchema } from './text-schema.js';

const chart: Chart = {
  type: 'column',
  title: 'Ventes',
  series: [{ name: '2025', cachedCategories: ['T1', 'T2'], cachedValues: [3, null] }],
  anchor: { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } },
};
const source = { family: 'ooxml' as const, parts: [{ path: 'word/charts/chart1.xml', type: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml', data: btoa('<c:chartSpace/>') }], sig: chartSig(chart) };

function docWith(attrs: Record<string, unknown>) {
  const s = textSchema;
  return s.nodes.doc!.create(null, [s.nodes.paragraph!.create(null, [s.text('Avant '), s.nodes.chart!.create(attrs)])]);
}

describe('text charts', () => {
  it('survive a JSON round trip with their size, placement and kept parts', () => {
    const doc = docWith({ chart, width: 5486400, height: 3200400, alt: 'Ventes par trimestre', placement: 'anchored', x: 12700, wrap: 'square', source });
    const stored = JSON.parse(JSON.stringify(textDocumentFromNode(doc))) as ReturnType<typeof textDocumentFromNode>;
    const back = textDocumentToNode(stored);
    expect(back.eq(doc)).toBe(true);
    const node = back.firstChild!.child(1);
    expect(node.attrs.chart).toEqual(chart);
    expect(keptChartParts(node.attrs)).toEqual(source.parts);
  });

  it('drop their kept parts from writing once the chart is edited', () => {
    const edited: Chart = { ...chart, series: [{ ...chart.series[0]!, cachedValues: [4, null] }] };
    expect(keptChartParts({ chart: edited, source })).toBeNull();
    expect(keptChartParts({ chart, source: null })).toBeNull();
  });

  it('give kept parts only to the family they were read from', () => {
    const odf = { ...source, family: 'odf' as const };
    expect(() => docWith({ chart, source: odf }).check()).not.toThrow();
    expect(keptChartParts({ chart, source: odf })).toBeNull();
    expect(keptChartParts({ chart, source: odf }, 'odf')).toEqual(source.parts);
    expect(keptChartParts({ chart, source }, 'odf')).toBeNull();
  });

  it('refuse what is not a chart', () => {
    expect(() => docWith({ chart: { type: 'gauge', series: [] } }).check()).toThrow(RangeError);
    expect(() => docWith({ chart, source: { family: 'ooxml', parts: 'x', sig: '' } }).check()).toThrow(RangeError);
  });
});
