import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteNumbers, textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { unzipSync, strFromU8 } from 'fflate';
import { read, write } from '../index.js';
import { REL, writeOpcPackage } from '../ooxml/opc-writer.js';
import { NS } from '../xml/namespaces.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus');
const hasCorpus = existsSync(CORPUS);

async function open(file: string): Promise<{ doc: PMNode; codes: string[] }> {
  const result = await read(readFileSync(path.join(CORPUS, file)));
  return { doc: textDocumentToNode(result.document as TextDocument), codes: result.diagnostics.map((d) => d.code) };
}

function nodes(doc: PMNode, type: string): PMNode[] {
  const out: PMNode[] = [];
  doc.descendants((n) => {
    if (n.type.name === type) out.push(n);
    return true;
  });
  return out;
}

/** The text carrying the range mark of comment `id`, joined. */
function rangeText(doc: PMNode, id: string): string {
  let s = '';
  doc.descendants((n) => {
    if (n.isText && n.marks.some((m) => m.type.name === 'comment_range' && m.attrs.id === id)) s += n.text;
    return n.type.name !== 'comment';
  });
  return s;
}

type NodeName = 'paragraph' | 'note' | 'comment' | 'doc' | 'table' | 'table_row' | 'table_cell' | 'bullet_list' | 'list_item';
const { paragraph, note, comment, doc: docType, table, table_row: row, table_cell: cell, bullet_list: ul, list_item: li } = textSchema.nodes as Record<NodeName, NonNullable<(typeof textSchema.nodes)[string]>>;
const range = (id: string) => textSchema.marks.comment_range!.create({ id });
const t = (text: string, ...marks: ReturnType<typeof range>[]): PMNode => textSchema.text(text, marks);
const p = (...xs: (PMNode | string)[]): PMNode => paragraph.create(null, xs.map((x) => (typeof x === 'string' ? t(x) : x)));
const fn = (kind: 'footnote' | 'endnote', mark: string | null, ...blocks: PMNode[]): PMNode => note.create({ kind, mark }, blocks);
const cm = (attrs: Record<string, unknown>, ...blocks: PMNode[]): PMNode => comment.create(attrs, blocks);

/** Notes of every shape both families can express, and comments with ranges over one and two paragraphs, overlapping. */
const portable = textDocumentFromNode(
  docType.create(null, [
    p('Texte', fn('footnote', null, p('Première note.')), ' suite', fn('endnote', null, p('Note de fin.')), '.'),
    p(
      'Marque ',
      fn('footnote', '*', p('Note à marque.'), ul.create(null, [li.create(null, [p('point')])]), table.create({ columnWidths: [4536, 4536] }, [row.create(null, [cell.create({ colwidth: [302.4] }, [p('a')]), cell.create({ colwidth: [302.4] }, [p('b')])])])),
      ' et ',
      cm({ id: '0', author: 'Zoé Müller', initials: 'ZM', date: '2024-05-01T10:00:00Z' }, p('Un commentaire.'), p('Sur deux paragraphes.')),
      t('texte commenté', range('0')),
      cm({ id: '1', author: 'Jean', initials: null, date: null }, p('Chevauche.')),
      t(' qui chevauche', range('0'), range('1')),
    ),
    p(t('et continue', range('1')), ' puis finit', cm({ id: '2', author: 'Anne' }, p('Sur un point.'))),
  ]),
);

/** The same with a reply and a resolved comment, which only DOCX keeps. */
const withReplies = textDocumentFromNode(
  docType.create(null, [
    p(
      'Avant ',
      cm({ id: '5', author: 'Anne', date: '2024-05-01T10:00:00Z', resolved: true }, p('Question ?')),
      cm({ id: '6', author: 'Jean', date: '2024-05-02T10:00:00Z', parent: '5' }, p('Réponse.')),
      t('passage', range('5'), range('6')),
      ' après.',
    ),
  ]),
);

async function roundTrip(document: TextDocument, format: 'docx' | 'odt' | 'fodt'): Promise<TextDocument> {
  return (await read(await write(document, format))).document as TextDocument;
}

function expectSame(a: TextDocument, b: TextDocument): void {
  const na = textDocumentToNode(a);
  const nb = textDocumentToNode(b);
  if (!na.eq(nb)) expect(nb.toJSON()).toEqual(na.toJSON());
  expect(na.eq(nb)).toBe(true);
}

