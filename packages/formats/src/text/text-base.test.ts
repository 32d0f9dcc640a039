import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OSTAL_HEADING_LOOKS, headingLookOf, textBaseOf, textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import { read, write } from '../index.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { CORPUS } from '../../../../test/fidelity/corpus.js';

const { doc, paragraph, heading } = textSchema.nodes;

async function readCorpus(file: string): Promise<TextDocument> {
  return (await read(new Uint8Array(readFileSync(path.join(CORPUS, file))))).document as TextDocument;
}

/** A document in Marianne 11 pt, justified, 10 pt after, lines at 1.08, whose first headings are blue Marianne, not bold. */
const base = { font: 'Marianne', size: 11, align: 'justify', spaceAfter: 200, lineHeight: 1.08 };
const h1 = { font: 'Marianne', size: 16, color: '#2f5496', bold: false, italic: false, spaceBefore: 480, spaceAfter: 0 };
const h2 = { ...h1, size: 13, italic: true, spaceBefore: 40 };
const styled = textDocumentFromNode(
  doc!.create({ base, headings: [h1, h2] }, [
    heading!.create({ level: 1 }, textSchema.text('Rapport')),
    paragraph!.create(null, textSchema.text('Le texte du rapport, justifié.')),
    heading!.create({ level: 2 }, textSchema.text('Contexte')),
    paragraph!.create(null, textSchema.text('Suite.')),
  ]),
  { language: 'fr-FR' },
);

describe('the base formatting and the heading looks of a text document', () => {
  it("read from a Word file's document defaults, Normal style and theme (Century 10.5 pt, justified, no spacing)", async () => {
    const node = textDocumentToNode(await readCorpus('docx/oxsdk-Comment016.docx'));
    expect(textBaseOf(node.attrs)).toMatchObject({ font: 'Century', size: 10.5, align: 'justify', spaceBefore: 0, spaceAfter: 0, lineHeight: 1 });
  });

  it("read from a Word file's heading styles: Heading 1 in the theme's blue, 16 pt, not bold", async () => {
    const node = textDocumentToNode(await readCorpus('docx/oxpt-001-DeletedRun.docx'));
    expect(headingLookOf(node.attrs, 1)).toMatchObject({ size: 16, color: '#2f5496', bold: false });
    expect(headingLookOf(node.attrs, 1).font).not.toBeNull();
  });

  it('a document that says nothing keeps none: a new document stores neither', async () => {
    const node = textDocumentToNode(textDocumentFromNode(doc!.create(null, [paragraph!.create(null, textSchema.text('x'))])));
    for (const format of ['docx', 'odt'] as const) {
      const back = textDocumentToNode((await read(await write(textDocumentFromNode(node), format))).document as TextDocument);
      expect(back.attrs.base, format).toBeNull();
      expect(back.attrs.headings, format).toBeNull();
      expect(headingLookOf(back.attrs, 3), format).toEqual(OSTAL_HEADING_LOOKS[2]);
    }
  });

  it('round-trip through DOCX, ODT and FODT and across them unchanged', async () => {
    const node = textDocumentToNode(styled);
    for (const format of ['docx', 'odt', 'fodt'] as const) {
      const back = (await read(await write(styled, format))).document as TextDocument;
      expect(textDocumentToNode(back).attrs.base, format).toEqual(base);
      expect(textDocumentToNode(back).attrs.headings, format).toEqual([h1, h2]);
      expect(textDocumentToNode(back).eq(node), format).toBe(true);
      const other = format === 'docx' ? 'odt' : 'docx';
      const again = (await read(await write(back, other))).document as TextDocument;
      expect(textDocumentToNode(again).eq(node), `${format} → ${other}`).toBe(true);
    }
  });

  it.each(['odt', 'docx'] as const)('written in %s, valid, and LibreOffice draws the text and headings so', async (format) => {
    const bytes = await write(styled, format);
    if (format === 'odt') expect(odfSchemaErrors(bytes)).toEqual([]);
    const fodt = libreofficeConvert(bytes, `base.${format}`, 'fodt').replace(/\s+/g, ' ');
    expect(fodt).toMatch(/<style:default-style style:family="paragraph">.*?<style:text-properties [^>]*style:font-name="Marianne"[^>]*fo:font-size="11pt"/);
    expect(fodt).toMatch(/(?:<style:default-style style:family="paragraph">|<style:style style:name="Standard"[^>]*>) ?<style:paragraph-properties [^>]*fo:margin-bottom="0.139in"[^>]*fo:line-height="108%"[^>]*fo:text-align="justify"/);
    const heading1 = /<style:style style:name="Heading_20_1"[^>]*>(.*?)<\/style:style>/.exec(fodt)?.[1] ?? '';
    expect(heading1).toMatch(/fo:margin-top="0.3335in"/);
    expect(heading1).toMatch(/fo:color="#2f5496"/);
    expect(heading1).toMatch(/fo:font-size="16pt"/);
    expect(heading1).not.toMatch(/fo:font-weight="bold"/);
  });
});
