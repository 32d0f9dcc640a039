/** Axis labels of slide charts: shown unless the source hides them, in the ODP and PPTX Ostal writes, judged by LibreOffice. */
import type { Chart, ChartAxisHidden, Deck, DeckShape } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficePdfText } from '../../../../test/support/libreoffice.js';
import { read, write } from '../api.js';
import { chartOfPart } from './pptx-charts.js';

const NO_ANCHOR: Chart['anchor'] = { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } };

function column(categories: string[], hidden: { category?: ChartAxisHidden; value?: ChartAxisHidden } = {}): Chart {
  return {
    type: 'column',
    legend: 'none',
    ...(hidden.category ? { categoryAxisHidden: hidden.category } : {}),
    ...(hidden.value ? { valueAxisHidden: hidden.value } : {}),
    series: [{ name: 'Ventes', cachedCategories: categories, cachedValues: [12, 30, 4] }],
    anchor: NO_ANCHOR,
  };
}

const frame = (id: number, chart: Chart): DeckShape => ({ kind: 'opaque', id, what: 'chart', name: `Graphique ${String(id)}`, xfrm: { x: 1_000_000, y: 1_000_000, cx: 8_000_000, cy: 4_800_000 }, chart });

function deckOf(...charts: Chart[]): Deck {
  return {
    kind: 'deck',
    version: 2,
    meta: {},
    size: { cx: 12_192_000, cy: 6_858_000 },
    slides: charts.map((c, i) => ({ id: `s${String(i)}`, title: '', body: [], notes: '', shapes: [frame(i + 2, c)] })),
  };
}

function hiddenOf(d: Deck): [ChartAxisHidden | undefined, ChartAxisHidden | undefined][] {
  return d.slides.flatMap((s) => (s.shapes ?? []).flatMap((x) => (x.kind === 'opaque' && x.chart ? [[x.chart.categoryAxisHidden, x.chart.valueAxisHidden] as [ChartAxisHidden | undefined, ChartAxisHidden | undefined]] : [])));
}

async function again(d: Deck, format: 'pptx' | 'odp'): Promise<Deck> {
  return (await read(await write(d, format), { format })).document as Deck;
}

/** The XML of every part of `bytes` whose name matches. */
function parts(bytes: Uint8Array, name: RegExp): string[] {
  const files = unzipSync(bytes);
  return Object.keys(files).filter((n) => name.test(n)).sort().map((n) => strFromU8(files[n]!));
}

const cats = ['Nord', 'Sud', 'Ouest'];
const mixed = deckOf(column(cats), column(cats, { category: 'axis', value: 'labels' }), column(cats, { category: 'labels', value: 'axis' }));