describe.runIf(hasCorpus)('reading notes and comments from real files', () => {
  it('keeps the text and kind of Word footnotes and endnotes (pandoc-notes.docx)', async () => {
    const { doc, codes } = await open('docx/pandoc-notes.docx');
    const notes = nodes(doc, 'note');
    expect(notes.map((n): unknown[] => [n.attrs.kind, n.textContent])).toEqual([
      ['footnote', 'My note.'],
      ['endnote', 'This is an endnote at the end of the document.'],
    ]);
    expect(noteNumbers(doc).get(notes[0]!)).toBe(1);
    expect(noteNumbers(doc).get(notes[1]!)).toBe(1);
    expect(codes).not.toContain('footnote-dropped');
    // The note stands where its reference was, right after the sentence.
    expect(doc.child(2).child(0).text).toBe('Test footnote.');
    expect(doc.child(2).child(1).type.name).toBe('note');
  });

  it('numbers endnotes in document order (mammoth-endnotes.docx) and footnotes with links (mammoth-footnote-hyperlink.docx)', async () => {
    const { doc } = await open('docx/mammoth-endnotes.docx');
    const endnotes = nodes(doc, 'note');
    expect(endnotes.map((n): unknown[] => [n.attrs.kind, n.textContent])).toEqual([
      ['endnote', 'A tachyon walks into a bar.'],
      ['endnote', 'Fin.'],
    ]);
    expect(endnotes.map((n) => noteNumbers(doc).get(n))).toEqual([1, 2]);
    const linked = nodes((await open('docx/mammoth-footnote-hyperlink.docx')).doc, 'note');
    expect(linked).toHaveLength(1);
    let href = '';
    linked[0]!.descendants((n) => {
      href ||= (n.marks.find((m) => m.type.name === 'link')?.attrs.href as string | undefined) ?? '';
      return true;
    });
    expect(href).toMatch(/^https?:/);
  });

  it('reads comment authors, dates, replies and resolved state (oxsdk-Comment066.docx)', async () => {
    const { doc, codes } = await open('docx/oxsdk-Comment066.docx');
    const comments = nodes(doc, 'comment');
    expect(comments).toHaveLength(65);
    const byId = new Map(comments.map((c) => [c.attrs.id as string, c]));
    expect(byId.get('0')!.attrs).toMatchObject({ author: 'Arman Aghaei', initials: 'AA', date: '2011-03-21T17:16:00Z', resolved: false, parent: null });
    expect(byId.get('0')!.textContent).toBe('Comment');
    expect(byId.get('2')!.attrs).toMatchObject({ author: 'ارمان(ArmanAg)', parent: '1' });
    expect(byId.get('2')!.textContent).toBe('Child 1');
    expect(byId.get('13')!.attrs).toMatchObject({ resolved: true, parent: '10' });
    // Replies follow their parent.
    const order = comments.map((c) => c.attrs.id as string);
    expect(order.indexOf('2')).toBe(order.indexOf('1') + 1);
    expect(rangeText(doc, '0')).toBe('On');
    expect(codes).not.toContain('comment-dropped');
  });

  it('reads ODF notes, citations and annotations with their ranges (odfdo-note.odt, odfdo-dormeur_notes.odt)', async () => {
    const { doc, codes } = await open('odt/odfdo-note.odt');
    expect(nodes(doc, 'note').map((n): unknown[] => [n.attrs.kind, n.textContent.replace(/\s/g, ' ')])).toEqual([
      ['footnote', "C'est-à-dire l'élément « text:p »."],
      ['endnote', 'Les apparences sont trompeuses !'],
    ]);
    expect(nodes(doc, 'comment').map((c): unknown[] => [c.attrs.author, c.attrs.date, c.textContent.replace(/\s/g, ' ')])).toEqual([['Auteur inconnu', '2009-08-03T12:09:45', "Sauf qu'il est commenté !"]]);
    expect(codes).not.toContain('footnote-dropped');
    expect(codes).not.toContain('comment-dropped');
    const dormeur = (await open('odt/odfdo-dormeur_notes.odt')).doc;
    const [annotation] = nodes(dormeur, 'comment');
    // LibreOffice's name (__Annotation__830_...) becomes a decimal id, as Word's are.
    expect(annotation!.attrs.id).toBe('0');
    expect(rangeText(dormeur, '0')).toBe('Arthur Rimbaud');
  });

  it('keeps real files through docx → docx and odt → odt unchanged', async () => {
    for (const file of ['docx/pandoc-notes.docx', 'docx/oxsdk-Comment066.docx', 'docx/oxsdk-Comment042.docx', 'docx/oxpt-FootNote.docx', 'odt/odfdo-note.odt', 'odt/odfdo-dormeur_notes.odt']) {
      const original = (await read(readFileSync(path.join(CORPUS, file)))).document as TextDocument;
      expectSame(original, await roundTrip(original, file.endsWith('.odt') ? 'odt' : 'docx'));
    }
  });
});

