/** Turned text (a:bodyPr vert) is drawn turned on the slide, in the editor and in read-only layers. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { emptyDeck } from '@ostal/model';
import type { Deck, GeometryShape } from '@ostal/model';
import { SlideView } from './SlideView.js';
import { turnedTextStyle } from './slide-shape-style.js';

const IN = 914_400;

function drawn(vertical?: string): string {
  const shape: GeometryShape = { kind: 'shape', id: 7, name: 'Flèche', geometry: 'upArrow', xfrm: { x: IN, y: IN, cx: IN, cy: 3 * IN }, text: { paragraphs: [{ runs: [{ text: 'Vers le haut' }] }], ...(vertical ? { props: { vertical } } : {}) } };
  const deck: Deck = { ...emptyDeck(), slides: [{ id: 's1', title: '', body: [], notes: '', shapes: [shape] }] };
  return renderToStaticMarkup(<SlideView deck={deck} slide={deck.slides[0]!} urls={new Map()} />);
}

const textStyle = (html: string): string => /<div class="slides-text" style="([^"]*)"/.exec(html)?.[1] ?? '';

describe('turned text on a slide', () => {
  it('reads downwards for vert and upwards for vert270, and across when not turned', () => {
    expect(textStyle(drawn('vert'))).toContain('writing-mode:vertical-rl');
    expect(textStyle(drawn('vert'))).toContain('text-orientation:sideways');
    expect(textStyle(drawn('vert270'))).toContain('writing-mode:sideways-lr');
    expect(textStyle(drawn())).not.toContain('writing-mode');
  });

  it('keeps East Asian letters upright in eaVert, and stacked WordArt letters untouched', () => {
    expect(turnedTextStyle('eaVert')).toEqual({ writingMode: 'vertical-rl', textOrientation: 'mixed' });
    expect(turnedTextStyle('horz')).toEqual({});
    expect(turnedTextStyle('wordArtVert')).toEqual({});
  });
});
