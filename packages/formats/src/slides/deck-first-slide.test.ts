import { emptyDeck, emptyTextDocument, plainTextBody, slideTextLines } from '@ostal/model';
import type { Deck, DeckShape, OstalDocument } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { read, write } from '../index.js';

// Tiny distinct "pictures": the reader keeps bytes as they are, whatever they hold.
const picture = (n: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, n, n, n]);

function deckOfPictures(count: number): Deck {
  const base = emptyDeck({ title: 'Progressif' });
  const media: Record<string, { type: string; data: Uint8Array }> = {};
  for (let i = 1; i <= count; i++) media[`image${String(i)}.png`] = { type: 'image/png', data: picture(i) };
  const slides = Array.from({ length: count }, (_, i) => {
    const shapes: DeckShape[] = [
      { kind: 'shape', id: 2, geometry: 'rect', placeholder: { type: 'title' }, text: plainTextBody([`Diapositive ${String(i + 1)}`]) },
      { kind: 'picture', id: 3, name: `Image ${String(i + 1)}`, media: `image${String(i + 1)}.png`, xfrm: { x: 0, y: 0, cx: 1_000_000, cy: 1_000_000 } },
    ];
    return { id: `s${String(i + 1)}`, title: `Diapositive ${String(i + 1)}`, body: [], notes: '', shapes };
  });
  return { ...base, slides, media };
}

describe.each(['pptx', 'odp', 'fodp'] as const)('%s: first slide before the rest', (format) => {
  it('hands over the first slide, with only its pictures, then resolves with the whole deck', async () => {
    const bytes = await write(deckOfPictures(5), format);
    const previews: OstalDocument[] = [];
    const result = await read(bytes, { onFirstSlide: (p) => previews.push(p) });
    expect(previews).toHaveLength(1);
    const preview = previews[0] as Deck;
    const whole = result.document as Deck;
    expect(preview.slides.map((s) => slideTextLines(s)[0])).toEqual(['Diapositive 1']);
    expect(whole.slides.map((s) => slideTextLines(s)[0])).toEqual(['Diapositive 1', 'Diapositive 2', 'Diapositive 3', 'Diapositive 4', 'Diapositive 5']);
    // The preview's slide is the whole deck's first one (same id: edits made meanwhile are merged by it).
    expect(preview.slides[0]?.id).toBe(whole.slides[0]?.id);
    expect(preview.size).toEqual(whole.size);
    expect(preview.layouts?.length).toBe(whole.layouts?.length);
    expect(preview.masters?.length).toBe(whole.masters?.length);
    expect(preview.theme).toEqual(whole.theme);
    // Only the first slide's picture, with the same bytes, in a buffer of its own (cheap to copy to another thread).
    const first = whole.slides[0]?.shapes?.find((s) => s.kind === 'picture');
    const name = first?.kind === 'picture' ? first.media : '';
    expect(Object.keys(preview.media ?? {})).toEqual([name]);
    expect(Object.keys(whole.media ?? {})).toHaveLength(5);
    const data = preview.media?.[name]?.data;
    expect(Array.from(data ?? [])).toEqual(Array.from(whole.media?.[name]?.data ?? []));
    expect(data?.buffer.byteLength).toBe(data?.byteLength);
  });
});

describe('first slide before the rest', () => {
  it('is not called for other formats, nor for a deck without slides', async () => {
    const calls: OstalDocument[] = [];
    await read(await write(emptyTextDocument(), 'odt'), { onFirstSlide: (p) => calls.push(p) });
    await read(await write({ ...deckOfPictures(1), slides: [], media: {} }, 'odp'), { onFirstSlide: (p) => calls.push(p) });
    expect(calls).toHaveLength(0);
  });
});
