import { describe, expect, it } from 'vitest';
import { textSchema } from '@ostal/model';
import { EditorState, TextSelection } from 'prosemirror-state';
import type { Command } from 'prosemirror-state';
import { clearFormatting, currentAlign, currentMarkValue, setAlign, setMarkValue } from './format-commands.js';
import { toggleTextMark } from './commands.js';

function stateWith(text: string, from: number, to: number): EditorState {
  const doc = textSchema.nodes.doc!.create(null, [textSchema.nodes.paragraph!.create(null, [textSchema.text(text)])]);
  const state = EditorState.create({ doc });
  return state.apply(state.tr.setSelection(TextSelection.create(doc, from, to)));
}
const run = (state: EditorState, command: Command): EditorState => {
  let next = state;
  command(state, (tr) => (next = state.apply(tr)));
  return next;
};

describe('formatting commands', () => {
  it('sets, reads and removes value marks on a selection', () => {
    let state = stateWith('un mot rouge', 8, 13);
    state = run(state, setMarkValue('color', '#ff0000'));
    state = run(state, setMarkValue('font_size', 14));
    expect(currentMarkValue(state, 'color')).toBe('#ff0000');
    expect(currentMarkValue(state, 'font_size')).toBe(14);
    state = run(state, setMarkValue('color', null));
    expect(currentMarkValue(state, 'color')).toBeNull();
  });

  it('aligns paragraphs and clears direct formatting', () => {
    let state = stateWith('texte', 2, 4);
    state = run(state, setAlign('center'));
    expect(currentAlign(state)).toBe('center');
    state = run(state, toggleTextMark('superscript'));
    state = run(state, toggleTextMark('subscript'));
    expect(state.doc.firstChild!.child(1).marks.map((m) => m.type.name)).toEqual(['subscript']);
    state = run(state, clearFormatting);
    expect(currentAlign(state)).toBe('left');
    expect(state.doc.firstChild!.childCount).toBe(1);
  });
});
