import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import type { Transaction } from 'prosemirror-state';
import type { Mark } from 'prosemirror-model';
import { textSchema } from '@ostal/model';
import { charBasedOnChoices, charStyleBasedOn, charStyleProps, charStyleRuns, deleteCharStyle, modifyCharStyle } from './char-style-commands.js';
import { applyCharStyle, charStyleNames } from './style-sheet-commands.js';

const { paragraph, doc } = textSchema.nodes;
const m = textSchema.marks;
const style = (name: string) => m.char_style!.create({ name });
const text = (t: string, marks: Mark[] = []) => textSchema.text(t, marks);

function state(sheet: unknown = null) {
  return EditorState.create({
    doc: doc!.create({ styles: sheet }, [
      paragraph!.create(null, [text('Voir '), text('article', [style('Renvoi'), m.italic!.create(), m.color!.create({ color: '#1f3864' })]), text(' et '), text('annexe', [style('Renvoi'), m.italic!.create(), m.color!.create({ color: '#1f3864' }), m.bold!.create()])]),
      paragraph!.create(null, [text('Nota', [style('Note'), m.italic!.create(), m.font_size!.create({ size: 9 })]), text(' bene')]),
    ]),
  });
}

function run(s: EditorState, command: (state: EditorState, dispatch: (tr: Transaction) => void) => boolean): EditorState {
  let next = s;
  expect(command(s, (tr) => (next = s.apply(tr)))).toBe(true);
  return next;
}

const marksOf = (s: EditorState, word: string): string[] => {
  let found: string[] = [];
  s.doc.descendants((node) => {
    if (node.isText && node.text === word) found = node.marks.map((mk) => (mk.attrs && Object.keys(mk.attrs).length > 0 ? `${mk.type.name}=${Object.values(mk.attrs).filter((v) => v !== null).join('/')}` : mk.type.name)).sort();
    return true;
  });
  return found;
};

const never = () => false;

describe('character styles', () => {
  it('reads what all runs of a style share', () => {
    const p = charStyleProps(state().doc, 'Renvoi');
    expect(p).toMatchObject({ italic: true, color: '#1f3864', bold: false, underline: false, caps: null, letterSpacing: null, lang: null });
    expect(charStyleRuns(state().doc, 'Renvoi')).toHaveLength(2);
  });

  it('lays every changed property on all runs of the style, keeping what a run sets on its own', () => {
    const s = state();
    const before = charStyleProps(s.doc, 'Renvoi');
    const after = run(s, modifyCharStyle('Renvoi', before, { name: 'Renvoi', basedOn: null, props: { ...before, italic: false, underline: true, caps: 'small', letterSpacing: 1.5, lang: 'en-GB', size: 11 } }, never));
    expect(marksOf(after, 'article')).toEqual(['caps=small', 'char_style=Renvoi', 'color=#1f3864', 'font_size=11', 'language=en-GB', 'letter_spacing=1.5', 'underline']);
    expect(marksOf(after, 'annexe')).toContain('bold');
    expect(marksOf(after, 'Voir ')).toEqual([]);
    // One transaction: one undo step puts it back.
    expect(charStyleProps(after.doc, 'Renvoi')).toMatchObject({ italic: false, underline: true, caps: 'small', letterSpacing: 1.5, lang: 'en-GB', size: 11 });
  });

  it('renames a style on its runs and in the style sheet, refusing a taken name', () => {
    const s = state([{ name: 'Renvoi', family: 'character', basedOn: 'Note', next: null }, { name: 'Sous-renvoi', family: 'character', basedOn: 'Renvoi', next: null }]);
    const before = charStyleProps(s.doc, 'Renvoi');
    const taken = (n: string) => charStyleNames(s.doc).includes(n);
    expect(modifyCharStyle('Renvoi', before, { name: 'Note', basedOn: 'Note', props: before }, taken)(s)).toBe(false);
    const after = run(s, modifyCharStyle('Renvoi', before, { name: 'Référence', basedOn: 'Note', props: before }, taken));
    expect(charStyleNames(after.doc)).toEqual(['Note', 'Référence', 'Sous-renvoi']);
    expect(marksOf(after, 'article')).toContain('char_style=Référence');
    expect(after.doc.attrs.styles).toEqual([
      { name: 'Référence', family: 'character', basedOn: 'Note', next: null },
      { name: 'Sous-renvoi', family: 'character', basedOn: 'Référence', next: null },
    ]);
  });

  it('sets what a style is based on: it takes what the parent has and it does not set', () => {
    const s = state();
    const before = charStyleProps(s.doc, 'Renvoi');
    const after = run(s, modifyCharStyle('Renvoi', before, { name: 'Renvoi', basedOn: 'Note', props: before }, never));
    expect(charStyleBasedOn(after.doc, 'Renvoi')).toBe('Note');
    expect(marksOf(after, 'article')).toContain('font_size=9');
    expect(charBasedOnChoices(charStyleNames(after.doc), after.doc.attrs.styles as never, 'Note')).toEqual([]);
  });

  it('a change reaches the styles based on it where they had its value', () => {
    const s = state([{ name: 'Renvoi', family: 'character', basedOn: 'Note', next: null }]);
    const before = charStyleProps(s.doc, 'Note');
    const after = run(s, modifyCharStyle('Note', before, { name: 'Note', basedOn: null, props: { ...before, italic: false, underline: true } }, never));
    expect(marksOf(after, 'Nota')).toEqual(['char_style=Note', 'font_size=9', 'underline']);
    expect(marksOf(after, 'article')).toEqual(['char_style=Renvoi', 'color=#1f3864', 'underline']);
  });

  it('deletes a style: its runs lose it and the formatting it gave, styles based on it take its parent', () => {
    const s = state([{ name: 'Renvoi', family: 'character', basedOn: 'Note', next: null }, { name: 'Sous-renvoi', family: 'character', basedOn: 'Renvoi', next: null }]);
    const after = run(s, deleteCharStyle('Renvoi'));
    expect(marksOf(after, 'article')).toEqual([]);
    expect(marksOf(after, 'annexe')).toEqual(['bold']);
    expect(after.doc.attrs.styles).toEqual([{ name: 'Sous-renvoi', family: 'character', basedOn: 'Note', next: null }]);
    expect(charStyleNames(after.doc)).toEqual(['Note', 'Sous-renvoi']);
  });

  it('applying a style lays on the selection all it holds, capitals, spacing and language included', () => {
    let s = state();
    const before = charStyleProps(s.doc, 'Note');
    s = run(s, modifyCharStyle('Note', before, { name: 'Note', basedOn: null, props: { ...before, caps: 'all', letterSpacing: -0.5, lang: 'fr-FR' } }, never));
    s = s.apply(s.tr.setSelection(TextSelection.create(s.doc, 1, 5)));
    s = run(s, applyCharStyle('Note'));
    expect(marksOf(s, 'Voir')).toEqual(['caps=all', 'char_style=Note', 'font_size=9', 'italic', 'language=fr-FR', 'letter_spacing=-0.5']);
  });
});
