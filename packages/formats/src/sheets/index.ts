/** Codecs for the sheets formats, by format id; the facade (api.ts) merges them. */
import type { FormatId } from '@ostal/model';
import type { Codec } from '../codec.js';

export const sheetsCodecs: Partial<Record<FormatId, Codec>> = {};
