import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { textSchema } from '@ostal/model';
import { giveReactSelectionOffsets } from './react-selection-offsets.js';

const doc = textSchema.node('doc', null, [textSchema.node('paragraph', null, [textSchema.text('Le budget est voté.')])]);

/** The part of an editor view the offsets read: its state and its element (a plain object here: no DOM in Node). */
function viewOf(state: EditorState) {
  const view = { state, dom: {} as HTMLElement };
  giveReactSelectionOffsets(view as unknown as EditorView);
  return view;
}

describe('the selection offsets React reads from the editor', () => {
  it('are the editor’s own selection, following it as it changes', () => {
    const view = viewOf(EditorState.create({ doc, selection: TextSelection.create(doc, 4, 10) }));
    const dom = view.dom as unknown as { selectionStart: number; selectionEnd: number; value: string };
    expect([dom.selectionStart, dom.selectionEnd]).toEqual([4, 10]);
    view.state = view.state.apply(view.state.tr.setSelection(TextSelection.create(doc, 7)));
    expect([dom.selectionStart, dom.selectionEnd]).toEqual([7, 7]);
    expect('selectionStart' in view.dom).toBe(true);
  });

  it('ignore what React writes back: the editor keeps its selection', () => {
    const view = viewOf(EditorState.create({ doc, selection: TextSelection.create(doc, 4, 10) }));
    const dom = view.dom as unknown as { selectionStart: number; selectionEnd: number; value: string };
    dom.selectionStart = 0;
    dom.selectionEnd = Math.min(3, dom.value.length);
    expect([dom.selectionStart, dom.selectionEnd]).toEqual([4, 10]);
    expect(view.state.selection.from).toBe(4);
  });
});
