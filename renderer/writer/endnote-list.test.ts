import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import type { Transaction } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { textSchema as s } from '@ostal/model';
import { endnotesOf } from './endnote-list.js';
import type { NoteAt } from './note-edit.js';

const note = (kind: 'footnote' | 'endnote', text = 'n') => s.node('note', { kind, mark: null }, [s.node('paragraph', null, [s.text(text)])]);
const p = (...inline: PMNode[]) => s.node('paragraph', null, [s.text('avant '), ...inline, s.text(' après')]);
const cell = (...inline: PMNode[]) => s.node('table_cell', null, [p(...inline)]);
const table = (...inline: PMNode[]) => s.node('table', null, [s.node('table_row', null, [cell(...inline), cell()])]);
const doc = (...blocks: PMNode[]) => s.node('doc', null, blocks);

/** The whole document walked, as the endnotes area did before it kept them per block. */
function fullWalk(d: PMNode): NoteAt[] {
  const out: NoteAt[] = [];
  d.descendants((node, pos) => {
    if (node.type.name !== 'note') return true;
    if (node.attrs.kind === 'endnote') out.push({ pos, node });
    return false;
  });
  return out;
}

function positionOfText(d: PMNode, text: string): number {
  let found = -1;
  d.descendants((node, pos) => {
    const at = node.isText ? (node.text ?? '').indexOf(text) : -1;
    if (found < 0 && at >= 0) found = pos + at;
    return found < 0;
  });
  if (found < 0) throw new Error(`No "${text}" in the document.`);
  return found;
}

describe('endnotesOf', () => {
  const start = doc(p(note('endnote', 'un')), p(note('footnote')), table(note('endnote', 'deux')), p(), p(note('endnote', 'trois'), note('endnote', 'quatre')));

  it('lists the endnotes in document order with their positions, not the footnotes, inside tables too', () => {
    const notes = endnotesOf(start);
    expect(notes.map((n) => n.node.textContent)).toEqual(['un', 'deux', 'trois', 'quatre']);
    expect(notes).toEqual(fullWalk(start));
    for (const n of notes) expect(start.nodeAt(n.pos)).toBe(n.node);
  });

  it('gives what a walk of the whole document gives after each edit, the unchanged blocks taken from before', () => {
    const edits: ((tr: Transaction) => Transaction)[] = [
      (tr) => tr.insertText('frappé ', positionOfText(tr.doc, 'après')),
      (tr) => tr.insertText('xyz', 1),
      (tr) => tr.insert(positionOfText(tr.doc, 'avant'), note('endnote', 'cinq')),
      (tr) => tr.split(positionOfText(tr.doc, 'après')),
      (tr) => tr.delete(0, tr.doc.child(0).nodeSize),
      (tr) => tr.insert(tr.doc.content.size, p(note('endnote', 'six'))),
      (tr) => tr.insert(0, p(note('footnote'), note('endnote', 'sept'))),
      (tr) => tr.join(tr.doc.child(0).nodeSize),
      (tr) => tr.delete(3, tr.doc.content.size - 3),
    ];
    let state = EditorState.create({ doc: start });
    endnotesOf(state.doc);
    for (const edit of edits) {
      state = state.apply(edit(state.tr));
      const notes = endnotesOf(state.doc);
      expect(notes).toEqual(fullWalk(state.doc));
      for (const n of notes) expect(state.doc.nodeAt(n.pos)).toBe(n.node);
    }
  });

  it('is empty for a document without endnotes', () => {
    expect(endnotesOf(doc(p(note('footnote')), p()))).toEqual([]);
  });
});
