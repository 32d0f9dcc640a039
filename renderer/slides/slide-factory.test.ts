import { describe, expect, it } from 'vitest';
import { emptyDeck } from '@ostal/model';
import type { Deck, DeckLayout } from '@ostal/model';
import { basicShape, freeMediaName, furniturePlaceholder, pictureShape, slideOfLayout, tableShape } from './slide-factory.js';
import { autoNumber, bulletMarkers } from './slide-text-style.js';
import { revealTransition, transitionChoice, transitionOf } from './SlideSidePanel.js';

const deck = emptyDeck();

describe('new slides and layouts', () => {
  it('gives built-in layouts their placeholders', () => {
    expect(slideOfLayout(deck, { builtIn: 'titleSlide' }).shapes!.map((s) => s.placeholder?.type)).toEqual(['ctrTitle', 'subTitle']);
    expect(slideOfLayout(deck, { builtIn: 'blank' }).shapes).toEqual([]);
  });
  it("takes a deck layout's placeholders, furniture left to the master", () => {
    const layout: DeckLayout = {
      id: 'L2',
      master: 'M1',
      shapes: [
        { kind: 'shape', id: 2, geometry: 'rect', placeholder: { type: 'title' } },
        { kind: 'shape', id: 3, geometry: 'rect', placeholder: { type: 'body', idx: 1 } },
        { kind: 'shape', id: 4, geometry: 'rect', placeholder: { type: 'sldNum', idx: 12 } },
      ],
    };
    const d: Deck = { ...deck, layouts: [layout] };
    const s = slideOfLayout(d, { layout: 'L2' });
    expect(s.layout).toBe('L2');
    expect(s.shapes!.map((x) => x.placeholder?.type)).toEqual(['title', 'body']);
    expect(s.shapes!.every((x) => x.xfrm === undefined)).toBe(true);
  });
});

describe('inserted shapes', () => {
  it('places a slide number and a footer where the master puts them, else at the default place, and writes that place', () => {
    const slide = deck.slides[0]!;
    const num = furniturePlaceholder(deck, slide, [], 'sldNum', '1');
    expect(num.placeholder).toEqual({ type: 'sldNum', idx: 12 });
    expect(num.xfrm!.y).toBeGreaterThan(deck.size.cy * 0.9);
    expect(num.text?.paragraphs[0]?.runs[0]?.field).toBe('slidenum');
    const master = { id: 'M1', shapes: [{ kind: 'shape' as const, id: 5, geometry: 'rect', placeholder: { type: 'ftr', idx: 11 }, xfrm: { x: 100, y: 200, cx: 300, cy: 40 } }] };
    const d: Deck = { ...deck, masters: [master] };
    expect(furniturePlaceholder(d, slide, [], 'ftr', 'Préfecture').xfrm).toEqual({ x: 100, y: 200, cx: 300, cy: 40 });
  });
  it('centres shapes and fits pictures into half the slide, keeping their ratio', () => {
    const r = basicShape(deck, 'ellipse', 5, 'Ellipse');
    expect(r.xfrm!.x * 2 + r.xfrm!.cx).toBe(deck.size.cx);
    const big = pictureShape(deck, 6, 'image1.png', 4000, 1000, 'logo');
    expect(big.xfrm!.cx).toBe(deck.size.cx / 2);
    expect(big.xfrm!.cx / big.xfrm!.cy).toBeCloseTo(4);
    const small = pictureShape(deck, 7, 'image1.png', 100, 50, 'logo');
    expect(small.xfrm!.cx).toBe(100 * 9525);
  });
  it('makes tables of the asked size and lines with an arrow head', () => {
    const t = tableShape(deck, 8, 2, 3, 'Tableau');
    expect([t.rows.length, t.columns.length, t.rows[0]!.cells.length]).toEqual([2, 3, 3]);
    expect(t.columns.reduce((a, b) => a + b, 0)).toBe(t.xfrm!.cx);
    const arrow = basicShape(deck, 'arrow', 9, 'Flèche');
    expect(arrow.kind === 'connector' ? arrow.line?.tail : undefined).toBe('triangle');
  });
  it('names media after the first free number', () => {
    const d: Deck = { ...deck, media: { 'image1.png': { type: 'image/png', data: new Uint8Array() } } };
    expect(freeMediaName(d, 'png')).toBe('image2.png');
  });
});

describe('bullets and transitions', () => {
  it('numbers paragraphs per level and restarts after a deeper level', () => {
    const num = { kind: 'number', scheme: 'arabicPeriod' } as const;
    const paragraphs = [
      { runs: [{ text: 'a' }], style: { bullet: num } },
      { runs: [{ text: 'b' }], style: { level: 1, bullet: { kind: 'number', scheme: 'alphaLcParenR' } as const } },
      { runs: [{ text: 'c' }], style: { level: 1, bullet: { kind: 'number', scheme: 'alphaLcParenR' } as const } },
      { runs: [{ text: 'd' }], style: { bullet: num } },
      { runs: [{ text: 'e' }] },
      { runs: [] },
    ];
    expect(bulletMarkers(paragraphs, () => ({ bullet: { kind: 'char', char: '–' } }))).toEqual(['1.', 'a)', 'b)', '2.', '–', '']);
    expect(autoNumber('romanUcPeriod', 14)).toBe('XIV.');
    expect(autoNumber('alphaLcParenBoth', 28)).toBe('(ab)');
  });
  it('maps transitions to the panel and to reveal.js', () => {
    expect(transitionChoice(transitionOf('fade'))).toBe('fade');
    expect(transitionChoice(transitionOf('slide'))).toBe('slide');
    expect(transitionOf('none')).toBeUndefined();
    expect(transitionChoice({ kind: 'cover', direction: 'r' })).toBe('slide');
    expect(revealTransition({ kind: 'dissolve' })).toBe('fade');
    expect(revealTransition(undefined)).toBe('none');
  });
});
