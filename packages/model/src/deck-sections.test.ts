import { describe, expect, it } from 'vitest';
import { makeSlide } from './deck.js';
import { normalizeSections, sectionOfSlide, sectionRanges, sectionsAfterDelete, sectionsAfterInsert, sectionsAfterMove } from './deck-sections.js';
import type { DeckSection } from './deck-sections.js';

const slides = (n: number) => Array.from({ length: n }, (_, i) => makeSlide(`S${String(i + 1)}`));
/** Intro: slides 0-1, Empty: none, Body: 2-4. */
const sections: DeckSection[] = [
  { name: 'Intro', start: 0, id: '{A}' },
  { name: 'Empty', start: 2 },
  { name: 'Body', start: 2 },
];
const starts = (list: readonly DeckSection[] | undefined) => list?.map((s) => `${s.name}@${String(s.start)}`);

describe('deck sections', () => {
  it('gives each section its range, empty ones included', () => {
    expect(sectionRanges({ slides: slides(5), sections }).map((r) => [r.section.name, r.start, r.end])).toEqual([
      ['Intro', 0, 2],
      ['Empty', 2, 2],
      ['Body', 2, 5],
    ]);
    expect(sectionRanges({ slides: slides(5) })).toEqual([]);
    expect(sectionOfSlide({ slides: slides(5), sections }, 1)).toBe(0);
    expect(sectionOfSlide({ slides: slides(5), sections }, 2)).toBe(2);
    expect(sectionOfSlide({ slides: slides(5) }, 2)).toBe(-1);
  });

  it('puts an inserted slide in the section of the slide before it', () => {
    expect(starts(sectionsAfterInsert(sections, 5, 2))).toEqual(['Intro@0', 'Empty@3', 'Body@3']);
    expect(starts(sectionsAfterInsert(sections, 5, 0))).toEqual(['Intro@0', 'Empty@3', 'Body@3']);
    expect(starts(sectionsAfterInsert(sections, 5, 5))).toEqual(['Intro@0', 'Empty@2', 'Body@2']);
    expect(sectionsAfterInsert(undefined, 5, 2)).toBeUndefined();
  });

  it('keeps a section that loses its last slide, empty', () => {
    const two = [{ name: 'A', start: 0 }, { name: 'B', start: 1 }];
    expect(starts(sectionsAfterDelete(two, 3, 0))).toEqual(['A@0', 'B@0']);
    expect(starts(sectionsAfterDelete(two, 3, 2))).toEqual(['A@0', 'B@1']);
  });

  it('moves a slide into the section of the slide whose place it takes', () => {
    // Slide 1 (last of Intro) moved down to 2: it joins Body, Intro keeps slide 0.
    expect(starts(sectionsAfterMove(sections, 5, 1, 2))).toEqual(['Intro@0', 'Empty@1', 'Body@1']);
    // Slide 2 (first of Body) moved up to 1: it joins Intro.
    expect(starts(sectionsAfterMove(sections, 5, 2, 1))).toEqual(['Intro@0', 'Empty@3', 'Body@3']);
    // Within a section nothing changes.
    expect(starts(sectionsAfterMove(sections, 5, 3, 4))).toEqual(['Intro@0', 'Empty@2', 'Body@2']);
    expect(sectionsAfterMove(sections, 5, 4, 4)?.[0]).toEqual(sections[0]);
  });

  it('normalises starts: the first at 0, never decreasing, within the deck', () => {
    expect(starts(normalizeSections([{ name: 'A', start: 3 }, { name: 'B', start: 1 }, { name: 'C', start: 9 }], 4))).toEqual(['A@0', 'B@1', 'C@4']);
    expect(normalizeSections([], 4)).toBeUndefined();
  });
});
