import { describe, expect, it } from 'vitest';
import { emptyDeck } from '@ostal/model';
import type { Deck, PictureShape } from '@ostal/model';
import { croppedImageBox, cropOfPercents, cropPercents, moveInReadingOrder, setCrop, setDescription } from './object-operations.js';
import { editableShapes, insertShape } from './shape-operations.js';
import { basicShape, pictureShape, slideOfLayout } from './slide-factory.js';

function deckWithShapes(): { deck: Deck; ids: number[] } {
  let deck: Deck = { ...emptyDeck(), slides: [slideOfLayout(emptyDeck(), { builtIn: 'titleOnly' })], media: { 'image1.png': { type: 'image/png', data: new Uint8Array([1]) } } };
  const ids: number[] = [];
  for (const make of [(id: number) => pictureShape(deck, id, 'image1.png', 400, 200, 'Logo'), (id: number) => basicShape(deck, 'rect', id, 'Cadre')]) {
    const r = insertShape(deck, 0, make);
    deck = r.deck;
    ids.push(r.id);
  }
  return { deck, ids };
}

describe('object edits', () => {
  it('sets and clears the alternative text of one shape', () => {
    const { deck, ids } = deckWithShapes();
    const described = setDescription(deck, 0, ids[0]!, '  Logo de la préfecture ');
    expect(editableShapes(described.slides[0]!).find((s) => s.id === ids[0])?.description).toBe('Logo de la préfecture');
    expect(editableShapes(described.slides[0]!).find((s) => s.id === ids[1])?.description).toBeUndefined();
    const cleared = setDescription(described, 0, ids[0]!, '   ');
    expect('description' in editableShapes(cleared.slides[0]!).find((s) => s.id === ids[0])!).toBe(false);
  });

  it('turns percents into a:srcRect units and back, keeping at least 1 % of the picture', () => {
    expect(cropOfPercents({ left: 10, top: 0, right: 25.5, bottom: 5 })).toEqual({ left: 10_000, top: 0, right: 25_500, bottom: 5_000 });
    expect(cropPercents({ left: 10_000, top: 0, right: 25_500, bottom: 5_000 })).toEqual({ left: 10, top: 0, right: 25.5, bottom: 5 });
    expect(cropOfPercents({ left: 0, top: 0, right: 0, bottom: 0 })).toBeUndefined();
    expect(cropOfPercents({ left: 80, top: -5, right: 50, bottom: Number.NaN })).toEqual({ left: 80_000, top: 0, right: 19_000, bottom: 0 });
  });

  it('crops a picture and only a picture, and uncrops it', () => {
    const { deck, ids } = deckWithShapes();
    const cropped = setCrop(deck, 0, ids[0]!, { left: 10_000, top: 0, right: 0, bottom: 20_000 });
    expect((editableShapes(cropped.slides[0]!).find((s) => s.id === ids[0]) as PictureShape).crop).toEqual({ left: 10_000, top: 0, right: 0, bottom: 20_000 });
    expect(setCrop(deck, 0, ids[1]!, { left: 1, top: 1, right: 1, bottom: 1 }).slides[0]).toEqual(deck.slides[0]);
    const back = setCrop(cropped, 0, ids[0]!, undefined);
    expect('crop' in editableShapes(back.slides[0]!).find((s) => s.id === ids[0])!).toBe(false);
  });

  it('draws the kept part of a cropped picture across its frame', () => {
    expect(croppedImageBox({ left: 25_000, top: 0, right: 25_000, bottom: 50_000 })).toEqual({ left: '-50%', top: '0%', width: '200%', height: '200%' });
  });

  it('moves a shape in the reading order (the order in the file), clamped at both ends', () => {
    const { deck, ids } = deckWithShapes();
    const order = (d: Deck) => editableShapes(d.slides[0]!).map((s) => s.id);
    const before = order(deck);
    expect(before.slice(-2)).toEqual(ids);
    const earlier = moveInReadingOrder(deck, 0, ids[1]!, -1);
    expect(order(earlier).slice(-2)).toEqual([ids[1], ids[0]]);
    const first = moveInReadingOrder(deck, 0, ids[1]!, -99);
    expect(order(first)[0]).toBe(ids[1]);
    expect(moveInReadingOrder(deck, 0, ids[1]!, 1)).toBe(deck);
  });
});
