import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import type { Command } from 'prosemirror-state';
import { history, undo } from 'prosemirror-history';
import type { Node as PMNode } from 'prosemirror-model';
import { textSchema as s } from '@ostal/model';
import { findStep, queryRegExp, replaceAll, replaceCurrent, searchPlugin, searchState, setSearch } from './find-replace.js';
import type { SearchQuery } from './find-replace.js';

const p = (...content: (string | PMNode)[]) => s.node('paragraph', null, content.map((c) => (typeof c === 'string' ? s.text(c) : c)));
const doc = (...blocks: PMNode[]) => s.node('doc', null, blocks);
const q = (text: string, opts: Partial<SearchQuery> = {}): SearchQuery => ({ text, matchCase: false, wholeWord: false, regexp: false, ...opts });

function apply(state: EditorState, command: Command): EditorState {
  let next = state;
  command(state, (tr) => {
    next = next.apply(tr);
  });
  return next;
}

function searching(node: PMNode, query: SearchQuery): EditorState {
  const state = EditorState.create({ doc: node, plugins: [history(), searchPlugin()] });
  return apply(state, setSearch(query));
}

const texts = (state: EditorState) => searchState(state).matches.map((m) => state.doc.textBetween(m.from, m.to));

describe('find and replace', () => {
  it('finds ignoring case by default, and only exact case when asked', () => {
    const d = doc(p('Le chat et le Chat.'), p('CHAT'));
    expect(texts(searching(d, q('chat')))).toEqual(['chat', 'Chat', 'CHAT']);
    expect(texts(searching(d, q('Chat', { matchCase: true })))).toEqual(['Chat']);
  });

  it('finds whole words only, with accented letters as word characters', () => {
    const d = doc(p('été étés chat chaton achat'));
    expect(texts(searching(d, q('chat', { wholeWord: true })))).toEqual(['chat']);
    expect(texts(searching(d, q('été', { wholeWord: true })))).toEqual(['été']);
  });

  it('escapes plain text and runs regular expressions when asked; a bad one is reported', () => {
    const d = doc(p('a.b axb 2024-01-15'));
    expect(texts(searching(d, q('a.b')))).toEqual(['a.b']);
    expect(texts(searching(d, q('a.b', { regexp: true })))).toEqual(['a.b', 'axb']);
    expect(texts(searching(d, q('\\d{4}-\\d{2}', { regexp: true })))).toEqual(['2024-01']);
    const bad = searching(d, q('(', { regexp: true }));
    expect(searchState(bad).invalid).toBe(true);
    expect(queryRegExp(q(''))).toBeNull();
  });

  it('finds across formatting runs but not across an inline object or a paragraph end', () => {
    const bold = s.text('na', [s.marks.bold!.create()]);
    const d = doc(p('mé', bold, 'ge'), p('ab', s.node('hard_break'), 'cd'), p('ab'), p('cd'));
    const state = searching(d, q('ménage'));
    expect(texts(state)).toEqual(['ménage']);
    expect(texts(searching(d, q('abcd')))).toEqual([]);
  });

  it('moves to the next and previous match, wrapping around', () => {
    let state = searching(doc(p('un deux un trois un')), q('un'));
    state = apply(state, findStep(1));
    expect(state.selection.from).toBe(1);
    state = apply(state, findStep(1));
    expect(state.selection.from).toBe(9);
    state = apply(state, findStep(-1));
    expect(state.selection.from).toBe(1);
    state = apply(state, findStep(-1));
    expect(state.selection.from).toBe(18);
  });

  it('replaces the current match then selects the next', () => {
    let state = searching(doc(p('un deux un')), q('un'));
    state = apply(state, findStep(1));
    state = apply(state, replaceCurrent('le'));
    expect(state.doc.textContent).toBe('le deux un');
    expect(state.doc.textBetween(state.selection.from, state.selection.to)).toBe('un');
    expect(searchState(state).matches).toHaveLength(1);
  });

  it('replaces all in one undo step, with $1 groups in regular expressions', () => {
    let state = searching(doc(p('Dupont Jean, Martin Paul'), p('Durand Anne')), q('(\\p{Lu}\\p{Ll}+) (\\p{Lu}\\p{Ll}+)', { regexp: true }));
    expect(searchState(state).matches).toHaveLength(3);
    state = apply(state, replaceAll('$2 $1'));
    expect(state.doc.textContent).toBe('Jean Dupont, Paul MartinAnne Durand');
    expect(searchState(state).matches).toHaveLength(3);
    state = apply(state, undo);
    expect(state.doc.textContent).toBe('Dupont Jean, Martin PaulDurand Anne');
  });

  it('keeps the formatting of replaced text and updates matches as the document changes', () => {
    const bold = s.marks.bold!.create();
    let state = searching(doc(p(s.text('rouge', [bold]), ' rouge')), q('rouge'));
    state = apply(state, replaceAll('bleu'));
    expect(state.doc.firstChild!.firstChild!.text).toBe('bleu');
    expect(state.doc.firstChild!.firstChild!.marks.map((m) => m.type.name)).toEqual(['bold']);
    expect(searchState(state).matches).toHaveLength(0);
    state = state.apply(state.tr.insertText(' rouge', state.doc.content.size - 1));
    expect(searchState(state).matches).toHaveLength(1);
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1)));
    expect(apply(state, setSearch(null)) && searchState(apply(state, setSearch(null))).matches).toEqual([]);
  });
});
