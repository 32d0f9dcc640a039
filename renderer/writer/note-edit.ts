/**
 * Editing a footnote's or endnote's text. The note is an atom in the text (`note-views.ts`): its
 * blocks are edited in a small editor of their own (`NoteEditorDialog.tsx`), opened from the
 * citation (double-click, Enter when it is selected, "Modifier la note…" in the ribbon or the
 * context menu), and written back as one step — only the part that changed is replaced, so the
 * run formatting of the rest stays and, while changes are recorded, the edit is tracked like
 * typing in the text (`track-changes.ts`). Deleting the citation deletes the note with it.
 */
import type { Fragment, Node as PMNode } from 'prosemirror-model';
import { closeHistory } from 'prosemirror-history';
import { NodeSelection } from 'prosemirror-state';
import type { Command, EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** A note of the document and where it stands. */
export interface NoteAt {
  readonly pos: number;
  readonly node: PMNode;
}

/** The note at `pos`, or null when there is none there. */
export function noteAtPos(doc: PMNode, pos: number): NoteAt | null {
  if (pos < 0 || pos >= doc.content.size) return null;
  const node = doc.nodeAt(pos);
  return node?.type.name === 'note' ? { pos, node } : null;
}

/** The note selected (its citation clicked or reached with the arrows), or null. */
export function selectedNote(state: EditorState): NoteAt | null {
  const sel = state.selection;
  return sel instanceof NodeSelection && sel.node.type.name === 'note' ? { pos: sel.from, node: sel.node } : null;
}

/**
 * Sets the blocks of the note at `pos` to `content`, as one step replacing only what differs.
 * Fails when no note is there or when `content` is empty or the same.
 */
export function editNote(pos: number, content: Fragment): Command {
  return (state, dispatch) => {
    const found = noteAtPos(state.doc, pos);
    if (!found || content.childCount === 0 || !found.node.type.validContent(content)) return false;
    const old = found.node.content;
    const start = old.findDiffStart(content);
    if (start === null) return false;
    const end = old.findDiffEnd(content) ?? { a: old.size, b: content.size };
    // The common end may overlap the common start (a repeated letter): clamp both to the start.
    let endA = end.a;
    let endB = end.b;
    const overlap = start - Math.min(endA, endB);
    if (overlap > 0) {
      endA += overlap;
      endB += overlap;
    }
    if (dispatch) {
      const inner = pos + 1;
      const tr = state.tr.replace(inner + start, inner + endA, sliceOf(content, start, endB));
      // The note stays selected, as it was before the editing; the edit is an undo step of its own.
      dispatch(closeHistory(tr.setSelection(NodeSelection.create(tr.doc, pos))).scrollIntoView());
    }
    return true;
  };
}

/** The slice of `content` between two positions, open as deep as the positions are. */
function sliceOf(content: Fragment, from: number, to: number) {
  // A throwaway doc-like parent lets ProseMirror compute the open depths.
  const parent = content.firstChild!.type.schema.topNodeType.create(null, content);
  return parent.slice(from, to);
}

/** Editor props opening the note editor: double-click on a citation, Enter on a selected one. */
export function noteEditProps(onEdit: (note: NoteAt) => void) {
  return {
    handleDoubleClickOn(view: EditorView, _pos: number, node: PMNode, nodePos: number): boolean {
      if (node.type.name !== 'note' || !view.editable) return false;
      onEdit({ pos: nodePos, node });
      return true;
    },
    handleKeyDown(view: EditorView, event: KeyboardEvent): boolean {
      if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey || !view.editable) return false;
      const note = selectedNote(view.state);
      if (!note) return false;
      onEdit(note);
      return true;
    },
  };
}
