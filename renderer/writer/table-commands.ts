/**
 * Table and page-break commands of the writer, as plain ProseMirror commands over `textSchema`
 * (prosemirror-tables does the table surgery): usable from the toolbar, the keymap and tests.
 */
import { TableMap, addColumnAfter, addRow, addRowAfter, deleteColumn, deleteRow, goToNextCell, isInTable, mergeCells, selectedRect, splitCell } from 'prosemirror-tables';
import { Selection } from 'prosemirror-state';
import type { Command } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { textSchema } from '@ostal/model';

/** The table actions of the toolbar, in the order it shows them. */
export type TableAction = 'addRow' | 'deleteRow' | 'addColumn' | 'deleteColumn' | 'mergeCells' | 'splitCell';

export const TABLE_ACTIONS: readonly TableAction[] = ['addRow', 'deleteRow', 'addColumn', 'deleteColumn', 'mergeCells', 'splitCell'];

/** The command behind each table action; each one reports `false` when it does not apply. */
export const TABLE_COMMANDS: Readonly<Record<TableAction, Command>> = {
  addRow: addRowAfter,
  deleteRow,
  addColumn: addColumnAfter,
  deleteColumn,
  mergeCells,
  splitCell,
};

const nodes = textSchema.nodes;

/** A `rows` × `cols` table whose first row is a header row, every cell holding an empty paragraph. */
export function createTable(rows: number, cols: number): PMNode {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1) throw new RangeError('A table needs at least one row and one column.');
  const row = (header: boolean): PMNode =>
    nodes.table_row!.create(
      { header },
      Array.from({ length: cols }, () => (header ? nodes.table_header! : nodes.table_cell!).create(null, nodes.paragraph!.create())),
    );
  return nodes.table!.create(null, Array.from({ length: rows }, (_, i) => row(i === 0)));
}

/** Inserts a 3 × 3 table with a header row at the selection and puts the cursor in its first cell. */
export function insertTable(rows = 3, cols = 3): Command {
  return (state, dispatch) => {
    const table = createTable(rows, cols);
    const $from = state.selection.$from;
    // Where the schema allows a table: not inside an inline-only place (it replaces the selection).
    let depth = $from.depth;
    while (depth > 0 && !$from.node(depth - 1).type.contentMatch.matchType(nodes.table!)) depth -= 1;
    if (depth === 0 && !state.doc.type.contentMatch.matchType(nodes.table!)) return false;
    if (dispatch) {
      const tr = state.tr.replaceSelectionWith(table);
      let at = -1;
      tr.doc.descendants((node, pos) => {
        if (at >= 0) return false;
        if (node === table) at = pos;
        return at < 0;
      });
      if (at >= 0) {
        // Without a paragraph after it, a table ending the document could not be left.
        const after = at + table.nodeSize;
        if (!tr.doc.resolve(after).nodeAfter?.isTextblock) tr.insert(after, nodes.paragraph!.create());
        tr.setSelection(Selection.near(tr.doc.resolve(at + 1)));
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Tab in a table: the next cell, or a new row when the cursor is in the last one. */
export const nextCellOrNewRow: Command = (state, dispatch, view) => {
  if (!isInTable(state)) return false;
  if (goToNextCell(1)(state, dispatch, view)) return true;
  if (dispatch) {
    const rect = selectedRect(state);
    const tr = addRow(state.tr, rect, rect.bottom);
    const table = tr.doc.nodeAt(rect.tableStart - 1);
    if (table) {
      const cellPos = rect.tableStart + TableMap.get(table).positionAt(rect.bottom, 0, table);
      tr.setSelection(Selection.near(tr.doc.resolve(cellPos + 1)));
    }
    dispatch(tr.scrollIntoView());
  }
  return true;
};

/**
 * Arrow down from the last line of a table's last row, when no text block follows the table
 * (a table ending the document or a cell): adds an empty paragraph after it and goes there.
 */
export const leaveTableDown: Command = (state, dispatch, view) => {
  if (!isInTable(state) || !state.selection.empty || (view && !view.endOfTextblock('down'))) return false;
  const $from = state.selection.$from;
  let depth = $from.depth;
  while (depth > 0 && $from.node(depth).type.spec.tableRole !== 'table') depth -= 1;
  if (depth === 0) return false;
  const rowIndex = $from.index(depth);
  const table = $from.node(depth);
  if (rowIndex !== table.childCount - 1) return false;
  const cellDepth = depth + 2;
  if ($from.index(cellDepth) !== $from.node(cellDepth).childCount - 1) return false;
  const after = $from.after(depth);
  if (state.doc.resolve(after).nodeAfter?.isTextblock) return false;
  if (dispatch) {
    const tr = state.tr.insert(after, nodes.paragraph!.create());
    dispatch(tr.setSelection(Selection.near(tr.doc.resolve(after + 1))).scrollIntoView());
  }
  return true;
};

/** Shift+Tab in a table: the previous cell. */
export const previousCell: Command = (state, dispatch, view) => isInTable(state) && goToNextCell(-1)(state, dispatch, view);

/** Inserts a page break before the cursor's block (Ctrl+Enter), outside tables and lists. */
export const insertPageBreak: Command = (state, dispatch) => {
  const { $from } = state.selection;
  if ($from.depth !== 1) return false; // only between top-level blocks, as the formats place them
  if (dispatch) {
    const atStart = $from.parentOffset === 0;
    let tr = state.tr;
    if (!atStart) tr = tr.split($from.pos);
    const pos = atStart ? $from.before(1) : tr.mapping.map($from.pos) - 1;
    tr.insert(pos, nodes.page_break!.create());
    dispatch(tr.scrollIntoView());
  }
  return true;
};
