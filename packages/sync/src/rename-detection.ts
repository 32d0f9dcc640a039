/**
 * A document the server no longer has at its URL may have been renamed (in the platform's web
 * interface, or by a colleague's WebDAV client: MOVE keeps the content, and on Apache's mod_dav_fs
 * the ETag, made of size and date, too). Looked for in the folder that held it:
 * - Nextcloud / ownCloud: the entry with the same `oc:fileid` (stable across renames) is the
 *   document, whatever its content became;
 * - any other server: an entry with the same ETag (W/ aside) and size, whose bytes have the
 *   SHA-256 the cache knows for the server's version. Exactly one such entry, or none is taken.
 * Entries that already are cached documents of their own are never taken.
 */
import { canonicalUrl } from './change-poller.js';
import { DavError } from './dav-error.js';
import type { DavResource } from './dav-resource.js';
import type { EngineParts } from './engine-parts.js';
import { sha256Hex } from './hash.js';
import type { CachedDocument } from './sync-state.js';

const stripWeak = (etag: string): string => etag.replace(/^W\//, '');

/** The folder a file URL sits in (ends with `/`). */
function folderOf(url: string): string {
  return url.slice(0, url.lastIndexOf('/') + 1);
}

/**
 * The URL the document `doc` (gone from its URL) now has on the server, or undefined when it was
 * not found renamed in its folder (deleted, moved elsewhere, or its folder gone).
 * @throws DavError when the server cannot be asked (the caller tries again at the next poll).
 */
export async function findRenamed(parts: EngineParts, doc: CachedDocument): Promise<string | undefined> {
  const folder = folderOf(doc.url);
  let listing: DavResource[];
  try {
    listing = await parts.client.propfind(folder, 1, 'changes');
  } catch (error) {
    if (error instanceof DavError && error.reason === 'not-found') return undefined;
    throw error;
  }
  const self = canonicalUrl(folder);
  const known = new Set(parts.state.documents.map((d) => canonicalUrl(d.url)));
  const files = listing.filter((e) => !e.isCollection && canonicalUrl(e.url) !== self && !known.has(canonicalUrl(e.url)));
  if (doc.fileId !== undefined) {
    const same = files.find((e) => e.fileId === doc.fileId);
    if (same) return canonicalUrl(same.url);
    // A server with file ids that shows none of this one: the file is not in this folder.
    if (files.some((e) => e.fileId !== undefined)) return undefined;
  }
  if (doc.etag === undefined || doc.remoteHash === undefined) return undefined;
  const etag = stripWeak(doc.etag);
  const base = doc.localHash === doc.remoteHash ? await parts.storage.readBlob(doc.blob) : undefined;
  const candidates = files.filter((e) => e.etag !== undefined && stripWeak(e.etag) === etag && (base === undefined || e.size === undefined || e.size === base.length));
  const confirmed: string[] = [];
  for (const candidate of candidates) {
    const download = await parts.client.get(candidate.url);
    if ((await sha256Hex(download.bytes)) === doc.remoteHash) confirmed.push(canonicalUrl(candidate.url));
  }
  return confirmed.length === 1 ? confirmed[0] : undefined;
}
