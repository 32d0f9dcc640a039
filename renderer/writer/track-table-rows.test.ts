import { describe, expect, it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { textSchema as s } from '@ostal/model';
import { createWriterStateFor } from './editor-state.js';
import { TABLE_COMMANDS, nextCellOrNewRow } from './table-commands.js';
import { acceptAllChanges, acceptChange, rejectAllChanges, rejectChange, setTracking, trackTransaction, trackedChanges } from './track-changes.js';

const anne = { name: 'Anne Martin', date: '2026-11-29T08:00:00Z' };
const cell = (text: string) => s.node('table_cell', null, [s.node('paragraph', null, text ? [s.text(text)] : [])]);
const row = (...texts: string[]) => s.node('table_row', null, texts.map(cell));
const table = (...rows: PMNode[]) => s.node('table', null, rows);
const doc = (...blocks: PMNode[]) => s.node('doc', null, blocks);

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return next;
}

/** Runs `command` as the user does while recording: through trackTransaction. */
function edit(state: EditorState, command: Command): EditorState {
  let next = state;
  expect(command(state, (tr: Transaction) => (next = state.apply(trackTransaction(state, tr, anne))))).toBe(true);
  return next;
}

/** The position inside the first paragraph of the table cell holding `text`. */
function inCell(state: EditorState, text: string): EditorState {
  let at = -1;
  state.doc.descendants((n, pos) => {
    if (at < 0 && n.isText && n.text === text) at = pos;
    return at < 0;
  });
  expect(at).toBeGreaterThan(0);
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, at + 1)));
}

/** Rows as "change: cell|cell", deleted text between brackets. */
function rows(state: EditorState): string[] {
  const out: string[] = [];
  state.doc.descendants((n) => {
    if (n.type.name !== 'table_row') return true;
    const change = n.attrs.change as { kind: string; author: string } | null;
    const cells: string[] = [];
    n.forEach((c) => {
      let t = '';
      c.descendants((x) => {
        if (x.isText) t += x.marks.some((m) => m.type.name === 'deletion') ? `[${x.text ?? ''}]` : (x.text ?? '');
        return true;
      });
      cells.push(t);
    });
    out.push(`${change ? `${change.kind} ${change.author}` : '-'}: ${cells.join('|')}`);
    return false;
  });
  return out;
}

const start = () => run(createWriterStateFor(doc(table(row('Commune', 'Population'), row('Naves', '2 401'), row('Tulle', '14 811')), s.node('paragraph'))), setTracking(true));

describe('table rows recorded as tracked changes', () => {
  it('keeps a deleted row, marked deleted with its text, and accepting removes it', () => {
    let state = edit(inCell(start(), 'Naves'), TABLE_COMMANDS.deleteRow);
    expect(rows(state)).toEqual(['-: Commune|Population', 'deletion Anne Martin: [Naves]|[2 401]', '-: Tulle|14 811']);
    const changes = trackedChanges(state.doc);
    expect(changes).toMatchObject([{ kind: 'rowDeletion', author: 'Anne Martin', date: anne.date }]);
    const accepted = run(inCell(state, 'Naves'), acceptChange);
    expect(rows(accepted)).toEqual(['-: Commune|Population', '-: Tulle|14 811']);
    expect(trackedChanges(accepted.doc)).toEqual([]);
    state = run(inCell(state, 'Naves'), rejectChange);
    expect(rows(state)).toEqual(['-: Commune|Population', '-: Naves|2 401', '-: Tulle|14 811']);
    expect(trackedChanges(state.doc)).toEqual([]);
  });

  it('marks an added row inserted; rejecting removes it, accepting keeps it', () => {
    const state = edit(inCell(start(), 'Naves'), TABLE_COMMANDS.addRow);
    expect(rows(state)).toEqual(['-: Commune|Population', '-: Naves|2 401', 'insertion Anne Martin: |', '-: Tulle|14 811']);
    expect(trackedChanges(state.doc)).toMatchObject([{ kind: 'rowInsertion', author: 'Anne Martin' }]);
    expect(rows(run(state, rejectAllChanges))).toEqual(['-: Commune|Population', '-: Naves|2 401', '-: Tulle|14 811']);
    expect(rows(run(state, acceptAllChanges))).toEqual(['-: Commune|Population', '-: Naves|2 401', '-: |', '-: Tulle|14 811']);
  });

  it('records the row Tab adds after the last cell, and deleting one’s own inserted row removes it', () => {
    let state = inCell(start(), '14 811');
    state = edit(state, nextCellOrNewRow);
    expect(rows(state)[3]).toBe('insertion Anne Martin: |');
    // The cursor is in the new row: deleting it takes it away for real.
    state = edit(state, TABLE_COMMANDS.deleteRow);
    expect(rows(state)).toEqual(['-: Commune|Population', '-: Naves|2 401', '-: Tulle|14 811']);
    expect(trackedChanges(state.doc)).toEqual([]);
  });

  it('does not record row edits while recording is off', () => {
    const off = run(start(), setTracking(false));
    const state = edit(inCell(off, 'Naves'), TABLE_COMMANDS.deleteRow);
    expect(rows(state)).toEqual(['-: Commune|Population', '-: Tulle|14 811']);
  });

  it('accepts the last row of a table deleted with the table', () => {
    let state = run(createWriterStateFor(doc(table(row('Seule')), s.node('paragraph', null, [s.text('Après')]))), setTracking(true));
    const tr = state.tr.setNodeAttribute(0 + 1, 'change', { kind: 'deletion', id: null, author: 'Paul', date: null });
    state = state.apply(tr);
    expect(trackedChanges(state.doc)).toMatchObject([{ kind: 'rowDeletion', author: 'Paul' }]);
    state = run(state, acceptAllChanges);
    expect(state.doc.childCount).toBe(1);
    expect(state.doc.textContent).toBe('Après');
  });
});
