import { describe, expect, it } from 'vitest';
import { emptyDeck, plainTextBody } from '@ostal/model';
import type { Deck } from '@ostal/model';
import { deckPrintHtml, mediaDataUrls, slidePixelSize, slidePngName } from './slide-export.js';
import { insertShape } from './shape-operations.js';
import { pictureShape, slideOfLayout } from './slide-factory.js';

function deckOf(titles: string[], hidden: number[] = []): Deck {
  const base = emptyDeck();
  const slides = titles.map((t, i) => {
    const s = slideOfLayout(base, { builtIn: 'titleOnly' });
    return { ...s, hidden: hidden.includes(i), shapes: s.shapes!.map((x) => ({ ...x, text: plainTextBody([t]) })) };
  });
  return { ...base, slides };
}

describe('deck exports', () => {
  it('sizes pages as the slide at 96 dpi (1280 x 720 for 16:9, 960 x 720 for 4:3)', () => {
    expect(slidePixelSize(emptyDeck())).toEqual({ width: 1280, height: 720 });
    expect(slidePixelSize({ ...emptyDeck(), size: { cx: 9_144_000, cy: 6_858_000 } })).toEqual({ width: 960, height: 720 });
  });

  it('prints one page per shown slide, text as text, the page size from the slide', () => {
    const html = deckPrintHtml(deckOf(['Budget 2027', 'Caché', 'Calendrier & étapes']), 'p{color:red}', 'Rapport <final>', (n) => `Diapositive ${String(n)}`);
    expect(html.match(/<section class="ostal-export-page"/g)).toHaveLength(3);
    expect(html).toContain('@page{size:1280px 720px;margin:0}');
    expect(html).toContain('Budget 2027');
    expect(html).toContain('Calendrier &amp; étapes');
    expect(html).toContain('<title>Rapport &lt;final></title>');
    expect(html).toContain('p{color:red}');
    expect(html).not.toMatch(/<script/i);
    const hidden = deckPrintHtml(deckOf(['Un', 'Caché', 'Trois'], [1]), '', 'x', String);
    expect(hidden.match(/<section/g)).toHaveLength(2);
    expect(hidden).not.toContain('Caché');
  });

  it('inlines pictures as data: addresses (nothing fetched while printing)', () => {
    const base = deckOf(['Logo']);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const withMedia: Deck = { ...base, media: { 'image1.png': { type: 'image/png', data: png } } };
    const r = insertShape(withMedia, 0, (id) => pictureShape(withMedia, id, 'image1.png', 200, 100, 'Logo'));
    expect(mediaDataUrls(r.deck).get('image1.png')).toBe(`data:image/png;base64,${Buffer.from(png).toString('base64')}`);
    const html = deckPrintHtml(r.deck, '', 'x', String);
    expect(html).toContain(`data:image/png;base64,${Buffer.from(png).toString('base64')}`);
    expect(html).not.toContain('blob:');
  });

  it('names PNG files so that they sort in slide order', () => {
    expect(slidePngName('diapositive', 3, 12)).toBe('diapositive-03.png');
    expect(slidePngName('slide', 7, 150)).toBe('slide-007.png');
  });
});
