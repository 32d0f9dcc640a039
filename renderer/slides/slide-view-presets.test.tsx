/** Preset shapes on a slide are drawn from their DrawingML outline, not as boxes; the master's own shapes behind them. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { emptyDeck } from '@ostal/model';
import type { Deck, GeometryShape } from '@ostal/model';
import { SlideView } from './SlideView.js';

const IN = 914_400;

function drawn(geometry: string, extra: Partial<GeometryShape> = {}): string {
  const shape: GeometryShape = { kind: 'shape', id: 7, name: 'Forme', geometry, xfrm: { x: IN, y: IN, cx: 2 * IN, cy: IN }, fill: { kind: 'solid', color: { rgb: 'FF0000' } }, line: { width: 12_700, fill: { kind: 'solid', color: { rgb: '000000' } } }, ...extra };
  const deck: Deck = { ...emptyDeck(), slides: [{ id: 's1', title: '', body: [], notes: '', shapes: [shape] }] };
  return renderToStaticMarkup(<SlideView deck={deck} slide={deck.slides[0]!} urls={new Map()} />);
}

describe('preset shapes on a slide', () => {
  it('draws a heart, a cloud and a teardrop as their outlines in the shape’s box', () => {
    for (const geometry of ['heart', 'cloud', 'teardrop', 'flowChartMerge']) {
      const html = drawn(geometry);
      expect(html, geometry).toContain('slides-view__preset');
      expect(html, geometry).toMatch(/<path d="M[^"]+"[^>]*fill="#FF0000"/i);
      expect(html, geometry).toContain(`viewBox="0 0 ${String(2 * IN)} ${String(IN)}"`);
    }
  });

  it('moves a right arrow’s head with its adjust values', () => {
    expect(drawn('rightArrow')).toContain(`L${String(2 * IN - IN / 2)} ${String(IN / 4)}`);
    expect(drawn('rightArrow', { adjust: { adj2: 100_000 } })).toContain(`L${String(IN)} ${String(IN / 4)}`);
  });

  it('leaves a can’s shading unstroked and its rim unfilled', () => {
    const html = drawn('can');
    expect(html).toMatch(/fill="#FF0000" stroke="none"/i);
    expect(html).toMatch(/fill="none" stroke="#000000"/i);
  });

  it('draws an action button’s icon darker than its face, and a cube’s side darker', () => {
    const button = drawn('actionButtonForwardNext');
    expect(button).toContain('slides-view__preset');
    // The face in the shape's red, the icon in red with a black veil over it.
    expect(button).toMatch(/fill="#FF0000"/i);
    expect(button).toMatch(/fill="#000000" fill-opacity="0.4" stroke="none"/);
    expect(drawn('cube')).toMatch(/fill="#000000" fill-opacity="0.196\d*"/);
    expect(drawn('cube')).toMatch(/fill="#ffffff" fill-opacity="0.196\d*"/);
  });

  it('keeps rectangles, ellipses and rounded rectangles as boxes, and unknown presets as rectangles', () => {
    for (const geometry of ['rect', 'ellipse', 'roundRect', 'noSuchPreset']) expect(drawn(geometry), geometry).not.toContain('slides-view__preset');
  });

  it('places a star’s text inside its text rectangle', () => {
    const html = drawn('star5', { text: { paragraphs: [{ runs: [{ text: 'Bravo' }] }] } });
    expect(html).toContain('Bravo');
    expect(html).toMatch(/class="slides-text" style="[^"]*left:\s*3\d\.\d+%/);
  });
});

describe('shape shadows on a slide', () => {
  it('draws a shape’s outer shadow (its own or its theme style’s) as a drop shadow, boxes and outlines alike', () => {
    const shadow = { dist: 38_100, dir: 2_700_000, color: { scheme: 'accent1' } };
    for (const geometry of ['rect', 'heart']) {
      expect(drawn(geometry, { shadow }), geometry).toMatch(/filter:drop-shadow\([^)]*#[0-9A-F]{6}\)/i);
      expect(drawn(geometry), geometry).not.toContain('drop-shadow');
    }
  });
});

describe('the master’s own shapes on a slide', () => {
  const logo: GeometryShape = { kind: 'shape', id: 90, name: 'Logo', geometry: 'star5', xfrm: { x: 0, y: 0, cx: IN, cy: IN }, fill: { kind: 'solid', color: { rgb: '00AA00' } } };
  const deckWith = (hide: boolean): Deck => ({
    ...emptyDeck(),
    masters: [{ id: 'm1', name: 'Maître', shapes: [logo] }],
    layouts: [{ id: 'l1', name: 'Vide', master: 'm1', shapes: [] }],
    slides: [{ id: 's1', title: '', body: [], notes: '', layout: 'l1', shapes: [], ...(hide ? { hideMasterShapes: true } : {}) }],
  });
  const html = (deck: Deck) => renderToStaticMarkup(<SlideView deck={deck} slide={deck.slides[0]!} urls={new Map()} />);

  it('shows the master’s logo, unless the slide hides background graphics', () => {
    expect(html(deckWith(false))).toMatch(/fill="#00AA00"/i);
    expect(html(deckWith(true))).not.toMatch(/fill="#00AA00"/i);
  });
});
