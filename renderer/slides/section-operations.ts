/**
 * Edits of a deck's sections (see `DeckSection` in the model): add one at a slide, rename,
 * remove (its slides join the section before, or the next one for the first section). Each
 * returns a new deck; slides are never touched.
 */
import { normalizeSections, sectionOfSlide, sectionRanges } from '@ostal/model';
import type { Deck, DeckSection } from '@ostal/model';
import { newBracedGuid } from './braced-guid.js';

/** A new section identifier in PowerPoint's form (a braced GUID). */
export function newSectionId(): string {
  return newBracedGuid();
}

function withSections(deck: Deck, sections: readonly DeckSection[] | undefined): Deck {
  const { sections: _old, ...rest } = deck;
  const list = normalizeSections(sections, deck.slides.length);
  return list ? { ...rest, sections: list } : rest;
}

/**
 * Adds a section named `name` starting at slide `at`, as PowerPoint does: in a deck without
 * sections, the slides before `at` go into a first section named `defaultName`; otherwise the
 * section holding `at` is split there (it keeps the slides before, possibly none).
 * Returns the deck and the index of the new section.
 */
export function addSection(deck: Deck, at: number, name: string, defaultName: string): { deck: Deck; index: number } {
  const slide = Math.min(Math.max(0, at), deck.slides.length);
  const made: DeckSection = { name, start: slide, id: newSectionId() };
  const list = deck.sections ?? [];
  if (list.length === 0) {
    if (slide === 0) return { deck: withSections(deck, [made]), index: 0 };
    return { deck: withSections(deck, [{ name: defaultName, start: 0, id: newSectionId() }, made]), index: 1 };
  }
  // After the section holding the slide (and after any empty sections starting at the same slide).
  let k = Math.max(0, sectionOfSlide(deck, Math.min(slide, deck.slides.length - 1)));
  if (slide === 0) k = -1;
  const index = k + 1;
  return { deck: withSections(deck, [...list.slice(0, index), made, ...list.slice(index)]), index };
}

/** Renames section `index` (no change for an unknown index). */
export function renameSection(deck: Deck, index: number, name: string): Deck {
  const list = deck.sections ?? [];
  if (!list[index]) return deck;
  return withSections(deck, list.map((s, k) => (k === index ? { ...s, name } : s)));
}

/**
 * Removes section `index`, not its slides: they join the section before it (the next one when it
 * is the first). Removing the only section leaves a deck without sections.
 */
export function removeSection(deck: Deck, index: number): Deck {
  const list = deck.sections ?? [];
  const gone = list[index];
  if (!gone) return deck;
  const rest = list.filter((_, k) => k !== index);
  if (index === 0 && rest[0]) rest[0] = { ...rest[0], start: 0 };
  return withSections(deck, rest);
}

/** The key by which the panel remembers a section (collapsed or not): its id, else its place. */
export function sectionKey(section: DeckSection, index: number): string {
  return section.id ?? `#${String(index)}`;
}

/** Number of slides in each section, in order. */
export function sectionCounts(deck: Deck): number[] {
  return sectionRanges(deck).map((r) => r.end - r.start);
}
