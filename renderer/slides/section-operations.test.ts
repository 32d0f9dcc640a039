import { describe, expect, it } from 'vitest';
import { emptyDeck, makeSlide, sectionRanges } from '@ostal/model';
import type { Deck } from '@ostal/model';
import { addSlide, deleteSlide, moveSlide, stepSlide } from './deck-operations.js';
import { addSection, removeSection, renameSection } from './section-operations.js';
import { duplicateSlide } from './shape-operations.js';

function deckOf(n: number): Deck {
  return { ...emptyDeck(), slides: Array.from({ length: n }, (_, i) => makeSlide(`S${String(i + 1)}`)) };
}
/** "Name:first-last" of each section (slide titles), "Name:-" when empty. */
const view = (deck: Deck) => sectionRanges(deck).map((r) => `${r.section.name}:${r.start === r.end ? '-' : `${deck.slides[r.start]!.title}-${deck.slides[r.end - 1]!.title}`}`);

describe('section operations', () => {
  it('adds a first section as PowerPoint does: the slides before go into a default section', () => {
    const five = deckOf(5);
    const atStart = addSection(five, 0, 'Tout', 'Défaut');
    expect(view(atStart.deck)).toEqual(['Tout:S1-S5']);
    const r = addSection(five, 2, 'Résultats', 'Défaut');
    expect(view(r.deck)).toEqual(['Défaut:S1-S2', 'Résultats:S3-S5']);
    expect(r.index).toBe(1);
    expect(r.deck.sections?.every((s) => /^\{[0-9A-F-]{36}\}$/.test(s.id ?? ''))).toBe(true);
    // Splitting a section at its own first slide leaves it empty, before the new one.
    const split = addSection(r.deck, 2, 'Bis', 'Défaut');
    expect(view(split.deck)).toEqual(['Défaut:S1-S2', 'Résultats:-', 'Bis:S3-S5']);
    expect(view(addSection(r.deck, 4, 'Fin', 'Défaut').deck)).toEqual(['Défaut:S1-S2', 'Résultats:S3-S4', 'Fin:S5-S5']);
  });

  it('renames and removes sections; removed sections give their slides to the one before (or after, for the first)', () => {
    let deck = addSection(addSection(deckOf(5), 2, 'B', 'A').deck, 4, 'C', 'A').deck;
    expect(view(deck)).toEqual(['A:S1-S2', 'B:S3-S4', 'C:S5-S5']);
    deck = renameSection(deck, 1, 'Budget');
    expect(view(deck)).toEqual(['A:S1-S2', 'Budget:S3-S4', 'C:S5-S5']);
    expect(view(removeSection(deck, 1))).toEqual(['A:S1-S4', 'C:S5-S5']);
    expect(view(removeSection(deck, 0))).toEqual(['Budget:S1-S4', 'C:S5-S5']);
    expect(removeSection(removeSection(removeSection(deck, 0), 0), 0).sections).toBeUndefined();
    expect(renameSection(deck, 9, 'x')).toBe(deck);
  });

  it('keeps sections in step when slides are added, duplicated, deleted and moved', () => {
    const deck = addSection(deckOf(4), 2, 'B', 'A').deck; // A: S1-S2, B: S3-S4
    expect(view(addSlide(deck, 1, makeSlide('new')).deck)).toEqual(['A:S1-new', 'B:S3-S4']);
    expect(view(duplicateSlide(deck, 3, 'copy').deck)).toEqual(['A:S1-S2', 'B:S3-S4']);
    expect(duplicateSlide(deck, 3, 'copy').deck.slides).toHaveLength(5);
    expect(view(deleteSlide(deck, 0).deck)).toEqual(['A:S2-S2', 'B:S3-S4']);
    expect(view(deleteSlide(deleteSlide(deck, 0).deck, 0).deck)).toEqual(['A:-', 'B:S3-S4']);
    // Dragged past the edge, a slide joins the section of the slide whose place it takes.
    expect(view(moveSlide(deck, 0, 3).deck)).toEqual(['A:S2-S2', 'B:S3-S1']);
    const none = deckOf(3);
    expect(moveSlide(none, 0, 2).deck.sections).toBeUndefined();
  });

  it('steps a slide across a section edge before moving it past its neighbours', () => {
    const deck = addSection(deckOf(4), 2, 'B', 'A').deck; // A: S1-S2, B: S3-S4
    const up = stepSlide(deck, 2, -1);
    expect(up.deck.slides.map((s) => s.title)).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect(view(up.deck)).toEqual(['A:S1-S3', 'B:S4-S4']);
    expect(up.selected).toBe(2);
    expect(view(stepSlide(up.deck, 2, 1).deck)).toEqual(['A:S1-S2', 'B:S3-S4']);
    const within = stepSlide(deck, 2, 1);
    expect(within.deck.slides.map((s) => s.title)).toEqual(['S1', 'S2', 'S4', 'S3']);
    expect(within.selected).toBe(3);
    expect(stepSlide(deckOf(2), 0, 1).deck.slides.map((s) => s.title)).toEqual(['S2', 'S1']);
    expect(stepSlide(deck, 3, 1).deck).toBe(deck);
  });
});
