/** Recent documents contract. */
import type { DocumentKind } from '@ostal/model';

export interface RecentEntry {
  readonly path: string;
  readonly name: string;
  readonly kind: DocumentKind;
  /** When it was last opened or saved (ms since epoch). */
  readonly openedMs: number;
}

export interface RecentService {
  /** Most recent first; at most `maxRecent` entries (setting). */
  list(): Promise<readonly RecentEntry[]>;
  /** Adds or moves to the top. */
  add(entry: RecentEntry): Promise<readonly RecentEntry[]>;
  remove(path: string): Promise<readonly RecentEntry[]>;
  clear(): Promise<readonly RecentEntry[]>;
}
