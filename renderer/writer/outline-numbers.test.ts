import { describe, expect, it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { textSchema as s } from '@ostal/model';
import { createWriterStateFor } from './editor-state.js';
import { outlineNumbersKey } from './outline-numbers.js';
import { setBlockStyle } from './commands.js';

const outline = [
  { format: 'decimal', prefix: '', suffix: '.', levels: 1, start: 1 },
  { format: 'decimal', prefix: '', suffix: '', levels: 2, start: 1 },
];
const h = (level: number, text: string, numbered = true): PMNode => s.node('heading', { level, numbered }, [s.text(text)]);
const p = (text: string): PMNode => s.node('paragraph', null, [s.text(text)]);

function shown(state: EditorState): string[] {
  const set = outlineNumbersKey.getState(state)!;
  return set.find().map((d) => `${String(d.spec.label)} ${state.doc.nodeAt(d.from)!.textContent}`);
}

describe('outline numbers in the writer', () => {
  it('shows each numbered heading its label and recounts after an edit', () => {
    let state = createWriterStateFor(s.node('doc', { outline }, [h(1, 'Intro'), h(2, 'Scope'), p('Text'), h(2, 'Aside', false), h(1, 'Method'), h(2, 'Steps')]));
    expect(shown(state)).toEqual(['1. Intro', '1.1 Scope', '2. Method', '2.1 Steps']);
    // Turning the paragraph into a level-2 heading numbers it and moves the numbers after it.
    const textPos = 1 + state.doc.child(0).nodeSize + state.doc.child(1).nodeSize + 1;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, textPos)));
    setBlockStyle('heading2')(state, (tr) => (state = state.apply(tr)));
    expect(shown(state)).toEqual(['1. Intro', '1.1 Scope', '1.2 Text', '2. Method', '2.1 Steps']);
  });

  it('keeps the numbers on the headings while text is typed into them and before them', () => {
    let state = createWriterStateFor(s.node('doc', { outline }, [h(1, 'Intro'), p('Text'), h(2, 'Scope')]));
    const before = outlineNumbersKey.getState(state);
    state = state.apply(state.tr.insertText('Brief ', 1));
    state = state.apply(state.tr.insertText('More ', state.doc.child(0).nodeSize + 1));
    expect(shown(state)).toEqual(['1. Brief Intro', '1.1 Scope']);
    // Mapped, not recounted: the same decorations moved with the text.
    expect(outlineNumbersKey.getState(state)!.find().map((d) => d.spec.label as string)).toEqual(before!.find().map((d) => d.spec.label as string));
    // A new paragraph before the second heading is a structural change: still right.
    state = state.apply(state.tr.split(state.doc.child(0).nodeSize + 3));
    expect(shown(state)).toEqual(['1. Brief Intro', '1.1 Scope']);
  });

  it('shows nothing in a document without outline numbering', () => {
    const state = createWriterStateFor(s.node('doc', null, [h(1, 'Intro'), p('Text')]));
    expect(shown(state)).toEqual([]);
  });
});
