/**
 * Numbered list commands beyond toggling: restart the numbering at the current item (the list
 * splits there; the second part starts again at 1), and list levels (`sinkListItem` /
 * `liftListItem`, also on Tab / Shift+Tab).
 */
import { textSchema } from '@ostal/model';
import type { Command, EditorState } from 'prosemirror-state';
import { liftListItem, sinkListItem } from 'prosemirror-schema-list';
import type { ResolvedPos } from 'prosemirror-model';

const nodes = textSchema.nodes;

/** Depth of the innermost ordered list around `$pos`, or -1. */
function orderedDepth($pos: ResolvedPos): number {
  for (let d = $pos.depth; d > 0; d -= 1) if ($pos.node(d).type === nodes.ordered_list) return d;
  return -1;
}

/** True when the cursor is in a numbered list. */
export function inOrderedList(state: EditorState): boolean {
  return orderedDepth(state.selection.$from) >= 0;
}

/** Numbering starts again at 1 from the item holding the cursor. */
export const restartNumbering: Command = (state, dispatch) => {
  const $from = state.selection.$from;
  const depth = orderedDepth($from);
  if (depth < 0) return false;
  const list = $from.node(depth);
  const index = $from.index(depth);
  if (index === 0 && list.attrs.order === 1 && list.attrs.continues !== true) return false;
  if (dispatch) {
    const tr = state.tr;
    let listPos = $from.before(depth);
    if (index > 0) {
      // Split the list before this item: the item starts a list of its own.
      const itemPos = $from.posAtIndex(index, depth);
      tr.split(itemPos, 1);
      listPos = tr.mapping.map(itemPos) - 1;
    }
    const node = tr.doc.nodeAt(listPos)!;
    tr.setNodeMarkup(listPos, undefined, { ...node.attrs, order: 1, continues: false });
    dispatch(tr.scrollIntoView());
  }
  return true;
};

/** One list level deeper (Tab in a list). */
export const listLevelDown: Command = sinkListItem(nodes.list_item!);

/** One list level up, out of the list from the first level (Shift+Tab in a list). */
export const listLevelUp: Command = liftListItem(nodes.list_item!);
