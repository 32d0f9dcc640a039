/**
 * The offline-first sync engine for one account. Every opened remote document is cached (bytes +
 * ETag + content hash); saves land in the cache at once and in a persistent upload queue; the
 * queue drains when the server answers, with exponential backoff; uploads are conditional
 * (`If-Match` / `If-None-Match: *`) so that a colleague's version is never overwritten unseen.
 * On 412 the server's version is downloaded and kept beside the local one until the user decides
 * (keep mine / keep theirs / keep both). Conflicts are decided by ETag and content hash, never by
 * modification time. See CONTEXT.md for the queue states and rules.
 */
import type { BackoffOptions } from './backoff.js';
import { DEFAULT_BACKOFF } from './backoff.js';
import type { SyncLanguage } from './conflict-name.js';
import { fileNameOf } from './conflict-name.js';
import type { RemoteObservation } from './change-poller.js';
import type { ConflictChoice } from './conflict-resolution.js';
import { adoptTheirs, resolveConflict } from './conflict-resolution.js';
import { DavError } from './dav-error.js';
import { followRename, resolveMoved } from './follow-rename.js';
import type { DavLock } from './dav-resource.js';
import type { EngineParts } from './engine-parts.js';
import { sha256Hex } from './hash.js';
import { applyRemoteState } from './remote-changes.js';
import type { SyncClock } from './sync-clock.js';
import { SYSTEM_CLOCK } from './sync-clock.js';
import type { SyncStorage } from './sync-storage.js';
import type { CachedDocument, DocumentSyncStatus, QueueItem, SyncState } from './sync-state.js';
import { emptyState, readState, SYNC_STATE_NAME, writeState } from './sync-state.js';
import type { ChunkingOptions } from './upload-queue.js';
import { UploadQueue } from './upload-queue.js';
import type { WebDavClient } from './webdav-client.js';

export type { SyncClock } from './sync-clock.js';
export type { ConflictChoice } from './conflict-resolution.js';

export interface SyncEngineOptions {
  readonly client: WebDavClient;
  readonly storage: SyncStorage;
  /** Language of conflict copy names. Default French. */
  readonly language?: SyncLanguage;
  /** Shown to others as "locked by"; default "Ostal". */
  readonly lockOwner?: string;
  /** Lock duration asked for, in seconds. Default 30 min; refreshed at half-time. */
  readonly lockTimeoutSeconds?: number;
  readonly clock?: SyncClock;
  readonly backoff?: BackoffOptions;
  /** Drain the queue by itself after each save and when retries fall due. Default true. */
  readonly autoDrain?: boolean;
  /**
   * Large files go in resumable chunks where the server takes them (Nextcloud's chunked upload,
   * found in its capabilities); `false`: always one PUT. Default: 10 MiB chunks above 10 MiB.
   */
  readonly chunking?: ChunkingOptions | false;
}

/** What {@link SyncEngine.open} hands back. */
export interface OpenedDocument {
  readonly url: string;
  readonly name: string;
  readonly bytes: Uint8Array;
  /** True when the server could not be reached and the cached copy was used. */
  readonly fromCache: boolean;
  /** True when someone else holds a lock, or the user may not write it: open read-only. */
  readonly readOnly: boolean;
  /** Why it is read-only: someone else's lock, or no write permission (Nextcloud `oc:permissions`). */
  readonly readOnlyReason: 'locked' | 'no-permission' | undefined;
  /** Who holds the lock, when someone else does. */
  readonly lockedBy: string | undefined;
  readonly status: DocumentSyncStatus;
}

/** A document's sync state for the window. */
export interface DocumentSyncInfo {
  readonly url: string;
  readonly name: string;
  readonly status: DocumentSyncStatus;
  readonly etag: string | undefined;
  /** Set when status is `conflict`. */
  readonly conflictName: string | undefined;
  /** The URL it had before it was found renamed on the server (while open here). */
  readonly renamedFrom?: string | undefined;
  /** Last error, for `error` (and retries). */
  readonly error: { readonly reason: string; readonly message: string } | undefined;
  readonly locked: boolean;
}

