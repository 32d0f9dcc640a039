/**
 * Counts what a text reader dropped or approximated, one entry per kind, and reports each kind
 * once at the end with its count and where it was first seen.
 */
import type { DiagnosticSink } from '../diagnostics-sink.js';
import type { Severity } from '@ostal/model';

interface Entry {
  readonly severity: Severity;
  readonly what: string;
  count: number;
  readonly part: string;
  readonly path: string;
}

/** The kinds of content the text readers report, with the sentence used in messages. */
export const TALLY_KINDS = {
  'image-dropped': 'Images and drawings were dropped',
  'footnote-dropped': 'Footnotes and endnotes that could not be kept (missing, or inside another note or a comment) were dropped, with their reference marks',
  'comment-dropped': 'Comments that could not be kept (missing, or inside another comment) were dropped; the text they comment on is kept',
  'tracked-changes-accepted': 'Some tracked changes (to table rows, or deleted tables) are shown as accepted',
  'tracked-row-deletion-simplified': 'Table rows deleted with changes tracked keep their text marked as deleted; accepting the deletion leaves the rows empty',
  'move-as-change': 'Moved text was kept as a deletion where it was and an insertion where it went',
  'image-link-not-loaded': 'Linked pictures (stored outside the file) were not loaded; their links are kept',
  'text-box-moved': 'Text boxes were placed after the paragraph that anchors them',
  'equation-approximated': 'Equations were kept as plain text',
  'field-result-kept': 'Fields were replaced by their last displayed result',
  'embedded-object-dropped': 'Embedded objects were dropped',
  'chart-not-read': 'Charts of a kind Ostal cannot read, or damaged, were kept as their picture when the file has one, else dropped',
  'embedded-object-as-picture': 'Embedded objects (OLE: spreadsheets, diagrams, old equations) are kept as their picture only; the object itself is not kept',
  'header-footer-dropped': 'Headers and footers were dropped',
  'unsupported-element': 'Unsupported content was skipped',
  'list-level-clamped': 'List levels deeper than the format allows were raised to the deepest one',
  'list-label-simplified': 'List labels the model cannot express (such as "1-2") show only the item\'s own number, and unknown number formats count in decimal',
  'text-direction-dropped': 'Vertical text (paragraphs flowing top to bottom) is shown horizontally',
  'page-break-dropped': 'Column breaks, and page breaks inside lists, were dropped',
  'link-dropped': 'Links to files, programs or unknown kinds of address were kept as plain text',
  'table-formatting-simplified': 'The vertical alignment and text direction of cells were simplified (grid, merged cells, widths, borders, shading, margins, header rows and table styles resolved onto cells are kept)',
} as const;

/** A diagnostic kind counted by {@link ReadTally}. */
export type TallyKind = keyof typeof TALLY_KINDS;

/** Per-kind counters for one read; `flush` writes one diagnostic per kind seen. */
export class ReadTally {
  private readonly entries = new Map<TallyKind, Entry>();

  constructor(private readonly sink: DiagnosticSink) {}

  /** Counts one occurrence of `kind`, first seen in `part` at `path`. */
  note(kind: TallyKind, part: string, path: string, severity: Severity = 'warning'): void {
    const e = this.entries.get(kind);
    if (e) e.count += 1;
    else this.entries.set(kind, { severity, what: TALLY_KINDS[kind], count: 1, part, path });
  }

  /** Writes the counted kinds to the sink. */
  flush(): void {
    for (const [kind, e] of this.entries) {
      this.sink.add(e.severity, kind, `${e.what} (${String(e.count)} found).`, e.part, e.path);
    }
    this.entries.clear();
  }
}
