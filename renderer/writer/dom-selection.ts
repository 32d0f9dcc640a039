/**
 * The selection the user sees, read back from the page when a toolbar control takes the focus.
 *
 * ProseMirror learns of a selection made with the keyboard or the mouse from the browser's
 * `selectionchange` event, and ignores that event once the editor has lost the focus. A toolbar
 * control (a colour picker, a list box) takes the focus as soon as it is used: when the last
 * `selectionchange` had not been handled yet, the command would apply to the selection before
 * the last Shift+Arrow — one character short of what is highlighted. Reading the page's
 * selection first makes a command act on exactly what the user selected.
 */
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** Brings the editor's text selection in line with the page's, when the page's lies inside the editor. */
export function syncSelectionFromPage(view: EditorView): void {
  const current = view.state.selection;
  // Node and cell selections are not drawn as page selections: the editor's own is the truth.
  if (!(current instanceof TextSelection)) return;
  const page = view.dom.ownerDocument.getSelection();
  if (!page || page.rangeCount === 0 || !page.anchorNode || !page.focusNode) return;
  if (!view.dom.contains(page.anchorNode) || !view.dom.contains(page.focusNode)) return;
  let anchor: number;
  let head: number;
  try {
    anchor = view.posAtDOM(page.anchorNode, page.anchorOffset);
    head = view.posAtDOM(page.focusNode, page.focusOffset);
  } catch {
    return; // A node the editor does not map (inside a node view's furniture): keep its own.
  }
  if (anchor === current.anchor && head === current.head) return;
  const doc = view.state.doc;
  if (anchor < 0 || head < 0 || anchor > doc.content.size || head > doc.content.size) return;
  const next = TextSelection.between(doc.resolve(anchor), doc.resolve(head));
  view.dispatch(view.state.tr.setSelection(next));
}
