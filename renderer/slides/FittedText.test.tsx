import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { emptyDeck } from '@ostal/model';
import type { Deck, GeometryShape, TextBody } from '@ostal/model';
import { rememberFit } from './autofit-steps.js';
import { SlideView } from './SlideView.js';

const xfrm = { x: 0, y: 0, cx: 2_000_000, cy: 500_000 };
const text: TextBody = { paragraphs: [{ runs: [{ text: 'Un texte bien trop long pour sa boîte', style: { size: 2000 } }] }], props: { autofit: 'shrink' } };
const shape: GeometryShape = { kind: 'shape', id: 2, geometry: 'rect', xfrm, text };
const deck: Deck = { ...emptyDeck(), slides: [{ id: 's1', title: '', body: [], notes: '', shapes: [shape] }] };
const draw = (d: Deck) => renderToStaticMarkup(<SlideView deck={d} slide={d.slides[0]!} urls={new Map()} />);

describe('text that shrinks on overflow, drawn without measuring (PDF and PNG exports)', () => {
  it("starts at the file's scale, then takes the scale measured for the same text in the same box", () => {
    expect(draw(deck)).toContain('data-font-scale="100000"');
    const scaled: Deck = { ...deck, slides: [{ ...deck.slides[0]!, shapes: [{ ...shape, text: { ...text, props: { autofit: 'shrink', fontScale: 62_500 } } }] }] };
    expect(draw(scaled)).toContain('data-font-scale="62500"');
    rememberFit(text, `${String(xfrm.cx)}×${String(xfrm.cy)}`, { fontScale: 55_000, lineSpaceReduction: 20_000 });
    const html = draw(deck);
    expect(html).toContain('data-font-scale="55000"');
    expect(html).toContain('line-height:0.96');
    // Another box size: not the same fit.
    const wider: Deck = { ...deck, slides: [{ ...deck.slides[0]!, shapes: [{ ...shape, xfrm: { ...xfrm, cx: 4_000_000 } }] }] };
    expect(draw(wider)).toContain('data-font-scale="100000"');
  });
  it('leaves text that does not shrink as it is', () => {
    const plain: Deck = { ...deck, slides: [{ ...deck.slides[0]!, shapes: [{ ...shape, text: { ...text, props: { autofit: 'none' } } }] }] };
    expect(draw(plain)).not.toContain('data-font-scale');
  });
});
