/** Moving the cursor to a place the user picked: a block from the navigation pane, a bookmark from a link. */
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** Puts the cursor at `pos` (inside the block there) and shows the block at the top of the desk, as Word's pane does. */
export function goToBlock(view: EditorView, pos: number): void {
  const inside = Math.min(pos + 1, view.state.doc.content.size);
  view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(inside))).scrollIntoView());
  view.focus();
  const dom = view.nodeDOM(pos);
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'start' });
}

/** Puts the cursor at the bookmark `name` and shows it; does nothing when the document has none of that name. */
export function goToBookmark(view: EditorView, name: string): void {
  let at = -1;
  view.state.doc.descendants((node, pos) => {
    if (at >= 0) return false;
    if (node.type.name === 'bookmark' && node.attrs.name === name) at = pos;
    return true;
  });
  if (at < 0) return;
  view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(at))).scrollIntoView());
  view.focus();
}
