import { describe, expect, it } from 'vitest';
import { emptyDeck, makeSlide } from '@ostal/model';
import type { Deck } from '@ostal/model';
import { addSlide, bodyFromText, bodyToText, deleteSlide, moveSlide, updateSlide } from './deck-operations.js';

const titles = (deck: Deck) => deck.slides.map((s) => s.title);

function deckOf(...names: string[]): Deck {
  return { ...emptyDeck(), slides: names.map((n) => makeSlide(n)) };
}

describe('deck operations', () => {
  it('adds a slide after the selected one and selects it', () => {
    const edit = addSlide(deckOf('A', 'B'), 0, makeSlide('new'));
    expect(titles(edit.deck)).toEqual(['A', 'new', 'B']);
    expect(edit.selected).toBe(1);
    expect(addSlide(deckOf('A'), 99).selected).toBe(1);
  });

  it('deletes a slide but always keeps one', () => {
    const two = deleteSlide(deckOf('A', 'B', 'C'), 2);
    expect(titles(two.deck)).toEqual(['A', 'B']);
    expect(two.selected).toBe(1);
    const last = deckOf('seul');
    expect(deleteSlide(last, 0).deck).toBe(last);
  });

  it('updates one slide without touching the others', () => {
    const deck = deckOf('A', 'B');
    const next = updateSlide(deck, 1, { title: 'Bilan', body: ['un', 'deux'] });
    expect(titles(next)).toEqual(['A', 'Bilan']);
    expect(next.slides[1]!.id).toBe(deck.slides[1]!.id);
    expect(next.slides[0]).toBe(deck.slides[0]);
    expect(() => updateSlide(deck, 5, { title: 'x' })).toThrow(RangeError);
  });

  it('moves slides within bounds', () => {
    expect(titles(moveSlide(deckOf('A', 'B', 'C'), 0, 2).deck)).toEqual(['B', 'C', 'A']);
    expect(moveSlide(deckOf('A', 'B'), 1, 9).selected).toBe(1);
  });

  it('maps text area lines to body paragraphs', () => {
    expect(bodyFromText('un\r\ndeux\n\ntrois\n\n')).toEqual(['un', 'deux', '', 'trois']);
    expect(bodyToText(['a', 'b'])).toBe('a\nb');
    expect(bodyFromText('')).toEqual([]);
  });
});
