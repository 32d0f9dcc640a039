/**
 * The shape of a fidelity run's results: one {@link FileResult} per input file, one
 * {@link OutputResult} per file written from it. This is also the shape of
 * dist/fidelity/results.json.
 */
import type { FormatId } from '@ostal/model';
import type { ContentScore, OutputRole } from './kind-scorer.js';
import type { PageScore } from './page-similarity.js';
import type { StructureCounts } from './structure-counts.js';

/** Current version of the results file shape. */
export const RESULTS_VERSION = 1;

/** One output written from an input file, and how it scored against the original. */
export interface OutputResult {
  readonly role: OutputRole;
  readonly format: FormatId;
  /** Set when Ostal threw writing this output or reading it back (a failure). */
  error?: string;
  /** Size of the written file. */
  bytes?: number;
  /** Milliseconds Ostal took to write it. */
  writeMs?: number;
  /** Schema errors of a written ODF file (empty when valid); absent for other formats. */
  odfErrors?: string[];
  /** Census of the output read back by Ostal, against the original's. */
  structure?: { identical: boolean; differences: string[] };
  /** Content LibreOffice extracted from the output, against what it extracted from the original. */
  content?: ContentScore;
  /** Rendering of the output by LibreOffice, against the original's. */
  page?: PageScore;
  /** Set when LibreOffice could not open or convert the written file (a failure). */
  libreofficeError?: string;
}

/** One input file. */
export interface FileResult {
  /** Name shown in reports: the path relative to the corpus when inside it. */
  readonly file: string;
  readonly bytes: number;
  format?: FormatId;
  /** Set when Ostal threw reading the file (a failure). */
  readError?: string;
  readMs?: number;
  /** Number of diagnostics Ostal reported reading it. */
  diagnostics?: number;
  counts?: StructureCounts;
  /** Set when LibreOffice itself could not convert the original: its scores are then not measured. */
  originalLibreOfficeError?: string;
  readonly outputs: OutputResult[];
}

/** A whole run. */
export interface FidelityRun {
  readonly version: typeof RESULTS_VERSION;
  readonly kind: string;
  /** ISO date and time the run started. */
  readonly startedAt: string;
  durationMs: number;
  /** Milliseconds spent in each phase, in order. */
  readonly phases: Record<string, number>;
  readonly environment: { readonly node: string; readonly cpus: number; readonly cpuModel: string; readonly libreoffice: string };
  readonly files: FileResult[];
}
