/** Inserting footnotes and endnotes: the note's text is typed in a dialog, the citation goes at the cursor. */
import { textSchema } from '@ostal/model';
import type { Command } from 'prosemirror-state';

/** Inserts a note of `kind` whose text is `text` (one paragraph per line) at the cursor. */
export function insertNote(kind: 'footnote' | 'endnote', text: string): Command {
  return (state, dispatch) => {
    const lines = text.split(/\r?\n/).map((l) => l.trim());
    if (lines.every((l) => l === '')) return false;
    const { $from } = state.selection;
    if (!$from.parent.inlineContent) return false;
    // No note inside a note.
    for (let d = $from.depth; d > 0; d -= 1) if ($from.node(d).type.name === 'note') return false;
    const paragraphs = lines.filter((l) => l !== '').map((l) => textSchema.nodes.paragraph!.create(null, textSchema.text(l)));
    if (dispatch) dispatch(state.tr.replaceSelectionWith(textSchema.nodes.note!.create({ kind }, paragraphs), false).scrollIntoView());
    return true;
  };
}
