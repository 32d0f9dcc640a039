import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { textDocumentFromNode, textSchema } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import { read, write } from '../index.js';
import { expectSameDocument, roundTrip } from '../../../../test/support/text-docs.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { fieldAttrs } from '../testing/field-attrs.js';

const s = textSchema;
const fields = fieldAttrs;

// A file-name field as Insertion ▸ Champ ▸ Nom du fichier puts it (the canonical instruction is kept as '').
const sample = textDocumentFromNode(
  s.nodes.doc!.create(null, [s.nodes.paragraph!.create(null, [s.text('Fichier : '), s.nodes.field!.create({ kind: 'file-name', instruction: '', result: 'rapport.docx' })])]),
);

describe('file-name fields in files', () => {
  it('writes DOCX FILENAME and ODT text:file-name, and reads them back as the same field', async () => {
    const docx = unzipSync(await write(sample, 'docx'));
    expect(strFromU8(docx['word/document.xml']!)).toMatch(/FILENAME/);
    const odt = strFromU8(unzipSync(await write(sample, 'odt'))['content.xml']!);
    expect(odt).toMatch(/<text:file-name[^>]*>rapport\.docx<\/text:file-name>/);
    for (const format of ['docx', 'odt'] as const) {
      const back = await roundTrip(sample, format);
      expectSameDocument(sample, back);
      expect(fields(back).map((f) => [f.kind, f.result])).toEqual([['file-name', 'rapport.docx']]);
    }
  });

  it('is a file-name field for LibreOffice reading our DOCX', async () => {
    const docx = await write(sample, 'docx');
    const fodt = libreofficeConvert(docx, 'rapport.docx', 'fodt');
    // LibreOffice computes the name itself: the field is there, showing the file's name.
    expect(fodt).toMatch(/<text:file-name[^>]*>rapport(?:\.docx)?<\/text:file-name>/);
    // And the ODT LibreOffice wrote reads back as a file-name field.
    const back = (await read(new TextEncoder().encode(fodt))).document as TextDocument;
    expect(fields(back).map((f) => f.kind)).toEqual(['file-name']);
  });
});
