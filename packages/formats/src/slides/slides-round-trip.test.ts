import { flattenShapes, makeSlide, textBodyLines } from '@ostal/model';
import type { Deck, FormatId } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { detect, read, write } from '../index.js';
import { richDeck } from './rich-deck.fixture.js';

type DeckFormat = Extract<FormatId, 'pptx' | 'odp' | 'fodp'>;

const sample: Deck = {
  kind: 'deck',
  version: 2,
  meta: { title: 'Démonstration', creator: 'Zoé Lefèvre', created: '2024-05-01T10:00:00Z', modified: '2024-05-02T11:30:00Z', language: 'fr-FR' },
  size: { cx: 9_144_000, cy: 5_143_500 },
  slides: [
    makeSlide('Ça & <ça> "marche"', ['Première idée', 'Deuxième\nsur deux lignes', '  indentée  de  espaces', 'tab\tulation'], 'Notes de l’orateur\nseconde ligne'),
    makeSlide('', ['Sans titre, corps seul']),
    makeSlide('Titre seul'),
    makeSlide('Été à Noël', ['a < b > c & d'], 'Une note'),
  ],
};

/** What the editor shows: metadata, size, and each slide's title, body and notes. */
function withoutIds(deck: Deck): unknown {
  return { meta: deck.meta, size: deck.size, slides: deck.slides.map(({ title, body, notes }) => ({ title, body, notes })) };
}

async function roundTrip(deck: Deck, format: DeckFormat): Promise<Deck> {
  const bytes = await write(deck, format);
  expect(detect(bytes)).toBe(format);
  const result = await read(bytes);
  expect(result.format).toBe(format);
  expect(result.diagnostics).toEqual([]);
  return result.document as Deck;
}

describe.each<DeckFormat>(['pptx', 'odp', 'fodp'])('%s round trip', (format) => {
  it('keeps titles, bodies, notes, size and metadata', async () => {
    expect(withoutIds(await roundTrip(sample, format))).toEqual(withoutIds(sample));
  });

  it('keeps the widescreen size and an empty deck', async () => {
    const deck: Deck = { ...sample, meta: {}, size: { cx: 12_192_000, cy: 6_858_000 }, slides: [] };
    expect(withoutIds(await roundTrip(deck, format))).toEqual(withoutIds(deck));
  });
});

describe('cross-format', () => {
  it('pptx -> odp -> pptx keeps the deck', async () => {
    const fromPptx = (await read(await write(sample, 'pptx'))).document as Deck;
    const viaOdp = (await read(await write(fromPptx, 'odp'))).document as Deck;
    const back = (await read(await write(viaOdp, 'pptx'))).document as Deck;
    expect(withoutIds(back)).toEqual(withoutIds(sample));
  });
});

describe('ODF schema validity', () => {
  it('the .odp package validates against ODF 1.3', async () => {
    expect(odfSchemaErrors(await write(sample, 'odp'))).toEqual([]);
  });

  it('the flat .fodp validates against ODF 1.3', async () => {
    expect(odfSchemaErrors(await write(sample, 'fodp'), true)).toEqual([]);
  });

  it('an empty deck without metadata validates too', async () => {
    const empty: Deck = { ...sample, meta: {}, slides: [] };
    expect(odfSchemaErrors(await write(empty, 'odp'))).toEqual([]);
    expect(odfSchemaErrors(await write(empty, 'fodp'), true)).toEqual([]);
  });
});

/** What both formats express of a deck's slides: shapes with geometry, position and text, tables, pictures, page settings. */
function structure(deck: Deck): unknown {
  return deck.slides.map((slide) => ({
    hidden: slide.hidden ?? false,
    hideMasterShapes: slide.hideMasterShapes ?? false,
    transition: slide.transition ? { kind: slide.transition.kind, durationMs: slide.transition.durationMs, direction: slide.transition.direction } : undefined,
    background: slide.background,
    shapes: flattenShapes(slide.shapes ?? []).map((s) => {
      const where = s.placeholder ? { placeholder: s.placeholder.type } : { xfrm: s.xfrm };
      switch (s.kind) {
        case 'shape':
          return { kind: s.kind, geometry: s.geometry, ...where, fill: s.fill, text: s.text?.paragraphs.map((p) => p.runs.map((r) => [r.text, r.field, r.style?.bold, r.style?.italic, r.style?.color?.rgb])) };
        case 'table':
          return { kind: s.kind, ...where, columns: s.columns, rows: s.rows.map((r) => r.cells.map((c) => [textBodyLines(c.text).join('|'), c.colSpan ?? 1, c.merged ?? false])) };
        case 'picture':
          return { kind: s.kind, ...where, bytes: deck.media?.[s.media]?.data.length, crop: s.crop };
        case 'group':
          return { kind: s.kind, ...where, children: s.children.length };
        case 'connector':
          return { kind: s.kind, ...where, geometry: s.geometry, tail: s.line?.tail };
        case 'opaque':
          return { kind: s.kind, ...where, what: s.what };
      }
    }),
  }));
}

