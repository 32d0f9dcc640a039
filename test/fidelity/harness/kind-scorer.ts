/**
 * What the fidelity harness needs to know about one kind of document (text today; workbooks and
 * decks later): which files it reads, which round trips it makes, how LibreOffice extracts the
 * content to compare, how two extractions are scored, and the targets the scores are held to.
 * The harness itself (run-fidelity.ts) is the same for every kind.
 */
import type { DocumentKind, FormatId, OstalDocument } from '@ostal/model';
import type { StructureCounts } from './structure-counts.js';

/**
 * The kind of round trip an output is: written back in the format it was read from (`same`),
 * in the other family (`cross`: OOXML ⇄ ODF), or as flat ODF (`flat`).
 */
export type OutputRole = 'same' | 'cross' | 'flat';

/** One file the harness writes from each input. */
export interface OutputPlan {
  readonly role: OutputRole;
  readonly format: FormatId;
}

/** Score of the content LibreOffice extracted from an output, against the original's. */
export interface ContentScore {
  /** In [0, 1]; 1 means the same content. */
  readonly similarity: number;
  /** True when the score is an estimate (the exact comparison was cut short). */
  readonly approximate: boolean;
  /** Units compared and units agreeing (cells, for workbooks), when the score is their ratio. */
  readonly matched?: number;
  readonly total?: number;
}

/** Thresholds a kind is held to (the targets). */
export interface FidelityTargets {
  /** Same-format round trip: content similarity at least `similarity` on at least `share` of the files. */
  readonly sameContent: { readonly similarity: number; readonly share: number };
  /** Same-format round trip: identical structure on at least this share of the files. */
  readonly sameStructure: { readonly share: number };
  /** Cross-format conversion: content similarity at least `similarity` on at least `share` of the files. */
  readonly crossContent: { readonly similarity: number; readonly share: number };
  /**
   * Same- and cross-format outputs together: matched units over compared units (summed over all
   * files, from {@link ContentScore.matched}/`total`) at least `share`.
   */
  readonly overallContent?: { readonly share: number };
}

/** What the report of a kind says in words. */
export interface KindReport {
  /** File under docs/ a full run writes. */
  readonly file: string;
  /** First heading of that file. */
  readonly title: string;
  /** Name of the content score in tables and target names ("text similarity"). */
  readonly contentName: string;
  /** The body of the "Method" section (markdown). */
  readonly method: string;
  /** The paragraph stating the targets (markdown). */
  readonly targets: string;
}

/** The per-kind part of the fidelity harness. */
export interface KindScorer {
  readonly kind: DocumentKind;
  /** Formats of the input files this scorer handles; other files in the folders are skipped. */
  readonly inputFormats: readonly FormatId[];
  /** Corpus folders scanned by default, relative to the corpus root. */
  readonly defaultDirs: readonly string[];
  /** The outputs written from an input of `format`. */
  outputs(format: FormatId): readonly OutputPlan[];
  /**
   * LibreOffice `--convert-to` target extracting the content, and the extension of what it
   * writes; `collect` assembles the expected `<base>.<extension>` file when LibreOffice writes
   * several pieces instead (one CSV per sheet), returning false when there are none.
   */
  readonly contentExport: { readonly target: string; readonly extension: string; readonly collect?: (output: string) => boolean };
  /**
   * Scores the content extracted from an output against the original's; `skip` holds positions
   * left out of the comparison (volatile cells on both sides, see {@link KindScorer.volatileCells}).
   */
  compareContent(original: string, output: string, skip?: ReadonlySet<string>): ContentScore;
  /** Positions of a document whose value changes on every load (workbooks: RAND, NOW... cells). */
  volatileCells?(doc: OstalDocument): ReadonlySet<string>;
  /** Structure census of a document as Ostal holds it. */
  counts(doc: OstalDocument): StructureCounts;
  readonly targets: FidelityTargets;
  /** False when pages are not rendered and compared (default: rendered). */
  readonly pages?: boolean;
  readonly report: KindReport;
}
