import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import type { Command } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { textSchema as s } from '@ostal/model';
import { currentBlockStyle, currentListKind, isMarkActive, setBlockStyle, toggleList, toggleTextMark } from './commands.js';
import { countWords } from './word-count.js';

const p = (text: string) => s.node('paragraph', null, text ? [s.text(text)] : []);
const doc = (...blocks: PMNode[]) => s.node('doc', null, blocks);

/** State with the selection from `from` to `to` (document positions). */
function stateOf(node: PMNode, from: number, to = from): EditorState {
  const state = EditorState.create({ doc: node });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
}

function apply(state: EditorState, command: Command): EditorState {
  let next = state;
  const applied = command(state, (tr) => {
    next = state.apply(tr);
  });
  expect(applied).toBe(true);
  return next;
}

describe('writer commands', () => {
  it('toggles bold on a selection and reports it active', () => {
    const start = stateOf(doc(p('Bonjour monde')), 1, 8);
    const bold = apply(start, toggleTextMark('bold'));
    expect(isMarkActive(bold, 'bold')).toBe(true);
    expect(bold.doc.firstChild!.firstChild!.marks.map((m) => m.type.name)).toEqual(['bold']);
    const plain = apply(bold, toggleTextMark('bold'));
    expect(isMarkActive(plain, 'bold')).toBe(false);
    expect(plain.doc.eq(start.doc)).toBe(true);
  });

  it('turns a paragraph into headings of each level and back', () => {
    let state = stateOf(doc(p('Titre')), 2);
    for (const level of [1, 2, 3] as const) {
      state = apply(state, setBlockStyle(`heading${level}`));
      expect(state.doc.firstChild!.type.name).toBe('heading');
      expect(state.doc.firstChild!.attrs.level).toBe(level);
      expect(currentBlockStyle(state)).toBe(`heading${level}`);
    }
    state = apply(state, setBlockStyle('paragraph'));
    expect(currentBlockStyle(state)).toBe('paragraph');
  });

  it('wraps in a bullet list, switches to numbered, and lifts out', () => {
    let state = stateOf(doc(p('un'), p('deux')), 1, 9);
    state = apply(state, toggleList('bullet'));
    expect(state.doc.firstChild!.type.name).toBe('bullet_list');
    expect(state.doc.firstChild!.attrs).toEqual({ bullet: null, bulletFont: null, skip: 0 });
    expect(state.doc.firstChild!.childCount).toBe(2);
    expect(currentListKind(state)).toBe('bullet');

    state = apply(state, toggleList('ordered'));
    expect(state.doc.firstChild!.type.name).toBe('ordered_list');
    expect(currentListKind(state)).toBe('ordered');
    // Lists made here are plain: decimal "1." labels, default bullets.
    expect(state.doc.firstChild!.attrs).toMatchObject({ order: 1, format: 'decimal', prefix: '', suffix: '.', levels: 1, continues: false });

    state = apply(state, toggleList('ordered'));
    expect(currentListKind(state)).toBeNull();
    expect(state.doc.child(0).type.name).toBe('paragraph');
  });

  it('counts French words the way a word processor does', () => {
    expect(countWords(doc(p("Aujourd'hui, peut-être 3 dossiers."), p('')))).toBe(4);
  });

  it('counts the words of notes apart from the word they follow, and not those of comments', () => {
    const note = s.node('note', { kind: 'footnote' }, [p('Deux mots')]);
    const comment = s.node('comment', { id: '0' }, [p('jamais compté')]);
    expect(countWords(doc(s.node('paragraph', null, [s.text('Texte'), note, s.text(' sui'), comment, s.text('te')])))).toBe(4);
  });
});
