import { describe, expect, it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { apply, stateOf } from './test-editor-state.js';
import { textSchema as s } from '@ostal/model';
import { QUOTE_INDENT, QUOTE_STYLE_NAME, currentBlockStyle, setBlockStyle, toggleList } from './commands.js';
import { copyFormat, pasteFormat } from './format-painter.js';
import { bookmarkNames, insertBookmark, isValidBookmarkName, linkAt, normalizeHref, removeLink, setLink } from './link-commands.js';
import { textStats } from './text-stats.js';
import { borderLineOf, borderPresetOf, presetBorders, cmToTwips, currentParagraphFormat, parseDecimal, ptToTwips, setParagraphFormat, twipsToCm } from './paragraph-format.js';
import { stepZoom } from './WriterToolbar.js';
import { inOrderedList, listLevelDown, listLevelUp, restartNumbering } from './list-commands.js';
import { documentHeadings } from './NavigationPane.js';

const p = (...content: (string | PMNode)[]) => s.node('paragraph', null, content.map((c) => (typeof c === 'string' ? s.text(c) : c)));
const doc = (...blocks: PMNode[]) => s.node('doc', null, blocks);


describe('paragraph styles', () => {
  it('gives headings 1 to 6 and keeps alignment', () => {
    const start = stateOf(doc(s.node('paragraph', { align: 'center' }, [s.text('Titre')])), 2);
    for (const level of [1, 2, 3, 4, 5, 6]) {
      const next = apply(start, setBlockStyle(`heading${level}` as 'heading1'));
      expect(next.doc.firstChild!.type.name).toBe('heading');
      expect(next.doc.firstChild!.attrs.level).toBe(level);
      expect(next.doc.firstChild!.attrs.align).toBe('center');
      expect(currentBlockStyle(next)).toBe(`heading${level}`);
    }
  });

  it('makes a quotation a named, indented paragraph, and Normal takes the quote off again', () => {
    let state = apply(stateOf(doc(p('Citation')), 2), setBlockStyle('quote'));
    const quote = state.doc.firstChild!;
    expect(quote.type.name).toBe('paragraph');
    expect([quote.attrs.styleName, quote.attrs.indentLeft, quote.attrs.indentRight]).toEqual([QUOTE_STYLE_NAME, QUOTE_INDENT, QUOTE_INDENT]);
    expect(currentBlockStyle(state)).toBe('quote');
    state = apply(state, setBlockStyle('heading2'));
    expect(state.doc.firstChild!.attrs.styleName).toBeNull();
    expect(state.doc.firstChild!.attrs.indentLeft).toBeNull();
    state = apply(state, setBlockStyle('paragraph'));
    expect(currentBlockStyle(state)).toBe('paragraph');
  });

  it('does not turn a list item’s paragraph into a heading', () => {
    const listed = apply(stateOf(doc(p('Point')), 2), toggleList('bullet'));
    expect(setBlockStyle('heading1')(listed)).toBe(false);
  });
});

describe('format painter', () => {
  it('copies the character formatting at the cursor and lays it on the next selection, replacing what was there', () => {
    const red = s.marks.color!.create({ color: '#ff0000' });
    const bold = s.marks.bold!.create();
    const italic = s.marks.italic!.create();
    const d = doc(p(s.text('rouge', [bold, red]), ' ', s.text('autre', [italic])));
    const copied = copyFormat(stateOf(d, 3));
    expect(copied.marks.map((m) => m.type.name).sort()).toEqual(['bold', 'color']);
    const painted = apply(stateOf(d, 7, 12), pasteFormat(copied));
    const word = painted.doc.firstChild!.lastChild!;
    expect(word.text).toBe('autre');
    expect(word.marks.map((m) => m.type.name).sort()).toEqual(['bold', 'color']);
    expect(pasteFormat(copied)(stateOf(d, 7))).toBe(false);
  });

  it('lays paragraph formatting only on paragraphs selected whole; links stay', () => {
    const link = s.marks.link!.create({ href: 'https://exemple.fr' });
    const d = doc(s.node('paragraph', { align: 'right', spaceAfter: 240 }, [s.text('source')]), p(s.text('lien', [link]), ' et texte'));
    const copied = copyFormat(stateOf(d, 2));
    const partly = apply(stateOf(d, 10, 14), pasteFormat(copied));
    expect(partly.doc.lastChild!.attrs.align).toBeNull();
    expect(partly.doc.lastChild!.firstChild!.marks.map((m) => m.type.name)).toEqual(['link']);
    const whole = apply(stateOf(d, 9, d.content.size - 1), pasteFormat(copied));
    expect([whole.doc.lastChild!.attrs.align, whole.doc.lastChild!.attrs.spaceAfter]).toEqual(['right', 240]);
  });
});

describe('links and bookmarks', () => {
  it('reads typed addresses as safe targets', () => {
    expect(normalizeHref('exemple.fr/page')).toBe('https://exemple.fr/page');
    expect(normalizeHref('agent@exemple.gouv.fr')).toBe('mailto:agent@exemple.gouv.fr');
    expect(normalizeHref('http://exemple.fr')).toBe('http://exemple.fr');
    expect(normalizeHref('#annexe')).toBe('#annexe');
    expect(normalizeHref('javascript:alert(1)')).toBeNull();
    expect(normalizeHref('file:///etc/passwd')).toBeNull();
    expect(normalizeHref('bonjour')).toBeNull();
  });

  it('links the selection, finds the whole link from inside, edits its address and removes it', () => {
    let state = apply(stateOf(doc(p('Voir le site ici.')), 9, 13), setLink('https://a.fr'));
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 11)));
    expect(linkAt(state)).toEqual({ href: 'https://a.fr', from: 9, to: 13, text: 'site' });
    state = apply(state, setLink('https://b.fr'));
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 10)));
    expect(linkAt(state)?.href).toBe('https://b.fr');
    expect(linkAt(state)?.text).toBe('site');
    state = apply(state, removeLink);
    expect(linkAt(state)).toBeNull();
    expect(state.doc.textContent).toBe('Voir le site ici.');
  });

  it('inserts the text of a new link at the cursor, and changes the shown text of an existing one', () => {
    let state = apply(stateOf(doc(p('Écrire à ')), 10), setLink('mailto:agent@exemple.fr'));
    expect(state.doc.textContent).toBe('Écrire à agent@exemple.fr');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 12)));
    state = apply(state, setLink('mailto:agent@exemple.fr', 'l’agent'));
    expect(state.doc.textContent).toBe('Écrire à l’agent');
    expect(setLink('javascript:x')(state)).toBe(false);
  });

  it('inserts uniquely named bookmarks only', () => {
    expect(isValidBookmarkName('Annexe_1')).toBe(true);
    expect(isValidBookmarkName('1annexe')).toBe(false);
    expect(isValidBookmarkName('avec espace')).toBe(false);
    const state = apply(stateOf(doc(p('Annexe')), 1), insertBookmark('annexe'));
    expect(bookmarkNames(state)).toEqual(['annexe']);
    expect(insertBookmark('annexe')(state)).toBe(false);
  });
});

