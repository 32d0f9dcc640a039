/** Files service contract: read, atomic save, and browsing for the in-app Open/Save dialogs. */

export interface FileContent {
  /** Absolute path on disk. */
  readonly path: string;
  /** Base name, e.g. `rapport.odt`. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Last modification time (ms since epoch) when read; pass it back to detect external changes. */
  readonly modifiedMs: number;
}

export interface SaveOptions {
  /**
   * When set, the save fails with `file-changed` if the file on disk was modified after this time
   * (someone else wrote it since we opened it). Omit to overwrite unconditionally.
   */
  readonly expectedModifiedMs?: number;
  /** Keep the previous version in the backup folder under OSTAL_HOME. Default true. */
  readonly keepBackup?: boolean;
}

export interface SavedFile {
  readonly path: string;
  readonly name: string;
  readonly modifiedMs: number;
  /** Where the previous version was kept, when there was one and a backup was asked for. */
  readonly backupPath?: string;
}

export interface DirEntry {
  readonly name: string;
  readonly path: string;
  readonly kind: 'file' | 'directory';
  readonly size: number;
  readonly modifiedMs: number;
}

export interface DirListing {
  readonly path: string;
  /** Parent folder, or null at the root. */
  readonly parent: string | null;
  readonly entries: readonly DirEntry[];
}

export interface FilesService {
  /** Reads a whole file. */
  read(path: string): Promise<FileContent>;
  /** Saves atomically: temp file in the same folder, fsync, rename over the target. */
  save(path: string, bytes: Uint8Array, options?: SaveOptions): Promise<SavedFile>;
  /** Lists a folder (hidden files left out), folders first, then by name. */
  list(path: string): Promise<DirListing>;
  /** The folder dialogs start in (the user's documents folder). */
  documentsFolder(): Promise<string>;
}
