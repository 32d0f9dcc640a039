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
  report: {
    file: 'fidelity.md',
    title: 'Fidelity',
    contentName: 'text similarity',
    method: `Each corpus file (\`../shared/corpus/docx\` and \`../shared/corpus/odt\` by default) is read by
Ostal (\`@ostal/formats\` \`read\`), written back in its own format (**same format**), in the
other family (**cross format**: docx → odt, odt → docx) and, for odt, as flat ODF (**flat**,
fodt). Then:

- **Robustness**: Ostal must not throw reading the original, writing an output or reading the
  output back, and LibreOffice must open every file Ostal wrote. Any of these failing makes the
  harness exit non-zero; nothing else does.
- **ODF validity**: every odt and fodt written is checked against the OASIS ODF 1.3 schema with
  \`jing -i\` (the same check as \`test/support/odf-schema.ts\`, batched).
- **Text similarity**: LibreOffice exports the original and each output to UTF-8 text
  (\`--convert-to "txt:Text (encoded):UTF8"\`); both texts are whitespace-normalised and split
  into words, and similarity is \`1 − (insertions + deletions) / (words in both)\` — that is
  \`2·LCS / (|a| + |b|)\` — by a linear-space Myers O(ND) diff. Both sides go through
  LibreOffice, so what its text export leaves out (text boxes) or adds (deleted tracked text)
  cancels out. When two long texts differ too much for the diff's work budget, the score is an
  estimate (marked ≈).
- **Structure**: Ostal's census of the original (the \`ostal inspect\` counts plus one count per
  node type and per mark type of the document tree) against the census of each output read back;
  *identical* means every count is equal.
- **Pages**: LibreOffice renders the original and each output to PDF; poppler renders the first
  three pages at 40 dpi in grayscale (\`pdftoppm -gray\`); each page is reduced to a 64 × 64 grid
  of ink, and two pages score \`Σ min(ink) / Σ max(ink)\` (weighted Jaccard: 1 = same ink in the
  same places, 0 = no overlap; a page missing on one side scores 0). The grid is blurred by two
  cells first, so a line moved by a few millimetres still mostly overlaps. The file's page score
  is the mean over the pages compared; the page-count ratio is smaller over larger. A document
  LibreOffice cannot export whole within a minute is exported for its first three pages only
  (page count shown as ?). Reported, not gated.`,
    targets: `Targets (issue 3): same format — text similarity ≥ 0.99 on ≥ 98% of files and structure
identical on ≥ 95%; cross format — text similarity ≥ 0.98 on ≥ 95%; every ODF file written
valid. A file LibreOffice itself cannot convert is left out of the text targets; a file on which
Ostal throws fails all of them.`,
  },
};