describe('statistics', () => {
  it('counts words, characters with and without spaces, and paragraphs', () => {
    const stats = textStats(doc(p('Bonjour à tous'), p(), p('l’été', s.node('hard_break'), 'fin')));
    expect(stats).toEqual({ words: 5, characters: 14 + 5 + 1 + 3, charactersNoSpaces: 12 + 5 + 3, paragraphs: 2 });
  });
});

describe('paragraph dialog logic', () => {
  it('converts centimetres and points to twips and reads typed decimals', () => {
    expect(cmToTwips(2.54)).toBe(1440);
    expect(twipsToCm(1440)).toBe(2.54);
    expect(ptToTwips(6)).toBe(120);
    expect(ptToTwips(-1)).toBeNull();
    expect(cmToTwips(1000)).toBeNull();
    expect(parseDecimal(' 1,5 ')).toBe(1.5);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('abc')).toBeNaN();
  });

  it('sets indents, spacing and line height on the selected paragraphs', () => {
    const d = doc(p('un'), p('deux'), p('trois'));
    const state = apply(stateOf(d, 2, 7), setParagraphFormat({ indentLeft: 567, spaceAfter: 240, lineHeight: 1.5 }));
    expect(currentParagraphFormat(state)).toEqual({ indentLeft: 567, indentRight: null, indentFirstLine: null, spaceBefore: null, spaceAfter: 240, lineHeight: 1.5, borders: null });
    expect(state.doc.child(1).attrs.lineHeight).toBe(1.5);
    expect(state.doc.child(2).attrs.lineHeight).toBeNull();
  });
});