/** A package whose notes and comments reference themselves, each other, and notes or comments that do not exist. */
function selfReferencingDocx(): Uint8Array {
  const root = (name: string, inner: string): string => `<?xml version="1.0" encoding="UTF-8"?><w:${name} xmlns:w="${NS.w}">${inner}</w:${name}>`;
  const run = (inner: string): string => `<w:r>${inner}</w:r>`;
  const body =
    `<w:p>${run('<w:t>a</w:t>')}${run('<w:footnoteReference w:id="1"/>')}${run('<w:footnoteReference w:id="1"/>')}${run('<w:footnoteReference w:id="9"/>')}` +
    `<w:commentRangeStart w:id="0"/>${run('<w:t>b</w:t>')}<w:commentRangeEnd w:id="0"/>${run('<w:commentReference w:id="0"/>')}${run('<w:commentReference w:id="7"/>')}</w:p>`;
  const footnotes = `<w:footnote w:id="1"><w:p>${run('<w:footnoteRef/>')}${run('<w:t xml:space="preserve"> loop</w:t>')}${run('<w:footnoteReference w:id="1"/>')}</w:p></w:footnote>`;
  const comments = `<w:comment w:id="0" w:author="A"><w:p><w:commentRangeStart w:id="0"/>${run('<w:t>self</w:t>')}${run('<w:commentReference w:id="0"/>')}${run('<w:footnoteReference w:id="1"/>')}</w:p></w:comment>`;
  const ct = (part: string): string => `application/vnd.openxmlformats-officedocument.wordprocessingml.${part}+xml`;
  return writeOpcPackage(
    [
      {
        name: 'word/document.xml',
        contentType: ct('document.main'),
        data: root('document', `<w:body>${body}</w:body>`),
        rels: [
          { id: 'rId1', type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes', target: 'footnotes.xml' },
          { id: 'rId2', type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments', target: 'comments.xml' },
        ],
      },
      { name: 'word/footnotes.xml', contentType: ct('footnotes'), data: root('footnotes', footnotes) },
      { name: 'word/comments.xml', contentType: ct('comments'), data: root('comments', comments) },
    ],
    [{ id: 'rId1', type: REL.officeDocument, target: 'word/document.xml' }],
  );
}

describe('hostile notes and comments', () => {
  it('reads a note or comment that references itself once, without recursing, and reports what it dropped', async () => {
    const result = await read(selfReferencingDocx());
    const doc = textDocumentToNode(result.document as TextDocument);
    const notes = nodes(doc, 'note');
    expect(notes.map((n) => n.textContent)).toEqual(['loop', 'loop']);
    expect(nodes(notes[0]!, 'note')).toHaveLength(0);
    const comments = nodes(doc, 'comment');
    expect(comments.map((c): unknown[] => [c.attrs.author, c.textContent])).toEqual([['A', 'self']]);
    expect(nodes(comments[0]!, 'comment').length + nodes(comments[0]!, 'note').length).toBe(0);
    expect(rangeText(doc, '0')).toBe('b');
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes).toContain('footnote-dropped'); // the note in the note, the missing note 9, the note in the comment
    expect(codes).toContain('comment-dropped'); // the missing comment 7, the comment in the comment
  });
});

describe('writing notes and comments the formats cannot nest', () => {
  it('leaves out a note inside a note or a comment, and a comment inside a comment', async () => {
    const nested = textDocumentFromNode(
      docType.create(null, [
        p('x', fn('footnote', null, p('outer', fn('footnote', null, p('inner')))), cm({ id: '3', author: 'A' }, p('c', cm({ id: '4' }, p('cc')), fn('endnote', null, p('n'))))),
      ]),
    );
    const expected = textDocumentFromNode(docType.create(null, [p('x', fn('footnote', null, p('outer')), cm({ id: '3', author: 'A' }, p('c')))]));
    for (const format of ['docx', 'odt'] as const) expectSame(expected, await roundTrip(nested, format));
  });
});

describe('notes and comments round trips', () => {
  for (const format of ['docx', 'odt', 'fodt'] as const) {
    it(`keeps notes (custom marks, lists and tables inside), comments and overlapping ranges through ${format}`, async () => {
      expectSame(portable, await roundTrip(portable, format));
    });
  }

  it('keeps replies and the resolved state through docx', async () => {
    expectSame(withReplies, await roundTrip(withReplies, 'docx'));
  });

  it('writes replies to ODF as annotations of their own at the same place', async () => {
    const back = textDocumentToNode(await roundTrip(withReplies, 'odt'));
    expect(nodes(back, 'comment').map((c): unknown[] => [c.attrs.id, c.attrs.author, c.attrs.parent, c.attrs.resolved, c.textContent])).toEqual([
      ['5', 'Anne', null, false, 'Question ?'],
      ['6', 'Jean', null, false, 'Réponse.'],
    ]);
    expect(rangeText(back, '6')).toBe('passage');
  });

  it('converts docx → odt → docx without loss', async () => {
    expectSame(portable, await roundTrip(await roundTrip(await roundTrip(portable, 'docx'), 'odt'), 'docx'));
  });

  it('numbers notes without a custom mark, footnotes and endnotes apart', () => {
    const d = textDocumentToNode(portable);
    const all = nodes(d, 'note');
    const numbers = noteNumbers(d);
    expect(all.map((n): unknown => numbers.get(n) ?? n.attrs.mark)).toEqual([1, 1, '*']);
  });

  it('writes the parts, styles and separators Word expects', async () => {
    const files = unzipSync(await write(withReplies, 'docx'));
    const types = strFromU8(files['[Content_Types].xml']!);
    expect(types).toContain('wordprocessingml.comments+xml');
    expect(types).toContain('wordprocessingml.commentsExtended+xml');
    const ext = strFromU8(files['word/commentsExtended.xml']!);
    expect(ext).toMatch(/w15:paraIdParent="[0-9A-F]{8}"/);
    expect(ext).toContain('w15:done="1"');
    const notes = unzipSync(await write(portable, 'docx'));
    const footnotes = strFromU8(notes['word/footnotes.xml']!);
    expect(footnotes).toContain('w:type="separator" w:id="-1"');
    expect(footnotes).toContain('w:type="continuationSeparator" w:id="0"');
    expect(strFromU8(notes['word/styles.xml']!)).toMatch(/w:styleId="FootnoteReference".*?<w:vertAlign w:val="superscript"\/>/);
    expect(strFromU8(notes['word/document.xml']!)).toContain('<w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t xml:space="preserve">*</w:t>');
  });
});

describe('ODF output with notes and comments is valid ODF 1.3', () => {
  it('validates odt and fodt with notes, annotations, replies and ranges', async () => {
    for (const d of [portable, withReplies]) {
      expect(odfSchemaErrors(await write(d, 'odt'))).toEqual([]);
      expect(odfSchemaErrors(await write(d, 'fodt'), true)).toEqual([]);
    }
  });
});

describe('LibreOffice reads the notes and comments Ostal writes', () => {
  for (const format of ['docx', 'odt'] as const) {
    it(`finds the note and comment text in ${format}`, async () => {
      // LibreOffice's own flat ODF shows what it understood: notes as text:note, comments as office:annotation.
      const fodt = libreofficeConvert(await write(portable, format), `notes.${format}`, 'fodt');
      expect(fodt).toMatch(/<text:note [^>]*text:note-class="footnote"[^>]*>.*?Première note\./s);
      expect(fodt).toMatch(/<text:note [^>]*text:note-class="endnote"[^>]*>.*?Note de fin\./s);
      expect(fodt).toMatch(/<office:annotation[^>]*>\s*<dc:creator>Zoé Müller<\/dc:creator>.*?Un commentaire\./s);
      expect(fodt).toContain('<office:annotation-end');
    });
  }
});
