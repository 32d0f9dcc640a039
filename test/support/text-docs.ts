/**
 * Helpers the text-format tests share: a minimal DOCX around a body (and optional styles part),
 * a write-then-read round trip, and node equality with a readable diff.
 */
import { expect } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { textDocumentToNode } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import { read, write } from '../../packages/formats/src/index.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal DOCX whose body is `body` and, when given, whose styles part is `styles`. */
export function miniDocx(body: string, styles?: string): Uint8Array {
  const stylesType = '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${styles === undefined ? '' : stylesType}</Types>`,
    ),
    '_rels/.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  };
  if (styles !== undefined) {
    files['word/_rels/document.xml.rels'] = strToU8(`<?xml version="1.0"?><Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${OFFICE_REL}/styles" Target="styles.xml"/></Relationships>`);
    files['word/styles.xml'] = strToU8(`<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`);
  }
  return zipSync(files);
}

/** `doc` written as `format` and read back. */
export async function roundTrip(doc: TextDocument, format: 'odt' | 'fodt' | 'docx'): Promise<TextDocument> {
  return (await read(await write(doc, format))).document as TextDocument;
}

/** Expects both documents to hold the same nodes, showing the JSON difference when they do not. */
export function expectSameDocument(a: TextDocument, b: TextDocument): void {
  const na = textDocumentToNode(a);
  const nb = textDocumentToNode(b);
  if (!na.eq(nb)) expect(nb.toJSON()).toEqual(na.toJSON());
  expect(na.eq(nb)).toBe(true);
}
