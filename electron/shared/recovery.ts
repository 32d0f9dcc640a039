/**
 * Recovery area contract: while a document has unsaved changes, the renderer stores a copy of it
 * here on a short timer (setting `autosaveSeconds`); a clean save or a close without saving
 * removes the copy. What is left at the next start was lost in a crash or a kill, and the start
 * page offers to restore it.
 */
import type { DocumentKind, FormatId } from '@ostal/model';

/** What the renderer says about the copy it stores. */
export interface RecoveryInput {
  /** Stable for one document of one session: letters, digits, `-` and `_` (at most 100). */
  readonly id: string;
  /** The renderer session that stores it (its copies are not offered back to itself). */
  readonly session: string;
  /** Tab title, e.g. `rapport.odt` or `Sans titre 1`. */
  readonly title: string;
  readonly kind: DocumentKind;
  /** Format of `bytes`. */
  readonly format: FormatId;
  /** The file the document came from or was last saved to; null when never saved. */
  readonly originalPath: string | null;
  /** Format of that file (what Save writes); null when never saved. */
  readonly originalFormat: FormatId | null;
  /** Modification time of that file when it was read or saved (the external-change check). */
  readonly originalModifiedMs: number | null;
}

/** One stored copy, as listed. */
export interface RecoveryEntry extends RecoveryInput {
  /** When the copy was stored (ms since epoch). */
  readonly savedMs: number;
  /** Size of the copy in bytes. */
  readonly size: number;
}

export interface RecoveryService {
  /** Stores (or replaces) the copy of one document. */
  store(input: RecoveryInput, bytes: Uint8Array): Promise<RecoveryEntry>;
  /** Copies left by other sessions (crashed or killed), newest first. */
  list(currentSession: string): Promise<readonly RecoveryEntry[]>;
  /** The bytes of one copy. */
  read(id: string): Promise<Uint8Array>;
  /** Removes one copy; removing a missing one is not an error. */
  remove(id: string): Promise<void>;
}
