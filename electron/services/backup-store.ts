/**
 * Backups of the previous version of a saved file, under `<OSTAL_HOME>/backups/`. Each source
 * file gets its own folder (its name plus a hash of its full path, so that two `rapport.odt`
 * in different folders never mix), holding its last few versions, newest kept.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** How many previous versions of one file are kept by default. */
export const DEFAULT_BACKUPS_PER_FILE = 5;

/** Keeps previous versions of files before they are overwritten. */
export class BackupStore {
  constructor(
    /** The backups folder, usually `<OSTAL_HOME>/backups`. */
    readonly folder: string,
    readonly keepPerFile: number = DEFAULT_BACKUPS_PER_FILE,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Folder holding the versions of `source` (an absolute path). */
  folderFor(source: string): string {
    const hash = createHash('sha256').update(path.resolve(source)).digest('hex').slice(0, 12);
    const safeName = path.basename(source).replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 80);
    return path.join(this.folder, `${safeName}-${hash}`);
  }

  /**
   * Copies the current content of `source` into its backup folder and prunes old versions.
   * @returns the backup's path, or undefined when `source` does not exist (nothing to keep).
   * @throws Node errors when the backup folder cannot be written.
   */
  async keep(source: string): Promise<string | undefined> {
    const folder = this.folderFor(source);
    await fs.mkdir(folder, { recursive: true });
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const target = path.join(folder, `${stamp}-${path.basename(source)}`);
    // Copied under a hidden name, then renamed: a kill mid-copy never leaves a truncated backup
    // that looks whole (hidden leftovers are ignored and pruned).
    const partial = path.join(folder, `.${stamp}-${path.basename(source)}.partial`);
    try {
      await fs.copyFile(source, partial);
      await fs.rename(partial, target);
    } catch (error) {
      await fs.rm(partial, { force: true }).catch(() => undefined);
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
      throw error;
    }
    await this.prune(folder);
    return target;
  }

  /** Versions kept for `source`, newest first. */
  async list(source: string): Promise<string[]> {
    const folder = this.folderFor(source);
    let names: string[];
    try {
      names = await fs.readdir(folder);
    } catch {
      return [];
    }
    // ISO time stamps sort lexically, so the name order is the time order.
    return names
      .filter((name) => !name.startsWith('.'))
      .sort()
      .reverse()
      .map((name) => path.join(folder, name));
  }

  private async prune(folder: string): Promise<void> {
    const all = await fs.readdir(folder);
    const names = all.filter((name) => !name.startsWith('.')).sort().reverse();
    const leftovers = all.filter((name) => name.startsWith('.') && name.endsWith('.partial'));
    for (const name of [...names.slice(Math.max(this.keepPerFile, 1)), ...leftovers]) {
      await fs.rm(path.join(folder, name), { force: true });
    }
  }
}
