/**
 * The Node implementation of {@link FilesService}: reads whole files, saves atomically with a
 * backup of the previous version, and lists folders for the in-app Open/Save dialogs.
 */
import { existsSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DirEntry, DirListing, FileContent, FilesService, SavedFile, SaveOptions } from '../shared/files.js';
import type { WriteStep } from './atomic-write.js';
import { atomicWrite } from './atomic-write.js';
import { BackupStore } from './backup-store.js';
import { nodeErrorCode, ServiceError } from './service-error.js';

export interface NodeFilesServiceOptions {
  /** Where previous versions go (usually `<OSTAL_HOME>/backups`). */
  readonly backupFolder: string;
  /** Fixed documents folder (tests, `--root`); default `~/Documents` when it exists, else home. */
  readonly documentsFolder?: string;
  /** Replaces the write step of the atomic save (tests make it fail half-way). */
  readonly writeStep?: WriteStep;
  /** Previous versions kept per file. */
  readonly backupsPerFile?: number;
}

/** Modification time as whole milliseconds, the unit the contract speaks. */
function mtimeOf(stat: { mtimeMs: number }): number {
  return Math.trunc(stat.mtimeMs);
}

/** A Uint8Array over the Buffer's own memory when it owns all of it, else a copy (never a pool slice). */
function plainBytes(buffer: Buffer): Uint8Array {
  if (buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength) {
    return new Uint8Array(buffer.buffer, 0, buffer.byteLength);
  }
  return new Uint8Array(buffer);
}

/** Files service over the local file system. Paths must be absolute (the dispatcher checks). */
export class NodeFilesService implements FilesService {
  private readonly backups: BackupStore;

  constructor(private readonly options: NodeFilesServiceOptions) {
    this.backups = new BackupStore(options.backupFolder, options.backupsPerFile);
  }

  /** @throws Node errors (`ENOENT`, `EACCES`, `EISDIR`...). */
  async read(filePath: string): Promise<FileContent> {
    const target = path.resolve(filePath);
    const stat = await fs.stat(target);
    if (stat.isDirectory()) throw new ServiceError('is-directory', `${target} is a folder.`);
    const bytes = plainBytes(await fs.readFile(target));
    return { path: target, name: path.basename(target), bytes, modifiedMs: mtimeOf(stat) };
  }

  /**
   * Saves atomically; the previous version, if any, is kept under the backup folder unless
   * `keepBackup` is false.
   * @throws ServiceError `file-changed` when the disk copy is newer than `expectedModifiedMs`,
   *   `is-directory` when the target is a folder, `folder-unavailable` when its folder is missing
   *   or unreachable (a removed folder, a disconnected share); Node errors otherwise (`ENOSPC`,
   *   `EROFS`, `EACCES`...). The target is untouched whenever this throws.
   */
  async save(filePath: string, bytes: Uint8Array, options: SaveOptions = {}): Promise<SavedFile> {
    const target = path.resolve(filePath);
    const current = await fs.stat(target).catch((error: unknown) => {
      if (nodeErrorCode(error) === 'ENOENT') return undefined;
      throw error;
    });
    if (current?.isDirectory()) throw new ServiceError('is-directory', `${target} is a folder.`);
    if (current === undefined && !(await isFolder(path.dirname(target)))) {
      throw new ServiceError('folder-unavailable', `The folder of ${target} is missing or unreachable.`);
    }
    if (options.expectedModifiedMs !== undefined) {
      if (current === undefined || mtimeOf(current) > options.expectedModifiedMs) {
        throw new ServiceError('file-changed', `${target} was changed or removed on disk since it was opened.`);
      }
    }
    let backupPath: string | undefined;
    const keepBackup = (options.keepBackup ?? true) && current !== undefined;
    await this.replace(target, bytes, keepBackup, (kept) => (backupPath = kept));
    const stat = await fs.stat(target);
    const saved: SavedFile = { path: target, name: path.basename(target), modifiedMs: mtimeOf(stat) };
    return backupPath === undefined ? saved : { ...saved, backupPath };
  }

  /**
   * The atomic write itself, with a missing folder reported as `folder-unavailable` (a removed
   * folder or a disconnected network share), not as a missing file.
   */
  private async replace(target: string, bytes: Uint8Array, keepBackup: boolean, onBackup: (kept: string | undefined) => void): Promise<void> {
    try {
      await this.atomicReplace(target, bytes, keepBackup, onBackup);
    } catch (error) {
      if (nodeErrorCode(error) === 'ENOENT' && !(await isFolder(path.dirname(target)))) {
        throw new ServiceError('folder-unavailable', `The folder of ${target} is missing or unreachable.`);
      }
      throw error;
    }
  }

  private async atomicReplace(target: string, bytes: Uint8Array, keepBackup: boolean, onBackup: (kept: string | undefined) => void): Promise<void> {
    await atomicWrite(target, bytes, {
      ...(this.options.writeStep ? { write: this.options.writeStep } : {}),
      beforeReplace: keepBackup
        ? async () => {
            // Best effort: an unwritable user-data folder must not make every save fail.
            onBackup(await this.backups.keep(target).catch(() => undefined));
          }
        : undefined,
    });
  }

  /**
   * Lists a folder: hidden entries (leading dot) left out, folders first, then by name in a
   * natural, case-insensitive order. Entries that cannot be inspected (broken links) are skipped.
   * @throws Node errors (`ENOENT`, `ENOTDIR`, `EACCES`).
   */
  async list(folderPath: string): Promise<DirListing> {
    const folder = path.resolve(folderPath);
    const names = (await fs.readdir(folder)).filter((name) => !name.startsWith('.'));
    const entries = await Promise.all(
      names.map(async (name): Promise<DirEntry | null> => {
        const full = path.join(folder, name);
        try {
          const stat = await fs.stat(full);
          if (!stat.isDirectory() && !stat.isFile()) return null;
          const kind = stat.isDirectory() ? 'directory' : 'file';
          return { name, path: full, kind, size: kind === 'file' ? stat.size : 0, modifiedMs: mtimeOf(stat) };
        } catch {
          return null;
        }
      }),
    );
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    const sorted = entries
      .filter((entry): entry is DirEntry => entry !== null)
      .sort((a, b) => (a.kind === b.kind ? collator.compare(a.name, b.name) : a.kind === 'directory' ? -1 : 1));
    const parent = path.dirname(folder);
    return { path: folder, parent: parent === folder ? null : parent, entries: sorted };
  }

  /** The configured folder, else `~/Documents` when it exists, else the home folder. */
  documentsFolder(): Promise<string> {
    if (this.options.documentsFolder !== undefined) return Promise.resolve(path.resolve(this.options.documentsFolder));
    return Promise.resolve(defaultDocumentsFolder());
  }
}

/** True when `folder` exists and is a folder; false on any error. */
async function isFolder(folder: string): Promise<boolean> {
  try {
    return (await fs.stat(folder)).isDirectory();
  } catch {
    return false;
  }
}

/** `~/Documents` when it is a folder, else the home folder. */
export function defaultDocumentsFolder(home: string = os.homedir()): string {
  const documents = path.join(home, 'Documents');
  try {
    if (existsSync(documents) && statSync(documents).isDirectory()) return documents;
  } catch {
    // Unreadable: fall back to home.
  }
  return home;
}
