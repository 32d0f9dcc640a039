/** 3-D column, pie and line charts on slides keep their third dimension between PPTX and ODP, as LibreOffice reads them. */
import type { Chart, Deck, DeckShape } from '@ostal/model';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';

const NO_ANCHOR: Chart['anchor'] = { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } };
const months = ['Janv.', 'Févr.', 'Mars', 'Avr.'];

const charts: Chart[] = [
  {
    type: 'column',
    view3D: { rotX: 10, rotY: 40, perspective: 30, rightAngleAxes: false },
    title: 'Demandes traitées',
    legend: 'bottom',
    series: [
      { name: 'Guichet', cachedCategories: months, cachedValues: [120, 135, 150, 140] },
      { name: 'En ligne', cachedCategories: months, cachedValues: [80, 95, 130, 160], color: '#000091' },
    ],
    anchor: NO_ANCHOR,
  },
  { type: 'pie', view3D: { rotX: 30, rotY: 0, rightAngleAxes: false }, title: 'Canaux', legend: 'right', series: [{ name: '2025', cachedCategories: ['Guichet', 'Téléphone', 'En ligne'], cachedValues: [40, 25, 35] }], anchor: NO_ANCHOR },
  { type: 'line', view3D: { rotX: 15, rotY: 20, rightAngleAxes: false }, legend: 'none', series: [{ name: 'Délai', cachedCategories: months, cachedValues: [12, 10, 9, 7] }], anchor: NO_ANCHOR },
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

function look(c: Chart): unknown {
  return { type: c.type, view3D: c.view3D, title: c.title, series: c.series.map((s) => ({ name: s.name, values: s.cachedValues })) };
}

async function again(d: Deck, format: 'pptx' | 'odp'): Promise<Deck> {
  return (await read(await write(d, format), { format })).document as Deck;
}

const texts = (files: Record<string, Uint8Array>, pattern: RegExp): string[] =>
  Object.keys(files)
    .filter((n) => pattern.test(n))
    .map((n) => new TextDecoder().decode(files[n]));

describe('3-D charts on slides', { timeout: 300_000 }, () => {
  it('survive a PPTX round trip with their viewpoint (c:bar3DChart, c:pie3DChart, c:line3DChart, c:view3D)', async () => {
    expect(chartsOf(await again(deck, 'pptx')).map(look)).toEqual(charts.map(look));
  });

  it('stay 3-D through ODP (chart:three-dimensional), valid ODF; the viewpoint is LibreOffice’s there', async () => {
    const bytes = await write(deck, 'odp');
    expect(odfSchemaErrors(bytes)).toEqual([]);
    const expected = charts.map((c) => look({ ...c, view3D: {} }));
    expect(chartsOf((await read(bytes, { format: 'odp' })).document as Deck).map(look)).toEqual(expected);
    const back = texts(unzipSync(await write(await again(deck, 'odp'), 'pptx')), /^ppt\/charts\/.*\.xml$/);
    expect(back.filter((p) => /<c:(bar|pie|line)3DChart>/.test(p) && p.includes('<c:view3D>'))).toHaveLength(3);
  });

  it('are read by LibreOffice as 3-D charts from the PPTX and the ODP Ostal wrote', async () => {
    const fromPptx = unzipSync(new Uint8Array(libreofficeConvertBytes(await write(deck, 'pptx'), 'trois-d.pptx', 'odp')));
    const objects = [...texts(fromPptx, /^Object \d+\/content\.xml$/), ...texts(fromPptx, /^Object \d+\/styles\.xml$/)];
    expect(objects.filter((c) => c.includes('chart:three-dimensional="true"')).length).toBeGreaterThanOrEqual(3);
    const fromOdp = unzipSync(new Uint8Array(libreofficeConvertBytes(await write(deck, 'odp'), 'trois-d.odp', 'pptx')));
    const parts = texts(fromOdp, /^ppt\/charts\/chart\d*\.xml$/);
    expect(parts.some((p) => p.includes('<c:bar3DChart>'))).toBe(true);
    expect(parts.some((p) => p.includes('<c:pie3DChart>'))).toBe(true);
    expect(parts.some((p) => p.includes('<c:line3DChart>'))).toBe(true);
  });
});
