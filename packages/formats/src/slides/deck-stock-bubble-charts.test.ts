/** Stock and bubble charts on slides: PPTX chart parts and ODP chart objects, both ways and across, judged by LibreOffice. */
import { readFileSync } from 'node:fs';
import type { Chart, Deck, DeckShape } from '@ostal/model';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';

const NO_ANCHOR: Chart['anchor'] = { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } };
const days = ['lun.', 'mar.', 'mer.'];

const charts: Chart[] = [
  {
    type: 'stock',
    title: 'Cours',
    legend: 'right',
    stock: { hiLowLines: true, upDownBars: true },
    series: [
      { name: 'Ouverture', cachedCategories: days, cachedValues: [20, 25, 30] },
      { name: 'Haut', cachedCategories: days, cachedValues: [50, 52, 48] },
      { name: 'Bas', cachedCategories: days, cachedValues: [5, 8, 10] },
      { name: 'Clôture', cachedCategories: days, cachedValues: [35, 20, 40] },
    ],
    anchor: NO_ANCHOR,
  },
  {
    type: 'bubble',
    title: 'Marchés',
    legend: 'bottom',
    bubbleScale: 150,
    series: [
      { name: 'Nord', cachedCategories: ['1', '2', '3'], cachedValues: [10, 30, 20], cachedBubbleSizes: [5, 20, 10] },
      { name: 'Sud', cachedCategories: ['1', '2', '3'], cachedValues: [15, 25, 35], cachedBubbleSizes: [8, 4, 12], color: '#E1000F' },
    ],
    anchor: NO_ANCHOR,
  },
];

const frame = (id: number, chart: Chart, x: number): DeckShape => ({ kind: 'opaque', id, what: 'chart', name: `Graphique ${String(id)}`, xfrm: { x, y: 1_500_000, cx: 5_000_000, cy: 3_600_000 }, chart });

const deck: Deck = {
  kind: 'deck',
  version: 2,
  meta: {},
  size: { cx: 12_192_000, cy: 6_858_000 },
  slides: [{ id: 's1', title: '', body: [], notes: '', shapes: charts.map((c, i) => frame(i + 2, c, 300_000 + i * 5_500_000)) }],
};

function chartsOf(d: Deck): Chart[] {
  return d.slides.flatMap((s) => s.shapes ?? []).flatMap((s) => (s.kind === 'opaque' && s.chart ? [s.chart] : []));
}

/** What the chart says, apart from where its data came from. */
function look(c: Chart): unknown {
  return {
    type: c.type,
    title: c.title,
    stock: c.stock,
    bubbleScale: c.bubbleScale,
    series: c.series.map((s) => ({ name: s.name, values: s.cachedValues, categories: s.cachedCategories, sizes: s.cachedBubbleSizes })),
  };
}

async function again(d: Deck, format: 'pptx' | 'odp'): Promise<Deck> {
  return (await read(await write(d, format), { format })).document as Deck;
}

describe('stock and bubble charts on slides', () => {
  it('survive a PPTX round trip (c:stockChart with hi-low lines and up-down bars, c:bubbleChart with sizes and scale)', async () => {
    expect(chartsOf(await again(deck, 'pptx')).map(look)).toEqual(charts.map(look));
  });

  it('survive ODP round trips and ODP <-> PPTX as valid ODF (ODF has no bubble scale)', async () => {
    const bytes = await write(deck, 'odp');
    expect(odfSchemaErrors(bytes)).toEqual([]);
    const expected = charts.map((c) => look({ ...c, ...(c.type === 'bubble' ? { bubbleScale: undefined } : {}) }));
    expect(chartsOf((await read(bytes, { format: 'odp' })).document as Deck).map(look)).toEqual(expected);
    expect(chartsOf(await again(await again(deck, 'odp'), 'pptx')).map(look)).toEqual(expected);
    expect(chartsOf(await again(await again(deck, 'pptx'), 'odp')).map(look)).toEqual(expected);
  });

  it('are read by LibreOffice as stock and bubble charts (PPTX -> ODP, ODP -> PPTX)', async () => {
    const fromPptx = unzipSync(new Uint8Array(libreofficeConvertBytes(await write(deck, 'pptx'), 'cours.pptx', 'odp')));
    const classes = Object.keys(fromPptx)
      .filter((n) => /^Object \d+\/content\.xml$/.test(n))
      .map((n) => /<chart:chart [^>]*chart:class="([^"]+)"/.exec(new TextDecoder().decode(fromPptx[n]))?.[1])
      .sort();
    expect(classes).toEqual(['chart:bubble', 'chart:stock']);
    const pptx = new Uint8Array(libreofficeConvertBytes(await write(deck, 'odp'), 'cours.odp', 'pptx'));
    const fromOdp = unzipSync(pptx);
    const parts = Object.keys(fromOdp)
      .filter((n) => /^ppt\/charts\/chart\d*\.xml$/.test(n))
      .map((n) => new TextDecoder().decode(fromOdp[n]));
    expect(parts.some((p) => p.includes('<c:stockChart>'))).toBe(true);
    expect(parts.some((p) => p.includes('<c:bubbleChart>'))).toBe(true);
    // LibreOffice's PPTX reads back to our values and sizes (its stock series come in its own order: the values give the roles).
    const back = chartsOf((await read(pptx, { format: 'pptx' })).document as Deck);
    expect(back.map((c) => ({ type: c.type, values: c.series.map((s) => s.cachedValues), sizes: c.series.map((s) => s.cachedBubbleSizes) }))).toEqual(
      charts.map((c) => ({ type: c.type, values: c.series.map((s) => s.cachedValues), sizes: c.series.map((s) => s.cachedBubbleSizes) })),
    );
  }, 180_000);

  it('the corpus PPTX bubble chart opens as a bubble chart with its sizes', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../../../../shared/corpus/pptx/pypptx-cht-point-access.pptx', import.meta.url)));
    const bubbles = chartsOf((await read(bytes, { format: 'pptx' })).document as Deck).filter((c) => c.type === 'bubble');
    expect(bubbles).toHaveLength(1);
    expect(bubbles[0]!.series[0]!.cachedBubbleSizes?.length).toBeGreaterThan(0);
  });
});