function withoutSlideIds(deck: Deck): unknown {
  return { ...deck, slides: deck.slides.map(({ id: _id, ...rest }) => rest) };
}

describe.each<DeckFormat>(['pptx', 'odp', 'fodp'])('%s keeps what real decks use', (format) => {
  it('keeps shapes, geometry, positions, rich text, tables, pictures, groups, hidden slides, backgrounds and transitions', async () => {
    const back = await roundTrip(richDeck, format);
    expect(structure(back)).toEqual(structure(richDeck));
    expect(withoutIds(back)).toEqual(withoutIds(richDeck));
  });

  it('reads back what it wrote unchanged: nothing drifts from one save to the next', async () => {
    const once = await roundTrip(richDeck, format);
    const twice = await roundTrip(once, format);
    expect(withoutSlideIds(twice)).toEqual(withoutSlideIds(once));
  });
});

describe('pptx keeps the deck identity', () => {
  it('writes the theme, masters with their text styles and logo, and layouts read from the file', async () => {
    const back = await roundTrip(richDeck, 'pptx');
    expect(back.theme).toEqual(richDeck.theme);
    expect(back.masters?.map((m) => [m.name, m.titleStyle, m.bodyStyle, m.shapes.map((s) => s.kind)])).toEqual(richDeck.masters?.map((m) => [m.name, m.titleStyle, m.bodyStyle, m.shapes.map((s) => s.kind)]));
    expect(back.layouts?.map((l) => [l.name, l.type])).toEqual(richDeck.layouts?.map((l) => [l.name, l.type]));
    const layoutNames = back.slides.map((s) => back.layouts?.find((l) => l.id === s.layout)?.name);
    expect(layoutNames).toEqual(['Titre et contenu', 'Titre seul', 'Titre et contenu']);
  });

  it('keeps picture cropping and run links', async () => {
    const back = await roundTrip(richDeck, 'pptx');
    const pic = flattenShapes(back.slides[1]?.shapes ?? []).find((s) => s.kind === 'picture');
    expect(pic?.kind === 'picture' ? pic.crop : undefined).toEqual({ left: 10_000, top: 0, right: 10_000, bottom: 0 });
    const callout = flattenShapes(back.slides[0]?.shapes ?? []).find((s) => s.name === 'Bulle');
    expect(callout?.kind === 'shape' ? callout.text?.paragraphs[0]?.runs[0]?.style?.link : undefined).toBe('https://www.example.org/annexe');
  });
});

describe('odp keeps master pages', () => {
  it('writes one master page per layout in use, with the master logo and background', async () => {
    const back = await roundTrip(richDeck, 'odp');
    expect(back.masters?.map((m) => [m.name, m.shapes.filter((s) => !s.placeholder).map((s) => s.kind), m.background])).toEqual([
      ['Titre et contenu', ['picture'], { kind: 'solid', color: { rgb: 'FFFFFF' } }],
      ['Titre seul', ['picture'], { kind: 'solid', color: { rgb: 'FFFFFF' } }],
    ]);
    // The master's title look (40 pt bold, theme text colour 2) becomes the title presentation style,
    // its body levels the outline styles with the outline list's bullets and indents.
    expect(back.masters?.[0]?.titleStyle).toEqual([{ paragraph: { align: 'left' }, run: { size: 4000, bold: true, color: { rgb: '000091' }, font: 'Marianne' } }]);
    expect(back.masters?.[0]?.bodyStyle).toMatchObject([
      { paragraph: { marginLeft: 228_600, indent: -228_600, bullet: { kind: 'char', char: '•' } }, run: { size: 2400 } },
      { paragraph: { marginLeft: 685_800, indent: -228_600, bullet: { kind: 'char', char: '–' } }, run: { size: 2000 } },
    ]);
  });
});

describe('cross-format', () => {
  it('pptx -> odp -> pptx keeps what both formats express', async () => {
    const viaOdp = await roundTrip(await roundTrip(richDeck, 'pptx'), 'odp');
    const back = await roundTrip(viaOdp, 'pptx');
    expect(structure(back)).toEqual(structure(richDeck));
    expect(withoutIds(back)).toEqual(withoutIds(richDeck));
  });

  it('odp -> pptx -> odp keeps what both formats express', async () => {
    const fromOdp = await roundTrip(richDeck, 'odp');
    const back = await roundTrip(await roundTrip(fromOdp, 'pptx'), 'odp');
    expect(structure(back)).toEqual(structure(fromOdp));
  });
});

describe('ODF schema validity of a rich deck', () => {
  it('the .odp and .fodp of a deck with every kind of shape validate against ODF 1.3', async () => {
    expect(odfSchemaErrors(await write(richDeck, 'odp'))).toEqual([]);
    expect(odfSchemaErrors(await write(richDeck, 'fodp'), true)).toEqual([]);
  });
});
