import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from 'prosemirror-model';
import { textSchema as s } from '@ostal/model';
import type { PMNodeJSON } from '@ostal/model';
import { createWriterStateFor } from './editor-state.js';
import { apply } from './test-editor-state.js';
import { firstSectionOf, setPageSetup, currentPageSetup } from './page-setup.js';
import { setStory, storyLines, storyOf } from './header-footer.js';
import { acceptAllChanges, rejectAllChanges, setTracking, trackChangesPlugin, trackTransaction, trackedChanges } from './track-changes.js';
import { EditorState, TextSelection } from 'prosemirror-state';

const anne = { name: 'Anne Martin', date: '2026-11-29T08:00:00Z' };
const ins = (author: string) => s.marks.insertion!.create({ id: null, author, date: anne.date });
const del = (author: string) => s.marks.deletion!.create({ id: null, author, date: anne.date });
const story = (...content: PMNode[]): PMNodeJSON => s.node('doc', null, [s.node('paragraph', null, content)]).toJSON() as PMNodeJSON;
const body = () => s.node('doc', null, [s.node('paragraph', null, [s.text('Corps '), s.text('ajouté', [ins('Anne Martin')])])]);

function withStories(): EditorState {
  const state = createWriterStateFor(body());
  const section = {
    headers: { default: story(s.text('Préfecture '), s.text('de Tulle', [ins('Anne Martin')]), s.text(' — '), s.text('brouillon', [del('Paul Durand')])) },
    footers: { default: story(s.text('Page '), s.text('interne', [del('Paul Durand')])) },
  };
  return state.apply(state.tr.setDocAttribute('section', section));
}

const textOf = (json: PMNodeJSON | undefined): string => (json ? s.nodeFromJSON(json).textContent : '');

describe('tracked changes in headers and footers', () => {
  it('Accept all accepts those of the headers and footers with those of the body', () => {
    const state = apply(withStories(), acceptAllChanges);
    const section = firstSectionOf(state.doc);
    expect(textOf(storyOf(section, 'header', 'default'))).toBe('Préfecture de Tulle — ');
    expect(textOf(storyOf(section, 'footer', 'default'))).toBe('Page ');
    expect(trackedChanges(s.nodeFromJSON(storyOf(section, 'header', 'default')!))).toEqual([]);
    expect(state.doc.textContent).toBe('Corps ajouté');
    expect(trackedChanges(state.doc)).toEqual([]);
  });

  it('Reject all rejects them: inserted text goes, deleted text comes back unmarked', () => {
    const state = apply(withStories(), rejectAllChanges);
    const section = firstSectionOf(state.doc);
    expect(textOf(storyOf(section, 'header', 'default'))).toBe('Préfecture  — brouillon');
    expect(textOf(storyOf(section, 'footer', 'default'))).toBe('Page interne');
    expect(trackedChanges(s.nodeFromJSON(storyOf(section, 'footer', 'default')!))).toEqual([]);
    expect(state.doc.textContent).toBe('Corps ');
  });

  it('Accept all applies when only a header has changes', () => {
    let state = createWriterStateFor(s.node('doc', null, [s.node('paragraph', null, [s.text('Corps')])]));
    expect(acceptAllChanges(state)).toBe(false);
    state = apply(state, setStory('header', 'default', s.nodeFromJSON(story(s.text('En-tête'), s.text(' ajouté', [ins('Anne Martin')])))));
    expect(acceptAllChanges(state)).toBe(true);
  });

  it('an edit in a story editor while recording is recorded with its author', () => {
    let st = EditorState.create({ doc: s.nodeFromJSON(story(s.text('Page'))), plugins: [trackChangesPlugin()] });
    st = apply(st, setTracking(true));
    st = st.apply(st.tr.setSelection(TextSelection.create(st.doc, 5)));
    st = st.apply(trackTransaction(st, st.tr.insertText(' 2'), anne));
    st = st.apply(trackTransaction(st, st.tr.delete(1, 3), anne));
    expect(trackedChanges(st.doc).map((c) => [c.kind, st.doc.textBetween(c.from, c.to), c.author])).toEqual([
      ['deletion', 'Pa', 'Anne Martin'],
      ['insertion', ' 2', 'Anne Martin'],
    ]);
  });

  it('committing a story or changing the page while recording records nothing in the body (its section break stays one)', () => {
    const first = withStories();
    const broken = s.node('doc', null, [s.node('paragraph', null, [s.text('Un')]), s.node('section_break', { section: first.doc.attrs.section }), s.node('paragraph', null, [s.text('Deux')])]);
    let state = apply(createWriterStateFor(broken), setTracking(true));
    const before = trackedChanges(state.doc).length;
    const blocks = state.doc.childCount;
    const tr = (command: typeof acceptAllChanges) => {
      let next = state;
      command(state, (t) => (next = state.apply(trackTransaction(state, t, anne))));
      return next;
    };
    state = tr(setStory('footer', 'default', s.nodeFromJSON(story(s.text('Pied')))));
    state = tr(setPageSetup({ ...currentPageSetup(state.doc), orientation: 'landscape' }));
    expect(trackedChanges(state.doc)).toHaveLength(before);
    expect(state.doc.childCount).toBe(blocks);
    expect(textOf(storyOf(firstSectionOf(state.doc), 'footer', 'default'))).toBe('Pied');
  });

  it('shows a story as lines of runs, its insertions and deletions apart with their authors', () => {
    const lines = storyLines(storyOf(firstSectionOf(withStories().doc), 'header', 'default'));
    expect(lines).toEqual([
      [
        { text: 'Préfecture ', change: null },
        { text: 'de Tulle', change: { kind: 'insertion', author: 'Anne Martin', date: anne.date } },
        { text: ' — ', change: null },
        { text: 'brouillon', change: { kind: 'deletion', author: 'Paul Durand', date: anne.date } },
      ],
    ]);
  });
});
