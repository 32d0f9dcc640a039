/**
 * A document gone from its URL and not found renamed in its folder (rename-detection.ts) may have
 * been moved to another folder: in the platform's web interface (a drag into "Archives"), by a
 * colleague's WebDAV MOVE, or with its whole folder. It is looked for by its stable identity:
 * - Nextcloud / ownCloud: the entry with the same `oc:fileid` (kept across moves);
 * - any other server: an entry with the same ETag (W/ aside) and size whose bytes have the
 *   SHA-256 the cache knows for the server's version; exactly one such entry, or none is taken.
 *
 * Where, in this order, by depth-1 PROPFIND walks only (never `Depth: infinity`, which servers
 * refuse or answer with the whole drive): the document's folder and its subfolders two levels
 * down, its parent folder the same way (the folder itself renamed or moved beside), the folders
 * of the other cached documents and their subfolders, then the account's tree from its root down
 * to {@link MoveSearchLimits.maxDepth}. Bounded per search: folders listed, entries looked at,
 * downloads to confirm a content match. Listings are shared by the documents looked for in one
 * poll (a folder moved with several cached documents in it is walked once).
 */
import { canonicalUrl } from './change-poller.js';
import { DavError } from './dav-error.js';
import type { DavResource } from './dav-resource.js';
import type { EngineParts } from './engine-parts.js';
import { sha256Hex } from './hash.js';
import type { CachedDocument } from './sync-state.js';

/** How far one search may go. */
export interface MoveSearchLimits {
  /** Folder levels below the account's root. */
  readonly maxDepth: number;
  /** Depth-1 PROPFIND requests, for all the documents of one poll. */
  readonly maxFolders: number;
  /** Entries looked at, for all the documents of one poll. */
  readonly maxEntries: number;
  /** Downloads to confirm a content match, per document. */
  readonly maxDownloads: number;
}

export const DEFAULT_MOVE_SEARCH_LIMITS: MoveSearchLimits = { maxDepth: 6, maxFolders: 200, maxEntries: 20_000, maxDownloads: 5 };

const stripWeak = (etag: string): string => etag.replace(/^W\//, '');

/** The folder a file or folder URL sits in (ends with `/`). */
function parentOf(url: string): string {
  const trimmed = url.endsWith('/') ? url.slice(0, -1) : url;
  return trimmed.slice(0, trimmed.lastIndexOf('/') + 1);
}

/** Looks for moved documents in the account's tree; one per poll (listings are shared). */
export class MoveSearch {
  /** Canonical folder URL → its children (files and folders), or null when it could not be listed. */
  private readonly listings = new Map<string, readonly DavResource[] | null>();
  private entries = 0;
  /** True once a limit stopped a walk: "not found" then means "not found within the limits". */
  truncated = false;
  /** PROPFIND requests sent. */
  requests = 0;

  constructor(
    private readonly parts: EngineParts,
    private readonly limits: MoveSearchLimits = DEFAULT_MOVE_SEARCH_LIMITS,
  ) {}

  /**
   * The URL the document `doc` (gone from its URL) now has on the server, or undefined when it
   * was not found (deleted, or beyond the limits).
   * @throws DavError when the server cannot be asked (the caller tries again at the next poll).
   */
  async find(doc: CachedDocument): Promise<string | undefined> {
    // Nothing to know it by (a new file never uploaded): no walk.
    if (doc.fileId === undefined && (doc.etag === undefined || doc.remoteHash === undefined)) return undefined;
    const known = new Set(this.parts.state.documents.map((d) => canonicalUrl(d.url)));
    const candidates = new Map<string, DavResource>();
    const etag = doc.etag === undefined ? undefined : stripWeak(doc.etag);
    const base = doc.localHash === doc.remoteHash ? await this.parts.storage.readBlob(doc.blob) : undefined;
    let serverHasIds = false;
    for await (const entry of this.files(doc)) {
      const url = canonicalUrl(entry.url);
      if (known.has(url)) continue;
      if (entry.fileId !== undefined) serverHasIds = true;
      if (doc.fileId !== undefined && entry.fileId === doc.fileId) return url;
      if (etag !== undefined && entry.etag !== undefined && stripWeak(entry.etag) === etag && (base === undefined || entry.size === undefined || entry.size === base.length)) {
        candidates.set(url, entry);
      }
    }
    // A server with file ids that shows none of this one: the file is not in the tree walked.
    if (doc.fileId !== undefined && serverHasIds) return undefined;
    if (etag === undefined || doc.remoteHash === undefined || candidates.size === 0) return undefined;
    const confirmed: string[] = [];
    for (const url of [...candidates.keys()].slice(0, this.limits.maxDownloads)) {
      try {
        const download = await this.parts.client.get(url);
        if ((await sha256Hex(download.bytes)) === doc.remoteHash) confirmed.push(url);
      } catch (error) {
        // Gone again meanwhile, or not ours to read: not the document.
        if (!(error instanceof DavError && (error.reason === 'not-found' || error.reason === 'forbidden'))) throw error;
      }
    }
    return confirmed.length === 1 ? confirmed[0] : undefined;
  }

  /** The files of the folders walked for `doc`, in the order of the module comment. */
  private async *files(doc: CachedDocument): AsyncGenerator<DavResource> {
    const root = canonicalUrl(this.parts.client.rootUrl);
    const own = parentOf(canonicalUrl(doc.url));
    const seeds: { folder: string; levels: number }[] = [
      { folder: own, levels: 2 },
      ...(own !== root && own.startsWith(root) ? [{ folder: parentOf(own), levels: 2 }] : []),
      ...this.parts.state.documents.map((d) => ({ folder: parentOf(canonicalUrl(d.url)), levels: 1 })),
      { folder: root, levels: this.limits.maxDepth },
    ];
    /** Folder → the most levels below it already walked in this search. */
    const walked = new Map<string, number>();
    const queue = seeds.filter((s) => s.folder.startsWith(root));
    while (queue.length > 0) {
      const next = queue.shift();
      if (!next) break;
      const { folder, levels } = next;
      const before = walked.get(folder);
      if (before !== undefined && before >= levels) continue;
      const children = await this.list(folder);
      if (children === undefined) return;
      // Files are looked at once per search; a folder seen again with more levels only goes deeper.
      if (before === undefined) for (const child of children) if (!child.isCollection) yield child;
      walked.set(folder, levels);
      if (levels > 0) for (const child of children) if (child.isCollection) queue.push({ folder: canonicalUrl(child.url), levels: levels - 1 });
    }
  }

  /** A folder's children (memoised); [] when it cannot be listed; undefined once a limit is reached. */
  private async list(folder: string): Promise<readonly DavResource[] | undefined> {
    const memo = this.listings.get(folder);
    if (memo !== undefined) return memo ?? [];
    if (this.requests >= this.limits.maxFolders || this.entries >= this.limits.maxEntries) {
      this.truncated = true;
      return undefined;
    }
    this.requests++;
    let listing: DavResource[];
    try {
      listing = await this.parts.client.propfind(folder, 1, 'changes');
    } catch (error) {
      // Deleted meanwhile, or a folder the user may not read: nothing there for us.
      if (error instanceof DavError && (error.reason === 'not-found' || error.reason === 'forbidden')) {
        this.listings.set(folder, null);
        return [];
      }
      throw error;
    }
    const self = folder.replace(/\/$/, '');
    const children = listing.filter((e) => canonicalUrl(e.url).replace(/\/$/, '') !== self).slice(0, Math.max(0, this.limits.maxEntries - this.entries));
    this.entries += children.length;
    this.listings.set(folder, children);
    return children;
  }
}
