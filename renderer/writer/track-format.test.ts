import { describe, expect, it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { toggleMark } from 'prosemirror-commands';
import { blockFormerFormat, runFormerFormat, textSchema as s } from '@ostal/model';
import { createWriterStateFor } from './editor-state.js';
import { acceptChange, rejectChange, setTracking, trackTransaction, trackedChanges } from './track-changes.js';
import { marksBefore, marksOfRunProperties } from './track-format.js';
import { setAlign } from './format-commands.js';
import { setBlockStyle } from './commands.js';

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

  it('records paragraph formatting as a changed paragraph mark, and rejecting restores the paragraph', () => {
    let state = at(start(), 3);
    state = edit(state, setAlign('center'));
    expect(state.doc.child(0).attrs.align).toBe('center');
    expect(trackedChanges(state.doc)).toMatchObject([{ kind: 'paragraphFormat', author: 'Anne Martin', date: anne.date }]);
    // A second change to the same paragraph is the same change: rejecting goes back to the start.
    state = edit(at(state, 3), setBlockStyle('heading1'));
    expect(state.doc.child(0).type.name).toBe('heading');
    expect(trackedChanges(state.doc)).toHaveLength(1);
    // Reviewing it: the cursor at the paragraph's end, where its mark is.
    const mark = trackedChanges(state.doc)[0]?.from ?? 0;
    const rejected = run(at(state, mark), rejectChange);
    expect(rejected.doc.child(0).type.name).toBe('paragraph');
    expect(rejected.doc.child(0).attrs.align).toBeNull();
    expect(rejected.doc.textContent).toBe('Le budget est voté');
    expect(trackedChanges(rejected.doc)).toEqual([]);
    const accepted = run(at(state, mark), acceptChange);
    expect(accepted.doc.child(0).type.name).toBe('heading');
    expect(trackedChanges(accepted.doc)).toEqual([]);
  });
});


describe('format changes read from a file', () => {
  it('rejects a paragraph format change read from DOCX back to the former paragraph', () => {
    const before = blockFormerFormat('ooxml', 'paragraph', { align: 'right', spaceAfter: 240 }, '<w:pPr><w:jc w:val="right"/></w:pPr>');
    const change = s.nodes.paragraph_change!.create({ kind: 'format', id: '4', author: 'Paul', date: null, before });
    let state = createWriterStateFor(doc(s.node('heading', { level: 1, align: 'center' }, [s.text('Objet'), change])));
    const [tracked] = trackedChanges(state.doc);
    expect(tracked).toMatchObject({ kind: 'paragraphFormat', author: 'Paul' });
    state = run(at(state, tracked?.from ?? 0), rejectChange);
    const block = state.doc.child(0);
    expect(block.type.name).toBe('paragraph');
    expect(block.attrs).toMatchObject({ align: 'right', spaceAfter: 240 });
    expect(block.textContent).toBe('Objet');
    expect(trackedChanges(state.doc)).toEqual([]);
  });

  it('rejects a text format change to the marks the reader found, whatever the file', () => {
    const before = runFormerFormat('ooxml', [s.marks.underline!.create()], '<w:rPr><w:u w:val="single"/></w:rPr>');
    let state = createWriterStateFor(doc(p(s.text('Titre', [s.marks.bold!.create(), s.marks.format_change!.create({ id: '3', author: 'Paul', date: null, before })]))));
    state = run(at(state, 2), rejectChange);
    expect(marksAt(state, 2)).toEqual(['underline']);
  });
});
