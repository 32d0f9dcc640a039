import { describe, expect, it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import { textDocumentFromNode, textSchema as s } from '@ostal/model';
import { splitBlock } from 'prosemirror-commands';
import { createWriterState, documentFromState } from './editor-state.js';

const change = { id: '1', author: 'Anne', date: '2024-03-01T09:30:00Z' };

/** A paragraph ending with deleted text and a deleted paragraph mark, then an opaque formula. */
const document = textDocumentFromNode(
  s.node('doc', null, [
    s.node('paragraph', null, [s.text('Gardé '), s.text('supprimé', [s.marks.deletion!.create(change)]), s.node('paragraph_change', { kind: 'deletion', ...change })]),
    s.node('paragraph', null, [s.text('Ajouté', [s.marks.insertion!.create(change)]), s.node('opaque', { family: 'ooxml', kind: 'math', xml: '<m:oMath xmlns:m="urn:m"/>', fallback: 'x²' })]),
  ]),
);

describe('typing in a document with tracked changes', () => {
  it('types plain text after deleted and inserted text (change marks are not inclusive)', () => {
    let state = createWriterState(document);
    const endOfDeleted = 1 + 'Gardé supprimé'.length;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, endOfDeleted)).insertText(' neuf'));
    const inserted = state.doc.firstChild!.child(2);
    expect(inserted.text).toBe(' neuf');
    expect(inserted.marks).toEqual([]);
    const endOfInserted = state.doc.firstChild!.nodeSize + 1 + 'Ajouté'.length;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, endOfInserted)).insertText('!'));
    expect(state.doc.child(1).textContent).toBe('Ajouté!');
    expect(state.doc.child(1).child(1).marks).toEqual([]);
  });

  it('splits a paragraph that ends with a changed mark and keeps a valid document', () => {
    let state = createWriterState(document);
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1 + 'Gardé'.length)));
    splitBlock(state, (tr) => {
      state = state.apply(tr);
    });
    expect(state.doc.childCount).toBe(3);
    expect(() => documentFromState(state, {})).not.toThrow();
    expect(documentFromState(state, {}).content.content?.[1]?.content?.map((c) => c.type)).toEqual(['text', 'text', 'paragraph_change']);
  });
});
