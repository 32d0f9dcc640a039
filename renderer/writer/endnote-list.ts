/**
 * The endnotes of a document in document order, for the endnotes area shown after the text
 * (`EndnotesArea.tsx`), which is drawn again on every keystroke. Kept per top-level block:
 * ProseMirror shares unchanged blocks between states, so after an edit only the blocks it
 * changed are walked again, not the whole document (15 ms a keystroke in a 180-page document
 * when it was walked whole).
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { NoteAt } from './note-edit.js';

const NONE: readonly NoteAt[] = [];

/** Endnotes in a top-level block, positions from the block's start. */
const blockEndnotes = new WeakMap<PMNode, readonly NoteAt[]>();

function isNote(node: PMNode): boolean {
  return node.type.name === 'note';
}

/** The endnotes in `block` (itself included), at positions relative to where it starts; notes are not searched inside. */
function endnotesIn(block: PMNode): readonly NoteAt[] {
  if (isNote(block)) return block.attrs.kind === 'endnote' ? [{ pos: 0, node: block }] : NONE;
  const out: NoteAt[] = [];
  block.descendants((node, pos) => {
    if (!isNote(node)) return true;
    if (node.attrs.kind === 'endnote') out.push({ pos: pos + 1, node });
    return false;
  });
  return out.length === 0 ? NONE : out;
}

/** The endnotes of `doc` with their positions, in document order. */
export function endnotesOf(doc: PMNode): NoteAt[] {
  const out: NoteAt[] = [];
  doc.forEach((block, offset) => {
    let notes = blockEndnotes.get(block);
    if (notes === undefined) {
      notes = endnotesIn(block);
      blockEndnotes.set(block, notes);
    }
    for (const note of notes) out.push({ pos: offset + note.pos, node: note.node });
  });
  return out;
}
