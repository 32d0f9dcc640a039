import { describe, expect, it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { toggleMark } from 'prosemirror-commands';
import { textSchema as s } from '@ostal/model';
import { createWriterStateFor } from './editor-state.js';
import { acceptChange, rejectChange, setTracking, trackTransaction, trackedChanges } from './track-changes.js';
import { marksBefore, marksOfRunProperties } from './track-format.js';

const anne = { name: 'Anne Martin', date: '2026-11-29T08:00:00Z' };
const p = (...content: PMNode[]) => s.node('paragraph', null, content);
const doc = (...blocks: PMNode[]) => s.node('doc', null, blocks);

function at(state: EditorState, from: number, to = from): EditorState {
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
}

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

const marksAt = (state: EditorState, pos: number) => state.doc.resolve(pos).marks().map((m) => m.type.name).sort();

describe('formatting recorded as tracked changes', () => {
  const start = () => run(createWriterStateFor(doc(p(s.text('Le budget '), s.text('est voté', [s.marks.italic!.create()])))), setTracking(true));

  it('records bold laid on the text as a format change with the author and date, and rejecting takes it off', () => {
    let state = at(start(), 4, 10);
    state = edit(state, toggleMark(s.marks.bold!));
    expect(marksAt(state, 6)).toEqual(['bold', 'format_change']);
    const [change] = trackedChanges(state.doc);
    expect(change).toMatchObject({ kind: 'format', from: 4, to: 10, author: 'Anne Martin', date: anne.date });
    state = run(at(state, 6), rejectChange);
    expect(trackedChanges(state.doc)).toEqual([]);
    expect(marksAt(state, 6)).toEqual([]);
  });

  it('keeps the first format through several changes, and accepting keeps the new one', () => {
    // Italic text made bold, then not italic: rejecting goes back to italic only.
    let state = at(start(), 12, 18);
    state = edit(state, toggleMark(s.marks.bold!));
    state = edit(at(state, 12, 18), toggleMark(s.marks.italic!));
    expect(marksAt(state, 14)).toEqual(['bold', 'format_change']);
    const rejected = run(at(state, 14), rejectChange);
    expect(marksAt(rejected, 14)).toEqual(['italic']);
    const accepted = run(at(state, 14), acceptChange);
    expect(marksAt(accepted, 14)).toEqual(['bold']);
    expect(trackedChanges(accepted.doc)).toEqual([]);
  });

  it('does not record formatting while tracking is off', () => {
    let state = at(createWriterStateFor(doc(p(s.text('Le budget')))), 1, 3);
    state = edit(state, toggleMark(s.marks.bold!));
    expect(marksAt(state, 2)).toEqual(['bold']);
  });

  it('rejects a format change read from a DOCX file back to the run properties it kept', () => {
    const before = JSON.stringify({ family: 'ooxml', xml: '<w:rPr><w:i/><w:b w:val="0"/><w:sz w:val="28"/><w:color w:val="C00000"/><w:highlight w:val="yellow"/><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr>' });
    const changed = s.marks.format_change!.create({ id: '3', author: 'Paul', date: null, before });
    let state = createWriterStateFor(doc(p(s.text('Titre', [s.marks.bold!.create(), changed]))));
    state = run(at(state, 2), rejectChange);
    const marks = state.doc.resolve(2).marks();
    expect(marks.map((m) => m.type.name).sort()).toEqual(['color', 'font', 'font_size', 'highlight', 'italic']);
    expect(marks.find((m) => m.type.name === 'font_size')?.attrs.size).toBe(14);
    expect(marks.find((m) => m.type.name === 'color')?.attrs.color).toBe('#c00000');
    expect(marks.find((m) => m.type.name === 'font')?.attrs.family).toBe('Arial');
  });

  it('keeps the current format when the earlier one cannot be read', () => {
    expect(marksBefore(null)).toBeNull();
    expect(marksBefore('{"family":"odf","xml":"<style:text-properties/>"}')).toBeNull();
    expect(marksBefore('not json')).toBeNull();
    expect(marksOfRunProperties('<w:rPr><w:u w:val="none"/><w:strike/></w:rPr>').map((m) => m.type.name)).toEqual(['strike']);
  });
});
