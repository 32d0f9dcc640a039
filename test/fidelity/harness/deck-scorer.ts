/**
 * The fidelity scorer for presentations: pptx and odp inputs, each written back in its own format
 * and in the other family (odp inputs also as flat fodp); LibreOffice exports original and
 * outputs to flat ODF, and slides are compared one by one (text of every shape and notes).
 */
import type { FormatId } from '@ostal/model';
import { compareSlides } from './deck-content.js';
import type { KindScorer, OutputPlan } from './kind-scorer.js';
import { structureCounts } from './structure-counts.js';

const OUTPUTS: Partial<Record<FormatId, readonly OutputPlan[]>> = {
  pptx: [
    { role: 'same', format: 'pptx' },
    { role: 'cross', format: 'odp' },
  ],
  odp: [
    { role: 'same', format: 'odp' },
    { role: 'cross', format: 'pptx' },
    { role: 'flat', format: 'fodp' },
  ],
  fodp: [
    { role: 'same', format: 'fodp' },
    { role: 'cross', format: 'pptx' },
  ],
};

/** Presentations (pptx, odp, fodp). */
export const deckScorer: KindScorer = {
  kind: 'deck',
  inputFormats: ['pptx', 'odp', 'fodp'],
  defaultDirs: ['pptx', 'odp'],
  outputs: (format) => OUTPUTS[format] ?? [],
  contentExport: { target: 'fodp', extension: 'fodp' },
  compareContent: (original, output) => {
    const { matched, total } = compareSlides(original, output);
    return { similarity: total === 0 ? 1 : matched / total, approximate: false, matched, total };
  },
  counts: structureCounts,
  targets: {
    sameContent: { similarity: 1, share: 0.98 },
    sameStructure: { share: 0.95 },
    crossContent: { similarity: 1, share: 0.98 },
    overallContent: { share: 0.99 },
  },
  report: {
    file: 'fidelity-slides.md',
    title: 'Fidelity of presentations',
    contentName: 'slide agreement',
    method: `Each corpus file (\`../shared/corpus/pptx\` and \`../shared/corpus/odp\` by default) is read by
Ostal (\`@ostal/formats\` \`read\`), written back in its own format (**same format**), in the
other family (**cross format**: pptx → odp, odp → pptx) and, for odp, as flat ODF (**flat**,
fodp). Then:

- **Robustness**: Ostal must not throw reading the original, writing an output or reading the
  output back, and LibreOffice must open every file Ostal wrote (print it to PDF; its flat ODF
  export must succeed too, unless it fails on the original as well: LibreOffice cannot export
  some videos and sounds to flat ODF). Any of these failing makes the harness exit non-zero;
  nothing else does.
- **ODF validity**: every odp and fodp written is checked against the OASIS ODF 1.3 schema with
  \`jing -i\`.
- **Slide agreement**: LibreOffice exports the original and each output to flat ODF
  (\`--convert-to fodp\`); for every slide, the text of its shapes and of its speaker notes is
  whitespace-normalised (a slide number field counts as the field, not the number LibreOffice exported for it,
  which it takes as cached in a PPTX and as "<number>" from an ODP; embedded documents' settings, metadata and
  styles are left out; a shape's alt text counts before its text: LibreOffice writes it there for a custom shape,
  after it for a text frame), and a slide agrees when both are identical at the same position. The
  file's score is agreeing slides over the larger slide count, so a lost or added slide counts
  against it; 1 means the same slide count and the same text everywhere.
- **Structure**: Ostal's census of the original (slides, hidden slides, notes, shapes by kind,
  placeholders, pictures, tables, groups) against the census of each output read back;
  *identical* means every count is equal.
- **Pages**: LibreOffice renders the original and each output to PDF (hidden slides are not
  exported); poppler renders the first pages at 40 dpi in grayscale; each page is reduced to a
  64 × 64 grid of ink and two pages score \`Σ min(ink) / Σ max(ink)\`. Reported, not gated.`,
    targets: `Targets (issue 5): slide count and text identical (slide agreement 1) on ≥ 98% of files, same
and cross format; structure identical on ≥ 95% of same-format round trips; every ODF file
written valid. A file LibreOffice itself cannot convert is left out of the content targets; a
file on which Ostal throws fails all of them. The notes name files that miss because of how
LibreOffice shows the original or an output (*known LibreOffice issue*) and files that miss for
a loss Ostal reports, which the other format cannot hold or Ostal does not translate (*known
loss*): both still count in the targets.`,
  },
};
