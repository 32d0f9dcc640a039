/** For the writer's unit tests: an editor state with a selection, and a command applied to it. */
import { EditorState, TextSelection } from 'prosemirror-state';
import type { Command } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';

/** A state of `node` with the text selection `from`–`to` (the cursor at `from` by default). */
export function stateOf(node: PMNode, from = 1, to = from): EditorState {
  const state = EditorState.create({ doc: node });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
}

/** The state after `command`; throws (failing the test) when it does not apply. */
export function apply(state: EditorState, command: Command): EditorState {
  let next = state;
  if (!command(state, (tr) => (next = state.apply(tr)))) throw new Error('The command did not apply.');
  return next;
}
