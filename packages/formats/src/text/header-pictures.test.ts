/**
 * A logo in the page header — what nearly every letter of a French administration carries (the
 * Marianne block) — is kept through every format and shown by LibreOffice.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { PMNodeJSON, SectionProps, TextDocument, TextMedia } from '@ostal/model';
import { read, write } from '../index.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { decodeBase64 } from './text-media.js';

// An 8×8 red PNG: big enough for LibreOffice to embed it in a PDF as an image of its own.
const PNG = decodeBase64('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEklEQVR42mP4z8CAFTEMLQkAKIo/wbgJAooAAAAASUVORK5CYII=')!;
const media: TextMedia = { 'image1.png': { mime: 'image/png', bytes: PNG } };

const text = (t: string): PMNodeJSON => ({ type: 'text', text: t });
const logo: PMNodeJSON = { type: 'image', attrs: { src: 'media:image1.png', width: 1080000, height: 720000, alt: 'Marianne — République française', name: 'Logo' } };
/** A story in the compact form the model stores (attributes at their defaults left out). */
const story = (json: PMNodeJSON): PMNodeJSON => textDocumentFromNode(textSchema.nodeFromJSON(json)).content;
const section: SectionProps = {
  page: { width: 11906, height: 16838, orientation: 'portrait' },
  margins: { top: 2268, right: 1134, bottom: 1418, left: 1418, header: 567, footer: 567 },
  headers: { default: story({ type: 'doc', content: [{ type: 'paragraph', content: [logo, text(' Préfecture de l’Hérault')] }] }) },
  footers: { default: story({ type: 'doc', content: [{ type: 'paragraph', content: [text('Direction des services')] }] }) },
};
const letter: TextDocument = {
  kind: 'text',
  version: 4,
  meta: { title: 'Courrier' },
  content: { type: 'doc', attrs: { section }, content: [{ type: 'paragraph', content: [text('Madame, Monsieur,')] }] },
  media,
};

async function roundTrip(doc: TextDocument, format: 'odt' | 'fodt' | 'docx'): Promise<{ doc: TextDocument; codes: string[] }> {
  const result = await read(await write(doc, format));
  return { doc: result.document as TextDocument, codes: result.diagnostics.map((d) => d.code) };
}

function expectSame(a: TextDocument, b: TextDocument): void {
  const na = textDocumentToNode(a);
  const nb = textDocumentToNode(b);
  if (!na.eq(nb)) expect(nb.toJSON()).toEqual(na.toJSON());
  expect(na.eq(nb)).toBe(true);
  expect(Object.values(b.media ?? {}).map((m) => m.bytes)).toEqual([PNG]);
}

/** Pictures poppler finds on the first page of a PDF. */
function pdfImages(pdf: Buffer): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'ostal-pdfimages-'));
  try {
    writeFileSync(path.join(dir, 'page.pdf'), pdf);
    const list = execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', path.join(dir, 'page.pdf')], { encoding: 'utf8' });
    return list.trim().split('\n').slice(2).length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('pictures in headers and footers', () => {
  for (const format of ['docx', 'odt', 'fodt'] as const) {
    it(`keeps the header logo, its size and alternative text through ${format}`, async () => {
      const { doc, codes } = await roundTrip(letter, format);
      expect(codes).not.toContain('image-dropped');
      expectSame(letter, doc);
    });
  }

  it('keeps it across formats: docx → odt → docx and odt → docx → fodt', async () => {
    const viaOdt = (await roundTrip((await roundTrip((await roundTrip(letter, 'docx')).doc, 'odt')).doc, 'docx')).doc;
    expectSame(letter, viaOdt);
    const viaDocx = (await roundTrip((await roundTrip((await roundTrip(letter, 'odt')).doc, 'docx')).doc, 'fodt')).doc;
    expectSame(letter, viaDocx);
  });

  it('writes the header picture as valid ODF 1.3, in the package and in the flat file', async () => {
    expect(odfSchemaErrors(await write(letter, 'odt'))).toEqual([]);
    expect(odfSchemaErrors(await write(letter, 'fodt'), true)).toEqual([]);
  });

  for (const format of ['docx', 'odt'] as const) {
    it(`is drawn on the page by LibreOffice from the ${format} Ostal writes`, async () => {
      const pdf = libreofficeConvertBytes(await write(letter, format), `courrier.${format}`, 'pdf');
      expect(pdfImages(pdf)).toBeGreaterThanOrEqual(1);
    }, 120_000);
  }

  it('reads the logo of a Word header from its own part’s relationships', async () => {
    const docx = await write(letter, 'docx');
    const { doc, codes } = await roundTrip((await read(docx)).document as TextDocument, 'docx');
    expect(codes).toEqual([]);
    expect(JSON.stringify((doc.content.attrs as { section: SectionProps }).section.headers?.default)).toContain('"alt":"Marianne — République française"');
  });
});
