/**
 * Lock files contract, interoperable with LibreOffice (`.~lock.<name>#` beside the document) and
 * Microsoft Office (`~$name`): who has a document open, and Ostal's own lock while it has it open.
 */

/** Who holds a document open, as the lock file says. */
export interface LockOwner {
  /** Which office suite's lock file it is. */
  readonly app: 'libreoffice' | 'msoffice';
  /** Display name (LibreOffice's user name, else the system user name; Office's owner name). */
  readonly user: string;
  /** Computer name; empty when the lock file does not say (Office owner files). */
  readonly host: string;
  /** Since when (ms since epoch): the lock's time, or the lock file's modification time. */
  readonly sinceMs: number;
}

export type LockResult =
  /** The lock is Ostal's now (there was none, it was ours, or it was stale and taken over). */
  | { readonly status: 'acquired'; readonly takenOver: boolean }
  /** Someone else holds the document: open it read-only. */
  | { readonly status: 'held'; readonly owner: LockOwner }
  /** No lock could be written (read-only folder...): the document opens, unlocked. */
  | { readonly status: 'unlocked' };

export interface LockService {
  /** Takes the lock of `path` unless someone else holds it. */
  acquire(path: string): Promise<LockResult>;
  /** Removes Ostal's lock of `path`, if it is still ours. */
  release(path: string): Promise<void>;
}
