/**
 * Finds out, cheaply and on a timer, whether the documents a user has open or cached changed on
 * the server (a colleague saved a new version). It only reports what it saw; the engine decides
 * what a new ETag means ({@link SyncEngine.applyRemoteState}).
 *
 * Two ways of looking, picked from the server's first answer:
 * - `propagating` (Nextcloud / ownCloud: the root reports `oc:fileid`): a folder's ETag changes
 *   whenever anything below it changes. One depth-0 PROPFIND on the account root per poll; when
 *   its ETag moved, depth-1 listings descend only into the folders on the way to a watched
 *   document whose ETag moved too.
 * - `listing` (any other WebDAV server: Apache's mod_dav_fs, eXo): folder ETags say nothing
 *   about their content, so each folder holding a watched document is listed at depth 1
 *   (ETag and date of every file).
 *
 * Failures back off (interval × 2ⁿ with jitter, capped); `paused()` (battery, metered network)
 * skips the timer's polls without stopping the poller; {@link ChangePoller.pollNow} still looks.
 */
import { DavError } from './dav-error.js';
import type { DavResource } from './dav-resource.js';
import type { SyncClock } from './sync-clock.js';
import { SYSTEM_CLOCK } from './sync-clock.js';
import type { WebDavClient } from './webdav-client.js';

/** What the server says of one watched file. */
export interface RemoteObservation {
  readonly url: string;
  /** As the server sent it (`W/` kept); undefined when it gives none. */
  readonly etag: string | undefined;
  readonly lastModifiedMs: number | undefined;
  readonly size: number | undefined;
  /** Nextcloud / ownCloud `oc:fileid` (stable across renames), when the server gives one. */
  readonly fileId?: string | undefined;
}

/** How the poller looks at the server (see the module comment). */
export type ChangeDetectionMode = 'propagating' | 'listing';

/** What one poll did. */
export interface PollReport {
  readonly mode: ChangeDetectionMode | undefined;
  /** PROPFIND requests sent. */
  readonly requests: number;
  /** Watched files seen (their current ETag). */
  readonly observed: readonly RemoteObservation[];
  /** Watched files whose folder was listed without them (deleted or renamed on the server). */
  readonly missing: readonly string[];
  /** The poll was skipped: nothing watched, or paused. */
  readonly skipped: boolean;
}

export interface ChangePollerOptions {
  readonly client: WebDavClient;
  /** The absolute URLs of the files to watch (asked at each poll). */
  readonly watched: () => readonly string[];
  /** Receives each poll's observations (awaited before the next poll is planned). */
  readonly onObserved: (observed: readonly RemoteObservation[], missing: readonly string[]) => Promise<void> | void;
  /** Time between polls, asked before each one; 0 or less stops the timer (pollNow still works). */
  readonly intervalMs: () => number | Promise<number>;
  /** True while polls should wait (on battery, on a metered network); a failure counts as false. */
  readonly paused?: () => boolean | Promise<boolean>;
  /** Longest wait after failures. Default 15 minutes. */
  readonly maxBackoffMs?: number;
  /** Force a mode instead of detecting it from the server's first answer. */
  readonly mode?: ChangeDetectionMode;
  readonly clock?: SyncClock;
  /** [0, 1) for the jitter; Math.random by default. */
  readonly random?: () => number;
  /** Told of each failed poll (the server unreachable, credentials refused...). */
  readonly onError?: (error: unknown) => void;
}

/** Interval used when the setting cannot be read, and how often a poller turned off looks again. */
const DEFAULT_INTERVAL_MS = 60_000;

const stripWeak = (etag: string | undefined): string | undefined => etag?.replace(/^W\//, '');

/**
 * One spelling per URL, so that the server's hrefs and ours compare equal whatever each
 * percent-encodes (`%C3%A9` or `é`, `%20`, the case of hex digits).
 */
export function canonicalUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.pathname = parsed.pathname
      .split('/')
      .map((segment) => {
        try {
          return encodeURIComponent(decodeURIComponent(segment));
        } catch {
          return segment;
        }
      })
      .join('/');
    return parsed.href;
  } catch {
    return url;
  }
}

/** A depth-1 answer's entries other than the folder itself, with canonical URLs. */
function childrenOf(folder: string, listing: readonly DavResource[]): DavResource[] {
  const self = folder.replace(/\/$/, '');
  return listing.map((c) => ({ ...c, url: canonicalUrl(c.url) })).filter((c) => c.url.replace(/\/$/, '') !== self);
}

