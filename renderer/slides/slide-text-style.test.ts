/** What a slide's text inherits: master text styles, then the placeholders' list styles, then its own. */
import { describe, expect, it } from 'vitest';
import { emptyDeck } from '@ostal/model';
import type { Deck, GeometryShape } from '@ostal/model';
import { inheritedStyle } from './slide-text-style.js';

const body = (text: GeometryShape['text']): GeometryShape => ({ kind: 'shape', id: 3, geometry: 'rect', placeholder: { type: 'body', idx: 1 }, ...(text ? { text } : {}) });

const deck: Deck = {
  ...emptyDeck(),
  masters: [{ id: 'm', shapes: [body(undefined)], bodyStyle: [{ paragraph: { align: 'left' }, run: { size: 2800, bold: true } }] }],
  layouts: [{ id: 'l', master: 'm', shapes: [body({ paragraphs: [], listStyle: [{ run: { size: 1800 } }] })] }],
  slides: [{ id: 's', title: '', body: [], notes: '', layout: 'l', shapes: [] }],
};

describe('inherited text style of a slide placeholder', () => {
  it('takes the layout placeholder’s size over the master’s, keeping what the layout does not say', () => {
    const style = inheritedStyle(deck, deck.slides[0]!, body({ paragraphs: [] }), 0);
    expect(style.run).toMatchObject({ size: 1800, bold: true });
    expect(style.paragraph.align).toBe('left');
  });

  it('lets the shape’s own list style win over the layout’s', () => {
    expect(inheritedStyle(deck, deck.slides[0]!, body({ paragraphs: [], listStyle: [{ paragraph: { align: 'center' }, run: { size: 1200 } }] }), 0)).toMatchObject({ paragraph: { align: 'center' }, run: { size: 1200 } });
  });
});
