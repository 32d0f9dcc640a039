/** Doughnut and radar (marker and filled) charts on slides: PPTX chart parts and ODP chart objects, both ways, judged by LibreOffice. */
import type { Chart, Deck, DeckShape } from '@ostal/model';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';

const NO_ANCHOR: Chart['anchor'] = { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } };
const categories = ['Accueil', 'Délais', 'Clarté', 'Suivi', 'Écoute'];

const charts: Chart[] = [
  {
    type: 'doughnut',
    holeSize: 60,
    title: 'Répartition',
    legend: 'right',
    series: [{ name: '2024', cachedCategories: categories, cachedValues: [30, 25, 20, 15, 10] }],
    anchor: NO_ANCHOR,
  },
  {
    type: 'radar',
    title: 'Satisfaction',
    legend: 'bottom',
    series: [
      { name: 'Usagers', cachedCategories: categories, cachedValues: [4, 3, 5, 2, 4] },
      { name: 'Agents', cachedCategories: categories, cachedValues: [3, 4, 4, 3, 5], color: '#E1000F' },
    ],
    anchor: NO_ANCHOR,
  },
  { type: 'radar', radarStyle: 'filled', legend: 'none', series: [{ name: 'Cible', cachedCategories: categories, cachedValues: [5, 5, 4, 4, 5] }], anchor: NO_ANCHOR },
];

const frame = (id: number, chart: Chart, x: number): DeckShape => ({ kind: 'opaque', id, what: 'chart', name: `Graphique ${String(id)}`, xfrm: { x, y: 1_500_000, cx: 3_600_000, cy: 3_600_000 }, chart });

const deck: Deck = {
  kind: 'deck',
  version: 2,
  meta: {},
  size: { cx: 12_192_000, cy: 6_858_000 },
  slides: [{ id: 's1', title: '', body: [], notes: '', shapes: charts.map((c, i) => frame(i + 2, c, 300_000 + i * 3_900_000)) }],
};

function chartsOf(d: Deck): Chart[] {
  return (d.slides[0]?.shapes ?? []).flatMap((s) => (s.kind === 'opaque' && s.chart ? [s.chart] : []));
}

/** What the chart says, apart from where its data came from. */
function look(c: Chart): unknown {
  return {
    type: c.type,
    radarStyle: c.radarStyle,
    holeSize: c.holeSize,
    title: c.title,
    legend: c.legend,
    series: c.series.map((s) => ({ name: s.name, values: s.cachedValues, categories: s.cachedCategories, color: s.color })),
  };
}

async function again(d: Deck, format: 'pptx' | 'odp'): Promise<Deck> {
  return (await read(await write(d, format), { format })).document as Deck;
}

describe('doughnut and radar charts on slides', () => {
  it('survive a PPTX round trip (c:doughnutChart with its hole, c:radarChart marker and filled)', async () => {
    expect(chartsOf(await again(deck, 'pptx')).map(look)).toEqual(charts.map(look));
  });

  it('survive an ODP round trip (chart:ring, chart:radar, chart:filled-radar) as valid ODF', async () => {
    const bytes = await write(deck, 'odp');
    expect(odfSchemaErrors(bytes)).toEqual([]);
    // ODF 1.3 has no hole size: the doughnut comes back with the default hole.
    const expected = charts.map((c) => look({ ...c, ...(c.type === 'doughnut' ? { holeSize: undefined } : {}) }));
    expect(chartsOf((await read(bytes, { format: 'odp' })).document as Deck).map(look)).toEqual(expected);
    expect(chartsOf(await again(await again(deck, 'odp'), 'pptx')).map(look)).toEqual(expected);
  });

  it('are read by LibreOffice as doughnut and radar charts', async () => {
    const fromPptx = unzipSync(new Uint8Array(libreofficeConvertBytes(await write(deck, 'pptx'), 'kinds.pptx', 'odp')));
    const classes = Object.keys(fromPptx)
      .filter((n) => /^Object \d+\/content\.xml$/.test(n))
      .map((n) => /<chart:chart [^>]*chart:class="([^"]+)"/.exec(new TextDecoder().decode(fromPptx[n]))?.[1])
      .sort();
    expect(classes).toEqual(['chart:filled-radar', 'chart:radar', 'chart:ring'].sort());
    const fromOdp = unzipSync(new Uint8Array(libreofficeConvertBytes(await write(deck, 'odp'), 'kinds.odp', 'pptx')));
    const parts = Object.keys(fromOdp)
      .filter((n) => /^ppt\/charts\/chart\d*\.xml$/.test(n))
      .map((n) => new TextDecoder().decode(fromOdp[n]));
    expect(parts.some((p) => p.includes('<c:doughnutChart>'))).toBe(true);
    expect(parts.some((p) => /<c:radarStyle val="filled"\/>/.test(p))).toBe(true);
    expect(parts.some((p) => /<c:radarStyle val="marker"\/>/.test(p))).toBe(true);
  });
});
