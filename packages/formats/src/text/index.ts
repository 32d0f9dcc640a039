/** Codecs for the text formats, by format id; the facade (api.ts) merges them. */
import type { FormatId } from '@ostal/model';
import type { Codec } from '../codec.js';

export const textCodecs: Partial<Record<FormatId, Codec>> = {};
