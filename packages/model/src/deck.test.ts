import { describe, expect, it } from 'vitest';
import { DECK_VERSION, makeSlide, migrateDeck } from './deck.js';
import type { Deck, Slide } from './deck.js';
import { resolveColor } from './deck-color.js';
import { masterLevelStyle, resolvedTransform, slideShapes, slideTextFromShapes, slideTextLines } from './deck-slide-text.js';
import type { DeckShape } from './deck-shapes.js';

describe('deck model version 2', () => {
  it('migrates a version 1 deck: its size in mm becomes exact EMU (widescreen snaps to 12192000)', () => {
    const v1 = { kind: 'deck', version: 1, meta: {}, size: { widthMm: 338.667, heightMm: 190.5 }, slides: [{ id: 'a', title: 'T', body: ['b'], notes: '' }] };
    const deck = migrateDeck(v1);
    expect(deck.version).toBe(DECK_VERSION);
    expect(deck.size).toEqual({ cx: 12_192_000, cy: 6_858_000 });
    expect(deck.slides[0]).toEqual(v1.slides[0]);
    expect(migrateDeck({ ...v1, size: { widthMm: 254, heightMm: 142.875 } }).size).toEqual({ cx: 9_144_000, cy: 5_143_500 });
  });

  it('binds the editor’s title and body to the placeholders, keeping the runs of text left unchanged', () => {
    const shapes: DeckShape[] = [
      { kind: 'shape', id: 2, geometry: 'rect', placeholder: { type: 'ctrTitle' }, text: { paragraphs: [{ runs: [{ text: 'Bilan', style: { bold: true } }] }] } },
      { kind: 'shape', id: 3, geometry: 'rect', placeholder: { type: 'subTitle', idx: 1 }, text: { paragraphs: [{ runs: [{ text: 'un', style: { size: 2000 } }], style: { align: 'center' } }] } },
      { kind: 'shape', id: 4, geometry: 'ellipse', text: { paragraphs: [{ runs: [{ text: 'à part' }] }] } },
    ];
    expect(slideTextFromShapes(shapes)).toEqual({ title: 'Bilan', body: ['un'] });
    const slide: Slide = { id: 's', title: 'Bilan', body: ['un', 'deux'], notes: '', shapes };
    const written = slideShapes(slide);
    expect(written[0]).toBe(shapes[0]);
    expect(written[1]).toMatchObject({ text: { paragraphs: [{ runs: [{ text: 'un', style: { size: 2000 } }], style: { align: 'center' } }, { runs: [{ text: 'deux', style: { size: 2000 } }], style: { align: 'center' } }] } });
    expect(written[2]).toBe(shapes[2]);
    expect(slideTextLines(slide)).toEqual(['Bilan', 'un', 'deux', 'à part']);
  });

  it('gives a slide made in the editor a title and a body placeholder', () => {
    expect(slideShapes(makeSlide('Titre', ['a'])).map((s) => s.placeholder?.type)).toEqual(['title', 'body']);
  });

  it('resolves a placeholder’s position through its layout, then its master', () => {
    const at = (y: number) => ({ x: 0, y, cx: 10, cy: 10 });
    const deck: Deck = {
      kind: 'deck',
      version: 2,
      meta: {},
      size: { cx: 100, cy: 100 },
      masters: [{ id: 'm', shapes: [{ kind: 'shape', id: 2, geometry: 'rect', placeholder: { type: 'title' }, xfrm: at(1) }, { kind: 'shape', id: 3, geometry: 'rect', placeholder: { type: 'body', idx: 1 }, xfrm: at(2) }] }],
      layouts: [{ id: 'l', master: 'm', shapes: [{ kind: 'shape', id: 2, geometry: 'rect', placeholder: { type: 'body', idx: 1 }, xfrm: at(3) }, { kind: 'shape', id: 3, geometry: 'rect', placeholder: { type: 'title' } }] }],
      slides: [],
    };
    const slide: Slide = { id: 's', title: '', body: [], notes: '', layout: 'l' };
    expect(resolvedTransform(deck, slide, { kind: 'shape', id: 9, geometry: 'rect', placeholder: { type: 'obj', idx: 1 } })).toEqual(at(3));
    expect(resolvedTransform(deck, slide, { kind: 'shape', id: 9, geometry: 'rect', placeholder: { type: 'title' } })).toEqual(at(1));
    expect(resolvedTransform(deck, slide, { kind: 'shape', id: 9, geometry: 'rect', placeholder: { type: 'title' }, xfrm: at(7) })).toEqual(at(7));
  });

  it('resolves theme colours with PowerPoint’s luminance changes', () => {
    const palette = { dk1: '000000', lt1: 'FFFFFF', accent1: '4472C4' };
    expect(resolveColor({ scheme: 'accent1' }, palette)).toBe('4472C4');
    expect(resolveColor({ scheme: 'tx1' }, palette)).toBe('000000');
    expect(resolveColor({ scheme: 'bg1', lumMod: 85_000 }, palette)).toBe('D9D9D9');
    expect(resolveColor({ scheme: 'accent9' }, palette)).toBeUndefined();
  });
});

describe('master text styles', () => {
  it('gives the date, footer and slide number the other style, not the body style and its bullets', () => {
    const bullet = { kind: 'char', char: '•' } as const;
    const master = { id: 'M1', shapes: [], titleStyle: [{ run: { size: 4400 } }], bodyStyle: [{ paragraph: { bullet }, run: { size: 2800 } }], otherStyle: [{ run: { size: 1800 } }] };
    expect(masterLevelStyle(master, 'ftr', 0)?.paragraph?.bullet).toBeUndefined();
    expect(masterLevelStyle(master, 'sldNum', 0)?.run?.size).toBe(1800);
    expect(masterLevelStyle(master, 'obj', 0)?.paragraph?.bullet).toEqual(bullet);
    expect(masterLevelStyle(master, 'ctrTitle', 0)?.run?.size).toBe(4400);
  });
});
