import { describe, expect, it } from 'vitest';
import { DEFAULT_NOTE_SETTINGS, formatNoteNumber, textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { NoteSettings, SectionProps, TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { conversionLosses, read, write } from '../index.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { noteCitations } from '../testing/note-citations.js';

const { paragraph, note, doc: docType, section_break: sectionBreak } = textSchema.nodes as Record<string, NonNullable<(typeof textSchema.nodes)[string]>>;
const p = (...xs: (PMNode | string)[]): PMNode => paragraph!.create(null, xs.map((x) => (typeof x === 'string' ? textSchema.text(x) : x)));
const fn = (kind: 'footnote' | 'endnote', text: string): PMNode => note!.create({ kind, mark: null }, [p(text)]);

const settings: NoteSettings = {
  footnote: { format: 'upper-letter', start: 3, restart: 'section', position: 'page' },
  endnote: { format: 'decimal', start: 5, restart: 'continuous', position: 'document' },
};

function documentWith(notes: NoteSettings | null): TextDocument {
  return textDocumentFromNode(docType!.create({ notes }, [p('Un', fn('footnote', 'Bas.'), ' deux', fn('endnote', 'Fin.')), sectionBreak!.create(), p('Trois', fn('footnote', 'Encore.'), fn('endnote', 'Fin 2.'))]));
}

const citations = noteCitations;

async function roundTrip(document: TextDocument, format: 'docx' | 'odt' | 'fodt'): Promise<TextDocument> {
  return (await read(await write(document, format))).document as TextDocument;
}

describe('note numbering with settings', () => {
  it('numbers footnotes 1, 2 and endnotes i, ii by default', () => {
    expect(citations(documentWith(null))).toEqual(['1', 'i', '2', 'ii']);
  });

  it('starts at the start value, restarts footnotes after a section break, in the chosen formats', () => {
    expect(citations(documentWith(settings))).toEqual(['C', '5', 'C', '6']);
  });

  it('formats every number format', () => {
    expect(['decimal', 'lower-roman', 'upper-roman', 'lower-letter', 'upper-letter', 'symbol'].map((f) => formatNoteNumber(4, f as 'decimal'))).toEqual(['4', 'iv', 'IV', 'd', 'D', '\u00a7']);
    expect([1, 2, 3, 5, 6].map((n) => formatNoteNumber(n, 'symbol'))).toEqual(['*', '\u2020', '\u2021', '**', '\u2020\u2020']);
  });

  it('stores no settings when they are the defaults', () => {
    expect(documentWith(null).content.attrs).toBeUndefined();
  });
});

/** The settings with footnotes restarting at each chapter, as ODF keeps them. */
const byChapter: NoteSettings = { ...settings, footnote: { ...settings.footnote, restart: 'chapter' } };

describe('note settings in files', () => {
  for (const [format, kept] of [['docx', settings], ['odt', byChapter], ['fodt', byChapter]] as const) {
    it(`keeps the settings through ${format}`, async () => {
      const back = await roundTrip(documentWith(kept), format);
      expect(textDocumentToNode(back).attrs.notes).toEqual(kept);
      // No heading of level 1: a chapter restart counts on.
      expect(citations(back)).toEqual(kept === settings ? ['C', '5', 'C', '6'] : ['C', '5', 'D', '6']);
    });
  }

  it('writes a restart at each chapter to docx as each section, and one at each section to ODF as each chapter, saying so', async () => {
    expect(conversionLosses(documentWith(byChapter), 'docx').map((l) => l.code)).toEqual(['notes-chapter-restart']);
    expect(conversionLosses(documentWith(settings), 'odt').map((l) => l.code)).toEqual(['notes-section-restart']);
    expect(conversionLosses(documentWith(byChapter), 'fodt')).toEqual([]);
    expect(conversionLosses(documentWith(settings), 'docx')).toEqual([]);
    expect(textDocumentToNode(await roundTrip(documentWith(byChapter), 'docx')).attrs.notes).toEqual(settings);
    expect(textDocumentToNode(await roundTrip(documentWith(settings), 'odt')).attrs.notes).toEqual(byChapter);
    // A section's own chapter restart is said too.
    const own = textDocumentFromNode(docType!.create(null, [p('Un', fn('footnote', 'a')), sectionBreak!.create({ section: { notes: { footnote: byChapter.footnote } } }), p('Deux')]));
    expect(conversionLosses(own, 'docx').map((l) => l.code)).toEqual(['notes-chapter-restart']);
  });

  it('reads LibreOffice’s footnotes restarting by chapter: the count starts again at each heading of outline level 1', async () => {
    const note = (n: string): string => `<text:note text:note-class="footnote"><text:note-citation>${n}</text:note-citation><text:note-body><text:p>n</text:p></text:note-body></text:note>`;
    const fodt =
      '<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">' +
      '<office:styles><text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="chapter"/></office:styles>' +
      `<office:body><office:text><text:h text:outline-level="1">Un</text:h><text:p>a${note('1')}${note('2')}</text:p><text:h text:outline-level="2">Un.1</text:h><text:p>b${note('3')}</text:p>` +
      `<text:h text:outline-level="1">Deux</text:h><text:p>c${note('1')}</text:p></office:text></office:body></office:document>`;
    const document = (await read(strToU8(fodt))).document as TextDocument;
    expect(textDocumentToNode(document).attrs.notes).toEqual({ ...DEFAULT_NOTE_SETTINGS, footnote: { ...DEFAULT_NOTE_SETTINGS.footnote, restart: 'chapter' } });
    expect(citations(document)).toEqual(['1', '2', '3', '1']);
  });

  it('keeps them across formats: docx → odt → docx and odt → docx → odt, as near as each allows', async () => {
    const viaOdt = await roundTrip(await roundTrip(documentWith(settings), 'docx'), 'odt');
    expect(textDocumentToNode(await roundTrip(viaOdt, 'docx')).attrs.notes).toEqual(settings);
    const viaDocx = await roundTrip(await roundTrip(documentWith(byChapter), 'odt'), 'docx');
    expect(textDocumentToNode(await roundTrip(viaDocx, 'odt')).attrs.notes).toEqual(byChapter);
  });

  it('keeps symbols, an endnote at the end of each section and a page restart through docx; says ODF loses the section end', async () => {
    const other: NoteSettings = { footnote: { format: 'symbol', start: 1, restart: 'page', position: 'text' }, endnote: { format: 'upper-roman', start: 2, restart: 'section', position: 'section' } };
    expect(textDocumentToNode(await roundTrip(documentWith(other), 'docx')).attrs.notes).toEqual(other);
    expect(conversionLosses(documentWith(other), 'docx')).toEqual([]);
    expect(conversionLosses(documentWith(other), 'odt').map((l) => l.code)).toEqual(['endnotes-section-end', 'notes-section-restart']);
    expect(textDocumentToNode(await roundTrip(documentWith(other), 'odt')).attrs.notes).toEqual({ ...other, endnote: { ...other.endnote, restart: 'chapter', position: 'document' } });
    expect(conversionLosses(documentWith(byChapter), 'odt')).toEqual([]);
  });

  it('writes valid ODF text:notes-configuration, the start counted from 0 as LibreOffice does, a section’s own page restart in its style', async () => {
    const symbols: NoteSettings = { ...byChapter, footnote: { ...byChapter.footnote, format: 'symbol' } };
    const byPage = { format: 'lower-roman', start: 2, restart: 'page', position: 'page' } as const;
    const document = textDocumentFromNode(
      docType!.create({ notes: symbols }, [p('Un', fn('footnote', 'a')), sectionBreak!.create(), p('Deux', fn('footnote', 'b')), sectionBreak!.create({ section: { start: 'continuous', notes: { footnote: byPage } } }), p('Trois', fn('footnote', 'c'))]),
    );
    const odt = await write(document, 'odt');
    expect(odfSchemaErrors(odt)).toEqual([]);
    const files = unzipSync(odt);
    const styles = strFromU8(files['styles.xml']!);
    expect(styles).toMatch(/<text:notes-configuration text:note-class="endnote" style:num-format="1" text:start-value="4"/);
    expect(styles).toMatch(/<text:notes-configuration text:note-class="footnote" [^>]*text:start-numbering-at="chapter"/);
    expect(strFromU8(files['content.xml']!)).toMatch(/<style:section-properties[^>]*>.*<text:notes-configuration text:note-class="footnote" style:num-format="i" text:start-value="2" text:start-numbering-at="page"/);
    expect(conversionLosses(document, 'odt')).toEqual([]);
    const back = textDocumentToNode((await read(odt)).document as TextDocument);
    expect(back.attrs.notes).toEqual(symbols);
    const own: unknown[] = [];
    back.forEach((b) => {
      if (b.type.name === 'section_break') own.push((b.attrs.section as SectionProps | null)?.notes);
    });
    expect(own).toEqual([undefined, { footnote: { ...byPage, position: 'page' } }]);
  });

  it('writes Word’s w:footnotePr / w:endnotePr in the settings part', async () => {
    const files = unzipSync(await write(documentWith(settings), 'docx'));
    const xml = strFromU8(files['word/settings.xml']!);
    expect(xml).toMatch(/<w:footnotePr><w:numFmt w:val="upperLetter"\/><w:numStart w:val="3"\/><w:numRestart w:val="eachSect"\/>/);
    expect(xml).toMatch(/<w:endnotePr><w:numFmt w:val="decimal"\/><w:numStart w:val="5"\/>/);
  });

  it('LibreOffice reads the format and start of Ostal’s DOCX into text:notes-configuration', async () => {
    const fodt = libreofficeConvert(await write(documentWith(settings), 'docx'), 'notes.docx', 'fodt');
    const config = (cls: string): string => fodt.match(new RegExp(`<text:notes-configuration [^>]*text:note-class="${cls}"[^>]*>`))?.[0] ?? '';
    expect(config('footnote')).toContain('style:num-format="A"');
    expect(config('footnote')).toContain('text:start-value="2"');
    expect(config('endnote')).toContain('style:num-format="1"');
    expect(config('endnote')).toContain('text:start-value="4"');
  });
});
