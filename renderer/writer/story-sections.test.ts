import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import type { Command } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { history, undo } from 'prosemirror-history';
import { textSchema as s } from '@ostal/model';
import type { SectionProps } from '@ostal/model';
import { setOddEven, setStory, setTitlePage, storyLines, storyOf } from './header-footer.js';
import { sectionAt, sectionIndexAt, storyHolders } from './story-sections.js';

const p = (text: string) => s.node('paragraph', null, [s.text(text)]);
const brk = (section: SectionProps | null) => s.node('section_break', { section });
const story = (text: string) => s.node('doc', null, [p(text)]).toJSON() as NonNullable<SectionProps['headers']>['default'];
const margins = { top: 1417, right: 1417, bottom: 1417, left: 1417, header: 709, footer: 709 };
const one: SectionProps = { margins, headers: { default: story('Direction générale') } };
const two: SectionProps = { margins, headers: { default: story('Annexe') } };

/** Sections: 0 'a' (one), 1 'b' (two), 2 'c' continuous after it (a copy of two's stories), 3 'd' (the document's). */
function document(): PMNode {
  return s.node('doc', { section: one }, [p('a'), brk(one), p('b'), brk(two), p('c'), brk({ ...two, start: 'continuous' }), p('d')]);
}

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return next;
}

const headerText = (section: SectionProps | null, variant: 'default' | 'first' | 'even' = 'default') => storyLines(storyOf(section, 'header', variant)).map((l) => l.map((r) => r.text).join(''));

describe('headers and footers of every section', () => {
  it('numbers sections by the breaks before a position and finds where their stories are held', () => {
    const doc = document();
    expect([0, 3, 4, 8, 12, doc.content.size].map((pos) => sectionIndexAt(doc, pos))).toEqual([0, 0, 1, 2, 3, 3]);
    expect(headerText(sectionAt(doc, 1))).toEqual(['Annexe']);
    expect(sectionAt(doc, 3)).toBe(doc.attrs.section);
    // Section 1's stories are also those of the continuous section 2 after it.
    expect(storyHolders(doc, 1)).toEqual([7, 11]);
    expect(storyHolders(doc, 0)).toEqual([3]);
    expect(storyHolders(doc, 3)).toEqual(['doc']);
    expect(storyHolders(s.node('doc', null, [p('x')]), 0)).toEqual(['doc']);
  });

  it("edits the second section's header alone (and the continuous section sharing it), in one undo step", () => {
    let state = EditorState.create({ doc: document(), plugins: [history()] });
    state = run(state, setStory('header', 'default', s.node('doc', null, [p('Annexe modifiée')]), 1));
    expect(headerText(sectionAt(state.doc, 0))).toEqual(['Direction générale']);
    expect(headerText(sectionAt(state.doc, 1))).toEqual(['Annexe modifiée']);
    expect(headerText(sectionAt(state.doc, 2))).toEqual(['Annexe modifiée']);
    expect(sectionAt(state.doc, 2)?.start).toBe('continuous');
    expect(headerText(sectionAt(state.doc, 3))).toEqual(['Direction générale']);
    expect(sectionAt(state.doc, 1)?.margins).toEqual(margins);
    state = run(state, undo);
    expect(headerText(sectionAt(state.doc, 1))).toEqual(['Annexe']);
    expect(headerText(sectionAt(state.doc, 2))).toEqual(['Annexe']);
  });

  it("sets the last section's first-page and even-page switches on the document's properties only", () => {
    let state = EditorState.create({ doc: document() });
    state = run(state, setTitlePage(true, 3));
    state = run(state, setOddEven(true, 3));
    state = run(state, setStory('header', 'first', s.node('doc', null, [p('Couverture')]), 3));
    expect(sectionAt(state.doc, 3)?.titlePage).toBe(true);
    expect(headerText(sectionAt(state.doc, 3), 'first')).toEqual(['Couverture']);
    expect(storyOf(sectionAt(state.doc, 3), 'header', 'even')).toBeDefined();
    for (const k of [0, 1, 2]) {
      expect(sectionAt(state.doc, k)?.titlePage).toBeUndefined();
      expect(storyOf(sectionAt(state.doc, k), 'header', 'even')).toBeUndefined();
    }
  });
});
