import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { textDocumentToNode } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { read, write } from '../index.js';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';

const CORPUS = [fileURLToPath(new URL('../../../../../shared/corpus', import.meta.url)), '/work/shared/corpus'].find((d) => existsSync(d)) ?? '';
/** A Word document with an Excel worksheet embedded as an OLE object, shown by an EMF picture. */
const FILE = `${CORPUS}/docx/oxsdk-TestFiles-Document.docx`;

const images = (doc: TextDocument): PMNode[] => {
  const out: PMNode[] = [];
  textDocumentToNode(doc).descendants((n) => {
    if (n.type.name === 'image') out.push(n);
  });
  return out;
};

describe('embedded (OLE) objects in DOCX', () => {
  it('are shown by the picture Word shows for them, at the shape’s size, and reported as pictures only', async () => {
    const bytes = new Uint8Array(readFileSync(FILE));
    const result = await read(bytes);
    const doc = result.document as TextDocument;
    const preview = unzipSync(bytes)['word/media/image3.emf']!;
    const shown = images(doc).filter((i) => {
      const name = String(i.attrs.src).replace(/^media:/, '');
      const media = doc.media?.[name];
      return media !== undefined && Buffer.from(media.bytes).equals(Buffer.from(preview));
    });
    expect(shown.length).toBe(1);
    // style="width:362.05pt;height:146.1pt"
    expect(shown[0]!.attrs).toMatchObject({ width: Math.round(362.05 * 12700), height: Math.round(146.1 * 12700), placement: 'inline' });
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes).toContain('embedded-object-as-picture');
    expect(codes).not.toContain('embedded-object-dropped');
  });

  it('keep that picture through DOCX and ODT, where LibreOffice finds it', async () => {
    const doc = (await read(new Uint8Array(readFileSync(FILE)))).document as TextDocument;
    const count = images(doc).length;
    for (const format of ['docx', 'odt'] as const) {
      const written = await write(doc, format);
      expect(images((await read(written)).document as TextDocument).length, format).toBe(count);
      const odt = unzipSync(new Uint8Array(libreofficeConvertBytes(written, `objet.${format}`, 'odt')));
      const content = strFromU8(odt['content.xml']!);
      expect(content.split('<draw:image').length - 1, `LibreOffice's pictures from our ${format}`).toBeGreaterThanOrEqual(count);
    }
  }, 300_000); // two LibreOffice conversions on a loaded machine
});
