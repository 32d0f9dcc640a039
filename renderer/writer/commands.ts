/**
 * Editing commands of the writer, as plain ProseMirror commands over `textSchema`: usable from
 * the toolbar, the keymap and tests alike (they need an EditorState only, no DOM).
 */
import { setBlockType, toggleMark } from 'prosemirror-commands';
import { liftListItem, wrapInList } from 'prosemirror-schema-list';
import { textSchema } from '@ostal/model';
import type { TextMarkName } from '@ostal/model';
import type { NodeType } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';

/** Paragraph styles offered by the style select. */
export type BlockStyle = 'paragraph' | 'heading1' | 'heading2' | 'heading3';

export const BLOCK_STYLES: readonly BlockStyle[] = ['paragraph', 'heading1', 'heading2', 'heading3'];

export type ListKind = 'bullet' | 'ordered';

const nodes = textSchema.nodes;

function markType(name: TextMarkName) {
  const type = textSchema.marks[name];
  if (!type) throw new RangeError(`The text schema has no mark ${name}.`);
  return type;
}

function listType(kind: ListKind): NodeType {
  const type = kind === 'bullet' ? nodes.bullet_list : nodes.ordered_list;
  if (!type) throw new RangeError(`The text schema has no ${kind} list.`);
  return type;
}

/** Toggles bold, italic or underline on the selection (or the stored marks at the cursor). */
export function toggleTextMark(name: TextMarkName): Command {
  return toggleMark(markType(name));
}

/** True when the mark is active at the cursor or across the whole selection. */
export function isMarkActive(state: EditorState, name: TextMarkName): boolean {
  const type = markType(name);
  const { from, to, empty, $from } = state.selection;
  if (empty) return Boolean(type.isInSet(state.storedMarks ?? $from.marks()));
  return state.doc.rangeHasMark(from, to, type);
}

/** Turns the selected text blocks into paragraphs or headings of level 1-3. */
export function setBlockStyle(style: BlockStyle): Command {
  if (style === 'paragraph') return setBlockType(nodes.paragraph!);
  const level = Number(style.slice('heading'.length));
  return setBlockType(nodes.heading!, { level });
}

/** The style of the text block holding the selection start (headings beyond 3 read as 3). */
export function currentBlockStyle(state: EditorState): BlockStyle {
  const parent = state.selection.$from.parent;
  if (parent.type === nodes.heading) {
    const level = Math.min(3, Math.max(1, Number(parent.attrs.level)));
    return `heading${String(level)}` as BlockStyle;
  }
  return 'paragraph';
}

/** The kind of the innermost list around the selection, or null. */
export function currentListKind(state: EditorState): ListKind | null {
  const $from = state.selection.$from;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const type = $from.node(depth).type;
    if (type === nodes.bullet_list) return 'bullet';
    if (type === nodes.ordered_list) return 'ordered';
  }
  return null;
}

/**
 * Toggles a list: wraps the selection in a list of `kind`, lifts it out when it already is one,
 * or switches the innermost list to `kind` when it is the other kind.
 */
export function toggleList(kind: ListKind): Command {
  return (state, dispatch) => {
    const current = currentListKind(state);
    if (current === kind) return liftListItem(nodes.list_item!)(state, dispatch);
    if (current !== null) {
      const $from = state.selection.$from;
      for (let depth = $from.depth; depth > 0; depth -= 1) {
        const node = $from.node(depth);
        if (node.type === nodes.bullet_list || node.type === nodes.ordered_list) {
          if (dispatch) dispatch(state.tr.setNodeMarkup($from.before(depth), listType(kind)).scrollIntoView());
          return true;
        }
      }
      return false;
    }
    return wrapInList(listType(kind))(state, dispatch);
  };
}
