/** Codecs for the text formats, by format id; the facade (api.ts) merges them. */
import type { FormatId, TextDocument } from '@ostal/model';
import type { Codec } from '../codec.js';
import { readDocx } from './docx-reader.js';
import { writeDocx } from './docx-writer.js';
import { readFodt, readOdt } from './odf-text-reader.js';
import { writeFodt, writeOdt } from './odf-text-writer.js';

export const textCodecs: Partial<Record<FormatId, Codec>> = {
  odt: { kind: 'text', read: readOdt, write: (doc) => writeOdt(doc as TextDocument) },
  fodt: { kind: 'text', read: readFodt, write: (doc) => writeFodt(doc as TextDocument) },
  docx: { kind: 'text', read: readDocx, write: (doc, options) => writeDocx(doc as TextDocument, options) },
};
