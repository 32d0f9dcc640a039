/**
 * Counts what a text reader dropped or approximated, one entry per kind, and reports each kind
 * once at the end with its count and where it was first seen. Tables are the exception: the
 * readers report each flattened table on its own (see `table-flattened`).
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

/** The kinds of content the text readers report, with the noun used in messages. */
export const TALLY_KINDS = {
  'image-dropped': 'image or drawing',
  'footnote-dropped': 'footnote or endnote',
  'comment-dropped': 'comment',
  'tracked-changes-accepted': 'tracked change (shown as accepted)',
  'text-box-moved': 'text box (its text follows its paragraph)',
  'equation-approximated': 'equation (kept as plain text)',
  'field-result-kept': 'field (its last result kept as text)',
  'embedded-object-dropped': 'embedded object',
  'unsupported-element': 'unsupported element',
  'list-level-clamped': 'list level deeper than the format allows',
  'page-break-dropped': 'page or column break',
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

  /** Reports one flattened table right away (one diagnostic per table). */
  tableFlattened(part: string, path: string): void {
    this.sink.warn('table-flattened', 'A table was flattened: its cells are kept as paragraphs in reading order.', part, path);
  }

  /** Writes the counted kinds to the sink. */
  flush(): void {
    for (const [kind, e] of this.entries) {
      const n = e.count === 1 ? 'One' : String(e.count);
      this.sink.add(e.severity, kind, `${n} × ${e.what}.`, e.part, e.path);
    }
    this.entries.clear();
  }
}
