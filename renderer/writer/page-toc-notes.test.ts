import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from 'prosemirror-model';
import { apply, stateOf } from './test-editor-state.js';
import { textSchema as s, textDocumentFromNode } from '@ostal/model';
import { PAPER_SIZES, currentPageSetup, firstSectionOf, paperOf, setPageSetup } from './page-setup.js';
import { hasTableOfContents, insertTableOfContents, updateTablesOfContents } from './toc-commands.js';
import { insertNote } from './note-commands.js';

const p = (text?: string) => s.node('paragraph', null, text ? [s.text(text)] : []);
const h = (level: number, text: string) => s.node('heading', { level }, [s.text(text)]);
const doc = (blocks: PMNode[], attrs: Record<string, unknown> | null = null) => s.node('doc', attrs, blocks);


describe('page setup', () => {
  it('reads A4 portrait with default margins from a document that declares nothing', () => {
    expect(currentPageSetup(doc([p('x')]))).toEqual({ paper: 'A4', orientation: 'portrait', margins: { top: 1417, right: 1417, bottom: 1417, left: 1417 } });
    expect(paperOf(15840, 12240)).toBe('Letter');
    expect(paperOf(10000, 10000)).toBeNull();
  });

  it('sets paper, orientation and margins on the document, keeping headers', () => {
    const headers = { default: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'En-tête' }] }] } };
    const state = apply(stateOf(doc([p('x')], { section: { headers } })), setPageSetup({ paper: 'A5', orientation: 'landscape', margins: { top: 567, right: 567, bottom: 567, left: 1134 } }));
    const section = firstSectionOf(state.doc)!;
    expect(section.page).toEqual({ width: PAPER_SIZES.A5.height, height: PAPER_SIZES.A5.width, orientation: 'landscape' });
    expect(section.margins).toEqual({ top: 567, right: 567, bottom: 567, left: 1134, header: 709, footer: 709 });
    expect(section.headers).toEqual(headers);
    expect(currentPageSetup(state.doc)).toMatchObject({ paper: 'A5', orientation: 'landscape' });
    // The saved document carries it.
    expect(textDocumentFromNode(state.doc, { title: null, language: 'fr' } as never).content.attrs?.section).toMatchObject({ page: { orientation: 'landscape' } });
  });

  it('sets the first section break’s properties when the document has sections', () => {
    const d = doc([p('un'), s.node('section_break', { section: { page: { width: 12240, height: 15840, orientation: 'portrait' } } }), p('deux')], { section: { page: { width: 11906, height: 16838, orientation: 'portrait' } } });
    const state = apply(stateOf(d), setPageSetup({ paper: 'Legal', orientation: 'portrait', margins: { top: 1, right: 2, bottom: 3, left: 4 } }));
    expect(state.doc.child(1).attrs.section.page).toEqual({ width: 12240, height: 20160, orientation: 'portrait' });
    expect(state.doc.attrs.section.page.width).toBe(11906);
  });
});

describe('table of contents', () => {
  it('inserts entries linked to bookmarks set at the headings, by level', () => {
    const d = doc([p('Début'), h(1, 'Contexte'), p('texte'), h(2, 'Enjeux'), h(4, 'Trop profond'), h(1, 'Suite')]);
    const state = apply(stateOf(d, 1), insertTableOfContents(3));
    const toc = state.doc.firstChild!;
    expect(toc.type.name).toBe('table_of_contents');
    expect(toc.attrs.instruction).toContain('TOC \\o "1-3"');
    const rows = toc.content.content.map((e): string[] => [e.textContent, String(e.attrs.styleName), String(e.firstChild!.marks[0]!.attrs.href)]);
    expect(rows).toEqual([
      ['Contexte', 'Contents 1', '#_Toc1'],
      ['Enjeux', 'Contents 2', '#_Toc2'],
      ['Suite', 'Contents 1', '#_Toc3'],
    ]);
    let bookmarkInEnjeux = '';
    state.doc.forEach((n) => {
      if (n.type.name === 'heading' && n.textContent === 'Enjeux') bookmarkInEnjeux = String(n.firstChild!.attrs.name);
    });
    expect(bookmarkInEnjeux).toBe('_Toc2');
    expect(hasTableOfContents(state)).toBe(true);
  });

  it('updates from the headings as they are now, reusing their bookmarks', () => {
    const d = doc([p('Début'), h(1, 'Contexte'), h(1, 'Suite')]);
    let state = apply(stateOf(d, 1), insertTableOfContents(3));
    // Rename "Suite" and add a heading at the end.
    let suitePos = -1;
    state.doc.forEach((n, pos) => {
      if (n.textContent === 'Suite' && n.type.name === 'heading') suitePos = pos;
    });
    state = state.apply(state.tr.insertText('La ', suitePos + 2));
    state = state.apply(state.tr.insert(state.doc.content.size, h(2, 'Annexe')));
    state = apply(state, updateTablesOfContents);
    expect(state.doc.firstChild!.content.content.map((e) => e.textContent)).toEqual(['Contexte', 'La Suite', 'Annexe']);
    const names: string[] = [];
    state.doc.descendants((n) => (n.type.name === 'bookmark' ? (names.push(String(n.attrs.name)), false) : true));
    expect(names).toEqual(['_Toc1', '_Toc2', '_Toc3']);
    expect(updateTablesOfContents(stateOf(doc([p('x')])))).toBe(false);
  });
});

describe('notes', () => {
  it('inserts a footnote with its text at the cursor, not an empty one, and never in a note', () => {
    const state = apply(stateOf(doc([p('Texte')]), 6), insertNote('footnote', 'Voir l’annexe.\nSource : Insee'));
    const note = state.doc.firstChild!.lastChild!;
    expect(note.type.name).toBe('note');
    expect(note.attrs.kind).toBe('footnote');
    expect(note.content.content.map((c) => c.textContent)).toEqual(['Voir l’annexe.', 'Source : Insee']);
    expect(insertNote('footnote', '  ')(stateOf(doc([p('Texte')]), 6))).toBe(false);
  });
});
