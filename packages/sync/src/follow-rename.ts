/**
 * A cached document found under another URL on the server (renamed in its folder, or moved to
 * another folder): its cache entry, queue item, open state, conflict copy name and lock follow it,
 * and the URLs it had are remembered so that an old link (an `ostal:` link in an e-mail, a
 * document opened before the move) still finds it.
 */
import { canonicalUrl } from './change-poller.js';
import { conflictName, fileNameOf } from './conflict-name.js';
import type { EngineParts } from './engine-parts.js';

/** How many earlier URLs a document remembers. */
const MAX_MOVED_FROM = 5;

/**
 * The document at `from` is at `to` on the server now: its cache entry, queue item, open state
 * and conflict copy name follow, and `from` is remembered in `movedFrom` (persisted). A WebDAV
 * lock does not move with the file (RFC 4918 §9.9.4): ours is dropped, and taken again at the
 * new URL when the document is open here.
 */
export async function followRename(parts: EngineParts, from: string, to: string): Promise<void> {
  const doc = parts.doc(from);
  if (!doc || parts.doc(to)) return;
  doc.url = to;
  doc.movedFrom = [from, ...(doc.movedFrom ?? []).filter((u) => u !== to && u !== from)].slice(0, MAX_MOVED_FROM);
  for (const item of parts.state.queue) {
    if (item.documentUrl !== from) continue;
    item.documentUrl = to;
    if (item.url === from) item.url = to;
  }
  if (doc.conflict) {
    doc.conflict = { ...doc.conflict, conflictName: conflictName(fileNameOf(to), new Date(doc.conflict.detectedMs), parts.language) };
  }
  const wasOpen = parts.openUrls.delete(from);
  if (wasOpen) parts.openUrls.add(to);
  parts.goneUrls.delete(from);
  const openedAt = parts.renames.get(from) ?? from;
  parts.renames.delete(from);
  if (openedAt !== to) parts.renames.set(to, openedAt);
  parts.dropLockTimer(from);
  const oldToken = doc.lock?.token;
  doc.lock = undefined;
  await parts.persist();
  if (oldToken !== undefined) {
    // The old name may keep our lock with no file under it (lock-null): released.
    await parts.client.unlock(from, oldToken).catch(() => undefined);
    if (wasOpen && !parts.isClosed()) await parts.takeLock(to);
  }
  parts.emit(to);
}

/**
 * The URL to open for `url`: itself, unless no cached document has it and one was found moved
 * away from it (`movedFrom`) — then that document's URL now, when the server has no file under
 * the old name (or cannot be asked: the cache is opened). The window is told through
 * `renamedFrom`.
 */
export async function resolveMoved(parts: EngineParts, url: string): Promise<string> {
  if (parts.doc(url)) return url;
  const wanted = canonicalUrl(url);
  const moved = parts.state.documents.find((d) => d.movedFrom?.some((u) => canonicalUrl(u) === wanted));
  if (!moved) return url;
  // A new file may have taken the old name since: then that file is what the link names.
  const fileThere = await parts.client.stat(url).then(
    (entry) => !entry.isCollection && (entry.etag !== undefined || entry.size !== undefined),
    () => false,
  );
  if (fileThere) return url;
  if (!parts.renames.has(moved.url)) parts.renames.set(moved.url, url);
  return moved.url;
}