export type SyncListener = (info: DocumentSyncInfo) => void;

/** The sync engine for one account. Create with {@link SyncEngine.create}. */
export class SyncEngine {
  private readonly client: WebDavClient;
  private readonly storage: SyncStorage;
  private readonly clock: SyncClock;
  private readonly backoff: BackoffOptions;
  private readonly language: SyncLanguage;
  private readonly lockOwner: string;
  private readonly lockTimeoutSeconds: number;
  private readonly autoDrain: boolean;
  private readonly listeners = new Set<SyncListener>();
  private readonly lockTimers = new Map<string, unknown>();
  /** Documents open in a window (between {@link open} and {@link close}). */
  private readonly openUrls = new Set<string>();
  /** Documents the server no longer has (the poller's last word; not persisted). */
  private readonly goneUrls = new Set<string>();
  /** Documents found renamed or moved on the server: new URL → the URL they were opened at (not persisted). */
  private readonly renames = new Map<string, string>();
  private writing: Promise<void> = Promise.resolve();
  /** Drains the queue (upload-queue.ts). */
  private readonly uploads: UploadQueue;
  /** What remote-changes.ts and conflict-resolution.ts work on. */
  private readonly parts: EngineParts;
  private closed = false;
  /** False after a network failure, true after any answer from the server. */
  online = true;

  private constructor(
    options: SyncEngineOptions,
    private readonly state: SyncState,
  ) {
    this.client = options.client;
    this.storage = options.storage;
    this.clock = options.clock ?? SYSTEM_CLOCK;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.language = options.language ?? 'fr';
    this.lockOwner = options.lockOwner ?? 'Ostal';
    this.lockTimeoutSeconds = options.lockTimeoutSeconds ?? 1800;
    this.autoDrain = options.autoDrain ?? true;
    this.uploads = new UploadQueue({
      state,
      client: this.client,
      storage: this.storage,
      clock: this.clock,
      backoff: this.backoff,
      language: this.language,
      autoDrain: this.autoDrain,
      doc: (url) => this.doc(url),
      newBlob: (prefix) => this.newBlob(prefix),
      persist: () => this.persist(),
      emit: (url) => this.emit(url),
      noteAnswer: (error) => this.noteAnswer(error),
      chunking: options.chunking ?? {},
    });
    this.parts = {
      state,
      client: this.client,
      storage: this.storage,
      clock: this.clock,
      language: this.language,
      openUrls: this.openUrls,
      goneUrls: this.goneUrls,
      renames: this.renames,
      doc: (url) => this.doc(url),
      itemFor: (url) => this.itemFor(url),
      newBlob: (prefix) => this.newBlob(prefix),
      newItem: (url, documentUrl, blob, createOnly) => this.newItem(url, documentUrl, blob, createOnly),
      persist: () => this.persist(),
      emit: (url) => this.emit(url),
      noteAnswer: (error) => this.noteAnswer(error),
      isClosed: () => this.closed,
      scheduleUploads: () => {
        if (this.autoDrain) this.uploads.schedule(0);
      },
      followRename: (from, to) => followRename(this.parts, from, to),
      dropLockTimer: (url) => {
        const timer = this.lockTimers.get(url);
        if (timer !== undefined) this.clock.clearTimeout(timer);
        this.lockTimers.delete(url);
      },
      takeLock: (url) => this.takeLock(url),
    };
  }

  /** Loads the persisted state (documents + queue) and, with autoDrain, starts draining. */
  static async create(options: SyncEngineOptions): Promise<SyncEngine> {
    let saved: unknown;
    try {
      saved = await options.storage.readJson(SYNC_STATE_NAME);
    } catch {
      saved = undefined;
    }
    const engine = new SyncEngine(options, saved === undefined ? emptyState() : readState(saved));
    if (engine.autoDrain && engine.state.queue.some((q) => q.state === 'pending')) engine.uploads.schedule(0);
    return engine;
  }

