/**
 * Table rows inserted and deleted while changes are tracked (the `change` attribute of
 * `table_row`, `@ostal/model` `text-row-change.ts`).
 *
 * Recording: a transaction that only adds rows (prosemirror-tables `addRow`: the new row, and
 * the cells spanning it made taller) is applied, and the new rows are marked inserted; one that
 * only removes rows (`removeRow`: the rows, and the spans it mends) is replaced by marking the
 * rows deleted, their text too, as Word does — the rows stay until the change is accepted. Rows
 * the same author inserted while recording are removed for real, as for text.
 *
 * Reviewing: accepting a row deletion or rejecting a row insertion removes the row (the whole
 * table when it was its last row); the other way round drops the change, and a rejected
 * deletion's text loses the deletion marks of the same author and date.
 */
import { rowChange, textSchema } from '@ostal/model';
import type { RowChange } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import { TableMap, removeRow } from 'prosemirror-tables';
import { ReplaceAroundStep, ReplaceStep } from 'prosemirror-transform';

/** Who records a change and when (the change's attributes). */
export interface RowChangeInfo {
  readonly id: string | null;
  readonly author: string | null;
  readonly date: string | null;
}

function isRow(node: PMNode | null | undefined): node is PMNode {
  return node?.type.spec.tableRole === 'row';
}

function isCell(node: PMNode): boolean {
  const role = node.type.spec.tableRole as string | undefined;
  return role === 'cell' || role === 'header_cell';
}

/** The row change of a row, or null. */
export function rowChangeOf(row: PMNode): RowChange | null {
  const change = row.attrs.change as RowChange | null | undefined;
  return change ?? null;
}

interface RowEdit {
  /** Positions of inserted rows, in the transaction's document. */
  readonly inserted: number[];
  /** Positions of removed rows, in the document before the transaction. */
  readonly removed: number[];
}

/**
 * The rows a transaction inserts or removes, when that is all it does (with the span fixes that
 * go with it), else null.
 */
function rowEdit(tr: Transaction): RowEdit | null {
  const inserted: number[] = [];
  const removed: number[] = [];
  for (let i = 0; i < tr.steps.length; i++) {
    const step = tr.steps[i]!;
    const before = tr.docs[i]!;
    if (step instanceof ReplaceAroundStep) {
      // setNodeMarkup of a spanning cell (its rowspan).
      const node = before.nodeAt(step.from);
      if (!node || !isCell(node) || step.insert !== 1 || step.gapFrom !== step.from + 1 || step.gapTo !== step.to - 1) return null;
      continue;
    }
    if (!(step instanceof ReplaceStep)) return null;
    const { from, to } = step as unknown as { from: number; to: number };
    const content = step.slice.content;
    if (from === to && step.slice.openStart === 0 && step.slice.openEnd === 0 && content.childCount > 0) {
      let rows = 0;
      let cells = 0;
      content.forEach((n) => {
        if (isRow(n)) rows++;
        else if (isCell(n)) cells++;
      });
      if (rows === content.childCount) {
        let pos = from;
        const after = tr.mapping.slice(i + 1);
        content.forEach((n) => {
          inserted.push(after.map(pos, 1));
          pos += n.nodeSize;
        });
        continue;
      }
      // A spanning cell moved down into the next row when its first row goes.
      if (cells === content.childCount && removed.length > 0) continue;
      return null;
    }
    if (step.slice.size !== 0 || to <= from) return null;
    const $from = before.resolve(from);
    if ($from.parent.type.spec.tableRole !== 'table') return null;
    const back = tr.mapping.slice(0, i).invert();
    let pos = from;
    while (pos < to) {
      const row = before.nodeAt(pos);
      if (!isRow(row)) return null;
      removed.push(back.map(pos, 1));
      pos += row.nodeSize;
    }
  }
  if (inserted.length > 0 && removed.length > 0) return null;
  return inserted.length > 0 || removed.length > 0 ? { inserted, removed } : null;
}

/** True when `row` was inserted by `author` while recording. */
function ownInsertedRow(row: PMNode, author: string | null): boolean {
  const change = rowChangeOf(row);
  return change?.kind === 'insertion' && (change.author ?? '') === (author ?? '');
}

/**
 * The transaction to apply instead of `tr` when it inserts or removes table rows while
 * recording, or null when it does not.
 */
export function trackRowEdit(state: EditorState, tr: Transaction, info: RowChangeInfo): Transaction | null {
  const edit = rowEdit(tr);
  if (!edit) return null;
  if (edit.inserted.length > 0) {
    const change = rowChange('insertion', info);
    for (const pos of edit.inserted) if (isRow(tr.doc.nodeAt(pos))) tr.setNodeAttribute(pos, 'change', change);
    return tr;
  }
  const rows = [...new Set(edit.removed)].map((pos) => ({ pos, row: state.doc.nodeAt(pos) })).filter((r): r is { pos: number; row: PMNode } => isRow(r.row));
  // Rows this author inserted while recording go for real.
  if (rows.every((r) => ownInsertedRow(r.row, info.author))) return tr;
  const out = state.tr;
  const change = rowChange('deletion', info);
  const del = textSchema.marks.deletion!;
  const mark = del.create({ id: info.id, author: info.author, date: info.date });
  for (const { pos, row } of rows) {
    if (rowChangeOf(row)?.kind === 'deletion') continue;
    out.setNodeAttribute(pos, 'change', change);
    row.descendants((node, offset) => {
      if (!node.isText) return true;
      if (!node.marks.some((m) => m.type === del)) out.addMark(pos + 1 + offset, pos + 1 + offset + node.nodeSize, mark);
      return false;
    });
  }
  out.setSelection(state.selection.map(out.doc, out.mapping));
  if (tr.scrolledIntoView) out.scrollIntoView();
  return out;
}

/** Removes the row at `pos` of `tr.doc` (its table when it is the last row), keeping the table's shape. */
function deleteRow(tr: Transaction, pos: number): void {
  const $row = tr.doc.resolve(pos);
  const table = $row.parent;
  if (table.type.spec.tableRole !== 'table') return;
  if (table.childCount === 1) {
    tr.delete($row.before(), $row.after());
    return;
  }
  const map = TableMap.get(table);
  removeRow(tr, { map, table, tableStart: $row.start(), left: 0, top: $row.index(), right: map.width, bottom: $row.index() + 1 }, $row.index());
}

/** Accepts (`accept`) or rejects the change of the row at `pos` in `tr.doc`. */
export function resolveRowChange(tr: Transaction, pos: number, accept: boolean): void {
  const row = tr.doc.nodeAt(pos);
  const change = row && isRow(row) ? rowChangeOf(row) : null;
  if (!row || !change) return;
  if ((change.kind === 'deletion') === accept) {
    deleteRow(tr, pos);
    return;
  }
  tr.setNodeAttribute(pos, 'change', null);
  if (change.kind !== 'deletion') return;
  // The row's text deleted with it comes back.
  const del = textSchema.marks.deletion!;
  row.descendants((node, offset) => {
    if (!node.isText) return true;
    const mark = node.marks.find((m) => m.type === del);
    if (mark && mark.attrs.author === change.author && mark.attrs.date === change.date) tr.removeMark(pos + 1 + offset, pos + 1 + offset + node.nodeSize, mark);
    return false;
  });
}
