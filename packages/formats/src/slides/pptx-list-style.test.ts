/** A layout placeholder's own list style (a:lstStyle), where templates set their placeholders' sizes and bullets. */
import { placeholderListStyles } from '@ostal/model';
import type { Deck } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { read, write } from '../index.js';
import { richDeck } from './rich-deck.fixture.js';

const listStyle = [{ paragraph: { align: 'center' as const }, run: { size: 3600, color: { scheme: 'accent2' } } }, { run: { size: 2000 } }];

/** The rich deck whose "Titre seul" layout sets its title placeholder's formatting in its list style. */
const deck: Deck = {
  ...richDeck,
  layouts: richDeck.layouts?.map((l) =>
    l.id === 'l2' ? { ...l, shapes: l.shapes.map((s) => (s.kind === 'shape' && s.placeholder?.type === 'title' ? { ...s, text: { paragraphs: [{ runs: [{ text: 'Titre' }] }], listStyle } } : s)) } : l,
  ),
};

describe('a layout placeholder’s list style', () => {
  it('is what the slide’s placeholder of that kind inherits over the master’s text styles', () => {
    const slide = deck.slides.find((s) => s.layout === 'l2')!;
    expect(placeholderListStyles(deck, slide, { type: 'title' })).toEqual([listStyle]);
    expect(placeholderListStyles(deck, slide, { type: 'body', idx: 1 })).toEqual([]);
  });

  it('survives a PPTX save', async () => {
    const back = (await read(await write(deck, 'pptx'))).document as Deck;
    const layout = back.layouts?.find((l) => l.name === 'Titre seul');
    const title = layout?.shapes.find((s) => s.placeholder?.type === 'title');
    expect(title?.kind === 'shape' ? title.text?.listStyle : undefined).toEqual(listStyle);
  });
});
