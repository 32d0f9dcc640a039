import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { undo, history } from 'prosemirror-history';
import { textSchema } from '@ostal/model';
import { createStyle, modifyStyle, namedStyles, styleKeyAt, styleProps } from './paragraph-styles.js';

const { paragraph, heading, doc } = textSchema.nodes;
const m = textSchema.marks;
const text = (t: string, marks: ReturnType<NonNullable<typeof m.bold>['create']>[] = []) => textSchema.text(t, marks);

function state() {
  const body = [
    paragraph!.create({ styleName: 'Corps', spaceAfter: 120 }, [text('Premier', [m.font!.create({ family: 'Arial' })])]),
    heading!.create({ level: 1 }, [text('Titre')]),
    paragraph!.create({ styleName: 'Corps', spaceAfter: 120, align: 'center' }, [text('Second', [m.font!.create({ family: 'Arial' }), m.bold!.create()])]),
    paragraph!.create(null, [text('Normal')]),
  ];
  return EditorState.create({ doc: doc!.create(null, body), plugins: [history()] });
}

describe('paragraph styles', () => {
  it('defines a style by what all its paragraphs share', () => {
    const s = state();
    const props = styleProps(s.doc, { kind: 'named', name: 'Corps' });
    expect(props).toMatchObject({ font: 'Arial', spaceAfter: 120, align: null, bold: false, size: null });
    expect(namedStyles(s.doc)).toEqual(['Corps']);
    expect(styleKeyAt(s.apply(s.tr.setSelection(TextSelection.create(s.doc, 12))))).toEqual({ kind: 'heading', level: 1 });
  });

  it('lays a modified property on every paragraph of the style, keeps the others, and undoes in one step', () => {
    let s = state();
    const key = { kind: 'named', name: 'Corps' } as const;
    const before = styleProps(s.doc, key);
    modifyStyle(key, before, { ...before, font: 'Liberation Serif', size: 14, italic: true, spaceAfter: 240 })(s, (tr) => (s = s.apply(tr)));
    const corps = [s.doc.child(0), s.doc.child(2)];
    for (const p of corps) {
      expect(p.attrs.spaceAfter).toBe(240);
      const marks = p.firstChild!.marks.map((mk) => `${mk.type.name}${mk.attrs.family ? `=${String(mk.attrs.family)}` : ''}${mk.attrs.size ? `=${String(mk.attrs.size)}` : ''}`);
      expect(marks).toEqual(expect.arrayContaining(['font=Liberation Serif', 'font_size=14', 'italic']));
    }
    // What the second paragraph set on its own stays.
    expect(corps[1]!.attrs.align).toBe('center');
    expect(corps[1]!.firstChild!.marks.some((mk) => mk.type.name === 'bold')).toBe(true);
    // Other styles are untouched.
    expect(s.doc.child(1).firstChild!.marks).toEqual([]);
    expect(s.doc.child(3).attrs.spaceAfter).toBeNull();
    undo(s, (tr) => (s = s.apply(tr)));
    expect(s.doc.eq(state().doc)).toBe(true);
  });

  it('modifies Normal (paragraphs without a style name) and headings by level', () => {
    let s = state();
    const normal = { kind: 'normal' } as const;
    modifyStyle(normal, styleProps(s.doc, normal), { ...styleProps(s.doc, normal), color: '#1f4e79' })(s, (tr) => (s = s.apply(tr)));
    expect(s.doc.child(3).firstChild!.marks.map((mk) => mk.attrs.color as string)).toEqual(['#1f4e79']);
    expect(s.doc.child(0).firstChild!.marks.some((mk) => mk.type.name === 'color')).toBe(false);
  });

  it('creates a style from the selected paragraphs', () => {
    let s = state();
    s = s.apply(s.tr.setSelection(TextSelection.create(s.doc, s.doc.content.size - 2)));
    expect(createStyle('Note interne')(s, (tr) => (s = s.apply(tr)))).toBe(true);
    expect(s.doc.child(3).attrs.styleName).toBe('Note interne');
    expect(createStyle('  ')(s)).toBe(false);
  });
});
