/**
 * Keeps React from measuring the editor's selection on every commit.
 *
 * Before each commit React notes the selection of the focused element so that it can put it
 * back should the commit move the focus. For an `<input>` it reads `selectionStart` and
 * `selectionEnd`; for any other `contenteditable` element it counts the characters of every
 * text node inside it, the whole document, in a walk of the DOM (react-dom's
 * `getSelectionInformation`). With the cursor in a 180-page document that walk took about 40 ms
 * per commit: more than the rest of a keystroke, and paid again by every ribbon or status
 * update.
 *
 * ProseMirror owns the editor's selection and puts it back itself when the editor gets the
 * focus, so React's measure is never needed. Giving the editor's element the offsets an input
 * has (ProseMirror's own positions, read in constant time) makes React take them instead of
 * walking. Writing them, which React does only when a commit moved the focus away from the
 * editor, changes nothing: React then gives the editor the focus back, and ProseMirror its
 * selection.
 */
import type { EditorView } from 'prosemirror-view';

/**
 * Gives `view.dom` the `selectionStart` / `selectionEnd` (and `value`) properties React reads
 * from inputs: the editor's selection as ProseMirror positions; writes are ignored.
 */
export function giveReactSelectionOffsets(view: EditorView): void {
  const ignore = (): void => undefined;
  Object.defineProperties(view.dom, {
    selectionStart: { configurable: true, get: () => view.state.selection.from, set: ignore },
    selectionEnd: { configurable: true, get: () => view.state.selection.to, set: ignore },
    // React bounds the end it writes back by `value.length`; what it writes is ignored anyway.
    value: { configurable: true, get: () => '', set: ignore },
  });
}
