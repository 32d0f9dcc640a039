import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { textSchema } from '@ostal/model';
import { inlineOnlyEdit } from './edit-scope.js';

const { paragraph, heading, doc } = textSchema.nodes;
const note = () => textSchema.nodes.note!.create({ kind: 'footnote' }, [paragraph!.create(null, [textSchema.text('Source')])]);

function state() {
  return EditorState.create({ doc: doc!.create(null, [heading!.create({ level: 1 }, [textSchema.text('Titre')]), paragraph!.create(null, [textSchema.text('Un texte'), note(), textSchema.text(' suivi.')])]) });
}

describe('what an edit can have changed', () => {
  it('typing, deleting letters and formatting text inside a paragraph change only inline content', () => {
    const s = state();
    expect(inlineOnlyEdit(s.tr.insertText('x', 10))).toBe(true);
    expect(inlineOnlyEdit(s.tr.delete(10, 12))).toBe(true);
    expect(inlineOnlyEdit(s.tr.addMark(9, 12, textSchema.marks.bold!.create()))).toBe(true);
    expect(inlineOnlyEdit(s.tr.setSelection(TextSelection.create(s.doc, 3)))).toBe(true);
  });

  it('splitting or joining blocks, changing a block, or adding or removing a note is more', () => {
    const s = state();
    expect(inlineOnlyEdit(s.tr.split(10))).toBe(false);
    expect(inlineOnlyEdit(s.tr.setNodeMarkup(0, paragraph))).toBe(false);
    expect(inlineOnlyEdit(s.tr.delete(5, 10))).toBe(false);
    // The note sits after "Un texte" (positions 8 to 16 in the paragraph's text).
    let notePos = -1;
    s.doc.descendants((n, pos) => {
      if (n.type.name === 'note') notePos = pos;
      return true;
    });
    expect(inlineOnlyEdit(s.tr.delete(notePos, notePos + s.doc.nodeAt(notePos)!.nodeSize))).toBe(false);
    expect(inlineOnlyEdit(s.tr.insert(10, note()))).toBe(false);
    // The document's attributes (its sections, headers and footers, outline) are more too.
    expect(inlineOnlyEdit(s.tr.setDocAttribute('section', { titlePage: true }))).toBe(false);
  });
});
