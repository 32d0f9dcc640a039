/**
 * The fidelity scorer for text documents: docx and odt inputs, each written back in its own
 * format and in the other one (odt inputs also as flat fodt), content compared as the plain text
 * LibreOffice exports, word by word.
 */
import type { FormatId } from '@ostal/model';
import type { KindScorer, OutputPlan } from './kind-scorer.js';
import { structureCounts } from './structure-counts.js';
import { textSimilarity } from './text-similarity.js';

const OUTPUTS: Partial<Record<FormatId, readonly OutputPlan[]>> = {
  docx: [
    { role: 'same', format: 'docx' },
    { role: 'cross', format: 'odt' },
  ],
  odt: [
    { role: 'same', format: 'odt' },
    { role: 'cross', format: 'docx' },
    { role: 'flat', format: 'fodt' },
  ],
  fodt: [
    { role: 'same', format: 'fodt' },
    { role: 'cross', format: 'docx' },
  ],
};

/** Text documents (docx, odt, fodt). */
export const textScorer: KindScorer = {
  kind: 'text',
  inputFormats: ['docx', 'odt', 'fodt'],
  defaultDirs: ['docx', 'odt'],
  outputs: (format) => OUTPUTS[format] ?? [],
  contentExport: { target: 'txt:Text (encoded):UTF8', extension: 'txt' },
  compareContent: (original, output) => {
    const { similarity, approximate } = textSimilarity(original, output);
    return { similarity, approximate };
  },
  counts: structureCounts,
  targets: {
    sameContent: { similarity: 0.99, share: 0.98 },
    sameStructure: { share: 0.95 },
    crossContent: { similarity: 0.98, share: 0.95 },
  },
};
