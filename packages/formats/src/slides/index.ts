/**
 * Codecs for the slides formats, by format id; the facade (api.ts) merges them.
 * pptx: ECMA-376 PresentationML (Transitional and Strict); odp/fodp: ODF 1.3 presentations.
 */
import type { FormatId } from '@ostal/model';
import type { Codec } from '../codec.js';
import { readFodp, readOdp } from './odp-reader.js';
import { writeFodp, writeOdp } from './odp-writer.js';
import { readPptx } from './pptx-reader.js';
import { writePptx } from './pptx-writer.js';

/** The deck codecs: pptx, odp (package) and fodp (flat XML). */
export const slidesCodecs: Partial<Record<FormatId, Codec>> = {
  pptx: { kind: 'deck', read: readPptx, write: writePptx },
  odp: { kind: 'deck', read: readOdp, write: writeOdp },
  fodp: { kind: 'deck', read: readFodp, write: writeFodp },
};
