/**
 * The engine's persistent state (one JSON document per account, schema version 1): the cached
 * documents and the upload queue. Read leniently: an unreadable or unknown state starts empty
 * rather than stopping the app, and entries that do not make sense are dropped one by one.
 */
import type { DavErrorReason } from './dav-error.js';

export const SYNC_STATE_VERSION = 1;
export const SYNC_STATE_NAME = 'sync-state';

/**
 * Where a document stands. `offline` is `saved-locally` while the server cannot be reached;
 * `changed-remotely`: a colleague saved a new version of a document open here, which has no
 * local change waiting (the user reloads it, or keeps theirs as a conflict copy);
 * `deleted-remotely`: a document open here is no longer on the server (deleted or moved); the
 * next save puts it back as a new file.
 */
export type DocumentSyncStatus = 'up-to-date' | 'saved-locally' | 'uploading' | 'offline' | 'conflict' | 'changed-remotely' | 'deleted-remotely' | 'error';

/**
 * A remote version kept beside the local one: after a 412 (`origin: 'upload'`), or found by the
 * change poller on a document open here (`origin: 'remote'`, status `changed-remotely`).
 */
export interface ConflictRecord {
  readonly origin: 'upload' | 'remote';
  /** Blob holding the server's version. */
  readonly theirBlob: string;
  readonly theirEtag: string | undefined;
  readonly theirHash: string;
  /** File name the server's version gets if both are kept. */
  readonly conflictName: string;
  readonly detectedMs: number;
}

/** A lock this client holds on the document. */
export interface HeldLock {
  readonly token: string;
  /** When the server will drop it unless refreshed (ms since epoch); undefined for infinite. */
  readonly expiresMs: number | undefined;
}

/** One remote document in the local cache. */
export interface CachedDocument {
  /** Changes when the file is found renamed on the server (remote-changes.ts). */
  url: string;
  /** Nextcloud / ownCloud `oc:fileid`, stable across renames (from the change poller). */
  fileId?: string | undefined;
  /** The URLs it had before it was found renamed or moved on the server, newest first (follow-rename.ts). */
  movedFrom?: string[] | undefined;
  /** Blob holding the local bytes (the user's latest save, or the download). */
  readonly blob: string;
  /** ETag of the server version the local bytes are based on; undefined for a new file. */
  etag: string | undefined;
  lastModifiedMs: number | undefined;
  /** SHA-256 (hex) of the bytes that went with `etag`; undefined for a new file. */
  remoteHash: string | undefined;
  /** SHA-256 (hex) of the local bytes. */
  localHash: string;
  contentType: string | undefined;
  conflict: ConflictRecord | undefined;
  lock: HeldLock | undefined;
  /** Blob of the last version the user chose to drop in a conflict (kept, never lost). */
  discardedBlob: string | undefined;
}

/** Upload queue states. */
export type QueueState = 'pending' | 'uploading' | 'conflict' | 'failed';

/** One upload waiting in the queue. */
export interface QueueItem {
  readonly id: number;
  /** Where to PUT (follows a rename found on the server). */
  url: string;
  /** The cached document this upload saves (its bytes, ETag and hash), when it is one. */
  documentUrl: string | undefined;
  /** For uploads that are not a document's own bytes (a conflict copy): the blob to send. */
  readonly blob: string | undefined;
  /** PUT with `If-None-Match: *` (a copy that must not overwrite anything). */
  readonly createOnly: boolean;
  state: QueueState;
  attempts: number;
  /** Not before this time (ms since epoch). */
  nextAttemptMs: number;
  lastError: { reason: DavErrorReason; message: string } | undefined;
}

export interface SyncState {
  nextId: number;
  documents: CachedDocument[];
  queue: QueueItem[];
}

export function emptyState(): SyncState {
  return { nextId: 1, documents: [], queue: [] };
}

const QUEUE_STATES: readonly QueueState[] = ['pending', 'uploading', 'conflict', 'failed'];
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const obj = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

function readDocument(value: unknown): CachedDocument | undefined {
  const d = obj(value);
  const url = str(d?.['url']);
  const blob = str(d?.['blob']);
  const localHash = str(d?.['localHash']);
  if (!d || !url || !blob || !localHash) return undefined;
  const c = obj(d['conflict']);
  const theirBlob = str(c?.['theirBlob']);
  const theirHash = str(c?.['theirHash']);
  const conflictName = str(c?.['conflictName']);
  const l = obj(d['lock']);
  const token = str(l?.['token']);
  return {
    url,
    blob,
    etag: str(d['etag']),
    lastModifiedMs: num(d['lastModifiedMs']),
    remoteHash: str(d['remoteHash']),
    localHash,
    contentType: str(d['contentType']),
    conflict:
      theirBlob && theirHash && conflictName
        ? {
            origin: c?.['origin'] === 'remote' ? 'remote' : 'upload',
            theirBlob,
            theirHash,
            conflictName,
            theirEtag: str(c?.['theirEtag']),
            detectedMs: num(c?.['detectedMs']) ?? 0,
          }
        : undefined,
    lock: token ? { token, expiresMs: num(l?.['expiresMs']) } : undefined,
    discardedBlob: str(d['discardedBlob']),
    ...(str(d['fileId']) !== undefined ? { fileId: str(d['fileId']) } : {}),
    ...(Array.isArray(d['movedFrom']) ? { movedFrom: d['movedFrom'].filter((u): u is string => typeof u === 'string').slice(0, 5) } : {}),
  };
}

function readItem(value: unknown): QueueItem | undefined {
  const q = obj(value);
  const id = num(q?.['id']);
  const url = str(q?.['url']);
  const state = str(q?.['state']) as QueueState | undefined;
  if (!q || id === undefined || !url || !state || !QUEUE_STATES.includes(state)) return undefined;
  const e = obj(q['lastError']);
  return {
    id,
    url,
    documentUrl: str(q['documentUrl']),
    blob: str(q['blob']),
    createOnly: q['createOnly'] === true,
    // An upload cut by a crash or a quit is simply tried again: the If-Match / content-hash
    // check on the next attempt makes sure it lands once.
    state: state === 'uploading' ? 'pending' : state,
    attempts: num(q['attempts']) ?? 0,
    nextAttemptMs: 0,
    lastError: e && str(e['reason']) ? { reason: str(e['reason']) as never, message: str(e['message']) ?? '' } : undefined,
  };
}

/** The state saved on disk, made safe to use. */
export function readState(value: unknown): SyncState {
  const s = obj(value);
  if (!s || s['version'] !== SYNC_STATE_VERSION) return emptyState();
  const documents = (Array.isArray(s['documents']) ? s['documents'] : []).map(readDocument).filter((d): d is CachedDocument => d !== undefined);
  const queue = (Array.isArray(s['queue']) ? s['queue'] : []).map(readItem).filter((q): q is QueueItem => q !== undefined);
  const maxId = Math.max(0, ...queue.map((q) => q.id));
  return { nextId: Math.max(num(s['nextId']) ?? 1, maxId + 1), documents, queue };
}

/** The state as saved on disk. */
export function writeState(state: SyncState): unknown {
  return { version: SYNC_STATE_VERSION, ...state };
}