/** The folder a file or folder URL sits in (ends with `/`). */
function parentOf(url: string): string {
  const trimmed = url.endsWith('/') ? url.slice(0, -1) : url;
  return trimmed.slice(0, trimmed.lastIndexOf('/') + 1);
}

/** Watches files on one account's server for changes made by others. */
export class ChangePoller {
  private readonly client: WebDavClient;
  private readonly clock: SyncClock;
  private readonly random: () => number;
  private readonly maxBackoffMs: number;
  private modeFound: ChangeDetectionMode | undefined;
  /** Folder URL → the ETag it had when its content was last looked at (propagating mode). */
  private folderTags = new Map<string, string | undefined>();
  /** Watched URLs the poller has seen at least once (a new one is looked for even if folders did not move). */
  private seen = new Set<string>();
  private timer: unknown;
  private running: Promise<PollReport> | undefined;
  private stopped = true;
  /** Polls that failed in a row. */
  failures = 0;

  constructor(private readonly options: ChangePollerOptions) {
    this.client = options.client;
    this.clock = options.clock ?? SYSTEM_CLOCK;
    this.random = options.random ?? Math.random;
    this.maxBackoffMs = options.maxBackoffMs ?? 15 * 60_000;
    this.modeFound = options.mode;
  }

  /** How the poller looks at this server, once known. */
  get mode(): ChangeDetectionMode | undefined {
    return this.modeFound;
  }

  /** Starts polling on the timer (the first poll after one interval). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.planNext();
  }

  /** Stops the timer and waits for a poll in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** The interval setting changed: the next poll is planned from it now, not after the old wait. */
  replan(): void {
    if (!this.stopped) void this.planNext();
  }

  /** The delay before the next poll for an `interval`: the interval itself, or the backoff after failures. */
  delayAfter(intervalMs: number): number {
    if (this.failures === 0) return intervalMs;
    const grown = Math.min(this.maxBackoffMs, Math.max(intervalMs, 1_000) * 2 ** Math.min(this.failures, 20));
    return Math.round(Math.max(intervalMs, grown * (0.8 + 0.4 * this.random())));
  }

  private async planNext(): Promise<void> {
    let interval: number;
    try {
      interval = await this.options.intervalMs();
    } catch {
      interval = DEFAULT_INTERVAL_MS;
    }
    if (this.stopped) return;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    // Turned off (interval 0): look again later whether it was turned back on.
    const off = !(interval > 0);
    this.timer = this.clock.setTimeout(
      () => {
        this.timer = undefined;
        void (off ? this.planNext() : this.tick());
      },
      off ? DEFAULT_INTERVAL_MS : this.delayAfter(interval),
    );
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    const paused = await Promise.resolve()
      .then(() => this.options.paused?.())
      .catch(() => false);
    if (paused !== true && !this.stopped) await this.pollNow().catch(() => undefined);
    await this.planNext();
  }

