import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { textSchema as s } from '@ostal/model';
import type { SectionProps } from '@ostal/model';
import { setStory, storyLines, storyOf } from './header-footer.js';
import type { ShownPage } from './page-view-plugin.js';
import { paperRuns } from './page-view-sections.js';
import { sectionAt } from './story-sections.js';
import { storyTargetAt } from './story-target.js';
import type { ShownPages } from './story-target.js';

const p = (text: string) => s.node('paragraph', null, [s.text(text)]);
const brk = (section: SectionProps | null) => s.node('section_break', { section });
const story = (text: string) => s.node('doc', null, [p(text)]).toJSON() as NonNullable<SectionProps['headers']>['default'];
/** A cover page of its own, then the other pages. */
const one: SectionProps = { titlePage: true, headers: { first: story('Couverture'), default: story('Rapport') } };
/** Odd and even pages differ. */
const two: SectionProps = { headers: { default: story('Annexe'), even: story('Annexe (paire)') } };
/** No header yet. */
const last: SectionProps = {};

/**
 * Sections: 0 'a1' 'a2' (one), 1 'b1' 'b2' (two), 2 'c' continuous after it (its copy of two's
 * stories), 3 'd' (the document's). Positions: a1 0, a2 4, break 8, b1 9, b2 13, break 17, c 18,
 * break 21, d 22.
 */
function document(): PMNode {
  return s.node('doc', { section: last }, [p('a1'), p('a2'), brk(one), p('b1'), p('b2'), brk(two), p('c'), brk({ ...two, start: 'continuous' }), p('d')]);
}

/** Five sheets: two of section 0, two of sections 1 and 2 (page 4 starts at 'b2', 'c' on it), one of section 3. */
function shown(doc: PMNode): ShownPages {
  const page = (run: number, index: number, number: number): ShownPage => ({ run, index, number, top: 94, bottom: 94, pushed: false });
  return { starts: [4, 9, 13, 22], pages: [page(0, 0, 1), page(0, 1, 2), page(1, 0, 3), page(1, 1, 4), page(2, 0, 5)], runs: paperRuns(doc) };
}

describe('the header or footer Insertion > En-tête / Pied de page edits', () => {
  it("is the cursor's sheet's: its section and its page's variant, on that sheet", () => {
    const doc = document();
    const at = (pos: number) => storyTargetAt(doc, pos, shown(doc));
    expect(at(1)).toEqual({ section: 0, variant: 'first', sheet: 0 });
    expect(at(5)).toEqual({ section: 0, variant: 'default', sheet: 1 });
    expect(at(10)).toEqual({ section: 1, variant: 'default', sheet: 2 });
    // The continuous section shares section 1's sheet (page 4, even): section 1's even-page story.
    expect(at(19)).toEqual({ section: 1, variant: 'even', sheet: 3 });
    expect(at(23)).toEqual({ section: 3, variant: 'default', sheet: 4 });
    // A position past the last start the layout knows stays on the last sheet.
    expect(storyTargetAt(doc, 23, { ...shown(doc), pages: shown(doc).pages.slice(0, 3) })).toEqual({ section: 1, variant: 'default', sheet: 2 });
  });

  it("is the cursor's section's default story on the first sheet without pages (Brouillon, before the first layout)", () => {
    const doc = document();
    expect([1, 5, 10, 19, 23].map((pos) => storyTargetAt(doc, pos).section)).toEqual([0, 0, 1, 1, 3]);
    expect(storyTargetAt(doc, 23, { starts: [], pages: [], runs: [] })).toEqual({ section: 3, variant: 'default', sheet: 0 });
  });

  it('creates the header of a section that has none for that section only', () => {
    let state = EditorState.create({ doc: document() });
    const target = storyTargetAt(state.doc, 23, shown(state.doc));
    expect(storyOf(sectionAt(state.doc, target.section), 'header', target.variant)).toBeUndefined();
    setStory('header', target.variant, s.node('doc', null, [p('Conclusions')]), target.section)(state, (tr) => (state = state.apply(tr)));
    const text = (k: number, variant: 'default' | 'first' | 'even' = 'default') => storyLines(storyOf(sectionAt(state.doc, k), 'header', variant)).map((l) => l.map((r) => r.text).join(''));
    expect(text(3)).toEqual(['Conclusions']);
    expect([text(0, 'first'), text(0), text(1), text(1, 'even'), text(2)]).toEqual([['Couverture'], ['Rapport'], ['Annexe'], ['Annexe (paire)'], ['Annexe']]);
  });
});
