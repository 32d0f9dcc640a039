import { describe, expect, it } from 'vitest';
import { emptyDeck, plainTextBody, textBodyLines } from '@ostal/model';
import type { Deck, DeckLayout, DeckShape, PlaceholderRef } from '@ostal/model';
import { applyLayout, applyLayoutAt, placeholderRole } from './apply-layout.js';
import { basicShape, slideOfLayout } from './slide-factory.js';

const deck = emptyDeck();
const ph = (id: number, placeholder: PlaceholderRef, xfrm?: { x: number; y: number; cx: number; cy: number }): DeckShape => ({ kind: 'shape', id, geometry: 'rect', placeholder, ...(xfrm ? { xfrm } : {}) });
const layout = (id: string, shapes: DeckShape[]): DeckLayout => ({ id, master: 'M1', shapes });
const withText = (s: DeckShape, lines: string[]): DeckShape => (s.kind === 'shape' ? { ...s, text: plainTextBody(lines) } : s);
const texts = (shapes: readonly DeckShape[] | undefined) => (shapes ?? []).map((s) => `${s.placeholder ? `${s.placeholder.type}${s.placeholder.idx !== undefined ? `#${String(s.placeholder.idx)}` : ''}` : s.kind}:${s.kind === 'shape' ? textBodyLines(s.text).join('|') : ''}`);

/** A deck of three layouts: title and content, comparison (two bodies), title only. */
const layouts: Deck = {
  ...deck,
  layouts: [
    layout('content', [ph(2, { type: 'title' }, { x: 1, y: 2, cx: 100, cy: 50 }), ph(3, { type: 'obj', idx: 1 }, { x: 10, y: 600, cx: 900, cy: 400 }), ph(4, { type: 'sldNum', idx: 12 })]),
    layout('compare', [ph(2, { type: 'title' }), ph(3, { type: 'body', idx: 1 }), ph(4, { type: 'obj', idx: 2 }), ph(5, { type: 'body', idx: 3 })]),
    layout('titleOnly', [ph(2, { type: 'title' })]),
  ],
};

describe('placeholder roles', () => {
  it('takes a subtitle or content box for a body and a centred title for a title', () => {
    expect(['ctrTitle', 'subTitle', 'obj', undefined, 'pic'].map(placeholderRole)).toEqual(['title', 'body', 'body', 'body', 'pic']);
  });
});

describe('applying a layout to a slide', () => {
  it('moves title and body text to the new layout and keeps other shapes', () => {
    const slide = slideOfLayout(deck, { builtIn: 'titleAndContent' });
    const shapes = slide.shapes!.map((s) => withText(s, s.placeholder?.type === 'title' ? ['Bilan'] : ['Un']));
    const rect = basicShape(deck, 'rect', 9, 'Rectangle');
    const next = applyLayout(deck, { ...slide, shapes: [...shapes, rect] }, { builtIn: 'titleSlide' });
    expect(texts(next.shapes)).toEqual(['ctrTitle:Bilan', 'subTitle#1:Un', 'shape:']);
    expect([next.title, next.body]).toEqual(['Bilan', ['Un']]);
    expect(next.shapes![2]).toEqual(rect);
    expect(next.layout).toBeUndefined();
  });

  it('matches by type and index first, then by role in order, and takes the layout id', () => {
    const slide = { ...slideOfLayout(layouts, { layout: 'compare' }) };
    const filled = { ...slide, shapes: slide.shapes!.map((s, i) => withText(s, [['Titre', 'Gauche', 'Droite', 'Bas'][i]!])) };
    const back = applyLayout(layouts, filled, { layout: 'content' });
    expect(back.layout).toBe('content');
    // body#1 goes to obj#1 (same index, same role); the two others have no place and stay.
    expect(texts(back.shapes).slice(0, 2)).toEqual(['title:Titre', 'obj#1:Gauche']);
    expect(texts(back.shapes).slice(2).sort()).toEqual(['shape:Bas', 'shape:Droite']);
    // Furniture is left to the master: the layout's slide number is not copied on the slide.
    expect(back.shapes!.some((s) => s.placeholder?.type === 'sldNum')).toBe(false);
    const again = applyLayout(layouts, back, { layout: 'compare' });
    expect(texts(again.shapes).slice(0, 4)).toEqual(['title:Titre', 'body#1:Gauche', 'obj#2:', 'body#3:']);
  });

  it('keeps a placeholder without a place where it showed, and drops empty ones', () => {
    const slide = { ...slideOfLayout(layouts, { layout: 'content' }) };
    const filled = { ...slide, shapes: slide.shapes!.map((s) => (s.placeholder?.type === 'obj' ? withText(s, ['Point']) : s)) };
    const next = applyLayout(layouts, filled, { layout: 'titleOnly' });
    // The empty title moves (empty) into the new title; the body keeps the frame of the old layout.
    expect(texts(next.shapes)).toEqual(['title:', 'shape:Point']);
    expect(next.shapes![1]!.xfrm).toEqual({ x: 10, y: 600, cx: 900, cy: 400 });
    expect(next.shapes![1]!.placeholder).toBeUndefined();
    const blank = applyLayout(layouts, { ...slide }, { layout: 'titleOnly' });
    expect(texts(blank.shapes)).toEqual(['title:']);
  });

  it('keeps the slide number, footer and pictures, gives new ids and drops the old box shrink', () => {
    const pic: DeckShape = { kind: 'picture', id: 7, media: 'image1.png', placeholder: { type: 'pic', idx: 5 } };
    const num: DeckShape = { ...ph(8, { type: 'sldNum', idx: 12 }), text: { paragraphs: [{ runs: [{ text: '1', field: 'slidenum' }] }] } } as DeckShape;
    const title: DeckShape = { kind: 'shape', id: 2, geometry: 'rect', placeholder: { type: 'title' }, text: { paragraphs: [{ runs: [{ text: 'Long' }] }], props: { autofit: 'shrink', fontScale: 62_500, lineSpaceReduction: 20_000 } } };
    const next = applyLayout(layouts, { id: 's', title: '', body: [], notes: '', layout: 'content', shapes: [title, pic, num] }, { layout: 'titleOnly' });
    expect(next.shapes!.map((s) => s.kind + (s.placeholder?.type ?? ''))).toEqual(['shapetitle', 'picture', 'shapesldNum']);
    const t = next.shapes![0]!;
    expect(t.kind === 'shape' ? t.text?.props : undefined).toEqual({ autofit: 'shrink' });
    expect(new Set(next.shapes!.map((s) => s.id)).size).toBe(3);
  });

  it('changes only the slide asked for', () => {
    const d: Deck = { ...layouts, slides: [slideOfLayout(layouts, { layout: 'content' }), slideOfLayout(layouts, { layout: 'content' })] };
    const next = applyLayoutAt(d, 1, { layout: 'titleOnly' });
    expect(next.slides.map((s) => s.layout)).toEqual(['content', 'titleOnly']);
    expect(next.slides[0]).toBe(d.slides[0]);
    expect(applyLayoutAt(d, 5, { layout: 'titleOnly' })).toBe(d);
  });
});
