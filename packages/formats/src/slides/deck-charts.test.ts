/** Charts of PPTX and ODP decks read into the model (drawn in place of their fallback picture). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Chart, Deck, DeckShape } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus');

function chartsOf(deck: Deck): Chart[] {
  const out: Chart[] = [];
  const walk = (shapes: readonly DeckShape[]): void => {
    for (const s of shapes) {
      if (s.kind === 'group') walk(s.children);
      else if (s.kind === 'opaque' && s.chart) out.push(s.chart);
    }
  };
  for (const slide of deck.slides) walk(slide.shapes ?? []);
  return out;
}

async function deckOf(file: string): Promise<Deck> {
  return (await read(new Uint8Array(readFileSync(path.join(CORPUS, file))), { format: file.endsWith('.odp') ? 'odp' : 'pptx' })).document as Deck;
}

describe('deck charts', () => {
  it('reads a PPTX area chart with its cached values', async () => {
    const charts = chartsOf(await deckOf('pptx/oxsdk-2D_Area-O12-PPT-Charts.pptx'));
    expect(charts.length).toBeGreaterThan(0);
    const area = charts.find((c) => c.type === 'area')!;
    expect(area.series.length).toBeGreaterThan(0);
    expect(area.series[0]!.cachedValues!.some((v) => typeof v === 'number')).toBe(true);
  });

  it('reads the charts of python-pptx decks', async () => {
    const charts = chartsOf(await deckOf('pptx/pypptx-shp-access-chart.pptx'));
    expect(charts.length).toBeGreaterThan(0);
    expect(charts[0]!.series[0]!.cachedCategories!.length).toBeGreaterThan(0);
  });

  it('reads ODP chart objects with the values of their own data table', async () => {
    const charts = chartsOf(await deckOf('odp/odftk-presentationWithEmbedDoc.odp'));
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.every((c) => c.type === 'column')).toBe(true);
    const c = charts[0]!;
    expect(c.series.length).toBeGreaterThan(0);
    expect(c.series[0]!.cachedValues!.filter((v) => typeof v === 'number').length).toBeGreaterThan(0);
  });
});

describe('deck charts back to PPTX', () => {
  it('keeps charts with a theme of their own (themeOverride parts), unchanged or edited', async () => {
    const deck = await deckOf('pptx/poi-stress021.pptx');
    expect(chartsOf(deck)).toHaveLength(6);
    const same = unzipSync(await write(deck, 'pptx'));
    const back = (await read(await write(deck, 'pptx'))).document as Deck;
    expect(chartsOf(back).map((c) => c.series.map((s) => s.cachedValues))).toEqual(chartsOf(deck).map((c) => c.series.map((s) => s.cachedValues)));
    expect(Object.keys(same).filter((n) => /^ppt\/theme\/themeOverride\d+\.xml$/.test(n))).toHaveLength(6);
    // Edited: patched with its parts, or written from its values — never dropped.
    const retitle = (s: DeckShape): DeckShape => (s.kind === 'group' ? { ...s, children: s.children.map(retitle) } : s.kind === 'opaque' && s.chart ? { ...s, chart: { ...s.chart, title: 'Modifié' } } : s);
    const slides = deck.slides.map((slide) => ({ ...slide, shapes: (slide.shapes ?? []).map(retitle) }));
    const edited = (await read(await write({ ...deck, slides }, 'pptx'))).document as Deck;
    expect(chartsOf(edited).map((c) => c.title)).toEqual(['Modifié', 'Modifié', 'Modifié', 'Modifié', 'Modifié', 'Modifié']);
  });
});

describe('deck charts across formats', () => {
  it('ODP charts become PPTX chart parts and PPTX charts become ODP chart objects', async () => {
    const odp = await deckOf('odp/odftk-presentationWithEmbedDoc.odp');
    const before = chartsOf(odp).map((c) => c.series.map((s) => s.cachedValues));
    const pptx = await write(odp, 'pptx');
    const fromPptx = chartsOf((await read(pptx, { format: 'pptx' })).document as Deck);
    expect(fromPptx.map((c) => c.series.map((s) => s.cachedValues))).toEqual(before);

    const deck = await deckOf('pptx/oxsdk-2D_Area-O12-PPT-Charts.pptx');
    const odpOut = await write(deck, 'odp');
    expect(odfSchemaErrors(odpOut)).toEqual([]);
    const fromOdp = chartsOf((await read(odpOut, { format: 'odp' })).document as Deck);
    expect(fromOdp.map((c) => [c.type, c.series.length])).toEqual(chartsOf(deck).map((c) => [c.type, c.series.length]));
    expect(fromOdp[0]!.series[0]!.cachedValues).toEqual(chartsOf(deck)[0]!.series[0]!.cachedValues);
  });

  it('labels every category in ODP when one series’ cache stops short of the others’', async () => {
    // Slide 11: "2005" lists 28 countries, "1995" (first by c:order) only the first 18.
    const deck = await deckOf('pptx/poi-aascu.org_workarea_downloadasset.aspx_id_5864.pptx');
    const chart = chartsOf({ ...deck, slides: [deck.slides[10]!] })[0]!;
    expect(chart.series.map((s) => s.cachedCategories?.length)).toEqual([18, 28]);
    const back = chartsOf((await read(await write({ ...deck, slides: [deck.slides[10]!] }, 'odp'), { format: 'odp' })).document as Deck)[0]!;
    const labels = back.series[0]!.cachedCategories!;
    expect(labels).toHaveLength(28);
    expect(labels.slice(17)).toEqual(['United States', 'Spain', 'Portugal', 'Slovak Rep', 'Switzerland', 'Greece', 'Czech Rep', 'Austria', 'Germany', 'Slovenia', 'Turkey']);
  });

  it('LibreOffice opens the chart objects Ostal writes into ODP and PPTX', async () => {
    const deck = await deckOf('pptx/oxsdk-2D_Area-O12-PPT-Charts.pptx');
    const fromOdp = unzipSync(new Uint8Array(libreofficeConvertBytes(await write(deck, 'odp'), 'charts.odp', 'pptx')));
    expect(Object.keys(fromOdp).some((n) => /^ppt\/charts\/chart\d*\.xml$/.test(n))).toBe(true);
    const odp = await deckOf('odp/odftk-presentationWithEmbedDoc.odp');
    const fromPptx = unzipSync(new Uint8Array(libreofficeConvertBytes(await write(odp, 'pptx'), 'charts.pptx', 'odp')));
    const objects = Object.keys(fromPptx).filter((n) => /^Object \d+\/content\.xml$/.test(n));
    expect(objects.length).toBeGreaterThan(0);
    expect(new TextDecoder().decode(fromPptx[objects[0]!])).toContain('chart:class="chart:bar"');
  });
});
