/**
 * Draining the upload queue of one account: one item at a time, conditional PUTs (`If-Match` /
 * `If-None-Match: *`), retries with backoff for what the server may accept later (network, 423,
 * 429, 5xx), `failed` for other 4xx, and the 412 rules (an upload that had landed, an ETag that
 * only changed form, a real conflict kept beside ours). The {@link SyncEngine} owns the state and
 * hands this its parts; see CONTEXT.md for the queue states.
 */
import type { BackoffOptions } from './backoff.js';
import { backoffDelay } from './backoff.js';
import type { SyncLanguage } from './conflict-name.js';
import { conflictName, fileNameOf } from './conflict-name.js';
import { chunkedUpload, DEFAULT_CHUNK_BYTES, detectChunkedUploads } from './chunked-upload.js';
import { DavError } from './dav-error.js';
import { sha256Hex } from './hash.js';
import type { SyncClock } from './sync-clock.js';
import type { SyncStorage } from './sync-storage.js';
import type { CachedDocument, QueueItem, SyncState } from './sync-state.js';
import type { WebDavClient } from './webdav-client.js';

/** What the queue shares with the engine that owns it. */
export interface UploadQueueContext {
  readonly state: SyncState;
  readonly client: WebDavClient;
  readonly storage: SyncStorage;
  readonly clock: SyncClock;
  readonly backoff: BackoffOptions;
  readonly language: SyncLanguage;
  /** Reschedule by itself when retries fall due. */
  readonly autoDrain: boolean;
  /** The cached document at `url`. */
  doc(url: string): CachedDocument | undefined;
  /** A fresh blob name (`theirs-7`). */
  newBlob(prefix: string): string;
  /** Writes the state (serialised with the engine's other writes). */
  persist(): Promise<void>;
  /** Tells listeners that a document's status changed. */
  emit(url: string | undefined): void;
  /** Records whether the server answered (`online`). */
  noteAnswer(error?: unknown): void;
  /** Chunked uploads for large files where the server takes them (Nextcloud); false: always one PUT. */
  readonly chunking: ChunkingOptions | false;
}

/** When a file goes in chunks (see chunked-upload.ts). */
export interface ChunkingOptions {
  /** Chunk size; default 10 MiB (Nextcloud wants at least 5 MiB but for the last). */
  readonly chunkBytes?: number;
  /** Files larger than this go in chunks; default the chunk size. */
  readonly thresholdBytes?: number;
}

/** The upload queue's worker: {@link drain} runs, {@link schedule} plans the next run. */
export class UploadQueue {
  private draining: Promise<void> | undefined;
  private drainTimer: unknown;
  private closed = false;
  /** The server's chunked-upload root once asked (undefined: it has none); asked again after a network failure. */
  private uploadsRoot: Promise<string | undefined> | undefined;

  constructor(private readonly ctx: UploadQueueContext) {}

  /** Where large files go in chunks, if this server takes them. */
  private chunkedRoot(size: number): Promise<string | undefined> {
    const chunking = this.ctx.chunking;
    if (chunking === false) return Promise.resolve(undefined);
    if (size <= (chunking.thresholdBytes ?? chunking.chunkBytes ?? DEFAULT_CHUNK_BYTES)) return Promise.resolve(undefined);
    this.uploadsRoot ??= detectChunkedUploads(this.ctx.client).catch((error: unknown) => {
      this.uploadsRoot = undefined;
      throw error;
    });
    return this.uploadsRoot;
  }

  private get state(): SyncState {
    return this.ctx.state;
  }

  /** Runs {@link drain} after `delayMs` (replacing a run planned before). */
  schedule(delayMs: number): void {
    if (this.closed) return;
    if (this.drainTimer !== undefined) this.ctx.clock.clearTimeout(this.drainTimer);
    this.drainTimer = this.ctx.clock.setTimeout(() => {
      this.drainTimer = undefined;
      void this.drain().catch(() => undefined);
    }, delayMs);
  }

