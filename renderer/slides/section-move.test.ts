import { describe, expect, it } from 'vitest';
import { emptyDeck, makeSlide, sectionRanges } from '@ostal/model';
import type { Deck } from '@ostal/model';
import { moveSection, stepSection } from './section-move.js';

/** Slides S1..S6 in sections A (S1-S2), B (empty), C (S3-S5), D (S6). */
function deck(): Deck {
  const slides = Array.from({ length: 6 }, (_, i) => makeSlide(`S${String(i + 1)}`));
  return { ...emptyDeck(), slides, sections: [{ name: 'A', start: 0, id: '{A}' }, { name: 'B', start: 2, id: '{B}' }, { name: 'C', start: 2, id: '{C}' }, { name: 'D', start: 5, id: '{D}' }] };
}
const view = (d: Deck) => sectionRanges(d).map((r) => `${r.section.name}:${d.slides.slice(r.start, r.end).map((s) => s.title).join(',')}`);

describe('moving a section with its slides', () => {
  it('moves a section before another one, slides and all', () => {
    const r = moveSection(deck(), 2, 0);
    expect(view(r.deck)).toEqual(['C:S3,S4,S5', 'A:S1,S2', 'B:', 'D:S6']);
    expect(r.index).toBe(0);
    expect(r.start).toBe(0);
    expect(r.order).toEqual([2, 0, 1, 3]);
    expect(r.deck.sections?.[0]).toMatchObject({ name: 'C', id: '{C}', start: 0 });
  });

  it('moves a section to the end, and after a later one', () => {
    expect(view(moveSection(deck(), 0, 4).deck)).toEqual(['B:', 'C:S3,S4,S5', 'D:S6', 'A:S1,S2']);
    const r = moveSection(deck(), 0, 3);
    expect(view(r.deck)).toEqual(['B:', 'C:S3,S4,S5', 'A:S1,S2', 'D:S6']);
    expect(r.index).toBe(2);
    expect(r.start).toBe(3);
  });

  it('moves an empty section', () => {
    expect(view(moveSection(deck(), 1, 4).deck)).toEqual(['A:S1,S2', 'C:S3,S4,S5', 'D:S6', 'B:']);
  });

  it('steps a section up and down past its neighbour', () => {
    expect(view(stepSection(deck(), 2, -1).deck)).toEqual(['A:S1,S2', 'C:S3,S4,S5', 'B:', 'D:S6']);
    expect(view(stepSection(deck(), 2, 1).deck)).toEqual(['A:S1,S2', 'B:', 'D:S6', 'C:S3,S4,S5']);
  });

  it('changes nothing at the edges or for an unknown section', () => {
    const d = deck();
    expect(stepSection(d, 0, -1).deck).toBe(d);
    expect(stepSection(d, 3, 1).deck).toBe(d);
    expect(moveSection(d, 2, 3).deck).toBe(d);
    expect(moveSection(d, 9, 0).deck).toBe(d);
    const plain = { ...emptyDeck(), slides: [makeSlide('X')] };
    expect(moveSection(plain, 0, 1).deck).toBe(plain);
  });

  it('keeps every slide once', () => {
    const r = moveSection(deck(), 3, 0);
    expect(r.deck.slides.map((s) => s.title).sort()).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6']);
    expect(view(r.deck)).toEqual(['D:S6', 'A:S1,S2', 'B:', 'C:S3,S4,S5']);
  });
});
