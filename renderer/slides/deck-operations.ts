/**
 * Pure operations on a deck: each returns a new deck (model values are read-only) and, where
 * useful, the index the selection should move to.
 */
import { makeSlide, sectionOfSlide, sectionRanges, sectionsAfterDelete, sectionsAfterInsert, sectionsAfterMove } from '@ostal/model';
import type { Deck, DeckSection, Slide } from '@ostal/model';

/** A deck change and the slide to select afterwards. */
export interface DeckEdit {
  readonly deck: Deck;
  readonly selected: number;
}

/** The deck with `slides` and `sections` (left out when there are none). */
export function withSlides(deck: Deck, slides: readonly Slide[], sections: readonly DeckSection[] | undefined): Deck {
  const { sections: _old, ...rest } = deck;
  return sections && sections.length > 0 ? { ...rest, slides, sections } : { ...rest, slides };
}

function clampIndex(deck: Deck, index: number): number {
  return Math.min(Math.max(0, index), deck.slides.length - 1);
}

/** Inserts an empty slide after `index` (at the end when `index` is out of range). */
export function addSlide(deck: Deck, index: number, slide: Slide = makeSlide()): DeckEdit {
  const at = index < 0 || index >= deck.slides.length ? deck.slides.length : index + 1;
  const slides = [...deck.slides.slice(0, at), slide, ...deck.slides.slice(at)];
  return { deck: withSlides(deck, slides, sectionsAfterInsert(deck.sections, deck.slides.length, at)), selected: at };
}

/** Removes the slide at `index`; the last remaining slide is never removed (returns the deck as is). */
export function deleteSlide(deck: Deck, index: number): DeckEdit {
  if (deck.slides.length <= 1 || index < 0 || index >= deck.slides.length) {
    return { deck, selected: clampIndex(deck, index) };
  }
  const slides = deck.slides.filter((_, i) => i !== index);
  return { deck: withSlides(deck, slides, sectionsAfterDelete(deck.sections, deck.slides.length, index)), selected: Math.min(index, slides.length - 1) };
}

/** Replaces fields of the slide at `index`. @throws RangeError when there is no such slide. */
export function updateSlide(deck: Deck, index: number, patch: Partial<Omit<Slide, 'id'>>): Deck {
  const current = deck.slides[index];
  if (!current) throw new RangeError(`There is no slide ${String(index)}.`);
  const slides = deck.slides.map((slide, i) => (i === index ? { ...current, ...patch } : slide));
  return { ...deck, slides };
}

/** Moves the slide at `from` to position `to` (both clamped). */
export function moveSlide(deck: Deck, from: number, to: number): DeckEdit {
  const source = clampIndex(deck, from);
  const target = clampIndex(deck, to);
  if (source === target) return { deck, selected: source };
  const slides = [...deck.slides];
  const [moved] = slides.splice(source, 1);
  slides.splice(target, 0, moved!);
  return { deck: withSlides(deck, slides, sectionsAfterMove(deck.sections, deck.slides.length, source, target)), selected: target };
}

/**
 * Moves the slide at `index` one step up (-1) or down (+1) as the keyboard does: at the edge of
 * its section it crosses into the neighbouring section (first of the next, last of the one
 * before) and keeps its place in the deck; inside a section it swaps with its neighbour.
 */
export function stepSlide(deck: Deck, index: number, step: -1 | 1): DeckEdit {
  const ranges = sectionRanges(deck);
  const k = sectionOfSlide(deck, index);
  const r = ranges[k];
  const sections = deck.sections ?? [];
  if (r && step === 1 && index === r.end - 1 && k < ranges.length - 1) {
    return { deck: withSlides(deck, deck.slides, sections.map((s, j) => (j === k + 1 ? { ...s, start: index } : s))), selected: index };
  }
  if (r && step === -1 && index === r.start && k > 0) {
    return { deck: withSlides(deck, deck.slides, sections.map((s, j) => (j === k ? { ...s, start: index + 1 } : s))), selected: index };
  }
  return moveSlide(deck, index, index + step);
}

/** Body paragraphs from the text area: one paragraph per line, trailing empty lines dropped. */
export function bodyFromText(text: string): readonly string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The text area content for body paragraphs. */
export function bodyToText(body: readonly string[]): string {
  return body.join('\n');
}
