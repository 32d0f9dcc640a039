/** Data labels of slide charts (what they show, separator, percent format, position) across PPTX and ODP, judged by LibreOffice. */
import type { Chart, ChartDataLabels, Deck, DeckShape } from '@ostal/model';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';

const NO_ANCHOR: Chart['anchor'] = { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } };
const categories = ['Approuvent', 'Désapprouvent', 'Sans avis'];

const pieLabels: ChartDataLabels = { category: true, percent: true, separator: '\n', numberFormat: '0%', position: 'bestFit' };
const columnLabels: ChartDataLabels = { value: true, seriesName: true, separator: ' / ', position: 'outsideEnd' };
const charts: Chart[] = [
  { type: 'pie', title: 'Avis', legend: 'right', series: [{ name: 'Sondage', cachedCategories: categories, cachedValues: [0.37, 0.59, 0.04], dataLabels: pieLabels }], anchor: NO_ANCHOR },
  {
    type: 'column',
    legend: 'bottom',
    series: [
      { name: '2024', cachedCategories: categories, cachedValues: [12, 30, 4], dataLabels: columnLabels },
      { name: '2025', cachedCategories: categories, cachedValues: [15, 28, 3], dataLabels: { separator: '; ' } },
    ],
    anchor: NO_ANCHOR,
  },
];

const frame = (id: number, chart: Chart, x: number): DeckShape => ({ kind: 'opaque', id, what: 'chart', name: `Graphique ${String(id)}`, xfrm: { x, y: 1_500_000, cx: 4_800_000, cy: 3_600_000 }, chart });

const deck: Deck = {
  kind: 'deck',
  version: 2,
  meta: {},
  size: { cx: 12_192_000, cy: 6_858_000 },
  slides: [{ id: 's1', title: '', body: [], notes: '', shapes: charts.map((c, i) => frame(i + 2, c, 300_000 + i * 5_400_000)) }],
};

function labelsOf(d: Deck): (ChartDataLabels | undefined)[][] {
  return (d.slides[0]?.shapes ?? []).flatMap((s) => (s.kind === 'opaque' && s.chart ? [s.chart.series.map((x) => x.dataLabels)] : []));
}

const expected = charts.map((c) => c.series.map((s) => s.dataLabels));

async function again(d: Deck, format: 'pptx' | 'odp'): Promise<Deck> {
  return (await read(await write(d, format), { format })).document as Deck;
}

describe('data labels of slide charts', () => {
  it('survive PPTX and ODP round trips, and PPTX -> ODP -> PPTX', async () => {
    expect(labelsOf(await again(deck, 'pptx'))).toEqual(expected);
    const odp = await write(deck, 'odp');
    expect(odfSchemaErrors(odp)).toEqual([]);
    expect(labelsOf((await read(odp, { format: 'odp' })).document as Deck)).toEqual(expected);
    expect(labelsOf(await again(await again(await again(deck, 'pptx'), 'odp'), 'pptx'))).toEqual(expected);
  });

  it('a PPTX chart without c:separator reads with LibreOffice’s separators, and unnamed series are named', async () => {
    const noSeparator: Deck = {
      ...deck,
      slides: [{ ...deck.slides[0]!, shapes: [frame(2, { ...charts[1]!, series: [{ cachedCategories: categories, cachedValues: [1, 2, 3], dataLabels: { value: true, separator: '; ' } }] }, 300_000)] }],
    };
    const pptx = await write(noSeparator, 'pptx');
    const files = unzipSync(pptx);
    const name = Object.keys(files).find((n) => /^ppt\/charts\/.*\.xml$/.test(n))!;
    const xml = new TextDecoder().decode(files[name]).replace(/<c:separator>[^<]*<\/c:separator>/g, '');
    files[name] = new TextEncoder().encode(xml);
    const { zipSync } = await import('fflate');
    const back = (await read(zipSync(files), { format: 'pptx' })).document as Deck;
    expect(labelsOf(back)).toEqual([[{ value: true, separator: '; ' }]]);
    const shape = back.slides[0]?.shapes?.[0];
    expect(shape?.kind === 'opaque' ? shape.chart?.series[0]?.name : undefined).toBe('Series1');
  });

  it('LibreOffice shows the labels Ostal writes in ODP and in PPTX', async () => {
    const fromOdp = new TextDecoder().decode(libreofficeConvertBytes(await write(deck, 'odp'), 'labels.odp', 'fodp'));
    const fromPptx = new TextDecoder().decode(libreofficeConvertBytes(await write(deck, 'pptx'), 'labels.pptx', 'fodp'));
    for (const fodp of [fromOdp, fromPptx]) {
      expect(fodp).toMatch(/chart:data-label-number="percentage" chart:data-label-text="true"/);
      expect(fodp).toMatch(/chart:data-label-number="value"[^>]*chart:data-label-series="true"/);
      expect(fodp).toMatch(/<chart:label-separator>\s*<text:p> \/ <\/text:p>/);
      expect(fodp).toMatch(/<number:percentage-style style:name="[^"]+">\s*<number:number number:decimal-places="0"/);
    }
  });
});