  /**
   * Uploads every queued item that is due, one at a time. Retryable failures (network, 423, 429,
   * 5xx) are rescheduled with backoff; other 4xx mark the item `failed` (status `error`); a 412
   * makes a conflict. Concurrent calls share one run. Resolves when the run ends.
   * @param force also try items whose retry time has not come (the user pressed "retry now").
   */
  drain(force = false): Promise<void> {
    if (this.draining) return this.draining;
    this.draining = this.runDrain(force).finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  private async runDrain(force: boolean): Promise<void> {
    const attempted = new Set<number>();
    for (;;) {
      const now = this.ctx.clock.now();
      const item = this.state.queue.find((q) => q.state === 'pending' && !attempted.has(q.id) && (force || q.nextAttemptMs <= now));
      if (!item) break;
      attempted.add(item.id);
      const stop = await this.upload(item);
      if (stop) break;
    }
    if (this.ctx.autoDrain) {
      const next = this.state.queue.filter((q) => q.state === 'pending').map((q) => q.nextAttemptMs);
      if (next.length > 0) this.schedule(Math.max(0, Math.min(...next) - this.ctx.clock.now()));
    }
  }

  /** One upload attempt; returns true when the server is unreachable (stop this run). */
  private async upload(item: QueueItem): Promise<boolean> {
    const doc = item.documentUrl ? this.ctx.doc(item.documentUrl) : undefined;
    const blob = item.blob ?? doc?.blob;
    const bytes = blob ? await this.ctx.storage.readBlob(blob) : undefined;
    if (!bytes || (item.documentUrl && !doc)) {
      this.state.queue.splice(this.state.queue.indexOf(item), 1);
      await this.ctx.persist();
      return false;
    }
    const hash = await sha256Hex(bytes);
    const createOnly = item.createOnly || doc?.etag === undefined;
    item.state = 'uploading';
    this.ctx.emit(item.documentUrl);
    try {
      const uploadsRoot = await this.chunkedRoot(bytes.length);
      const condition = createOnly ? { ifNoneMatch: true } : { ifMatch: doc?.etag ?? '' };
      const lock = doc?.lock ? { lockToken: doc.lock.token } : {};
      const { etag } = uploadsRoot
        ? // Same bytes, same item: the same upload id, so an interrupted upload resumes.
          await chunkedUpload(this.ctx.client, uploadsRoot, item.url, bytes, {
            uploadId: `ostal-${String(item.id)}-${hash.slice(0, 24)}`,
            ...(this.ctx.chunking !== false && this.ctx.chunking.chunkBytes ? { chunkBytes: this.ctx.chunking.chunkBytes } : {}),
            ...condition,
            ...lock,
          })
        : await this.ctx.client.put(item.url, bytes, { ...condition, ...lock, ...(doc?.contentType ? { contentType: doc.contentType } : {}) });
      this.ctx.noteAnswer();
      await this.uploaded(item, doc, hash, etag);
      return false;
    } catch (error) {
      this.ctx.noteAnswer(error);
      if (error instanceof DavError && error.reason === 'precondition-failed') {
        await this.preconditionFailed(item, doc, hash).catch(async (inner: unknown) => this.retryLater(item, inner));
        return false;
      }
      if (error instanceof DavError && error.reason === 'locked' && doc?.lock) {
        // Our own lock expired on the server: forget its token, try again with If-Match alone.
        doc.lock = undefined;
      }
      return this.retryLater(item, error);
    }
  }

  private async retryLater(item: QueueItem, error: unknown): Promise<boolean> {
    const dav = error instanceof DavError ? error : new DavError('unreachable', String(error));
    item.attempts += 1;
    item.lastError = { reason: dav.reason, message: dav.message };
    if (dav.retryable) {
      item.state = 'pending';
      item.nextAttemptMs = this.ctx.clock.now() + backoffDelay(item.attempts, dav.retryAfterMs, this.ctx.backoff);
    } else {
      item.state = 'failed';
    }
    await this.ctx.persist();
    this.ctx.emit(item.documentUrl);
    return dav.offline;
  }

  private async uploaded(item: QueueItem, doc: CachedDocument | undefined, hash: string, etag: string | undefined): Promise<void> {
    if (doc) {
      doc.etag = etag;
      doc.remoteHash = hash;
      doc.lastModifiedMs = this.ctx.clock.now();
    }
    if (doc && doc.localHash !== hash) {
      // Saved again during the upload: send the newer bytes too.
      Object.assign(item, { state: 'pending', attempts: 0, nextAttemptMs: 0, lastError: undefined });
    } else {
      this.state.queue.splice(this.state.queue.indexOf(item), 1);
    }
    await this.ctx.persist();
    // A conflict copy's own blob is on the server now; the state no longer names it.
    if (item.blob && !this.state.queue.includes(item)) await this.ctx.storage.deleteBlob(item.blob).catch(() => undefined);
    this.ctx.emit(item.documentUrl);
  }

  /**
   * 412: someone changed (or created) the file. Same content as ours (our earlier upload landed
   * before a crash) → done, exactly once. Otherwise keep the server's version beside ours.
   */
  private async preconditionFailed(item: QueueItem, doc: CachedDocument | undefined, hash: string): Promise<void> {
    let theirs: Awaited<ReturnType<WebDavClient['get']>>;
    try {
      theirs = await this.ctx.client.get(item.url);
    } catch (error) {
      if (!(doc && !item.createOnly && error instanceof DavError && error.reason === 'not-found')) throw error;
      // Deleted (or moved) on the server since ours was downloaded: nothing there to overwrite,
      // so ours goes back as a new file (If-None-Match: *), never replacing one that appears.
      doc.etag = undefined;
      doc.remoteHash = undefined;
      item.state = 'pending';
      item.nextAttemptMs = 0;
      await this.ctx.persist();
      this.ctx.emit(doc.url);
      return;
    }
    const theirHash = await sha256Hex(theirs.bytes);
    if (theirHash === hash) {
      await this.uploaded(item, doc, hash, theirs.etag);
      return;
    }
    if (doc && !item.createOnly && doc.remoteHash !== undefined && theirHash === doc.remoteHash) {
      // The server still holds the version ours is based on: only its ETag changed form (a weak
      // ETag turned strong, or ours was unknown). Not a conflict: retry with the ETag it has now.
      doc.etag = theirs.etag;
      item.attempts += 1;
      item.state = 'pending';
      item.nextAttemptMs = this.ctx.clock.now() + 1_000;
      await this.ctx.persist();
      this.ctx.emit(doc.url);
      return;
    }
    if (!doc) {
      // A conflict copy's name was taken meanwhile: pick a new name on the next attempt.
      item.state = 'failed';
      item.lastError = { reason: 'precondition-failed', message: `${item.url} already exists.` };
      await this.ctx.persist();
      return;
    }
    const theirBlob = doc.conflict?.theirBlob ?? this.ctx.newBlob('theirs');
    await this.ctx.storage.writeBlob(theirBlob, theirs.bytes);
    doc.conflict = {
      origin: 'upload',
      theirBlob,
      theirEtag: theirs.etag,
      theirHash,
      conflictName: conflictName(fileNameOf(doc.url), new Date(this.ctx.clock.now()), this.ctx.language),
      detectedMs: this.ctx.clock.now(),
    };
    item.state = 'conflict';
    item.lastError = { reason: 'precondition-failed', message: `${doc.url} was changed on the server.` };
    await this.ctx.persist();
    this.ctx.emit(doc.url);
  }

  /** Stops planning runs and waits for the current one. */
  async dispose(): Promise<void> {
    this.closed = true;
    if (this.drainTimer !== undefined) this.ctx.clock.clearTimeout(this.drainTimer);
    await this.draining?.catch(() => undefined);
  }
}
