import { describe, expect, it } from 'vitest';
import { NodeSelection, TextSelection } from 'prosemirror-state';
import type { Command, EditorState } from 'prosemirror-state';
import { Fragment } from 'prosemirror-model';
import type { Node as PMNode } from 'prosemirror-model';
import { deleteSelection } from 'prosemirror-commands';
import { undo } from 'prosemirror-history';
import { textSchema as s } from '@ostal/model';
import { createWriterStateFor } from './editor-state.js';
import { editNote, noteAtPos, selectedNote } from './note-edit.js';
import { insertNote } from './note-commands.js';
import { setTracking, trackTransaction } from './track-changes.js';

const p = (...content: (string | PMNode)[]) => s.node('paragraph', null, content.map((c) => (typeof c === 'string' ? s.text(c) : c)));
const bold = (text: string) => s.text(text, [s.marks.bold!.create()]);
const note = (...blocks: PMNode[]) => s.node('note', { kind: 'footnote' }, blocks);
const doc = (...blocks: PMNode[]) => s.node('doc', null, blocks);
const anne = { name: 'Anne Martin', date: '2026-11-29T08:00:00Z' };

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return next;
}

// "Voir la loi" then the citation at 12.
const original = () => doc(p('Voir la loi', note(p('Loi du ', bold('3 janvier'), ' 1979.'), p('Second paragraphe.')), ' sur les archives.'));
const NOTE_POS = 12;

describe('editing a note', () => {
  it('finds the selected note and the note at a position', () => {
    let state = createWriterStateFor(original());
    expect(noteAtPos(state.doc, NOTE_POS)?.node.textContent).toBe('Loi du 3 janvier 1979.Second paragraphe.');
    expect(noteAtPos(state.doc, 3)).toBeNull();
    expect(selectedNote(state)).toBeNull();
    state = state.apply(state.tr.setSelection(NodeSelection.create(state.doc, NOTE_POS)));
    expect(selectedNote(state)?.pos).toBe(NOTE_POS);
  });

  it('writes the edited blocks back, keeping the formatting and other paragraphs, as one undo step', () => {
    const state = createWriterStateFor(original());
    const edited = Fragment.from([p('Loi du ', bold('3 janvier'), ' 1979 relative aux archives.'), p('Second paragraphe.')]);
    const next = run(state, editNote(NOTE_POS, edited));
    const n = noteAtPos(next.doc, NOTE_POS)!.node;
    expect(n.childCount).toBe(2);
    expect(n.textContent).toBe('Loi du 3 janvier 1979 relative aux archives.Second paragraphe.');
    expect(n.firstChild!.child(1).marks.map((m) => m.type.name)).toEqual(['bold']);
    expect(n.attrs.kind).toBe('footnote');
    // The text around the citation is untouched, and the note stays selected.
    expect(next.doc.firstChild!.textContent).toContain('Voir la loi');
    expect(selectedNote(next)?.pos).toBe(NOTE_POS);
    const back = run(next, undo);
    expect(back.doc.eq(state.doc)).toBe(true);
  });

  it('undoes an edit made right after inserting the note without removing the note', () => {
    let state = createWriterStateFor(doc(p('Voir la loi')));
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 12)));
    state = run(state, insertNote('footnote', 'Loi du 3 janvier 1979.'));
    const pos = 12;
    const edited = run(state, editNote(pos, Fragment.from(p('Loi du 3 janvier 1979 relative aux archives.'))));
    const back = run(edited, undo);
    expect(noteAtPos(back.doc, pos)?.node.textContent).toBe('Loi du 3 janvier 1979.');
  });

  it('adds and removes paragraphs of the note', () => {
    const state = createWriterStateFor(original());
    const one = run(state, editNote(NOTE_POS, Fragment.from(p('Loi du ', bold('3 janvier'), ' 1979.'))));
    expect(noteAtPos(one.doc, NOTE_POS)!.node.childCount).toBe(1);
    const three = run(one, editNote(NOTE_POS, Fragment.from([p('Un.'), p('Deux.'), p('Trois.')])));
    expect(noteAtPos(three.doc, NOTE_POS)!.node.textBetween(0, noteAtPos(three.doc, NOTE_POS)!.node.content.size, '|')).toBe('Un.|Deux.|Trois.');
  });

  it('refuses an empty note, an unchanged one, or a position without a note', () => {
    const state = createWriterStateFor(original());
    expect(editNote(NOTE_POS, Fragment.empty)(state)).toBe(false);
    expect(editNote(NOTE_POS, noteAtPos(state.doc, NOTE_POS)!.node.content)(state)).toBe(false);
    expect(editNote(3, Fragment.from(p('x')))(state)).toBe(false);
  });

  it('records the edit as a tracked change while changes are recorded', () => {
    const state = run(createWriterStateFor(original()), setTracking(true));
    const edited = Fragment.from([p('Loi du ', bold('3 janvier'), ' 1978.'), p('Second paragraphe.')]);
    let tr = state.tr;
    editNote(NOTE_POS, edited)(state, (t) => (tr = t));
    const next = state.apply(trackTransaction(state, tr, anne));
    const first = noteAtPos(next.doc, NOTE_POS)!.node.firstChild!;
    const marked = (name: string) => {
      let text = '';
      first.forEach((child) => {
        if (child.marks.some((m) => m.type.name === name)) text += child.text ?? '';
      });
      return text;
    };
    // The old digit is kept, marked deleted; the new one marked inserted.
    expect(marked('deletion')).toBe('9');
    expect(marked('insertion')).toBe('8');
  });

  it('deletes the note with its citation', () => {
    let state = createWriterStateFor(original());
    state = state.apply(state.tr.setSelection(NodeSelection.create(state.doc, NOTE_POS)));
    const next = run(state, deleteSelection);
    let notes = 0;
    next.doc.descendants((n) => {
      if (n.type.name === 'note') notes += 1;
    });
    expect(notes).toBe(0);
    expect(next.doc.textContent).toBe('Voir la loi sur les archives.');
    // Also when the citation is in a deleted range of text.
    const ranged = createWriterStateFor(original());
    const after = NOTE_POS + noteAtPos(ranged.doc, NOTE_POS)!.node.nodeSize;
    const cut = run(ranged.apply(ranged.tr.setSelection(TextSelection.create(ranged.doc, 10, after + 1))), deleteSelection);
    expect(cut.doc.textContent).toBe('Voir la lsur les archives.');
  });
});
