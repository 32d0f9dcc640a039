/**
 * Diagnostics: what a reader could not keep or understand, graded by severity.
 * Readers never throw on content; they report here instead.
 */

/** `info`: kept but noteworthy; `warning`: something was lost or approximated; `error`: a part could not be read. */
export type Severity = 'info' | 'warning' | 'error';

export interface Diagnostic {
  readonly severity: Severity;
  /** Machine-readable code, e.g. `unsupported-element`, `missing-part`. */
  readonly code: string;
  /** One plain English sentence for logs and `ostal inspect`; the UI translates from `code`. */
  readonly message: string;
  /** Package part the problem was found in, e.g. `word/document.xml`. */
  readonly part?: string;
  /** XML path inside the part, e.g. `/w:document/w:body/w:tbl`. */
  readonly path?: string;
}
