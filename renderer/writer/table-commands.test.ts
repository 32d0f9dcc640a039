import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import type { Command } from 'prosemirror-state';
import { CellSelection, TableMap, tableEditing } from 'prosemirror-tables';
import type { Node as PMNode } from 'prosemirror-model';
import { textSchema as s } from '@ostal/model';
import { TABLE_COMMANDS, createTable, insertPageBreak, insertTable, leaveTableDown, nextCellOrNewRow, previousCell } from './table-commands.js';

const p = (text: string) => s.node('paragraph', null, text ? [s.text(text)] : []);
const doc = (...blocks: PMNode[]) => s.node('doc', null, blocks);

function stateAt(node: PMNode, pos: number): EditorState {
  const state = EditorState.create({ doc: node, plugins: [tableEditing()] });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
}

function apply(state: EditorState, command: Command): EditorState {
  let next = state;
  expect(command(state, (tr) => (next = next.apply(tr)))).toBe(true);
  return next;
}

const table = (state: EditorState): PMNode => {
  let found: PMNode | undefined;
  state.doc.descendants((n) => {
    if (n.type.name === 'table') found ??= n;
    return !found;
  });
  if (!found) throw new Error('no table');
  return found;
};

describe('table commands', () => {
  it('inserts a 3 × 3 table with a header row and puts the cursor in its first cell', () => {
    const state = apply(stateAt(doc(p('Avant')), 6), insertTable());
    const t = table(state);
    expect(TableMap.get(t).width).toBe(3);
    expect(t.childCount).toBe(3);
    expect(t.firstChild!.attrs.header).toBe(true);
    expect(t.firstChild!.firstChild!.type.name).toBe('table_header');
    expect(state.selection.$from.parent.type.name).toBe('paragraph');
    expect(state.selection.$from.node(-1).type.name).toBe('table_header');
  });

  it('moves between cells with Tab and Shift+Tab, adding a row after the last cell', () => {
    let state = apply(stateAt(doc(createTable(1, 2)), 3), nextCellOrNewRow);
    expect(state.selection.$from.index(-2)).toBe(1);
    state = apply(state, nextCellOrNewRow);
    expect(table(state).childCount).toBe(2);
    expect(state.selection.$from.index(-3)).toBe(1);
    state = apply(state, previousCell);
    expect(state.selection.$from.index(-3)).toBe(0);
    expect(nextCellOrNewRow(stateAt(doc(p('x')), 1))).toBe(false);
  });

  it('enables row, column, merge and split actions only where they apply', () => {
    const outside = stateAt(doc(p('x'), createTable(2, 2)), 1);
    for (const command of Object.values(TABLE_COMMANDS)) expect(command(outside)).toBe(false);
    let state = stateAt(doc(createTable(2, 2)), 4);
    expect(TABLE_COMMANDS.addRow(state)).toBe(true);
    expect(TABLE_COMMANDS.mergeCells(state)).toBe(false);
    expect(TABLE_COMMANDS.splitCell(state)).toBe(false);
    const cells: number[] = [];
    state.doc.descendants((n, pos) => {
      if (n.type.spec.tableRole === 'cell' || n.type.spec.tableRole === 'header_cell') cells.push(pos);
    });
    state = state.apply(state.tr.setSelection(CellSelection.create(state.doc, cells[2]!, cells[3])));
    state = apply(state, TABLE_COMMANDS.mergeCells);
    expect(table(state).child(1).firstChild!.attrs.colspan).toBe(2);
    expect(TABLE_COMMANDS.splitCell(state)).toBe(true);
    state = apply(state, TABLE_COMMANDS.addColumn);
    expect(TableMap.get(table(state)).width).toBe(3);
    state = apply(state, TABLE_COMMANDS.deleteRow);
    expect(table(state).childCount).toBe(1);
  });

  it('leaves a table that ends the document with arrow down, adding a paragraph after it', () => {
    const start = stateAt(doc(createTable(2, 2)), 4);
    expect(leaveTableDown(start)).toBe(false); // first row
    let lastRow = 0;
    start.doc.descendants((n, pos) => {
      if (n.type.name === 'table_row') lastRow = pos;
    });
    const state = apply(stateAt(start.doc, lastRow + 3), leaveTableDown);
    expect(state.doc.lastChild!.type.name).toBe('paragraph');
    expect(state.selection.$from.parent).toBe(state.doc.lastChild);
  });

  it('adds a paragraph after a table inserted at the end of the document', () => {
    const state = apply(stateAt(doc(p('')), 1), insertTable());
    expect(state.doc.content.content.map((n) => n.type.name)).toEqual(['table', 'paragraph']);
  });

  it('inserts a page break between top-level blocks with Ctrl+Enter', () => {
    const state = apply(stateAt(doc(p('AvantAprès')), 6), insertPageBreak);
    expect(state.doc.content.content.map((n) => n.type.name)).toEqual(['paragraph', 'page_break', 'paragraph']);
    expect(state.doc.textContent).toBe('AvantAprès');
  });
});
