/** The formats facade: detect, read, write. Dispatches to one reader/writer per format. */
import type { Diagnostic, FormatId, OstalDocument } from '@ostal/model';
import { FormatError } from './errors.js';
import type { Limits } from './limits.js';

export interface ReadOptions {
  /** Override detection (the caller knows better, e.g. CSV which has no signature). */
  readonly format?: FormatId;
  readonly limits?: Partial<Limits>;
}

export interface ReadResult {
  readonly document: OstalDocument;
  readonly format: FormatId;
  readonly diagnostics: readonly Diagnostic[];
}

/** Format of `bytes` by content, or null. */
export function detect(_bytes: Uint8Array): FormatId | null {
  return null;
}

/** Reads a document. */
export function read(_bytes: Uint8Array, _options: ReadOptions = {}): Promise<ReadResult> {
  return Promise.reject(new FormatError('unknown-format', 'Readers are being written.'));
}

/** Writes a document in `format`. */
export function write(_document: OstalDocument, format: FormatId): Promise<Uint8Array> {
  return Promise.reject(new FormatError('wrong-kind', `No writer for ${format} yet.`));
}
