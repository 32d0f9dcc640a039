import { describe, expect, it } from 'vitest';
import { textDocumentToNode } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { strToU8, zipSync } from 'fflate';
import { read, write } from '../index.js';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';

/** A minimal DOCX whose body is `body`. */
function docx(body: string): Uint8Array {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${w}><w:body>${body}</w:body></w:document>`),
  });
}

const framed = (text: string, framePr: string): string => `<w:p><w:pPr><w:framePr ${framePr}/></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const plain = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

// A letter: the sender's address block in a frame at the top left of the page, a side note in a
// frame of its own, a drop cap, then the letter.
const ADDRESS = 'w:w="4536" w:h="1134" w:hRule="exact" w:hSpace="180" w:wrap="around" w:vAnchor="page" w:hAnchor="page" w:x="1134" w:y="851"';
const NOTE = 'w:w="2268" w:wrap="notBeside" w:vAnchor="text" w:hAnchor="margin" w:xAlign="right"';
const letter = docx(
  framed('Mairie de Tulle', ADDRESS) +
    framed('Place Jean Tavé', ADDRESS) +
    framed('Affaire suivie par le service urbanisme', NOTE) +
    '<w:p><w:pPr><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/></w:pPr><w:r><w:t>M</w:t></w:r></w:p>' +
    plain('adame, nous avons bien reçu votre demande.'),
);

/** The top-level blocks: `frame(<texts>)` for text frames, the text otherwise. */
function blocks(doc: TextDocument): string[] {
  const out: string[] = [];
  textDocumentToNode(doc).forEach((n: PMNode) => {
    if (n.type.name === 'text_frame') {
      const inner: string[] = [];
      n.forEach((c) => inner.push(c.textContent));
      out.push(`frame(${inner.join(' | ')})`);
    } else out.push(n.textContent);
  });
  return out;
}

function frames(doc: TextDocument): PMNode[] {
  const out: PMNode[] = [];
  textDocumentToNode(doc).forEach((n) => {
    if (n.type.name === 'text_frame') out.push(n);
  });
  return out;
}

describe('paragraphs in text frames (w:framePr)', () => {
  it('become one text frame per run of paragraphs with the same frame, positioned as Word says; drop caps stay paragraphs', async () => {
    const { document } = await read(letter);
    expect(blocks(document as TextDocument)).toEqual([
      'frame(Mairie de Tulle | Place Jean Tavé)',
      'frame(Affaire suivie par le service urbanisme)',
      'M',
      'adame, nous avons bien reçu votre demande.',
    ]);
    const [address, note] = frames(document as TextDocument);
    expect(address!.attrs).toMatchObject({ placement: 'anchored', width: 4536 * 635, height: 1134 * 635, x: 1134 * 635, y: 851 * 635, xRelative: 'page', yRelative: 'page', wrap: 'square' });
    expect(note!.attrs).toMatchObject({ placement: 'anchored', width: 2268 * 635, xRelative: 'margin', yRelative: 'paragraph', xAlign: 'right', wrap: 'top-bottom' });
  });

  for (const format of ['docx', 'odt', 'fodt'] as const) {
    it(`are written as text boxes in ${format} and read back the same`, async () => {
      const first = (await read(letter)).document as TextDocument;
      const again = (await read(await write(first, format))).document as TextDocument;
      expect(blocks(again)).toEqual(blocks(first));
      expect(frames(again).map((f) => f.attrs)).toEqual(frames(first).map((f) => f.attrs));
    });
  }

  it('are kept in frames by LibreOffice, from the original and from the docx Ostal writes', async () => {
    const first = (await read(letter)).document as TextDocument;
    for (const [bytes, name] of [[letter, 'lettre.docx'], [await write(first, 'docx'), 'ostal.docx']] as const) {
      const fodt = libreofficeConvertBytes(bytes, name, 'fodt');
      const seen = blocks((await read(new Uint8Array(fodt))).document as TextDocument);
      // LibreOffice anchors the page-positioned frame where it likes: the order is its own.
      expect(seen.filter((b) => b.startsWith('frame(')).sort()).toEqual(['frame(Affaire suivie par le service urbanisme)', 'frame(Mairie de Tulle | Place Jean Tavé)']);
      expect(seen.some((b) => b.endsWith('adame, nous avons bien reçu votre demande.'))).toBe(true);
    }
  }, 120_000);
});
