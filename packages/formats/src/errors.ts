/**
 * The one error family the formats layer throws: the container itself is unreadable or hostile.
 * Content problems never throw; they become diagnostics.
 */

export type FormatErrorReason =
  /** Not a document Ostal knows (wrong signature, empty file). */
  | 'unknown-format'
  /** The zip container is truncated or corrupt. */
  | 'corrupt-container'
  /** A required part (e.g. `word/document.xml`, `content.xml`) is missing. */
  | 'missing-part'
  /** A safety limit was hit (entry count, inflated size, ratio, XML depth, cell count...). */
  | 'limit-exceeded'
  /** A DOCTYPE / entity declaration: refused (XML bombs, XXE). */
  | 'forbidden-dtd'
  /** An entry name escapes the package (`../`, absolute path). */
  | 'path-traversal'
  /** A required XML part is not well-formed. */
  | 'malformed-xml'
  /** Encrypted or password-protected document. */
  | 'encrypted'
  /** The document kind does not fit the requested format (e.g. a deck written as xlsx). */
  | 'wrong-kind'
  /** A reader failed unexpectedly on this content (a bug to report; the app keeps running). */
  | 'unreadable';

/** Thrown by `read`/`write` for unreadable or hostile input; `reason` is machine-readable. */
export class FormatError extends Error {
  override readonly name = 'FormatError';
  constructor(
    readonly reason: FormatErrorReason,
    message: string,
    /** Package part concerned, when there is one. */
    readonly part?: string,
  ) {
    super(message);
  }
}
