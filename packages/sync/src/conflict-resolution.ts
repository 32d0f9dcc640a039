/**
 * Settling a conflict (an upload refused with 412, or a colleague's version found by the poller
 * while the document is open): keep mine, keep theirs or keep both. No byte is lost: the version
 * dropped is kept locally, or uploaded beside the document under the conflict name. See
 * CONTEXT.md "Conflict rules".
 */
import { siblingUrl } from './conflict-name.js';
import { DavError } from './dav-error.js';
import type { EngineParts } from './engine-parts.js';
import type { CachedDocument } from './sync-state.js';

/** The user's answer to a conflict. */
export type ConflictChoice = 'keep-mine' | 'keep-theirs' | 'keep-both';

/**
 * Settles the conflict of the document at `url` (see {@link SyncEngine.resolveConflict}) and
 * returns the local bytes after the decision.
 * @throws RangeError when the document has no conflict.
 */
export async function resolveConflict(parts: EngineParts, url: string, choice: ConflictChoice): Promise<Uint8Array> {
  const doc = parts.doc(url);
  const conflict = doc?.conflict;
  const item = parts.itemFor(url);
  if (!doc || !conflict) throw new RangeError(`${url} has no conflict to resolve.`);
  const mine = await parts.storage.readBlob(doc.blob);
  const theirs = await parts.storage.readBlob(conflict.theirBlob);
  if (!mine || !theirs) throw new DavError('not-found', `A cached version of ${url} is missing.`);
  let result = mine;
  const keepAside = async (bytes: Uint8Array): Promise<void> => {
    doc.discardedBlob ??= parts.newBlob('discarded');
    await parts.storage.writeBlob(doc.discardedBlob, bytes);
  };
  if (choice === 'keep-theirs') {
    await keepAside(mine);
    await parts.storage.writeBlob(doc.blob, theirs);
    Object.assign(doc, { etag: conflict.theirEtag, remoteHash: conflict.theirHash, localHash: conflict.theirHash, conflict: undefined });
    if (item) parts.state.queue.splice(parts.state.queue.indexOf(item), 1);
    result = theirs;
  } else {
    if (choice === 'keep-mine') await keepAside(theirs);
    if (choice === 'keep-both') {
      const copyBlob = parts.newBlob('copy');
      await parts.storage.writeBlob(copyBlob, theirs);
      parts.state.queue.push(parts.newItem(siblingUrl(url, conflict.conflictName), undefined, copyBlob, true));
    }
    Object.assign(doc, { etag: conflict.theirEtag, remoteHash: conflict.theirHash, conflict: undefined });
    if (item) Object.assign(item, { state: 'pending', attempts: 0, nextAttemptMs: 0, lastError: undefined });
    else parts.state.queue.push(parts.newItem(url, url, undefined, false));
  }
  await parts.persist();
  // Their bytes now live in the local blob, the discarded blob or a copy waiting to upload.
  await parts.storage.deleteBlob(conflict.theirBlob).catch(() => undefined);
  parts.emit(url);
  parts.scheduleUploads();
  return result;
}

/**
 * The server's version found by the poller becomes the cached one (nothing of ours is lost: ours
 * was the server's older one). Used when a document is closed without a decision.
 */
export async function adoptTheirs(parts: EngineParts, doc: CachedDocument): Promise<void> {
  const record = doc.conflict;
  if (record?.origin !== 'remote') return;
  const theirs = await parts.storage.readBlob(record.theirBlob);
  if (!theirs) return;
  await parts.storage.writeBlob(doc.blob, theirs);
  Object.assign(doc, { etag: record.theirEtag, remoteHash: record.theirHash, localHash: record.theirHash, conflict: undefined });
  await parts.persist();
  await parts.storage.deleteBlob(record.theirBlob).catch(() => undefined);
  parts.emit(doc.url);
}