describe('axis labels of slide charts', () => {
  it('ODP axis styles say whether the labels show (LibreOffice hides them otherwise)', async () => {
    const odp = await write(mixed, 'odp');
    const objects = parts(odp, /^Object \d+\/content\.xml$/);
    expect(objects).toHaveLength(3);
    const axisStyle = (xml: string, name: string): string => /<style:style style:name="([^"]+)"[^>]*><style:chart-properties([^>]*)\/>/.exec(xml.slice(xml.indexOf(`style:name="${name}"`) - 20))?.[2] ?? '';
    const shown = objects[0]!;
    expect(shown).toMatch(/<chart:axis chart:dimension="x" chart:name="primary-x" chart:style-name="chAxisX">/);
    expect(shown).toMatch(/<chart:axis chart:dimension="y" chart:name="primary-y" chart:style-name="chAxisY">/);
    expect(axisStyle(shown, 'chAxisX')).toBe(' chart:display-label="true"');
    expect(axisStyle(shown, 'chAxisY')).toBe(' chart:display-label="true"');
    expect(axisStyle(objects[1]!, 'chAxisX')).toBe(' chart:display-label="false" chart:visible="false"');
    expect(axisStyle(objects[1]!, 'chAxisY')).toBe(' chart:display-label="false"');
    expect(axisStyle(objects[2]!, 'chAxisX')).toBe(' chart:display-label="false"');
    expect(axisStyle(objects[2]!, 'chAxisY')).toBe(' chart:display-label="false" chart:visible="false"');
  });

  it('PPTX axes are deleted (c:delete) or without labels (c:tickLblPos none) as the model says', async () => {
    // One chart part per slide (named by a hash, so compared in sorted order).
    const charts = parts(await write(mixed, 'pptx'), /^ppt\/charts\/[^/]+\.xml$/).map((xml) =>
      [...xml.matchAll(/<c:(catAx|valAx)>[\s\S]*?<c:delete val="(\d)"\/>[\s\S]*?<c:tickLblPos val="(\w+)"\/>/g)].map((m) => `${m[1]!} ${m[2]!} ${m[3]!}`).join(', '),
    );
    expect(charts.sort()).toEqual(['catAx 0 nextTo, valAx 0 nextTo', 'catAx 0 none, valAx 1 nextTo', 'catAx 1 nextTo, valAx 0 none']);
  });

  it('hidden axes and labels survive PPTX and ODP round trips, both ways', async () => {
    const expected = hiddenOf(mixed);
    expect(expected).toEqual([[undefined, undefined], ['axis', 'labels'], ['labels', 'axis']]);
    expect(hiddenOf(await again(mixed, 'pptx'))).toEqual(expected);
    expect(hiddenOf(await again(mixed, 'odp'))).toEqual(expected);
    expect(hiddenOf(await again(await again(await again(mixed, 'pptx'), 'odp'), 'pptx'))).toEqual(expected);
    expect(hiddenOf(await again(await again(await again(mixed, 'odp'), 'pptx'), 'odp'))).toEqual(expected);
  });

  it('reads DrawingML axes: c:delete without val deletes, c:tickLblPos none hides the labels, absent elements hide nothing', () => {
    const part = (cat: string, valAxis: string) =>
      chartOfPart(
        {
          path: 'ppt/charts/chart1.xml',
          data: new TextEncoder().encode(
            `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart><c:barDir val="col"/><c:ser><c:idx val="0"/><c:val><c:numLit><c:ptCount val="1"/><c:pt idx="0"><c:v>1</c:v></c:pt></c:numLit></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/>${cat}<c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/>${valAxis}<c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
          ),
        },
        64,
      );
    const hidden = (c: Chart | null | undefined) => [c?.categoryAxisHidden, c?.valueAxisHidden];
    expect(hidden(part('<c:delete/>', '<c:delete val="0"/><c:tickLblPos val="none"/>'))).toEqual(['axis', 'labels']);
    expect(hidden(part('<c:delete val="true"/>', '<c:tickLblPos val="low"/>'))).toEqual(['axis', undefined]);
    expect(hidden(part('', ''))).toEqual([undefined, undefined]);
  });

  it('an ODF axis without a style reads as showing its labels', async () => {
    const odp = unzipSync(await write(deckOf(column(cats)), 'odp'));
    const name = Object.keys(odp).find((n) => /^Object \d+\/content\.xml$/.test(n))!;
    odp[name] = new TextEncoder().encode(strFromU8(odp[name]!).replace(/ chart:style-name="chAxis[XY]"/g, ''));
    const { zipSync } = await import('fflate');
    expect(hiddenOf((await read(zipSync(odp), { format: 'odp' })).document as Deck)).toEqual([[undefined, undefined]]);
  });

  it('LibreOffice draws the category and value labels of the ODP charts Ostal writes, and not hidden ones', async () => {
    const pages = libreofficePdfText(await write(deckOf(column(cats), column(['Alpha', 'Beta', 'Gamma'], { category: 'labels', value: 'axis' })), 'odp'), 'axes.odp').split('\f');
    for (const c of cats) expect(pages[0]).toContain(c);
    expect(pages[0]).toMatch(/\b10\b[\s\S]*\b0\b/);
    expect(pages[1]).not.toMatch(/Alpha|Beta|Gamma|\d/);
  });
});
