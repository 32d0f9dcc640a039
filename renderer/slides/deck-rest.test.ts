import { emptyDeck, makeSlide } from '@ostal/model';
import type { Deck } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { historyWithRest, withRestOfDeck } from './deck-rest.js';
import { record, startHistory, undo } from './slides-history.js';

const titles = (d: Deck) => d.slides.map((s) => s.title);
const pic = (n: number) => ({ type: 'image/png', data: new Uint8Array([n]) });

const whole: Deck = {
  ...emptyDeck({ title: 'Bilan' }),
  slides: [makeSlide('Un'), makeSlide('Deux'), makeSlide('Trois'), makeSlide('Quatre')],
  media: { 'a.png': pic(1), 'b.png': pic(2) },
  sections: [{ name: 'Début', start: 0 }, { name: 'Suite', start: 2 }],
  headerFooter: { footer: true },
};
const preview: Deck = { ...emptyDeck({}), slides: [makeSlide('Un')], media: { 'a.png': pic(1) } };

describe('the rest of a deck opened from its first slide', () => {
  it('appends the slides after the first, with the whole deck’s media, sections and settings', () => {
    const d = withRestOfDeck(preview, preview, whole);
    expect(titles(d)).toEqual(['Un', 'Deux', 'Trois', 'Quatre']);
    expect(Object.keys(d.media ?? {}).sort()).toEqual(['a.png', 'b.png']);
    expect(d.sections).toEqual(whole.sections);
    expect(d.headerFooter).toEqual({ footer: true });
    expect(d.meta).toEqual({ title: 'Bilan' });
  });

  it('keeps edits made meanwhile: slides added after the first move the later sections with them', () => {
    const edited: Deck = { ...preview, slides: [{ ...makeSlide('Un, corrigé') }, makeSlide('Nouvelle')], media: { ...preview.media, 'added-image1.png': pic(9) } };
    const d = withRestOfDeck(edited, preview, whole);
    expect(titles(d)).toEqual(['Un, corrigé', 'Nouvelle', 'Deux', 'Trois', 'Quatre']);
    expect(d.sections?.map((s) => [s.name, s.start])).toEqual([['Début', 0], ['Suite', 3]]);
    expect(d.media?.['added-image1.png']?.data).toEqual(new Uint8Array([9]));
    expect(d.media?.['b.png']).toBeDefined();
  });

  it('gives every state of the undo history the rest, so that undoing an edit keeps every slide', () => {
    let h = startHistory(preview);
    const edited: Deck = { ...preview, slides: [makeSlide('Un, corrigé')] };
    h = record(h, edited, 0);
    const r = historyWithRest(h, preview, whole, preview);
    expect(titles(r.history.present.value)).toEqual(['Un, corrigé', 'Deux', 'Trois', 'Quatre']);
    const back = undo(r.history).history.present.value;
    expect(titles(back)).toEqual(['Un', 'Deux', 'Trois', 'Quatre']);
    // The state saved (the file as opened) is still the saved one: undoing back to it is not a change.
    expect(back).toBe(r.saved);
  });
});
