/**
 * A chart of a slide edited in Ostal (its values changed, its fallback picture dropped, its PPTX
 * source kept, as `renderer/slides/chart-operations.ts` does) is written to PPTX from its kept
 * chart part patched (its look kept, the new values in the caches and in a regenerated embedded
 * workbook), or from its values when the patch cannot say the edit; to ODP and flat ODP as a
 * chart object with its own table. An unchanged chart still goes back with its kept parts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Chart, Deck, DeckShape, Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus');
/** PowerPoint 2016 column chart: series filled with theme accents, a chart style, an embedded workbook. */
const STYLED = 'pptx/tika-testPPT_various2.pptx';

async function deckOf(file: string): Promise<Deck> {
  return (await read(new Uint8Array(readFileSync(path.join(CORPUS, file))), { format: 'pptx' })).document as Deck;
}

function chartsOf(deck: Deck): Chart[] {
  return deck.slides.flatMap((s) => (s.shapes ?? []).flatMap((x) => (x.kind === 'opaque' && x.chart ? [x.chart] : [])));
}

/** The deck with its charts changed by `change`, their references dropped, as the dialog leaves them. */
function edited(deck: Deck, change: (c: Chart) => Chart = renamed): Deck {
  const edit = (s: DeckShape): DeckShape => {
    if (s.kind !== 'opaque' || !s.chart) return s;
    const { fallback: _f, ...rest } = s;
    const series = s.chart.series.map((x) => {
      const { nameRef: _n, categories: _c, values: _v, ...kept } = x;
      return kept;
    });
    return { ...rest, chart: change({ ...s.chart, series }) };
  };
  return { ...deck, slides: deck.slides.map((slide) => ({ ...slide, shapes: (slide.shapes ?? []).map(edit) })) };
}

/** The first series renamed and its first value changed. */
function renamed(c: Chart): Chart {
  return { ...c, series: c.series.map((x, i) => (i === 0 ? { ...x, name: 'Ventes Nord', cachedValues: [1234.5, ...(x.cachedValues ?? []).slice(1)] } : x)) };
}

/** `renamed`, with a series added. */
function grown(c: Chart): Chart {
  const categories = c.series[0]!.cachedCategories ?? [];
  return { ...renamed(c), series: [...renamed(c).series, { name: 'Série 4', cachedCategories: [...categories], cachedValues: categories.map((_, i) => i + 1) }] };
}

function chartPartOf(files: Record<string, Uint8Array>): string {
  const names = Object.keys(files).filter((n) => /^ppt\/charts\/[^/]+\.xml$/.test(n) && !/\/(style|colors)\d*\.xml$/.test(n));
  expect(names.length).toBe(1);
  return strFromU8(files[names[0]!]!);
}

describe('an edited slide chart', () => {
  it('is written to PPTX from its kept chart part patched: its series looks kept, the new values in the caches and in the embedded workbook', async () => {
    const deck = await deckOf(STYLED);
    const out = await write(edited(deck, grown), 'pptx');
    const files = unzipSync(out);
    const xml = chartPartOf(files);
    // The look: each series' theme accent fill, the title's font, the style and colour parts.
    for (const accent of [1, 2, 3, 4]) expect(xml).toMatch(new RegExp(`<c:ser>(?:(?!</c:ser>).)*<c:spPr><a:solidFill><a:schemeClr val="accent${String(accent)}"/>`));
    expect(xml).toContain('<a:defRPr sz="1862"');
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['ppt/charts/style1.xml', 'ppt/charts/colors1.xml']));
    // The new value and series in the caches, their formulas on the embedded workbook's cells.
    expect(xml).toMatch(/<c:f>Sheet1!\$B\$2:\$B\$5<\/c:f><c:numCache><c:formatCode>General<\/c:formatCode><c:ptCount val="4"\/><c:pt idx="0"><c:v>1234.5<\/c:v>/);
    expect(xml).toMatch(/<c:f>Sheet1!\$E\$1<\/c:f><c:strCache><c:ptCount val="1"\/><c:pt idx="0"><c:v>Série 4<\/c:v>/);
    const workbooks = Object.keys(files).filter((n) => n.startsWith('ppt/embeddings/') && n.endsWith('.xlsx'));
    expect(workbooks.length).toBe(1);
    const book = (await read(files[workbooks[0]!]!)).document as Workbook;
    const rows = book.sheets[0]!.rows.map((r) => (r ?? []).map((c) => c?.value ?? null));
    expect(rows.slice(0, 2)).toEqual([
      [null, 'Ventes Nord', 'Series 2', 'Series 3', 'Série 4'],
      ['Category 1', 1234.5, 2.4, 2, 1],
    ]);
    const back = chartsOf((await read(out, { format: 'pptx' })).document as Deck)[0]!;
    expect(back.series.map((s) => [s.name, s.cachedValues?.[0]])).toEqual([
      ['Ventes Nord', 1234.5],
      ['Series 2', 2.4],
      ['Series 3', 2],
      ['Série 4', 1],
    ]);
  });

  it('is written to PPTX from its values when the patch cannot say the edit; an unchanged one keeps its parts', async () => {
    const deck = await deckOf('pptx/pypptx-shp-access-chart.pptx');
    expect(Object.keys(unzipSync(await write(deck, 'pptx'))).some((n) => n.endsWith('.xlsx'))).toBe(true);

    const out = await write(edited(deck, (c) => ({ ...renamed(c), type: 'pie' })), 'pptx');
    const files = unzipSync(out);
    expect(Object.keys(files).filter((n) => n.startsWith('ppt/embeddings/'))).toEqual([]);
    const xml = chartPartOf(files);
    expect(xml).toContain('<c:pieChart>');
    expect(xml).toContain('<c:v>1234.5</c:v>');
    expect(xml).not.toContain('<c:f>');
    expect(xml).not.toContain('externalData');
    const back = chartsOf((await read(out, { format: 'pptx' })).document as Deck)[0]!;
    expect([back.type, back.series[0]!.name, back.series[0]!.cachedValues]).toEqual(['pie', 'Ventes Nord', [1234.5, 2.5, 3.5, 4.5]]);
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

  it('opens patched in LibreOffice with the new values', async () => {
    const fodp = strFromU8(new Uint8Array(libreofficeConvertBytes(await write(edited(await deckOf(STYLED), grown), 'pptx'), 'edited.pptx', 'fodp')));
    expect(fodp).toContain('Ventes Nord');
    expect(fodp).toContain('Série 4');
    expect(fodp).toMatch(/office:value="1234.5"/);
  });
});
