/**
 * `ostal inspect <file> [--json] [--values]`: what a document holds: its format, kind, content
 * counts and the reader's diagnostics; with `--values`, every cell of a spreadsheet with its
 * recalculated value. `--json` prints one JSON object for scripts; otherwise a short summary.
 */
import type { Diagnostic, DocumentKind, FormatId } from '@ostal/model';
import type { NodeFilesService } from '../services/files-service.js';
import type { CliCommand } from './cli-args.js';
import { EXIT_OK } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import type { DocumentCounts } from './counts.js';
import { countDocument } from './counts.js';
import { loadDocument } from './load-document.js';
import { recalculateDocument } from './recalc-workbook.js';
import { formatValuesSummary, valuesReport } from './values-report.js';

/** The JSON `ostal inspect --json` prints. */
export interface InspectReport {
  readonly format: FormatId;
  readonly kind: DocumentKind;
  readonly counts: DocumentCounts;
  readonly diagnostics: readonly Diagnostic[];
}

/** Diagnostics listed in the human summary before "and N more". */
const MAX_LISTED = 10;

const KIND_NAMES: Readonly<Record<DocumentKind, string>> = { text: 'text document', workbook: 'spreadsheet', deck: 'presentation' };

function plural(n: number, word: string): string {
  return `${String(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** Footnotes, endnotes and comments, when the document has any. */
function notesSummary(c: DocumentCounts): string[] {
  return [[c.footnotes, 'footnote'] as const, [c.endnotes, 'endnote'] as const, [c.comments, 'comment'] as const].filter(([n]) => n > 0).map(([n, word]) => plural(n, word));
}

/** The human summary of a report, a few lines. */
export function formatInspectSummary(file: string, report: InspectReport): string {
  const c = report.counts;
  const parts =
    report.kind === 'text'
      ? [
          plural(c.paragraphs, 'paragraph'),
          plural(c.tables, 'table'),
          plural(c.images, 'image'),
          ...notesSummary(c),
          ...(c.trackedChanges > 0 ? [plural(c.trackedChanges, 'tracked change')] : []),
          ...(c.opaque > 0 ? [plural(c.opaque, 'kept object')] : []),
          ...(c.bookmarks ? [plural(c.bookmarks, 'bookmark')] : []),
        ]
      : report.kind === 'workbook'
        ? [
            plural(c.sheets, 'sheet'),
            plural(c.cells, 'cell'),
            plural(c.formulas, 'formula'),
            plural(c.merges, 'merge'),
            plural(c.styledCells, 'styled cell'),
            plural(c.definedNames, 'defined name'),
            plural(c.numberFormats, 'number format'),
          ]
        : [plural(c.slides, 'slide'), plural(c.paragraphs, 'paragraph')];
  const lines = [`${file}: ${report.format}, ${KIND_NAMES[report.kind]}`, `  ${parts.join(', ')}`];
  const diagnostics = report.diagnostics;
  if (diagnostics.length === 0) {
    lines.push('  no diagnostics');
  } else {
    lines.push(`  ${plural(diagnostics.length, 'diagnostic')}:`);
    for (const d of diagnostics.slice(0, MAX_LISTED)) {
      lines.push(`    ${d.severity} ${d.code}: ${d.message}${d.part !== undefined ? ` (${d.part})` : ''}`);
    }
    if (diagnostics.length > MAX_LISTED) lines.push(`    ... and ${String(diagnostics.length - MAX_LISTED)} more (use --json)`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `inspect`.
 * @throws CliError (exit 1) when the file cannot be read, or with `--values` is no spreadsheet.
 */
export async function inspectCommand(
  files: NodeFilesService,
  command: Extract<CliCommand, { name: 'inspect' }>,
  io: CliIo,
  calcLicenseKey: () => Promise<string>,
): Promise<number> {
  const { file, json } = command;
  const loaded = await loadDocument(files, file, io.cwd);
  if (command.values) {
    const values = valuesReport(loaded.format, recalculateDocument(loaded.document, file, io, await calcLicenseKey()));
    io.stdout(json ? `${JSON.stringify(values, null, 2)}\n` : formatValuesSummary(file, values));
    return EXIT_OK;
  }
  const report: InspectReport = {
    format: loaded.format,
    kind: loaded.document.kind,
    counts: countDocument(loaded.document),
    diagnostics: loaded.diagnostics,
  };
  io.stdout(json ? `${JSON.stringify(report, null, 2)}\n` : formatInspectSummary(file, report));
  return EXIT_OK;
}
