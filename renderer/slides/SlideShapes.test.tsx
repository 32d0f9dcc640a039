import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Deck, DeckShape, Transform } from '@ostal/model';
import { SlideShapes } from './SlideShapes.js';

/** A slide holding a group at `frame` whose one member is a box with text. */
function deckWith(frame: Transform): Deck {
  const box: DeckShape = { kind: 'shape', id: 3, name: 'Note', geometry: 'rect', xfrm: { x: 0, y: 0, cx: 1000, cy: 500 }, fill: { kind: 'solid', color: { rgb: 'FFE699' } }, text: { paragraphs: [{ runs: [{ text: 'Lisible' }] }] } };
  const group: DeckShape = { kind: 'group', id: 2, name: 'Groupe', xfrm: frame, childSpace: { x: 0, y: 0, cx: 1000, cy: 500 }, children: [box] };
  return { kind: 'deck', version: 2, meta: {}, size: { cx: 9_144_000, cy: 6_858_000 }, media: {}, slides: [{ id: 's1', title: '', body: [], notes: '', shapes: [group] }] };
}

/** The CSS transforms of the member's box and of its text, as the read-only layer draws them. */
function transforms(frame: Transform): { box: string | undefined; text: string | undefined } {
  const deck = deckWith(frame);
  const html = renderToStaticMarkup(<SlideShapes deck={deck} slide={deck.slides[0]!} label="Autres éléments" />);
  // The shape's box, then its text: the first div inside it (static markup, no DOM here).
  const m = /<div class="slides-shape"[^>]*style="([^"]*)"[^>]*><div style="([^"]*)">(.*?)<\/div><\/div>/.exec(html);
  expect(m?.[3]).toContain('Lisible');
  const transform = (css: string | undefined) => /(?:^|;)transform:([^;]+)/.exec(css ?? '')?.[1];
  return { box: transform(m?.[1]), text: transform(m?.[2]) };
}

describe('text of shapes in flipped groups (read-only layer)', () => {
  const frame = { x: 914_400, y: 914_400, cx: 2_000_000, cy: 1_000_000 };

  it('is not mirrored when the group is flipped horizontally', () => {
    expect(transforms({ ...frame, flipH: true })).toEqual({ box: 'scaleX(-1)', text: 'scaleX(-1)' });
  });

  it('shows upside down, not mirrored, when the group is flipped vertically, as PowerPoint shows it', () => {
    // Box mirrored top to bottom, text mirrored back across: together a half turn of the text.
    expect(transforms({ ...frame, flipV: true })).toEqual({ box: 'scaleY(-1)', text: 'scaleX(-1)' });
  });

  it('is left alone when the group is flipped both ways (a half turn) or not at all', () => {
    expect(transforms({ ...frame, flipH: true, flipV: true }).text).toBeUndefined();
    expect(transforms(frame)).toEqual({ box: undefined, text: undefined });
  });
});