  /** Calls `listener` whenever a document's status changes; returns the unsubscribe function. */
  onChange(listener: SyncListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private doc(url: string): CachedDocument | undefined {
    return this.state.documents.find((d) => d.url === url);
  }

  private itemFor(url: string): QueueItem | undefined {
    return this.state.queue.find((q) => q.documentUrl === url);
  }

  /** The sync state of a cached document; undefined when it is not in the cache. */
  info(target: string): DocumentSyncInfo | undefined {
    const url = this.client.resolve(target);
    const doc = this.doc(url);
    if (!doc) return undefined;
    const item = this.itemFor(url);
    let status: DocumentSyncStatus = 'up-to-date';
    if (doc.conflict) status = doc.conflict.origin === 'remote' && !item ? 'changed-remotely' : 'conflict';
    else if (item?.state === 'conflict') status = 'conflict';
    else if (item?.state === 'failed') status = 'error';
    else if (item?.state === 'uploading') status = 'uploading';
    else if (item) status = this.online ? 'saved-locally' : 'offline';
    else if (this.goneUrls.has(url)) status = 'deleted-remotely';
    return {
      url,
      name: fileNameOf(url),
      status,
      etag: doc.etag,
      conflictName: doc.conflict?.conflictName,
      error: item?.lastError,
      locked: doc.lock !== undefined,
      ...(this.renames.has(url) ? { renamedFrom: this.renames.get(url) } : {}),
    };
  }

  /** Every cached document's state. */
  documents(): DocumentSyncInfo[] {
    return this.state.documents.map((d) => this.info(d.url)).filter((i): i is DocumentSyncInfo => i !== undefined);
  }

  /** The upload queue, for display and tests (copies). */
  queue(): QueueItem[] {
    return this.state.queue.map((q) => ({ ...q }));
  }

  private emit(url: string | undefined): void {
    if (!url) return;
    const info = this.info(url);
    if (!info) return;
    for (const listener of this.listeners) {
      try {
        listener(info);
      } catch {
        // A broken listener must not stop the sync.
      }
    }
  }

  /** Writes the state; writes run one after the other, each with the state as it is then. */
  private persist(): Promise<void> {
    const next = this.writing.then(() => this.storage.writeJson(SYNC_STATE_NAME, writeState(this.state)));
    this.writing = next.catch(() => undefined);
    return next;
  }

  private newBlob(prefix: string): string {
    const id = this.state.nextId++;
    return `${prefix}-${String(id)}`;
  }

  private noteAnswer(error?: unknown): void {
    this.online = !(error instanceof DavError && error.offline);
  }

  /**
   * Opens a remote document: downloads it (and caches it), or uses the cache when the server
   * cannot be reached. Local changes not yet uploaded are never replaced by the download. With
   * `lock`, takes a WebDAV lock (kept fresh until {@link close}); when someone else holds one,
   * the result is read-only and says who.
   * @throws DavError when the server cannot be reached and nothing is cached, or refuses the GET.
   */
  async open(target: string, options: { lock?: boolean } = {}): Promise<OpenedDocument> {
    // A document found moved since: the old URL opens it where it is now (`renamedFrom` says so).
    const url = await resolveMoved(this.parts, this.client.resolve(target));
    let doc = this.doc(url);
    let fromCache = false;
    try {
      const download = await this.client.get(url);
      this.noteAnswer();
      const hash = await sha256Hex(download.bytes);
      const pending = doc !== undefined && (doc.localHash !== doc.remoteHash || doc.conflict !== undefined || this.itemFor(url) !== undefined);
      if (!doc) {
        doc = {
          url,
          blob: this.newBlob('doc'),
          etag: download.etag,
          lastModifiedMs: download.lastModifiedMs,
          remoteHash: hash,
          localHash: hash,
          contentType: download.contentType,
          conflict: undefined,
          lock: undefined,
          discardedBlob: undefined,
        };
        await this.storage.writeBlob(doc.blob, download.bytes);
        this.state.documents.push(doc);
      } else if (!pending) {
        await this.storage.writeBlob(doc.blob, download.bytes);
        Object.assign(doc, { etag: download.etag, lastModifiedMs: download.lastModifiedMs, remoteHash: hash, localHash: hash });
      }
      // With pending local work, the cache keeps it; the upload's If-Match finds any remote change.
      await this.persist();
    } catch (error) {
      if (!(error instanceof DavError && error.offline) || !doc) throw error;
      this.noteAnswer(error);
      fromCache = true;
    }
    const bytes = await this.storage.readBlob(doc.blob);
    if (!bytes) throw new DavError('not-found', `The cached copy of ${url} is missing.`);
    let readOnly = false;
    let lockedBy: string | undefined;
    let readOnlyReason: OpenedDocument['readOnlyReason'];
    if (options.lock && !fromCache) {
      // A server that says the user may not write it (Nextcloud's oc:permissions): no lock, read-only.
      const stat = await this.client.stat(url).catch(() => undefined);
      if (stat?.readOnly) {
        readOnly = true;
        readOnlyReason = 'no-permission';
      } else {
        const lockResult = await this.takeLock(url);
        readOnly = lockResult.readOnly;
        lockedBy = lockResult.lockedBy;
        if (readOnly) readOnlyReason = 'locked';
      }
    }
    this.openUrls.add(url);
    this.emit(url);
    return { url, name: fileNameOf(url), bytes, fromCache, readOnly, readOnlyReason, lockedBy, status: this.info(url)?.status ?? 'up-to-date' };
  }

  private async takeLock(url: string): Promise<{ readOnly: boolean; lockedBy: string | undefined }> {
    const doc = this.doc(url);
    if (!doc) return { readOnly: false, lockedBy: undefined };
    try {
      let lock: DavLock;
      if (doc.lock) {
        try {
          lock = await this.client.refreshLock(url, doc.lock.token, this.lockTimeoutSeconds);
        } catch {
          doc.lock = undefined;
          lock = await this.client.lock(url, { owner: this.lockOwner, timeoutSeconds: this.lockTimeoutSeconds });
        }
      } else {
        lock = await this.client.lock(url, { owner: this.lockOwner, timeoutSeconds: this.lockTimeoutSeconds });
      }
      this.holdLock(doc, lock);
      await this.persist();
      return { readOnly: false, lockedBy: undefined };
    } catch (error) {
      if (error instanceof DavError && error.reason === 'locked') {
        return { readOnly: true, lockedBy: await this.lockOwnerOf(url) };
      }
      // No lock (offline, or a server without locking): edit anyway; If-Match still protects.
      this.noteAnswer(error);
      return { readOnly: false, lockedBy: undefined };
    }
  }

  private holdLock(doc: CachedDocument, lock: DavLock): void {
    const seconds = lock.timeoutSeconds ?? this.lockTimeoutSeconds;
    doc.lock = { token: lock.token, expiresMs: this.clock.now() + seconds * 1000 };
    const previous = this.lockTimers.get(doc.url);
    if (previous !== undefined) this.clock.clearTimeout(previous);
    const refreshInMs = Math.max(5_000, (seconds * 1000) / 2);
    this.lockTimers.set(
      doc.url,
      this.clock.setTimeout(() => {
        void this.refreshLock(doc.url);
      }, refreshInMs),
    );
  }

  private async refreshLock(url: string): Promise<void> {
    const doc = this.doc(url);
    if (!doc?.lock || this.closed) return;
    try {
      this.holdLock(doc, await this.client.refreshLock(url, doc.lock.token, this.lockTimeoutSeconds));
    } catch (error) {
      this.noteAnswer(error);
      // Retry sooner while offline; the lock may expire, and If-Match still guards the upload.
      this.lockTimers.set(url, this.clock.setTimeout(() => void this.refreshLock(url), 30_000));
    }
    await this.persist().catch(() => undefined);
  }

  /** Who holds a lock on `target`, as the server reports it ("" when unknown). */
  async lockOwnerOf(target: string): Promise<string | undefined> {
    try {
      const stat = await this.client.stat(target);
      return stat.locks[0]?.owner || undefined;
    } catch {
      return undefined;
    }
  }

  /** Releases our lock on a document (the window closed it). Never throws. */
  async close(target: string): Promise<void> {
    const url = this.client.resolve(target);
    const doc = this.doc(url);
    this.openUrls.delete(url);
    this.goneUrls.delete(url);
    this.renames.delete(url);
    if (doc?.conflict?.origin === 'remote' && !this.itemFor(url) && doc.localHash === doc.remoteHash) {
      // Closed without a decision and without a change of ours: the cache follows the server
      // (the version it replaces is the server's own older one).
      await adoptTheirs(this.parts, doc).catch(() => undefined);
    }
    const timer = this.lockTimers.get(url);
    if (timer !== undefined) this.clock.clearTimeout(timer);
    this.lockTimers.delete(url);
    if (!doc?.lock) return;
    // Unsent changes still need the lock token; the upload uses If-Match alone if it is gone.
    const token = doc.lock.token;
    doc.lock = undefined;
    await this.persist().catch(() => undefined);
    await this.client.unlock(url, token).catch(() => undefined);
    this.emit(url);
  }

  /**
   * Saves `bytes` as the new content of `target`: into the cache at once, then into the upload
   * queue (which this call does not wait for). A new URL becomes a new remote file (uploaded
   * with `If-None-Match: *`, never replacing one that appeared meanwhile).
   */
  async save(target: string, bytes: Uint8Array, options: { contentType?: string } = {}): Promise<DocumentSyncInfo> {
    const url = this.client.resolve(target);
    if (url.endsWith('/')) throw new DavError('bad-url', `${url} is a folder.`);
    const hash = await sha256Hex(bytes);
    let doc = this.doc(url);
    if (!doc) {
      doc = {
        url,
        blob: this.newBlob('doc'),
        etag: undefined,
        lastModifiedMs: undefined,
        remoteHash: undefined,
        localHash: hash,
        contentType: options.contentType,
        conflict: undefined,
        lock: undefined,
        discardedBlob: undefined,
      };
      this.state.documents.push(doc);
    }
    await this.storage.writeBlob(doc.blob, bytes);
    doc.localHash = hash;
    this.goneUrls.delete(url);
    const item = this.itemFor(url);
    if (hash === doc.remoteHash && !doc.conflict) {
      if (item && item.state !== 'uploading') this.state.queue.splice(this.state.queue.indexOf(item), 1);
    } else if (!item) {
      this.state.queue.push(this.newItem(url, url, undefined, false));
    } else if (item.state === 'failed') {
      Object.assign(item, { state: 'pending', attempts: 0, nextAttemptMs: 0, lastError: undefined });
    } else if (item.state === 'pending') {
      item.nextAttemptMs = 0;
    }
    await this.persist();
    this.emit(url);
    if (this.autoDrain) this.uploads.schedule(0);
    const info = this.info(url);
    if (!info) throw new Error('unreachable: saved document not in cache');
    return info;
  }

  private newItem(url: string, documentUrl: string | undefined, blob: string | undefined, createOnly: boolean): QueueItem {
    return { id: this.state.nextId++, url, documentUrl, blob, createOnly, state: 'pending', attempts: 0, nextAttemptMs: 0, lastError: undefined };
  }

  /**
   * Uploads every queued item that is due, one at a time. Retryable failures (network, 423, 429,
   * 5xx) are rescheduled with backoff; other 4xx mark the item `failed` (status `error`); a 412
   * makes a conflict. Concurrent calls share one run. Resolves when the run ends.
   * @param force also try items whose retry time has not come (the user pressed "retry now").
   */
  drain(force = false): Promise<void> {
    return this.uploads.drain(force);
  }

  /** The server's version kept by a conflict (to show it, or open it beside the local one). */
  async theirVersion(target: string): Promise<Uint8Array | undefined> {
    const doc = this.doc(this.client.resolve(target));
    return doc?.conflict ? this.storage.readBlob(doc.conflict.theirBlob) : undefined;
  }

  /** The version dropped by the last "keep theirs" / "keep mine", kept so that no byte is lost. */
  async discardedVersion(target: string): Promise<Uint8Array | undefined> {
    const doc = this.doc(this.client.resolve(target));
    return doc?.discardedBlob ? this.storage.readBlob(doc.discardedBlob) : undefined;
  }

  /**
   * Settles a conflict:
   * - `keep-mine`: upload the local version over the server's (If-Match its ETag); theirs is kept
   *   locally ({@link discardedVersion}).
   * - `keep-theirs`: the server's version becomes the local one; ours is kept locally.
   * - `keep-both`: upload ours at the document's URL and the server's version beside it under the
   *   conflict name (`If-None-Match: *`). Both end on the server.
   * Returns the local bytes after the decision (the caller reloads the window with them).
   * @throws RangeError when the document has no conflict.
   */
  resolveConflict(target: string, choice: ConflictChoice): Promise<Uint8Array> {
    return resolveConflict(this.parts, this.client.resolve(target), choice);
  }

  /**
   * The documents the change poller should watch: every cached one (open ones get a
   * `changed-remotely` status, the others a fresh cache).
   */
  watchedUrls(): string[] {
    return this.state.documents.map((d) => d.url);
  }

  /** True while a window has the document open (between {@link open} and {@link close}). */
  isOpen(target: string): boolean {
    return this.openUrls.has(this.client.resolve(target));
  }

  /**
   * Takes what the change poller saw on the server ({@link ChangePoller}) and returns the URLs of
   * the documents it found changed by someone else. An ETag that differs from the one the cache
   * knows is checked by downloading the file and comparing SHA-256, never by date:
   * - same bytes as ours: only the ETag changed form (nothing to tell);
   * - a document with local changes waiting: the upload runs now, and its `If-Match` finds the
   *   conflict by the usual rules;
   * - a document open here without local changes: the server's version is kept beside it and the
   *   status becomes `changed-remotely` (reload = `resolveConflict('keep-theirs')`, keep mine =
   *   `resolveConflict('keep-both')`, which uploads theirs as a conflict copy);
   * - a cached document not open: the cache takes the new version.
   * - `missing` (the poller listed its folder without it): a document the server confirms is gone
   *   is looked for renamed or moved (follow-rename.ts), else gets `deleted-remotely` until it
   *   reappears or is saved (a save recreates it).
   * Download failures leave the document as it was (the next poll tries again).
   */
  applyRemoteState(observed: readonly RemoteObservation[], missing: readonly string[] = []): Promise<string[]> {
    return applyRemoteState(this.parts, observed, missing);
  }

  /** Puts a failed upload back in the queue (the user fixed the cause) and drains now. */
  async retry(target: string): Promise<void> {
    const url = this.client.resolve(target);
    for (const item of this.state.queue) {
      if ((item.documentUrl === url || item.url === url) && item.state === 'failed') {
        Object.assign(item, { state: 'pending', attempts: 0, nextAttemptMs: 0, lastError: undefined });
      }
    }
    await this.persist();
    await this.drain(true);
  }

  /** Stops timers and waits for the last state write (keeps locks: call {@link close} first). */
  async dispose(): Promise<void> {
    this.closed = true;
    for (const timer of this.lockTimers.values()) this.clock.clearTimeout(timer);
    this.lockTimers.clear();
    await this.uploads.dispose();
    await this.writing;
  }
}
