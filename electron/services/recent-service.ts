/**
 * The Node implementation of {@link RecentService}: a versioned JSON file under OSTAL_HOME
 * (`recent.json`), most recent first, one entry per path, at most `maxRecent` entries.
 */
import path from 'node:path';
import type { DocumentKind } from '@ostal/model';
import type { RecentEntry, RecentService } from '../shared/recent.js';
import { VersionedJsonFile } from './versioned-json-file.js';

/** Version of `recent.json`. */
export const RECENT_FILE_VERSION = 1;

interface RecentFile {
  readonly entries: readonly RecentEntry[];
}

const KINDS: readonly DocumentKind[] = ['text', 'workbook', 'deck'];

/** True when `value` is a well-formed {@link RecentEntry} with an absolute path. */
export function isRecentEntry(value: unknown): value is RecentEntry {
  if (value === null || typeof value !== 'object') return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.path === 'string' &&
    path.isAbsolute(entry.path) &&
    typeof entry.name === 'string' &&
    typeof entry.kind === 'string' &&
    (KINDS as readonly string[]).includes(entry.kind) &&
    typeof entry.openedMs === 'number' &&
    Number.isFinite(entry.openedMs)
  );
}

/** Two paths name the same file (case-insensitively on Windows, where the file system is). */
function samePath(a: string, b: string): boolean {
  return process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** Only the contract's fields, so nothing else ever lands in the file. */
function clean(entry: RecentEntry): RecentEntry {
  return { path: entry.path, name: entry.name, kind: entry.kind, openedMs: entry.openedMs };
}

export interface NodeRecentServiceOptions {
  /** Usually `<OSTAL_HOME>/recent.json`. */
  readonly file: string;
  /** The current `maxRecent` setting. */
  readonly maxRecent: () => Promise<number>;
}

/** Recent documents stored in a JSON file. */
export class NodeRecentService implements RecentService {
  private readonly file: VersionedJsonFile<RecentFile>;

  constructor(private readonly options: NodeRecentServiceOptions) {
    this.file = new VersionedJsonFile<RecentFile>(
      options.file,
      RECENT_FILE_VERSION,
      (data) => ({ entries: Array.isArray(data.entries) ? data.entries.filter(isRecentEntry).map(clean) : [] }),
      () => ({ entries: [] }),
    );
  }

  /** Most recent first, capped at the current `maxRecent`. */
  async list(): Promise<readonly RecentEntry[]> {
    const [{ entries }, max] = await Promise.all([this.file.read(), this.options.maxRecent()]);
    return this.normalise(entries, max);
  }

  /** Adds `entry` at the top (removing an older entry for the same path). */
  async add(entry: RecentEntry): Promise<readonly RecentEntry[]> {
    const max = await this.options.maxRecent();
    const added = clean(entry);
    const { entries } = await this.file.update((current) => ({
      entries: this.normalise([added, ...current.entries.filter((e) => !samePath(e.path, added.path))], max),
    }));
    return entries;
  }

  /** Removes the entry for `filePath`, if any. */
  async remove(filePath: string): Promise<readonly RecentEntry[]> {
    const max = await this.options.maxRecent();
    const { entries } = await this.file.update((current) => ({
      entries: this.normalise(current.entries.filter((e) => !samePath(e.path, filePath)), max),
    }));
    return entries;
  }

  /** Forgets every entry. */
  async clear(): Promise<readonly RecentEntry[]> {
    await this.file.update(() => ({ entries: [] }));
    return [];
  }

  /** Sorted newest first, one per path, at most `max`. */
  private normalise(entries: readonly RecentEntry[], max: number): RecentEntry[] {
    const seen: RecentEntry[] = [];
    for (const entry of [...entries].sort((a, b) => b.openedMs - a.openedMs)) {
      if (!seen.some((e) => samePath(e.path, entry.path))) seen.push(entry);
    }
    return seen.slice(0, Math.max(0, max));
  }
}
