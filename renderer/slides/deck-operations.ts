/**
 * Pure operations on a deck: each returns a new deck (model values are read-only) and, where
 * useful, the index the selection should move to.
 */
import { makeSlide } from '@ostal/model';
import type { Deck, Slide } from '@ostal/model';

/** A deck change and the slide to select afterwards. */
export interface DeckEdit {
  readonly deck: Deck;
  readonly selected: number;
}

function clampIndex(deck: Deck, index: number): number {
  return Math.min(Math.max(0, index), deck.slides.length - 1);
}

/** Inserts an empty slide after `index` (at the end when `index` is out of range). */
export function addSlide(deck: Deck, index: number, slide: Slide = makeSlide()): DeckEdit {
  const at = index < 0 || index >= deck.slides.length ? deck.slides.length : index + 1;
  const slides = [...deck.slides.slice(0, at), slide, ...deck.slides.slice(at)];
  return { deck: { ...deck, slides }, selected: at };
}

/** Removes the slide at `index`; the last remaining slide is never removed (returns the deck as is). */
export function deleteSlide(deck: Deck, index: number): DeckEdit {
  if (deck.slides.length <= 1 || index < 0 || index >= deck.slides.length) {
    return { deck, selected: clampIndex(deck, index) };
  }
  const slides = deck.slides.filter((_, i) => i !== index);
  return { deck: { ...deck, slides }, selected: Math.min(index, slides.length - 1) };
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
  return { deck: { ...deck, slides }, selected: target };
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