  /**
   * Polls now (the window regained focus, the user asked). Concurrent calls share one poll.
   * Resolves with what it did; rejects with the poll's {@link DavError} (also counted as a failure).
   */
  pollNow(): Promise<PollReport> {
    if (this.running) return this.running;
    this.running = this.poll().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async poll(): Promise<PollReport> {
    const root = canonicalUrl(this.client.rootUrl);
    // Canonical spelling inside; observations name the URL as the caller gave it.
    const original = new Map<string, string>();
    for (const u of this.options.watched()) original.set(canonicalUrl(this.client.resolve(u)), u);
    const watched = [...original.keys()].filter((u) => u.startsWith(root) && !u.endsWith('/'));
    this.seen = new Set([...this.seen].filter((u) => watched.includes(u)));
    if (watched.length === 0) return { mode: this.modeFound, requests: 0, observed: [], missing: [], skipped: true };
    try {
      const found = this.modeFound === 'listing' ? await this.pollListing(watched) : await this.pollPropagating(root, watched);
      for (const o of found.observed) this.seen.add(o.url);
      for (const url of found.missing) this.seen.add(url);
      const named = (u: string): string => original.get(u) ?? u;
      const report = { ...found, observed: found.observed.map((o) => ({ ...o, url: named(o.url) })), missing: found.missing.map(named) };
      await this.options.onObserved(report.observed, report.missing);
      this.failures = 0;
      return report;
    } catch (error) {
      this.failures += 1;
      this.options.onError?.(error);
      throw error;
    }
  }

  /** Depth 1 on every folder that holds a watched file. */
  private async pollListing(watched: readonly string[]): Promise<PollReport> {
    const observed: RemoteObservation[] = [];
    const missing: string[] = [];
    let requests = 0;
    const byFolder = new Map<string, string[]>();
    for (const url of watched) byFolder.set(parentOf(url), [...(byFolder.get(parentOf(url)) ?? []), url]);
    for (const [folder, files] of byFolder) {
      let children: DavResource[];
      try {
        requests++;
        children = childrenOf(folder, await this.client.propfind(folder, 1, 'changes'));
      } catch (error) {
        // A folder deleted or renamed: its files are missing, the others are still looked at.
        if (error instanceof DavError && error.reason === 'not-found') {
          missing.push(...files);
          continue;
        }
        throw error;
      }
      this.collect(children, files, observed, missing);
    }
    return { mode: 'listing', requests, observed, missing, skipped: false };
  }

  private collect(children: readonly DavResource[], files: readonly string[], observed: RemoteObservation[], missing: string[]): void {
    for (const url of files) {
      const entry = children.find((c) => !c.isCollection && canonicalUrl(c.url) === url);
      if (entry) observed.push({ url, etag: entry.etag, lastModifiedMs: entry.lastModifiedMs, size: entry.size, ...(entry.fileId !== undefined ? { fileId: entry.fileId } : {}) });
      else missing.push(url);
    }
  }

  /**
   * Depth 0 on the root; when its ETag moved (or a watched file was never seen), depth 1 down the
   * folders whose ETag moved. Folder ETags are remembered only once the whole walk succeeded, so
   * that a walk cut by a network failure is done again rather than missing a change.
   */
  private async pollPropagating(root: string, watched: readonly string[]): Promise<PollReport> {
    let requests = 1;
    const [self] = await this.client.propfind(root, 0, 'changes');
    if (!self) throw new DavError('not-webdav', `PROPFIND ${root}: no entry for the root.`);
    if (this.modeFound === undefined) {
      this.modeFound = self.fileId !== undefined ? 'propagating' : 'listing';
      if (this.modeFound === 'listing') {
        const report = await this.pollListing(watched);
        return { ...report, requests: report.requests + 1 };
      }
    }
    const unseen = (folder: string): boolean => watched.some((u) => u.startsWith(folder) && !this.seen.has(u));
    const rootTag = stripWeak(self.etag);
    if (rootTag !== undefined && this.folderTags.get(root) === rootTag && !unseen(root)) {
      return { mode: 'propagating', requests, observed: [], missing: [], skipped: false };
    }
    const tags = new Map(this.folderTags);
    tags.set(root, rootTag);
    const observed: RemoteObservation[] = [];
    const missing: string[] = [];
    const visit = async (folder: string): Promise<void> => {
      let listing: DavResource[];
      try {
        requests++;
        listing = await this.client.propfind(folder, 1, 'changes');
      } catch (error) {
        if (error instanceof DavError && error.reason === 'not-found') {
          missing.push(...watched.filter((u) => u.startsWith(folder)));
          return;
        }
        throw error;
      }
      const children = childrenOf(folder, listing);
      this.collect(children, watched.filter((u) => parentOf(u) === folder), observed, missing);
      for (const child of children) {
        if (!child.isCollection || !watched.some((u) => u.startsWith(child.url))) continue;
        const tag = stripWeak(child.etag);
        const moved = tag === undefined || this.folderTags.get(child.url) !== tag;
        tags.set(child.url, tag);
        if (moved || unseen(child.url)) await visit(child.url);
      }
      // Folders on the way to a watched file that the listing did not show: deleted or renamed.
      for (const url of watched) {
        if (!url.startsWith(folder) || parentOf(url) === folder) continue;
        const next = folder + url.slice(folder.length).split('/')[0] + '/';
        if (!children.some((c) => c.isCollection && c.url === next) && !missing.includes(url)) missing.push(url);
      }
    };
    await visit(root);
    this.folderTags = tags;
    return { mode: 'propagating', requests, observed, missing, skipped: false };
  }
}
