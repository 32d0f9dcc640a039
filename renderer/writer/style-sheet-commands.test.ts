import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import type { Transaction } from 'prosemirror-state';
import { textSchema } from '@ostal/model';
import { styleProps } from './paragraph-styles.js';
import { applyCharStyle, applyParagraphStyle, basedOnChoices, charStyleAt, charStyleNames, createCharStyle, modifyStyleAndRelations, paragraphStyleNames, splitToNextStyle, styleRelations } from './style-sheet-commands.js';

const { paragraph, heading, doc } = textSchema.nodes;
const m = textSchema.marks;
const text = (t: string, marks: ReturnType<NonNullable<typeof m.bold>['create']>[] = []) => textSchema.text(t, marks);
const arial = () => m.font!.create({ family: 'Arial' });

function state(sheet: unknown = null) {
  const body = [
    paragraph!.create({ styleName: 'Objet', align: 'center', spaceAfter: 240 }, [text('Objet', [m.bold!.create()])]),
    paragraph!.create({ styleName: 'Corps' }, [text('Premier ', [arial()]), text('mot', [arial(), m.char_style!.create({ name: 'Clé' }), m.italic!.create()])]),
    heading!.create({ level: 1 }, [text('Titre')]),
    paragraph!.create(null, [text('Normal')]),
  ];
  return EditorState.create({ doc: doc!.create({ styles: sheet }, body) });
}

function run(s: EditorState, command: (state: EditorState, dispatch: (tr: Transaction) => void) => boolean): EditorState {
  let next = s;
  expect(command(s, (tr) => (next = s.apply(tr)))).toBe(true);
  return next;
}

const at = (s: EditorState, pos: number) => s.apply(s.tr.setSelection(TextSelection.create(s.doc, pos)));
const endOf = (s: EditorState, index: number) => {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += s.doc.child(i).nodeSize;
  return pos + s.doc.child(index).nodeSize - 1;
};

describe('named styles in use', () => {
  it('lists the paragraph and character styles of the document and its sheet', () => {
    const s = state([{ name: 'Suite', family: 'paragraph', basedOn: 'Corps', next: 'Suite' }]);
    expect(paragraphStyleNames(s.doc)).toEqual(['Corps', 'Objet', 'Suite']);
    expect(charStyleNames(s.doc)).toEqual(['Clé']);
    expect(charStyleAt(at(s, 17))).toBe('Clé');
    expect(basedOnChoices(s.doc, 'Corps')).toEqual(['Objet']);
    expect(styleRelations(s.doc, 'Suite')).toEqual({ basedOn: 'Corps', next: 'Suite' });
    expect(styleRelations(s.doc, 'Objet')).toEqual({ basedOn: null, next: 'Objet' });
  });

  it('applies a named paragraph style with what its paragraphs share, to a heading too', () => {
    const s = run(at(state(), endOf(state(), 2)), applyParagraphStyle('Objet'));
    const block = s.doc.child(2);
    expect(block.type.name).toBe('paragraph');
    expect(block.attrs).toMatchObject({ styleName: 'Objet', align: 'center', spaceAfter: 240 });
    expect(block.firstChild!.marks.map((mk) => mk.type.name)).toContain('bold');
  });

  it('applies and removes a character style with its formatting, and names a new one after the selection', () => {
    const s0 = state();
    const s1 = run(s0.apply(s0.tr.setSelection(TextSelection.create(s0.doc, endOf(s0, 3) - 6, endOf(s0, 3)))), applyCharStyle('Clé'));
    const normal = s1.doc.child(3).firstChild!;
    expect(normal.marks.map((mk) => mk.type.name).sort()).toEqual(['char_style', 'font', 'italic']);
    const s2 = run(s1, applyCharStyle(null));
    expect(s2.doc.child(3).firstChild!.marks).toEqual([]);
    const s3 = run(s2, createCharStyle('Accent'));
    expect(charStyleNames(s3.doc)).toEqual(['Accent', 'Clé']);
  });

  it('sets "based on" and "next style" in the sheet; the new parent gives what the style does not set; derived styles follow a change', () => {
    const s0 = state();
    const key = { kind: 'named', name: 'Corps' } as const;
    const before = styleProps(s0.doc, key);
    const s1 = run(s0, modifyStyleAndRelations(key, before, before, { basedOn: 'Objet', next: null }));
    expect(s1.doc.attrs.styles).toEqual([{ name: 'Corps', family: 'paragraph', basedOn: 'Objet', next: null }]);
    // Objet is centred with 12 pt after and bold: Corps had none of these.
    expect(s1.doc.child(1).attrs).toMatchObject({ align: 'center', spaceAfter: 240 });
    // Objet turns right-aligned: Corps, based on it and centred as it was, follows.
    const objet = { kind: 'named', name: 'Objet' } as const;
    const props = styleProps(s1.doc, objet);
    const s2 = run(s1, modifyStyleAndRelations(objet, props, { ...props, align: 'right' }, { basedOn: null, next: 'Objet' }));
    expect(s2.doc.child(0).attrs.align).toBe('right');
    expect(s2.doc.child(1).attrs.align).toBe('right');
    // Back to the defaults: no sheet left.
    const s3 = run(s2, modifyStyleAndRelations(key, styleProps(s2.doc, key), styleProps(s2.doc, key), { basedOn: null, next: 'Corps' }));
    expect(s3.doc.attrs.styles).toBeNull();
  });

  it('Enter at the end of a paragraph starts one of its next style', () => {
    const sheet = [{ name: 'Objet', family: 'paragraph', basedOn: null, next: 'Corps' }];
    const s0 = at(state(sheet), endOf(state(sheet), 0));
    const s1 = run(s0, splitToNextStyle);
    expect(s1.doc.child(1).attrs.styleName).toBe('Corps');
    expect(s1.selection.$from.parent).toBe(s1.doc.child(1));
    // The same style by default, with the paragraph's formatting.
    const s2 = run(at(s1, endOf(s1, 2)), splitToNextStyle);
    expect(s2.doc.child(3).attrs.styleName).toBe('Corps');
    // Not at the end, or in a Normal paragraph: the usual Enter.
    expect(splitToNextStyle(at(s0, 2), () => undefined)).toBe(false);
    expect(splitToNextStyle(at(s2, endOf(s2, 5)), () => undefined)).toBe(false);
  });
});
