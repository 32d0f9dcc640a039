/**
 * Moving a whole section of a deck, slides and all, as PowerPoint's "Move Section Up/Down" and
 * dragging a section header do. The other sections keep their slides; the moved section keeps
 * its name and identifier, so a PPTX round trip (`p14:sectionLst`) keeps it.
 */
import { normalizeSections, sectionRanges } from '@ostal/model';
import type { Deck, DeckSection, Slide } from '@ostal/model';
import { withSlides } from './deck-operations.js';

/** A section move: the new deck and where section `from` now is (its index and first slide). */
export interface SectionMove {
  readonly deck: Deck;
  readonly index: number;
  readonly start: number;
  /** The old index of the section now at each place. */
  readonly order: readonly number[];
}

/**
 * Moves section `from` with its slides so that it comes just before section `before` (the end
 * of the deck for `before` >= the number of sections). The deck is returned as is when there is
 * no such section or the move changes nothing.
 */
export function moveSection(deck: Deck, from: number, before: number): SectionMove {
  const ranges = sectionRanges(deck);
  const moved = ranges[from];
  const same = ranges.map((_, k) => k);
  if (!moved) return { deck, index: from, start: 0, order: same };
  const at = Math.min(Math.max(0, before), ranges.length);
  const target = at > from ? at - 1 : at;
  if (target === from) return { deck, index: from, start: moved.start, order: same };
  const groups = ranges.map((r) => ({ old: r.index, section: r.section, slides: deck.slides.slice(r.start, r.end) }));
  const [group] = groups.splice(from, 1);
  groups.splice(target, 0, group!);
  const slides: Slide[] = [];
  const sections: DeckSection[] = [];
  for (const g of groups) {
    sections.push({ ...g.section, start: slides.length });
    slides.push(...g.slides);
  }
  const start = sections[target]!.start;
  return { deck: withSlides(deck, slides, normalizeSections(sections, slides.length)), index: target, start, order: groups.map((g) => g.old) };
}

/** Moves section `index` one place up (-1) or down (+1), past its neighbour and all its slides. */
export function stepSection(deck: Deck, index: number, step: -1 | 1): SectionMove {
  return moveSection(deck, index, step < 0 ? index - 1 : index + 2);
}
