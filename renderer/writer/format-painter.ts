/**
 * The format painter ("Reproduire la mise en forme"): the character formatting at the cursor and
 * the paragraph formatting of its paragraph, taken once, then laid on the text selected next.
 */
import { BLOCK_FORMAT_KEYS, textSchema } from '@ostal/model';
import type { Mark } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';

/** What the painter carries: character marks (no link, note or change marks) and paragraph format. */
export interface CopiedFormat {
  readonly marks: readonly Mark[];
  readonly block: Readonly<Record<string, unknown>>;
}

/** Marks that are formatting, not content: a link, a comment range or a tracked change is not copied or removed. */
const FORMAT_MARKS = new Set(['bold', 'italic', 'underline', 'strike', 'superscript', 'subscript', 'font', 'font_size', 'color', 'highlight', 'caps', 'letter_spacing']);

function isFormatMark(mark: Mark): boolean {
  return FORMAT_MARKS.has(mark.type.name);
}

/** The formatting at the selection start (the marks of its first character when text is selected). */
export function copyFormat(state: EditorState): CopiedFormat {
  const { $from, empty } = state.selection;
  const marks = empty ? (state.storedMarks ?? $from.marks()) : ($from.nodeAfter?.marks ?? $from.marks());
  const block: Record<string, unknown> = {};
  for (const key of BLOCK_FORMAT_KEYS) if (key !== 'styleName' && key in $from.parent.attrs) block[key] = $from.parent.attrs[key];
  return { marks: marks.filter(isFormatMark), block };
}

/**
 * Lays a copied format on the selection: its character formatting replaces the selected text's,
 * and the paragraphs selected whole take the copied paragraph formatting (alignment, indents,
 * spacing; the style name stays). An empty selection is left alone.
 */
export function pasteFormat(format: CopiedFormat): Command {
  return (state, dispatch) => {
    const { from, to, empty } = state.selection;
    if (empty) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const type of Object.values(textSchema.marks)) if (FORMAT_MARKS.has(type.name)) tr.removeMark(from, to, type);
      for (const mark of format.marks) tr.addMark(from, to, mark);
      state.doc.nodesBetween(from, to, (node, pos) => {
        if (!node.isTextblock) return true;
        if (pos + 1 < from || pos + node.nodeSize - 1 > to) return false;
        const attrs = { ...node.attrs };
        for (const [k, v] of Object.entries(format.block)) if (k in attrs) attrs[k] = v;
        tr.setNodeMarkup(pos, undefined, attrs);
        return false;
      });
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}
