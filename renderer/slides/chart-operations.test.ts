import { describe, expect, it } from 'vitest';
import { emptyDeck } from '@ostal/model';
import type { Chart, Deck } from '@ostal/model';
import { chartFromTable, chartTable, sampleChartData } from '../ui/index.js';
import { insertSlideChart, isChartShape, newChartFrame, setSlideChart } from './chart-operations.js';
import { editableShapes, insertShape } from './shape-operations.js';
import { slideOfLayout } from './slide-factory.js';
import { record, startHistory, undo } from './slides-history.js';

const NO_ANCHOR: Chart['anchor'] = { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } };
const sales: Chart = {
  type: 'column',
  title: 'Ventes',
  series: [{ name: 'Nord', nameRef: { sheet: 'Feuil1', range: { top: 0, left: 1, bottom: 0, right: 1 } }, cachedCategories: ['T1', 'T2'], cachedValues: [3, 5], color: '#336699', values: { sheet: 'Feuil1', range: { top: 1, left: 1, bottom: 2, right: 1 } } }],
  anchor: NO_ANCHOR,
};

/** A deck whose slide holds a PPTX chart frame with its kept parts and fallback picture, and a rectangle. */
function deckWithChart(): { deck: Deck; id: number } {
  const base: Deck = { ...emptyDeck(), slides: [slideOfLayout(emptyDeck(), { builtIn: 'titleOnly' })] };
  const source = { format: 'pptx' as const, xml: '<p:graphicFrame/>', rels: { rId2: { type: 'chart', path: 'ppt/charts/chart1.xml' } }, parts: [{ path: 'ppt/charts/chart1.xml', type: 'chart', data: new Uint8Array([60]) }] };
  const r = insertShape(base, 0, (id) => ({ kind: 'opaque', what: 'chart', id, name: 'Graphique 3', description: 'Ventes par trimestre', xfrm: { x: 10, y: 20, cx: 3000, cy: 2000 }, fallback: 'image1.png', source, chart: sales }));
  return { deck: r.deck, id: r.id };
}

const edit = (chart: Chart, values: number[]) => chartFromTable(chart, { type: chart.type, title: chart.title ?? '', legend: chart.legend ?? 'right' }, { ...chartTable(chart, String), series: [{ name: 'Nord', values }] });

describe('charts of a slide', () => {
  it('replaces an edited chart, keeping its PPTX parts for the writer to patch but dropping its fallback picture (it shows the former values)', () => {
    const { deck, id } = deckWithChart();
    const next = setSlideChart(deck, 0, id, edit(sales, [3, 8]));
    const shape = editableShapes(next.slides[0]!).find((s) => s.id === id)!;
    expect(isChartShape(shape)).toBe(true);
    if (!isChartShape(shape)) return;
    expect(shape.chart.series[0]!.cachedValues).toEqual([3, 8]);
    expect(shape.chart.series[0]!.values).toBeUndefined();
    expect(shape.chart.series[0]!.color).toBe('#336699');
    expect(shape.source?.parts?.map((p) => p.path)).toEqual(['ppt/charts/chart1.xml']);
    expect(shape.fallback).toBeUndefined();
    expect([shape.name, shape.description, shape.xfrm]).toEqual(['Graphique 3', 'Ventes par trimestre', { x: 10, y: 20, cx: 3000, cy: 2000 }]);
    // The other slides are the same objects.
    expect(next.slides.length).toBe(deck.slides.length);
  });

  it('drops the kept sub-document of an edited ODP chart: nothing patches it', () => {
    const { deck, id } = deckWithChart();
    const odp = { format: 'odp' as const, xml: '<draw:object/>', rels: { './Object 1': { type: 'application/vnd.oasis.opendocument.chart', path: 'Object 1' } }, parts: [] };
    const fromOdp = { ...deck, slides: deck.slides.map((slide) => ({ ...slide, shapes: (slide.shapes ?? []).map((s) => (s.id === id && s.kind === 'opaque' ? { ...s, source: odp } : s)) })) };
    const shape = editableShapes(setSlideChart(fromOdp, 0, id, edit(sales, [3, 8])).slides[0]!).find((s) => s.id === id);
    expect(isChartShape(shape) && [shape.chart.series[0]!.cachedValues, shape.source, shape.fallback]).toEqual([[3, 8], undefined, undefined]);
  });

  it('changes nothing when OK is pressed on the same values, or on a shape that is not a chart', () => {
    const { deck, id } = deckWithChart();
    expect(setSlideChart(deck, 0, id, edit(sales, [3, 5]))).toBe(deck);
    const other = editableShapes(deck.slides[0]!).find((s) => s.id !== id)!;
    expect(setSlideChart(deck, 0, other.id, edit(sales, [1, 1]))).toBe(deck);
  });

  it('is one undo step, and undoing it brings the kept parts back', () => {
    const { deck, id } = deckWithChart();
    let h = startHistory(deck);
    h = record(h, setSlideChart(deck, 0, id, edit(sales, [9, 9])), 0);
    expect(h.past.length).toBe(1);
    const back = undo(h).history.present.value;
    const shape = editableShapes(back.slides[0]!).find((s) => s.id === id);
    expect(isChartShape(shape) && shape.source?.parts?.length).toBe(1);
  });

  it('inserts a new chart centred on the slide, with a name and its values', () => {
    const { deck } = deckWithChart();
    const chart: Chart = { ...sampleChartData((n) => `Catégorie ${String(n)}`, (n) => `Série ${String(n)}`), anchor: NO_ANCHOR };
    const r = insertSlideChart(deck, 0, chart, 'Graphique');
    const shape = editableShapes(r.deck.slides[0]!).find((s) => s.id === r.id)!;
    expect(shape).toMatchObject({ kind: 'opaque', what: 'chart', name: `Graphique ${String(r.id)}`, chart });
    const frame = newChartFrame(deck);
    expect(shape.xfrm).toEqual(frame);
    expect(frame.x * 2 + frame.cx).toBe(deck.size.cx);
    expect(frame.y * 2 + frame.cy).toBeCloseTo(deck.size.cy, -1);
  });
});
