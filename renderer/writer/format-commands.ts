/**
 * Direct formatting commands of the writer: value marks (font, size, colour, highlight),
 * paragraph alignment and "clear formatting", as plain ProseMirror commands over `textSchema`
 * (usable from the toolbar, the keymap and tests, with an EditorState only).
 */
import { NO_BLOCK_FORMAT, textSchema } from '@ostal/model';
import type { TextAlign, TextValueMarkName } from '@ostal/model';
import type { Mark, MarkType } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';

/** Common fonts offered by the font select (Marianne is the French State's font). */
export const COMMON_FONTS: readonly string[] = ['Liberation Sans', 'Liberation Serif', 'DejaVu Sans', 'Arial', 'Times New Roman', 'Calibri', 'Marianne'];

/** Sizes offered by the size select, in points. */
export const FONT_SIZES: readonly number[] = [8, 9, 10, 11, 12, 14, 16, 18, 20, 22, 24, 28, 32, 36, 48, 60, 72];

/** Alignments offered by the alignment buttons. */
export const ALIGNMENTS: readonly TextAlign[] = ['left', 'center', 'right', 'justify'];

/** The attribute holding a value mark's value. */
const VALUE_ATTR: Readonly<Record<TextValueMarkName, string>> = { font: 'family', font_size: 'size', color: 'color', highlight: 'color' };

function markType(name: TextValueMarkName): MarkType {
  const type = textSchema.marks[name];
  if (!type) throw new RangeError(`The text schema has no mark ${name}.`);
  return type;
}

/**
 * Sets a value mark on the selection (or for the next characters typed at the cursor), or
 * removes it when `value` is null.
 * @throws RangeError (when run) for a value the schema refuses.
 */
export function setMarkValue(name: TextValueMarkName, value: string | number | null): Command {
  const type = markType(name);
  return (state, dispatch) => {
    const mark = value === null ? null : type.create({ [VALUE_ATTR[name]]: value });
    const { empty, $from, ranges } = state.selection;
    if (empty) {
      if (dispatch) {
        const current = state.storedMarks ?? $from.marks();
        dispatch(state.tr.setStoredMarks(mark ? mark.addToSet(type.removeFromSet(current)) : type.removeFromSet(current)));
      }
      return true;
    }
    if (dispatch) {
      const tr = state.tr;
      for (const { $from: a, $to: b } of ranges) {
        tr.removeMark(a.pos, b.pos, type);
        if (mark) tr.addMark(a.pos, b.pos, mark);
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** The value of a value mark at the cursor (or at the start of the selection), or null. */
export function currentMarkValue(state: EditorState, name: TextValueMarkName): string | number | null {
  const type = markType(name);
  const { empty, $from, from, to } = state.selection;
  let found: Mark | undefined;
  if (empty) found = type.isInSet(state.storedMarks ?? $from.marks()) ?? undefined;
  else {
    state.doc.nodesBetween(from, to, (node) => {
      if (found || !node.isInline) return !found;
      found = type.isInSet(node.marks) ?? undefined;
      return false;
    });
  }
  return found ? (found.attrs[VALUE_ATTR[name]] as string | number) : null;
}

/** Positions of the text blocks (paragraphs, headings) the selection touches. */
function selectedTextblocks(state: EditorState): number[] {
  const out: number[] = [];
  const { from, to } = state.selection;
  state.doc.nodesBetween(from, to, (node, pos) => {
    if (node.isTextblock) {
      out.push(pos);
      return false;
    }
    return true;
  });
  return out;
}

/** The alignment of the text block holding the selection start; `left` when it has none. */
export function currentAlign(state: EditorState): TextAlign {
  return (state.selection.$from.parent.attrs.align as TextAlign | null | undefined) ?? 'left';
}

/** Aligns the selected paragraphs and headings (left clears the attribute: it is the default). */
export function setAlign(align: TextAlign): Command {
  return (state, dispatch) => {
    const blocks = selectedTextblocks(state).filter((pos) => 'align' in (state.doc.nodeAt(pos)?.attrs ?? {}));
    if (blocks.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const pos of blocks) tr.setNodeAttribute(pos, 'align', align === 'left' ? null : align);
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Removes character formatting (links stay) and direct paragraph formatting (the style name stays) from the selection. */
export const clearFormatting: Command = (state, dispatch) => {
  if (dispatch) {
    const tr = state.tr;
    const { from, to, empty } = state.selection;
    if (empty) tr.setStoredMarks([]);
    else for (const type of Object.values(textSchema.marks)) if (type.name !== 'link') tr.removeMark(from, to, type);
    for (const pos of selectedTextblocks(state)) {
      const node = tr.doc.nodeAt(pos);
      if (!node || !('align' in node.attrs)) continue;
      tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...NO_BLOCK_FORMAT, styleName: node.attrs.styleName as string | null });
    }
    dispatch(tr.scrollIntoView());
  }
  return true;
};
