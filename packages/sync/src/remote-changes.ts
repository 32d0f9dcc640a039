/**
 * What the engine makes of the change poller's observations ({@link ChangePoller}): colleagues'
 * new versions, files gone from the server. See CONTEXT.md "Colleagues' changes" and
 * {@link SyncEngine.applyRemoteState}.
 */
import type { RemoteObservation } from './change-poller.js';
import { conflictName, fileNameOf } from './conflict-name.js';
import { DavError } from './dav-error.js';
import type { EngineParts } from './engine-parts.js';
import { sha256Hex } from './hash.js';
import { MoveSearch } from './move-detection.js';
import { findRenamed } from './rename-detection.js';
import type { CachedDocument } from './sync-state.js';

const stripWeak = (etag: string): string => etag.replace(/^W\//, '');

/**
 * Applies one poll's observations; returns the URLs of the documents found changed by someone
 * else, renamed (their new URL) or gone. Download failures leave a document as it was (the next
 * poll tries again).
 */
export async function applyRemoteState(parts: EngineParts, observed: readonly RemoteObservation[], missing: readonly string[]): Promise<string[]> {
  const changed: string[] = [];
  // Every cached document is followed, open here or not (a closed one found moved keeps its
  // queued save, and its old links find it); one gone for good is looked for once per session.
  const moves = new MoveSearch(parts);
  for (const target of missing) {
    const url = parts.client.resolve(target);
    if (parts.isClosed() || parts.goneUrls.has(url) || !parts.doc(url)) continue;
    // Confirmed by asking for the file itself: a listing that spelled its name differently is not
    // a deletion. A lock left on a name that has no file any more (a "lock-null" resource: locks
    // only, no ETag, size or date) is no file either.
    const gone = await parts.client.stat(url).then(
      (entry) => !entry.isCollection && entry.etag === undefined && entry.size === undefined && entry.lastModifiedMs === undefined,
      (error: unknown) => error instanceof DavError && error.reason === 'not-found',
    );
    if (!gone) continue;
    // Renamed in its folder, or moved to another one: the document follows (an upload under way: next poll).
    const doc = parts.doc(url);
    if (doc && parts.itemFor(url)?.state !== 'uploading') {
      try {
        const renamed = (await findRenamed(parts, doc)) ?? (await moves.find(doc));
        if (renamed !== undefined && !parts.isClosed()) {
          await parts.followRename(url, renamed);
          changed.push(renamed);
          continue;
        }
      } catch (error) {
        parts.noteAnswer(error);
        continue;
      }
    }
    parts.goneUrls.add(url);
    changed.push(url);
    parts.emit(url);
  }
  for (const o of observed) {
    const back = parts.client.resolve(o.url);
    if (parts.goneUrls.delete(back)) parts.emit(back);
  }
  let newIds = false;
  for (const o of observed) {
    const doc = parts.doc(parts.client.resolve(o.url));
    if (doc && o.fileId !== undefined && doc.fileId !== o.fileId) {
      doc.fileId = o.fileId;
      newIds = true;
    }
  }
  if (newIds) await parts.persist();
  for (const o of observed) {
    if (parts.isClosed() || o.etag === undefined) continue;
    const url = parts.client.resolve(o.url);
    const doc = parts.doc(url);
    if (!doc || doc.conflict?.origin === 'upload') continue;
    const known = doc.conflict?.origin === 'remote' ? doc.conflict.theirEtag : doc.etag;
    if (known !== undefined && stripWeak(known) === stripWeak(o.etag)) continue;
    const item = parts.itemFor(url);
    if (item) {
      if (item.state === 'pending') parts.scheduleUploads();
      continue;
    }
    try {
      if (await checkRemoteVersion(parts, doc)) changed.push(url);
    } catch (error) {
      parts.noteAnswer(error);
    }
  }
  return changed;
}

/** Downloads the server's version of `doc` and records what it is (see {@link applyRemoteState}). */
async function checkRemoteVersion(parts: EngineParts, doc: CachedDocument): Promise<boolean> {
  const download = await parts.client.get(doc.url);
  parts.noteAnswer();
  const hash = await sha256Hex(download.bytes);
  // A save or an upload conflict that came during the download decides instead.
  if (parts.itemFor(doc.url) || doc.conflict?.origin === 'upload') return false;
  const previous = doc.conflict;
  if (hash === doc.remoteHash) {
    // The version ours is based on (a colleague went back to it, or only the ETag changed).
    doc.etag = download.etag;
    doc.conflict = undefined;
    await parts.persist();
    if (previous) {
      await parts.storage.deleteBlob(previous.theirBlob).catch(() => undefined);
      parts.emit(doc.url);
    }
    return previous !== undefined;
  }
  if (previous && hash === previous.theirHash) {
    doc.conflict = { ...previous, theirEtag: download.etag };
    await parts.persist();
    return false;
  }
  if (!parts.openUrls.has(doc.url) && !previous && doc.localHash === doc.remoteHash) {
    // Cached, not open, nothing of ours waiting: the cache follows the server.
    await parts.storage.writeBlob(doc.blob, download.bytes);
    Object.assign(doc, { etag: download.etag, lastModifiedMs: download.lastModifiedMs, remoteHash: hash, localHash: hash });
    await parts.persist();
    parts.emit(doc.url);
    return true;
  }
  const theirBlob = previous?.theirBlob ?? parts.newBlob('theirs');
  await parts.storage.writeBlob(theirBlob, download.bytes);
  doc.conflict = {
    origin: 'remote',
    theirBlob,
    theirEtag: download.etag,
    theirHash: hash,
    conflictName: conflictName(fileNameOf(doc.url), new Date(parts.clock.now()), parts.language),
    detectedMs: parts.clock.now(),
  };
  await parts.persist();
  parts.emit(doc.url);
  return true;
}
