import { describe, expect, it } from 'vitest';
import { textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { NoteNumbering, SectionProps, TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { read, write } from '../index.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { noteCitations } from '../testing/note-citations.js';

const { paragraph, note, doc: docType, section_break: sectionBreak } = textSchema.nodes as Record<string, NonNullable<(typeof textSchema.nodes)[string]>>;
const p = (...xs: (PMNode | string)[]): PMNode => paragraph!.create(null, xs.map((x) => (typeof x === 'string' ? textSchema.text(x) : x)));
const fn = (text: string, kind: 'footnote' | 'endnote' = 'footnote'): PMNode => note!.create({ kind, mark: null }, [p(text)]);

const letters: NoteNumbering = { format: 'lower-letter', start: 5, restart: 'section', position: 'page' };
const roman: NoteNumbering = { format: 'upper-roman', start: 2, restart: 'section', position: 'document' };

/** Three sections: the second (ended by the second break) numbers its footnotes a, b... from 5 and its endnotes I, II... from 2. */
function documentWith(second: SectionProps): TextDocument {
  return textDocumentFromNode(
    docType!.create(null, [
      p('Un', fn('a'), fn('b')),
      sectionBreak!.create(),
      p('Deux', fn('c'), fn('e', 'endnote')),
      sectionBreak!.create({ section: second }),
      p('Trois', fn('d'), fn('f', 'endnote')),
    ]),
  );
}

const ownNotes: SectionProps = { notes: { footnote: letters, endnote: roman } };

const citations = noteCitations;

function sectionNotes(document: TextDocument): unknown[] {
  const doc = textDocumentToNode(document);
  const out: unknown[] = [];
  doc.forEach((b) => {
    if (b.type.name === 'section_break') out.push((b.attrs.section as SectionProps | null)?.notes);
  });
  out.push((doc.attrs.section as SectionProps | null)?.notes);
  return out;
}

async function roundTrip(document: TextDocument, format: 'docx' | 'odt' | 'fodt'): Promise<TextDocument> {
  return (await read(await write(document, format))).document as TextDocument;
}

describe('note settings of a section', () => {
  it('numbers the notes of a section with its own settings; the next section goes on counting in the document’s format', () => {
    // Section 2 restarts footnotes at e (5) and endnotes at II; section 3 goes on counting (6, iii) in the document's formats
    expect(citations(documentWith(ownNotes))).toEqual(['1', '2', 'e', 'II', '6', 'iii']);
  });

  it('a section that does not restart goes on counting, in its own format', () => {
    const going: SectionProps = { notes: { footnote: { ...letters, restart: 'continuous' } } };
    expect(citations(documentWith(going))).toEqual(['1', '2', 'c', 'i', '4', 'ii']);
  });

  it('refuses section note settings that are not complete', () => {
    expect(() => sectionBreak!.create({ section: { notes: { footnote: { format: 'decimal' } } } })).toThrow(RangeError);
  });

  it('writes them in the section’s w:sectPr and reads them back from DOCX', async () => {
    const docx = await write(documentWith(ownNotes), 'docx');
    const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
    const sectPrs = [...xml.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sectPrs).toHaveLength(3);
    expect(sectPrs[1]).toContain('<w:footnotePr><w:numFmt w:val="lowerLetter"/><w:numStart w:val="5"/><w:numRestart w:val="eachSect"/></w:footnotePr>');
    expect(sectPrs[1]).toContain('<w:endnotePr><w:numFmt w:val="upperRoman"/><w:numStart w:val="2"/><w:numRestart w:val="eachSect"/></w:endnotePr>');
    expect(sectPrs[0]).not.toContain('footnotePr');
    const back = (await read(docx)).document as TextDocument;
    expect(sectionNotes(back)).toEqual([undefined, ownNotes.notes, undefined]);
    expect(citations(back)).toEqual(['1', '2', 'e', 'II', '6', 'iii']);
  });

  it('keeps the last section’s own settings its own in DOCX: the sections before it keep the document’s', async () => {
    const document = textDocumentFromNode(docType!.create({ section: { notes: { footnote: letters } } }, [p('Un', fn('a')), sectionBreak!.create(), p('Deux', fn('b'))]));
    expect(citations(document)).toEqual(['1', 'e']);
    const back = (await read(await write(document, 'docx'))).document as TextDocument;
    expect(sectionNotes(back)).toEqual([undefined, { footnote: letters }]);
    expect(citations(back)).toEqual(['1', 'e']);
  });

  for (const [start, format] of [[undefined, 'odt'], ['continuous', 'fodt']] as const) {
    it(`keeps them through ${format} for a ${start ?? 'new-page'} section (a text:section with its notes configuration)`, async () => {
      const second: SectionProps = { ...ownNotes, ...(start ? { start } : {}) };
      const bytes = await write(documentWith(second), format);
      expect(odfSchemaErrors(bytes, format === 'fodt')).toEqual([]);
      const back = (await read(bytes)).document as TextDocument;
      // ODF keeps endnotes of a section at its end.
      expect(sectionNotes(back)).toEqual([undefined, { footnote: letters, endnote: { ...roman, position: 'section' } }, undefined]);
      expect(citations(back)).toEqual(['1', '2', 'e', 'II', '6', 'iii']);
      const breaks = textDocumentToNode(back).content.content.filter((b) => b.type.name === 'section_break');
      expect(breaks.map((b) => (b.attrs.section as SectionProps | null)?.start)).toEqual([undefined, start]);
    });
  }

  it('gives them to a new-page section starting with a list or a table in odt', async () => {
    const { bullet_list: list, list_item: item, table, table_row: row, table_cell: cell } = textSchema.nodes as Record<string, NonNullable<(typeof textSchema.nodes)[string]>>;
    for (const opening of [list!.create(null, [item!.create(null, [p('Puce', fn('c'))])]), table!.create(null, [row!.create(null, [cell!.create(null, [p('Case', fn('c'))])])])]) {
      const document = textDocumentFromNode(docType!.create(null, [p('Un', fn('a')), sectionBreak!.create(), opening, sectionBreak!.create({ section: { notes: { footnote: letters } } }), p('Trois', fn('d'))]));
      const back = await roundTrip(document, 'odt');
      expect(sectionNotes(back)).toEqual([undefined, { footnote: letters }, undefined]);
      expect(citations(back)).toEqual(['1', 'e', '6']);
    }
  });

  it('keeps the first section’s own settings through odt', async () => {
    const first = textDocumentFromNode(docType!.create(null, [p('Un', fn('a')), sectionBreak!.create({ section: ownNotes }), p('Deux', fn('b'))]));
    const back = await roundTrip(first, 'odt');
    expect(sectionNotes(back)).toEqual([{ footnote: letters, endnote: { ...roman, position: 'section' } }, undefined]);
    expect(citations(back)).toEqual(['e', '6']);
  });

  it('carries them docx → odt → docx', async () => {
    const back = await roundTrip(await roundTrip(await roundTrip(documentWith(ownNotes), 'docx'), 'odt'), 'docx');
    expect(sectionNotes(back)).toEqual([undefined, { footnote: letters, endnote: { ...roman, position: 'section' } }, undefined]);
    expect(citations(back)).toEqual(['1', '2', 'e', 'II', '6', 'iii']);
  });

  it('reads a LibreOffice section that collects its footnotes and restarts them at 3 in roman numbers', async () => {
    const fodt =
      '<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">' +
      '<office:automatic-styles><style:style style:name="Sect1" style:family="section"><style:section-properties><text:notes-configuration text:note-class="footnote" style:num-format="i" text:start-value="3"/></style:section-properties></style:style>' +
      '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"/></style:page-layout></office:automatic-styles>' +
      '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>' +
      '<office:body><office:text><text:p>Avant<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>a</text:p></text:note-body></text:note></text:p>' +
      '<text:section text:style-name="Sect1" text:name="Section1"><text:p>Dedans<text:note text:note-class="footnote"><text:note-citation>iii</text:note-citation><text:note-body><text:p>b</text:p></text:note-body></text:note></text:p></text:section>' +
      '<text:p>Après<text:note text:note-class="footnote"><text:note-citation>2</text:note-citation><text:note-body><text:p>c</text:p></text:note-body></text:note></text:p></office:text></office:body></office:document>';
    const document = (await read(strToU8(fodt))).document as TextDocument;
    expect(sectionNotes(document)).toEqual([undefined, { footnote: { format: 'lower-roman', start: 3, restart: 'section', position: 'section' } }, undefined]);
    expect(citations(document)).toEqual(['1', 'iii', '4']);
  });
});
