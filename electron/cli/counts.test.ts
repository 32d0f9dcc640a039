import { describe, expect, it } from 'vitest';
import type { PMNodeJSON, TextDocument, Workbook } from '@ostal/model';
import { emptyDeck, emptyTextDocument, emptyWorkbook, makeSlide, sheetFromGrid, TEXT_DOCUMENT_VERSION, WORKBOOK_VERSION } from '@ostal/model';
import { countDocument } from './counts.js';

const p = (text: string): PMNodeJSON => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('countDocument', () => {
  it('counts paragraphs and headings, in lists too', () => {
    const doc: TextDocument = {
      kind: 'text',
      version: TEXT_DOCUMENT_VERSION,
      meta: {},
      content: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Titre' }] },
          p('Un'),
          { type: 'bullet_list', content: [{ type: 'list_item', content: [p('a')] }, { type: 'list_item', content: [p('b')] }] },
          { type: 'table', content: [{ type: 'table_row', content: [{ type: 'table_cell', content: [p('c'), { type: 'image' }] }] }] },
        ],
      },
    };
    expect(countDocument(doc)).toEqual({ paragraphs: 5, tables: 1, images: 1, sheets: 0, cells: 0, formulas: 0, slides: 0, footnotes: 0, endnotes: 0, comments: 0, trackedChanges: 0, opaque: 0, sections: 0, headersFooters: 0, fields: 0, merges: 0, styledCells: 0, definedNames: 0, numberFormats: 0 });
    expect(countDocument(emptyTextDocument()).paragraphs).toBe(1);
  });

  it('counts footnotes, endnotes and comments (replies too), and the paragraphs inside them', () => {
    const note = (kind: string): PMNodeJSON => ({ type: 'note', attrs: { kind }, content: [p('n')] });
    const comment = (id: string, parent: string | null): PMNodeJSON => ({ type: 'comment', attrs: { id, parent }, content: [p('c')] });
    const content: PMNodeJSON = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }, note('footnote'), note('endnote'), note('footnote'), comment('1', null), comment('2', '1')] }] };
    const doc: TextDocument = { kind: 'text', version: TEXT_DOCUMENT_VERSION, meta: {}, content };
    expect(countDocument(doc)).toMatchObject({ paragraphs: 6, footnotes: 2, endnotes: 1, comments: 2 });
  });

  it('counts tracked changes once per run of the same change, and kept content', () => {
    const ins = { type: 'insertion', attrs: { id: '1', author: 'A', date: null } };
    const del = { type: 'deletion', attrs: { id: '2', author: 'A', date: null } };
    const doc: TextDocument = {
      kind: 'text',
      version: TEXT_DOCUMENT_VERSION,
      meta: {},
      content: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', marks: [ins], text: 'new ' },
              { type: 'text', marks: [{ type: 'bold' }, ins], text: 'bold' },
              { type: 'text', text: ' kept ' },
              { type: 'text', marks: [del], text: 'old' },
              { type: 'opaque', attrs: { family: 'ooxml', kind: 'math', xml: '<m:oMath xmlns:m="urn:m"/>', fallback: 'x' } },
              { type: 'paragraph_change', attrs: { kind: 'deletion', id: '3', author: 'A', date: null } },
            ],
          },
        ],
      },
    };
    expect(countDocument(doc)).toMatchObject({ paragraphs: 1, trackedChanges: 3, opaque: 1 });
  });

  it('counts pictures and bookmarks of text documents', () => {
    const doc: TextDocument = {
      kind: 'text',
      version: TEXT_DOCUMENT_VERSION,
      meta: {},
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'bookmark', attrs: { name: 'a' } }, { type: 'image' }, { type: 'image' }, { type: 'bookmark', attrs: { name: 'b' } }] }] },
    };
    expect(countDocument(doc)).toMatchObject({ paragraphs: 1, images: 2, bookmarks: 2 });
  });

  it('counts sections, distinct header and footer stories, and fields', () => {
    const header = { type: 'doc', content: [p('En-tête')] };
    const footer = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'field', attrs: { kind: 'page-number', instruction: '', result: '1' } }] }] };
    const section = { headers: { default: header }, footers: { default: footer } };
    const doc: TextDocument = {
      kind: 'text',
      version: TEXT_DOCUMENT_VERSION,
      meta: {},
      content: {
        type: 'doc',
        attrs: { section },
        content: [
          { type: 'paragraph', content: [{ type: 'field', attrs: { kind: 'date', instruction: '', result: '28/11/2026' } }] },
          { type: 'section_break', attrs: { section } },
          p('Suite'),
        ],
      },
    };
    expect(countDocument(doc)).toMatchObject({ paragraphs: 2, sections: 2, headersFooters: 2, fields: 2 });
  });

  it('survives very deep nesting', () => {
    let node: PMNodeJSON = p('deep');
    for (let i = 0; i < 100_000; i += 1) node = { type: 'blockquote', content: [node] };
    const doc: TextDocument = { kind: 'text', version: TEXT_DOCUMENT_VERSION, meta: {}, content: { type: 'doc', content: [node] } };
    expect(countDocument(doc).paragraphs).toBe(1);
  });

  it('counts sheets, non-empty cells and formulas', () => {
    const book: Workbook = {
      kind: 'workbook',
      version: WORKBOOK_VERSION,
      meta: {},
      sheets: [
        sheetFromGrid('A', [[{ value: 1 }, { value: 2 }, { value: 3, formula: '=A1+B1' }], [null, { value: null, formula: '=1/0' }]]),
        sheetFromGrid('B', [[{ value: 'x' }, { value: null }]]),
      ],
    };
    expect(countDocument(book)).toEqual({ paragraphs: 0, tables: 0, images: 0, sheets: 2, cells: 5, formulas: 2, slides: 0, footnotes: 0, endnotes: 0, comments: 0, trackedChanges: 0, opaque: 0, sections: 0, headersFooters: 0, fields: 0, merges: 0, styledCells: 0, definedNames: 0, numberFormats: 0 });
    expect(countDocument(emptyWorkbook())).toMatchObject({ sheets: 1, cells: 0 });
    const image = { anchor: { from: { row: 0, col: 0 }, to: { row: 2, col: 2 } }, mediaType: 'image/png', base64: '' };
    expect(countDocument({ ...book, sheets: [{ ...book.sheets[0]!, images: [image, image] }] }).images).toBe(2);
    const styled = {
      ...emptyWorkbook(),
      styles: [{}, { numberFormat: '0.00' }, { font: { bold: true } }, { numberFormat: '0.00', fill: '#FFFF00' }],
      names: [{ name: 'Taux', formula: 'Sheet1!$A$1' }],
      sheets: [{ name: 'S', rows: [[{ value: 1, style: 1 }, { value: null, style: 2 }, { value: 2, style: 3 }]], merges: [{ top: 1, left: 0, bottom: 1, right: 2 }] }],
    };
    expect(countDocument(styled)).toMatchObject({ cells: 2, merges: 1, styledCells: 3, definedNames: 1, numberFormats: 1 });
    const noted = {
      ...emptyWorkbook(),
      sheets: [
        {
          name: 'S',
          rows: [],
          comments: [{ row: 0, col: 0, text: 'a' }, { row: 2, col: 1, text: 'b' }],
          drawing: { format: 'xlsx' as const, parts: [] },
          conditionalFormats: [{ ranges: [{ top: 0, left: 0, bottom: 3, right: 0 }], rules: [{ type: 'dataBar' as const, xml: '<cfRule type="dataBar"/>' }, { type: 'expression' as const, formulas: ['A1>1'] }] }],
        },
      ],
    };
    expect(countDocument(noted)).toMatchObject({ comments: 2, opaque: 2 });
  });

  it('counts slides and their body paragraphs', () => {
    const deck = { ...emptyDeck(), slides: [makeSlide('Un', ['a', 'b']), makeSlide('Deux', ['c'])] };
    expect(countDocument(deck)).toEqual({ paragraphs: 3, tables: 0, images: 0, sheets: 0, cells: 0, formulas: 0, slides: 2, footnotes: 0, endnotes: 0, comments: 0, trackedChanges: 0, opaque: 0, sections: 0, headersFooters: 0, fields: 0, merges: 0, styledCells: 0, definedNames: 0, numberFormats: 0 });
  });
});
