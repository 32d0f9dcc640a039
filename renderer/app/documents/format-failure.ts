/** A document the worker could not read or write; `failure.reason` says why, machine-readably. */
import type { DocumentWorkerFailure } from '../../workers/document-protocol.js';

export class FormatFailure extends Error {
  override readonly name = 'FormatFailure';
  constructor(readonly failure: DocumentWorkerFailure) {
    super(failure.message);
  }
}
