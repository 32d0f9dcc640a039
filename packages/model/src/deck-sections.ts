/**
 * Sections of a deck (PowerPoint 2010's p14:sectionLst): named runs of consecutive slides.
 * A deck's sections, when it has any, follow one another in slide order and cover every slide:
 * section k holds the slides from its `start` to the next section's `start` (to the end of the
 * deck for the last); a section whose `start` equals the next one's is empty. The first section
 * starts at slide 0. ODF 1.3 has no sections.
 */
import type { Deck } from './deck.js';

export interface DeckSection {
  /** Name shown in the slide panel ("Introduction"). */
  readonly name: string;
  /** Index of the section's first slide in `deck.slides`: its range runs to the next section's start. */
  readonly start: number;
  /** The file's identifier (a GUID in PPTX), kept through a round trip; absent for a new section. */
  readonly id?: string;
}

/** A section with the end of its range (exclusive): `slides.slice(start, end)` are its slides. */
export interface SectionRange {
  readonly section: DeckSection;
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** The ranges of the deck's sections, in order (empty when it has none). */
export function sectionRanges(deck: Pick<Deck, 'sections' | 'slides'>): SectionRange[] {
  const list = deck.sections ?? [];
  const n = deck.slides.length;
  return list.map((section, index) => {
    const start = index === 0 ? 0 : Math.min(n, Math.max(0, section.start));
    const next = list[index + 1];
    const end = next ? Math.min(n, Math.max(start, next.start)) : n;
    return { section, index, start, end };
  });
}

/** Index of the section holding slide `slide`, or -1 when the deck has no sections. */
export function sectionOfSlide(deck: Pick<Deck, 'sections' | 'slides'>, slide: number): number {
  const list = deck.sections ?? [];
  let found = list.length > 0 ? 0 : -1;
  for (let k = 1; k < list.length; k++) if ((list[k]?.start ?? 0) <= slide) found = k;
  return found;
}

/** The section index of every slide (nondecreasing). */
function assignment(sections: readonly DeckSection[], slideCount: number): number[] {
  const out: number[] = [];
  let k = 0;
  for (let i = 0; i < slideCount; i++) {
    while (k + 1 < sections.length && (sections[k + 1]?.start ?? 0) <= i) k++;
    out.push(k);
  }
  return out;
}

/** Sections whose starts follow from each slide's section (section k starts after the slides of sections before it). */
function fromAssignment(sections: readonly DeckSection[], assign: readonly number[]): DeckSection[] {
  return sections.map((s, k) => ({ ...s, start: assign.filter((a) => a < k).length }));
}

/**
 * The sections of a deck as they stand after inserting a slide at `at`: it joins the section of
 * the slide before it (the first section when it becomes the first slide).
 */
export function sectionsAfterInsert(sections: readonly DeckSection[] | undefined, slideCount: number, at: number): DeckSection[] | undefined {
  if (!sections || sections.length === 0) return sections ? [...sections] : undefined;
  const assign = assignment(sections, slideCount);
  assign.splice(at, 0, at > 0 ? (assign[at - 1] ?? 0) : 0);
  return fromAssignment(sections, assign);
}

/** The sections after removing slide `at` (its section may become empty, and stays). */
export function sectionsAfterDelete(sections: readonly DeckSection[] | undefined, slideCount: number, at: number): DeckSection[] | undefined {
  if (!sections || sections.length === 0) return sections ? [...sections] : undefined;
  const assign = assignment(sections, slideCount);
  assign.splice(at, 1);
  return fromAssignment(sections, assign);
}

/**
 * The sections after moving slide `from` to `to` (the index it has afterwards): the slide joins
 * the section of the slide whose place it takes, so moving past a section's edge moves it into
 * the neighbouring section.
 */
export function sectionsAfterMove(sections: readonly DeckSection[] | undefined, slideCount: number, from: number, to: number): DeckSection[] | undefined {
  if (!sections || sections.length === 0 || from === to) return sections ? [...sections] : undefined;
  const assign = assignment(sections, slideCount);
  const joins = assign[to] ?? 0;
  assign.splice(from, 1);
  assign.splice(to, 0, joins);
  return fromAssignment(sections, assign);
}

/**
 * Sections made consistent with a deck of `slideCount` slides: starts clamped to the deck and
 * nondecreasing, the first at 0. Undefined when there are none.
 */
export function normalizeSections(sections: readonly DeckSection[] | undefined, slideCount: number): DeckSection[] | undefined {
  if (!sections || sections.length === 0) return undefined;
  let floor = 0;
  return sections.map((s, k) => {
    const start = k === 0 ? 0 : Math.min(slideCount, Math.max(floor, Math.round(s.start)));
    floor = start;
    return start === s.start ? s : { ...s, start };
  });
}
