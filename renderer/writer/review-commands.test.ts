import { describe, expect, it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { splitBlock } from 'prosemirror-commands';
import { undo } from 'prosemirror-history';
import { textSchema as s } from '@ostal/model';
import { createWriterStateFor } from './editor-state.js';
import { addComment, commentThreads, deleteComment, initialsOf, newCommentId, replyToComment, setCommentResolved } from './comment-commands.js';
import { acceptAllChanges, acceptChange, changeAt, goToChange, isTracking, rejectAllChanges, rejectChange, setTracking, trackTransaction, trackedChanges } from './track-changes.js';

const p = (...content: (string | PMNode)[]) => s.node('paragraph', null, content.map((c) => (typeof c === 'string' ? s.text(c) : c)));
const doc = (...blocks: PMNode[]) => s.node('doc', null, blocks);
const anne = { name: 'Anne Martin', date: '2026-11-29T08:00:00Z' };

function at(state: EditorState, from: number, to = from): EditorState {
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
}

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return next;
}

/** Applies a user edit the way the editor does while recording. */
function edit(state: EditorState, make: (st: EditorState) => Transaction): EditorState {
  return state.apply(trackTransaction(state, make(state), anne));
}

const text = (state: EditorState) => state.doc.textBetween(0, state.doc.content.size, '|', '¤');

describe('comments', () => {
  it('adds a comment on the selection, or on the word at the cursor, with the author and initials', () => {
    let state = at(createWriterStateFor(doc(p('Le budget est voté.'))), 4, 10);
    state = run(state, addComment('c1', anne, 'Quel montant ?'));
    state = run(at(state, state.doc.child(0).content.size), addComment(newCommentId(state.doc), anne, 'Date ?'));
    const threads = commentThreads(state.doc);
    expect(threads.map((t) => [t.quote, t.text, t.author])).toEqual([
      ['budget', 'Quel montant ?', 'Anne Martin'],
      ['voté', 'Date ?', 'Anne Martin'],
    ]);
    expect(initialsOf('Anne Martin')).toBe('AM');
    expect(addComment('c3', anne, '   ')(state)).toBe(false);
  });

  it('replies, resolves and deletes a whole thread with its highlighted range', () => {
    let state = at(createWriterStateFor(doc(p('Le budget est voté.'))), 4, 10);
    state = run(state, addComment('c1', anne, 'Quel montant ?'));
    state = run(state, replyToComment('c1', 'c2', { name: 'Paul', date: anne.date }, '12 000 €'));
    state = run(state, replyToComment('c1', 'c3', anne, 'Merci'));
    expect(commentThreads(state.doc)[0]!.replies.map((r) => r.text)).toEqual(['12 000 €', 'Merci']);
    state = run(state, setCommentResolved('c1', true));
    expect(commentThreads(state.doc)[0]!.resolved).toBe(true);
    state = run(state, deleteComment('c2'));
    expect(commentThreads(state.doc)[0]!.replies.map((r) => r.text)).toEqual(['Merci']);
    state = run(state, deleteComment('c1'));
    expect(commentThreads(state.doc)).toEqual([]);
    expect(text(state)).toBe('Le budget est voté.');
    let marked = false;
    state.doc.descendants((n) => {
      marked ||= n.marks.some((m) => m.type.name === 'comment_range');
    });
    expect(marked).toBe(false);
  });
});

describe('recording changes', () => {
  const tracking = (node: PMNode, from: number, to = from) => at(run(createWriterStateFor(node), setTracking(true)), from, to);

  it('marks typed text inserted and keeps deleted text marked deleted', () => {
    let state = tracking(doc(p('Le budget est voté.')), 4);
    expect(isTracking(state)).toBe(true);
    state = edit(state, (st) => st.tr.insertText('nouveau '));
    state = edit(state, (st) => st.tr.insertText('x'));
    expect(text(state)).toBe('Le nouveau xbudget est voté.');
    // Backspace on one's own insertion removes it for good.
    state = edit(state, (st) => st.tr.delete(st.selection.from - 1, st.selection.from));
    expect(text(state)).toBe('Le nouveau budget est voté.');
    // Selecting "voté" and typing keeps it, deleted, before the new word.
    const v = text(state).indexOf('voté') + 1;
    state = edit(at(state, v, v + 4), (st) => st.tr.insertText('adopté'));
    expect(text(state)).toBe('Le nouveau budget est votéadopté.');
    const changes = trackedChanges(state.doc);
    expect(changes.map((c) => [c.kind, state.doc.textBetween(c.from, c.to), c.author])).toEqual([
      ['insertion', 'nouveau ', 'Anne Martin'],
      ['deletion', 'voté', 'Anne Martin'],
      ['insertion', 'adopté', 'Anne Martin'],
    ]);
  });

  it('records Enter and a paragraph join as changed paragraph marks, and undo takes a change back', () => {
    let state = tracking(doc(p('Un deux')), 3);
    state = state.apply(trackTransaction(state, (() => {
      let tr: Transaction | null = null;
      splitBlock(state, (t) => (tr = t));
      return tr!;
    })(), anne));
    expect(state.doc.childCount).toBe(2);
    expect(trackedChanges(state.doc).map((c) => c.kind)).toEqual(['paragraphInsertion']);
    state = run(state, rejectAllChanges);
    expect(state.doc.childCount).toBe(1);
    expect(text(state)).toBe('Un deux');

    state = tracking(doc(p('Un'), p('deux')), 5);
    state = edit(state, (st) => st.tr.delete(3, 5));
    expect(state.doc.childCount).toBe(2);
    expect(trackedChanges(state.doc).map((c) => c.kind)).toEqual(['paragraphDeletion']);
    state = run(state, acceptAllChanges);
    expect(state.doc.childCount).toBe(1);
    expect(text(state)).toBe('Undeux');
    state = run(state, undo);
    expect(state.doc.childCount).toBe(2);
  });

  it('accepts or rejects the change at the cursor, and goes from change to change', () => {
    let state = tracking(doc(p('Le budget est voté.')), 4);
    state = edit(state, (st) => st.tr.insertText('nouveau '));
    const v = text(state).indexOf('voté') + 1;
    state = edit(at(state, v, v + 4), (st) => st.tr.delete(st.selection.from, st.selection.to));
    state = run(at(state, 1), goToChange(1));
    expect(changeAt(state)?.kind).toBe('insertion');
    state = run(state, acceptChange);
    expect(trackedChanges(state.doc).map((c) => c.kind)).toEqual(['deletion']);
    expect(changeAt(state)?.kind).toBe('deletion');
    state = run(state, rejectChange);
    expect(trackedChanges(state.doc)).toEqual([]);
    expect(text(state)).toBe('Le nouveau budget est voté.');
  });

  it('does not record while off, nor the edits of undo', () => {
    const state = at(createWriterStateFor(doc(p('abc'))), 2);
    const tr = state.tr.insertText('x');
    expect(trackTransaction(state, tr, anne)).toBe(tr);
  });
});
