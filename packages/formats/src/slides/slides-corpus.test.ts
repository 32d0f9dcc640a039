/**
 * Every presentation of the shared third-party corpus opens (../shared/corpus, see its README):
 * readers map what they can and report the rest; only genuinely broken containers throw.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { FURNITURE_PLACEHOLDERS, slideTextLines } from '@ostal/model';
import type { Deck, DeckShape } from '@ostal/model';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { FormatError, read, write } from '../index.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus');

/** Files that are broken on purpose, with the reason the reader must give. */
const BROKEN: Readonly<Record<string, string>> = {
  // Fuzzer-minimised file whose zip central directory is damaged (LibreOffice fails too).
  'hostile/poi-clusterfuzz-testcase-minimized-POIFuzzer-5205835528404992.pptx': 'corrupt-container',
};

function files(): string[] {
  if (!existsSync(CORPUS)) return [];
  const out: string[] = [];
  for (const dir of ['pptx', 'odp', 'large', 'hostile']) {
    for (const f of readdirSync(path.join(CORPUS, dir))) if (/\.(pptx|odp|fodp)$/.test(f)) out.push(`${dir}/${f}`);
  }
  return out.sort();
}

/**
 * Slide count and, per slide, every line of text with the notes: what a reader of the deck sees.
 * Date, footer and slide number are left out: master furniture whose shown value is a field's.
 */
function visibleText(deck: Deck, drawnDiagrams = false): unknown {
  return deck.slides.map((s) => {
    const shapes = drawnDiagrams ? s.shapes?.map(drawnDiagram) : s.shapes;
    const own = { ...s, shapes: shapes?.filter((sh) => !(sh.placeholder && FURNITURE_PLACEHOLDERS.has(sh.placeholder.type))) };
    return { text: slideTextLines(own).map((l) => l.trim()).filter((l) => l !== ''), notes: s.notes };
  });
}

/** A SmartArt diagram without a picture as ODP draws it: a group of the shapes of its drawing part. */
function drawnDiagram(shape: DeckShape): DeckShape {
  if (shape.kind === 'group') return { ...shape, children: shape.children.map(drawnDiagram) };
  if (shape.kind !== 'opaque' || !shape.drawing || shape.fallback) return shape;
  return { kind: 'group', id: shape.id, children: shape.drawing };
}

async function deckOf(file: string): Promise<Deck> {
  return (await read(readFileSync(path.join(CORPUS, file)))).document as Deck;
}

describe('slides corpus', () => {
  it.each(files())('%s opens (or is refused for the right reason) and round-trips', async (file) => {
    const bytes = readFileSync(path.join(CORPUS, file));
    const expected = BROKEN[file];
    if (expected) {
      const err = await read(bytes).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FormatError);
      expect((err as FormatError).reason).toBe(expected);
      return;
    }
    const { document } = await read(bytes);
    expect(document.kind).toBe('deck');
    const deck = document as Deck;
    expect(deck.size.cx).toBeGreaterThan(0);
    expect(deck.size.cy).toBeGreaterThan(0);
    // Slide count, the text of every slide and the notes survive every writer.
    for (const format of ['pptx', 'odp', 'fodp'] as const) {
      const back = (await read(await write(deck, format))).document as Deck;
      // PPTX keeps a diagram as it is; ODP and FODP draw one without a picture as its shapes, text included.
      expect(visibleText(back)).toEqual(visibleText(deck, format !== 'pptx'));
    }
  });

  it.each(['pptx/poi-stress021.pptx', 'pptx/poi-with_japanese.pptx', 'odp/tika-testODP_NPE.odp'])('%s rewritten as ODF is schema-valid', async (file) => {
    const deck = await deckOf(file);
    expect(odfSchemaErrors(await write(deck, 'odp'))).toEqual([]);
    expect(odfSchemaErrors(await write(deck, 'fodp'), true)).toEqual([]);
  });

  it('counts slides as the package lists them, hidden ones included', async () => {
    expect((await deckOf('pptx/oxpt-FiveSlides.pptx')).slides).toHaveLength(5);
    expect((await deckOf('large/poi-2411-Performance_Up.pptx')).slides).toHaveLength(48);
    expect((await deckOf('odp/odftk-Presentation5.odp')).slides).toHaveLength(800);
    expect((await deckOf('large/odftk-Presentation3.odp')).slides).toHaveLength(1000);
  });

  it('finds plausible titles, bodies and notes', async () => {
    const five = await deckOf('pptx/oxpt-FiveSlides.pptx');
    expect(five.slides.map((s) => s.title)).toEqual([
      'Title Layout (FiveSlides)',
      'Second slide (FiveSlides)',
      'Third Slide (FiveSlides)',
      'Fourth Slide (FiveSlides)',
      'Content with Caption (FiveSlides)',
    ]);
    // Two content placeholders: the first is the body the form edits, the second stays a shape of its own.
    expect(five.slides[3]?.body).toEqual(['Abc']);
    expect(slideTextLines(five.slides[3]!)).toEqual(['Fourth Slide (FiveSlides)', 'Abc', 'Def']);
    expect(five.layouts?.length).toBeGreaterThan(5);
    expect(five.theme?.colors['accent1']).toMatch(/^[0-9A-F]{6}$/);
    expect((await deckOf('pptx/pypptx-prs-notes.pptx')).slides[0]?.notes).toBe('Notes');
    expect((await deckOf('hostile/pypptx-missing_rels_item.pptx')).slides.map((s) => s.title)).toEqual(['Presentation Title Text']);
    const impress = await deckOf('odp/tika-LibreOfficeImpress_odp_1.3.odp');
    expect(impress.slides[0]).toMatchObject({ title: 'This is', body: ['An example Impress file'] });
    expect(impress.size).toEqual({ cx: 10_080_000, cy: 5_670_000 });
  });

  it('keeps charts with their parts (embedded workbook) when a PowerPoint deck is saved as PowerPoint', async () => {
    const deck = await deckOf('pptx/oxsdk-2D_Area-O12-PPT-Charts.pptx');
    const charts = (d: Deck) => d.slides.flatMap((s) => (s.shapes ?? []).filter((sh) => sh.kind === 'opaque' && sh.what === 'chart'));
    expect(charts(deck)).toHaveLength(3);
    const bytes = await write(deck, 'pptx');
    const back = (await read(bytes)).document as Deck;
    expect(charts(back)).toHaveLength(3);
    const names = Object.keys(unzipSync(bytes));
    expect(names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(3);
    expect(names.filter((n) => n.startsWith('ppt/embeddings/'))).toHaveLength(3);
  });
});
