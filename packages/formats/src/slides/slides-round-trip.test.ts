import { makeSlide } from '@ostal/model';
import type { Deck, FormatId } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { detect, read, write } from '../index.js';

type DeckFormat = Extract<FormatId, 'pptx' | 'odp' | 'fodp'>;

const sample: Deck = {
  kind: 'deck',
  version: 1,
  meta: { title: 'Démonstration', creator: 'Zoé Lefèvre', created: '2024-05-01T10:00:00Z', modified: '2024-05-02T11:30:00Z', language: 'fr-FR' },
  size: { widthMm: 254, heightMm: 142.875 },
  slides: [
    makeSlide('Ça & <ça> "marche"', ['Première idée', 'Deuxième\nsur deux lignes', '  indentée  de  espaces', 'tab\tulation'], 'Notes de l’orateur\nseconde ligne'),
    makeSlide('', ['Sans titre, corps seul']),
    makeSlide('Titre seul'),
    makeSlide('Été à Noël', ['a < b > c & d'], 'Une note'),
  ],
};

function withoutIds(deck: Deck): unknown {
  return { ...deck, slides: deck.slides.map(({ id: _id, ...rest }) => rest) };
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
    const deck: Deck = { ...sample, meta: {}, size: { widthMm: 338.667, heightMm: 190.5 }, slides: [] };
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
