/**
 * What the {@link SyncEngine} shares with the parts that work on its state (remote-changes.ts,
 * conflict-resolution.ts): the engine owns the state, its writes and its listeners.
 */
import type { SyncLanguage } from './conflict-name.js';
import type { SyncClock } from './sync-clock.js';
import type { CachedDocument, QueueItem, SyncState } from './sync-state.js';
import type { SyncStorage } from './sync-storage.js';
import type { WebDavClient } from './webdav-client.js';

export interface EngineParts {
  readonly state: SyncState;
  readonly client: WebDavClient;
  readonly storage: SyncStorage;
  readonly clock: SyncClock;
  /** Language of conflict copy names. */
  readonly language: SyncLanguage;
  /** Documents open in a window. */
  readonly openUrls: Set<string>;
  /** Documents the server no longer has (not persisted). */
  readonly goneUrls: Set<string>;
  /** Documents found renamed or moved on the server: URL now → the URL they were opened or known at (not persisted). */
  readonly renames: Map<string, string>;
  /** The cached document at `url`. */
  doc(url: string): CachedDocument | undefined;
  /** The queue item of the document at `url`. */
  itemFor(url: string): QueueItem | undefined;
  /** A fresh blob name (`theirs-7`). */
  newBlob(prefix: string): string;
  /** A new pending queue item. */
  newItem(url: string, documentUrl: string | undefined, blob: string | undefined, createOnly: boolean): QueueItem;
  /** Writes the state (serialised with the engine's other writes). */
  persist(): Promise<void>;
  /** Tells listeners that a document's status changed. */
  emit(url: string | undefined): void;
  /** Records whether the server answered (`online`). */
  noteAnswer(error?: unknown): void;
  /** True once the engine is disposed. */
  isClosed(): boolean;
  /** Plans a queue run now (when the engine drains by itself). */
  scheduleUploads(): void;
  /** The document at `from` was renamed `to` on the server: the cache, queue and lock follow it (follow-rename.ts). */
  followRename(from: string, to: string): Promise<void>;
  /** Stops refreshing the lock held on `url` (the timer only). */
  dropLockTimer(url: string): void;
  /** Takes (or refreshes) our WebDAV lock on `url`. */
  takeLock(url: string): Promise<unknown>;
}
