/** Editor props of several editors of atoms (notes, fields, charts): each handles the double-clicks and keys on its own nodes. */
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';

type ClickHandler = (view: EditorView, pos: number, node: PMNode, nodePos: number) => boolean;
type KeyHandler = (view: EditorView, event: KeyboardEvent) => boolean;

export interface AtomEditProps {
  readonly handleDoubleClickOn: ClickHandler;
  readonly handleKeyDown: KeyHandler;
}

/** The first editor that takes a double-click or a key has it. */
export function atomEditProps(...editors: readonly AtomEditProps[]): AtomEditProps {
  return {
    handleDoubleClickOn: (...args) => editors.some((e) => e.handleDoubleClickOn(...args)),
    handleKeyDown: (view, event) => editors.some((e) => e.handleKeyDown(view, event)),
  };
}