describe('view helpers', () => {
  it('steps the zoom between offered values', () => {
    expect(stepZoom(100, 1)).toBe(110);
    expect(stepZoom(100, -1)).toBe(90);
    expect(stepZoom(200, 1)).toBe(200);
    expect(stepZoom(50, -1)).toBe(50);
    expect(stepZoom(105, -1)).toBe(100);
  });

  it('lists the top-level headings for the navigation pane', () => {
    const d = doc(s.node('heading', { level: 1 }, [s.text('Introduction')]), p('texte'), s.node('heading', { level: 2 }, [s.text(' Contexte ')]));
    expect(documentHeadings(d)).toEqual([
      { level: 1, text: 'Introduction', pos: 0 },
      { level: 2, text: 'Contexte', pos: 21 },
    ]);
  });
});

describe('numbered lists', () => {
  const item = (text: string) => s.node('list_item', null, [p(text)]);
  it('restarts the numbering at the item holding the cursor by splitting the list', () => {
    const d = doc(s.node('ordered_list', null, [item('un'), item('deux'), item('trois')]));
    // Cursor in "deux": list(0) > item(1) > paragraph(2) > text from 3; "un" item is 7 long.
    const state = apply(stateOf(d, 10), restartNumbering);
    expect(state.doc.childCount).toBe(2);
    expect(state.doc.child(0).textContent).toBe('un');
    expect(state.doc.child(1).textContent).toBe('deuxtrois');
    expect(state.doc.child(1).attrs).toMatchObject({ order: 1, continues: false });
    expect(inOrderedList(state)).toBe(true);
    // At the first item of a list that already starts at 1 there is nothing to restart.
    expect(restartNumbering(state)).toBe(false);
  });

  it('restarts a list that continued the previous one, and goes a level down and up', () => {
    const d = doc(s.node('ordered_list', { order: 4, continues: true }, [item('a'), item('b')]));
    const restarted = apply(stateOf(d, 3), restartNumbering);
    expect(restarted.doc.firstChild!.attrs).toMatchObject({ order: 1, continues: false });
    const deeper = apply(stateOf(d, 9), listLevelDown);
    expect(deeper.doc.firstChild!.childCount).toBe(1);
    expect(deeper.doc.firstChild!.firstChild!.lastChild!.type.name).toBe('ordered_list');
    expect(listLevelUp(stateOf(deeper.doc, 12))).toBe(true);
    expect(restartNumbering(stateOf(doc(p('x')), 1))).toBe(false);
  });
});

describe('paragraph borders', () => {
  const line = { style: 'double' as const, width: 12, color: '#c00000', space: 1 };
  it('builds borders from a preset and recognises them again', () => {
    const box = presetBorders('box', line)!;
    expect(Object.keys(box).sort()).toEqual(['bottom', 'left', 'right', 'top']);
    expect(borderPresetOf(box)).toBe('box');
    expect(borderPresetOf(presetBorders('topBottom', line))).toBe('topBottom');
    expect(borderPresetOf(null)).toBe('none');
    expect(presetBorders('none', line)).toBeNull();
    expect(borderLineOf(box)).toEqual(line);
    expect(borderLineOf(null)).toEqual({ style: 'solid', width: 4, color: null, space: 1 });
  });

  it('reports borders that match no preset (different sides) so that the dialog keeps them', () => {
    expect(borderPresetOf({ top: line, bottom: { ...line, style: 'solid' } })).toBeNull();
    expect(borderPresetOf({ left: line })).toBeNull();
  });

  it('sets borders on the paragraph, valid for the schema', () => {
    const state = apply(stateOf(doc(p('encadré')), 2), setParagraphFormat({ borders: presetBorders('box', line) }));
    expect(state.doc.firstChild!.attrs.borders).toEqual(presetBorders('box', line));
    expect(currentParagraphFormat(state).borders).toEqual(presetBorders('box', line));
  });
});
