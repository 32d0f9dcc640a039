/**
 * The fidelity scorer for workbooks (issue 4): xlsx, ods and fods inputs, each written back in its
 * own format and in the other family (ods inputs also as flat fods); content compared as
 * LibreOffice's CSV export of every sheet, cell for cell (formatted as LibreOffice shows them, so
 * number formats count).
 */
import type { FormatId } from '@ostal/model';
import { compareSheets, gatherSheetCsv } from './csv-grid.js';
import type { KindScorer, OutputPlan } from './kind-scorer.js';
import { structureCounts } from './structure-counts.js';
import { volatileCells } from './volatile-cells.js';

const OUTPUTS: Partial<Record<FormatId, readonly OutputPlan[]>> = {
  xlsx: [
    { role: 'same', format: 'xlsx' },
    { role: 'cross', format: 'ods' },
  ],
  ods: [
    { role: 'same', format: 'ods' },
    { role: 'cross', format: 'xlsx' },
    { role: 'flat', format: 'fods' },
  ],
  fods: [
    { role: 'same', format: 'fods' },
    { role: 'cross', format: 'xlsx' },
  ],
};

/**
 * CSV export of every sheet (LibreOffice 7.2+): comma, double quote, UTF-8, from line 1, cells
 * as shown (token 9), all sheets (token 12 = -1), one file per sheet.
 */
export const ALL_SHEETS_CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/** Workbooks (xlsx, ods, fods). */
export const sheetScorer: KindScorer = {
  kind: 'workbook',
  inputFormats: ['xlsx', 'ods', 'fods'],
  defaultDirs: ['xlsx', 'ods'],
  outputs: (format) => OUTPUTS[format] ?? [],
  contentExport: { target: ALL_SHEETS_CSV, extension: 'csv', collect: gatherSheetCsv },
  compareContent: (original, output, skip) => {
    const { matched, total } = compareSheets(original, output, skip);
    return { similarity: total === 0 ? 1 : matched / total, approximate: false, matched, total };
  },
  counts: structureCounts,
  volatileCells,
  targets: {
    sameContent: { similarity: 1, share: 0.95 },
    sameStructure: { share: 0.95 },
    crossContent: { similarity: 1, share: 0.95 },
    overallContent: { share: 0.999 },
  },
  pages: false,
  report: {
    file: 'fidelity-sheets.md',
    title: 'Fidelity of spreadsheets',
    contentName: 'cell agreement',
    method: `Each corpus file (\`../shared/corpus/xlsx\` and \`../shared/corpus/ods\` by default) is read by
Ostal (\`@ostal/formats\` \`read\`), written back in its own format (**same format**), in the
other family (**cross format**: xlsx → ods, ods → xlsx) and, for ods, as flat ODF (**flat**,
fods). Then:

- **Robustness**: Ostal must not throw reading the original, writing an output or reading the
  output back, and LibreOffice must open every file Ostal wrote. Any of these failing makes the
  harness exit non-zero; nothing else does.
- **ODF validity**: every ods and fods written is checked against the OASIS ODF 1.3 schema with
  \`jing -i\`.
- **Cell agreement**: LibreOffice exports every sheet of the original and of each output to CSV
  (\`${ALL_SHEETS_CSV}\`: UTF-8, cells as LibreOffice shows them — number formats applied —
  every sheet to its own file). Sheets are matched by name and compared cell for cell: each
  position holding text on either side counts once, and agrees when both sides show the same
  text. The file's score is agreeing cells over cells compared; the overall figure adds up the
  cells of every file. Cells whose formula is volatile on both sides (RAND, RANDBETWEEN,
  RANDARRAY, NOW, TODAY, or a formula fed by such a cell, as Ostal reads the original and the
  output back) are left out: LibreOffice recomputes them on every load, so even the original
  never agrees with itself. Formulas are recalculated by LibreOffice on both sides only when it
  chooses to (it shows cached results of xlsx files), so a wrong cached value shows here.
- **Structure**: Ostal's census (the \`ostal inspect\` counts: sheets, cells, formulas and
  whatever else \`electron/cli/counts.ts\` counts) of the original against each output read back;
  *identical* means every count is equal.
- Pages are not rendered for spreadsheets.`,
    targets: `Targets (issue 4): cell agreement ≥ 99.9 % over all cells, and 100 % on ≥ 95 % of files, for
same-format and cross-format round trips; structure identical on ≥ 95 %; every ODF file written
valid. A file LibreOffice itself cannot convert is left out of the content targets; a file on
which Ostal throws fails all of them.`,
  },
};
