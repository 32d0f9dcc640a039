/**
 * A chart of a slide edited in Ostal (its values changed, its kept parts and fallback picture
 * dropped, as `renderer/slides/chart-operations.ts` does) is written from its values: to PPTX as
 * a new chart part with literal data and no embedded workbook, to ODP and flat ODP as a chart
 * object with its own table. An unchanged chart still goes back with its kept parts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Chart, Deck, DeckShape } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus');

async function deckOf(file: string): Promise<Deck> {
  return (await read(new Uint8Array(readFileSync(path.join(CORPUS, file))), { format: 'pptx' })).document as Deck;
}

function chartsOf(deck: Deck): Chart[] {
  return deck.slides.flatMap((s) => (s.shapes ?? []).flatMap((x) => (x.kind === 'opaque' && x.chart ? [x.chart] : [])));
}

/** The deck with its first chart's first series renamed and its first value changed, as the dialog leaves it. */
function edited(deck: Deck): Deck {
  const edit = (s: DeckShape): DeckShape => {
    if (s.kind !== 'opaque' || !s.chart) return s;
    const { source: _s, fallback: _f, ...rest } = s;
    const series = s.chart.series.map((x, i) => {
      const { nameRef: _n, categories: _c, values: _v, ...kept } = x;
      return i === 0 ? { ...kept, name: 'Ventes Nord', cachedValues: [1234.5, ...(x.cachedValues ?? []).slice(1)] } : kept;
    });
    return { ...rest, chart: { ...s.chart, series } };
  };
  return { ...deck, slides: deck.slides.map((slide) => ({ ...slide, shapes: (slide.shapes ?? []).map(edit) })) };
}

describe('an edited slide chart', () => {
  it('is written to PPTX from its values, without the embedded workbook that contradicts them; an unchanged one keeps it', async () => {
    const deck = await deckOf('pptx/pypptx-shp-access-chart.pptx');
    expect(Object.keys(unzipSync(await write(deck, 'pptx'))).some((n) => n.endsWith('.xlsx'))).toBe(true);

    const out = await write(edited(deck), 'pptx');
    const files = unzipSync(out);
    expect(Object.keys(files).filter((n) => n.startsWith('ppt/embeddings/'))).toEqual([]);
    const part = Object.keys(files).find((n) => /^ppt\/charts\/[^/]+\.xml$/.test(n))!;
    const xml = strFromU8(files[part]!);
    expect(xml).toContain('<c:v>1234.5</c:v>');
    expect(xml).not.toContain('<c:f>');
    expect(xml).not.toContain('externalData');
    const back = chartsOf((await read(out, { format: 'pptx' })).document as Deck)[0]!;
    expect([back.series[0]!.name, back.series[0]!.cachedValues]).toEqual(['Ventes Nord', [1234.5, 2.5, 3.5, 4.5]]);
    expect(back.series.length).toBe(chartsOf(deck)[0]!.series.length);
  });

  it('is written to ODP and flat ODP as a chart object holding the new values', async () => {
    const deck = edited(await deckOf('pptx/pypptx-shp-access-chart.pptx'));
    for (const format of ['odp', 'fodp'] as const) {
      const out = await write(deck, format);
      if (format === 'fodp') expect(strFromU8(out)).toMatch(/<draw:object>\s*<office:document /);
      expect(odfSchemaErrors(out, format === 'fodp')).toEqual([]);
      const back = chartsOf((await read(out, { format })).document as Deck)[0];
      expect([format, back?.series[0]!.name, back?.series[0]!.cachedValues]).toEqual([format, 'Ventes Nord', [1234.5, 2.5, 3.5, 4.5]]);
    }
  });

  it('opens in LibreOffice with the new values', async () => {
    const fodp = strFromU8(new Uint8Array(libreofficeConvertBytes(await write(edited(await deckOf('pptx/pypptx-shp-access-chart.pptx')), 'pptx'), 'edited.pptx', 'fodp')));
    expect(fodp).toContain('Ventes Nord');
    expect(fodp).toMatch(/office:value="1234.5"/);
  });
});
