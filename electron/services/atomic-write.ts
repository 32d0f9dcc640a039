/**
 * Atomic file replacement: the bytes go to a temporary file beside the target, are flushed to
 * disk, and only then renamed over the target. A crash or a failed write at any point leaves
 * either the old file or the new one, never half of each, and no temporary file behind.
 */
import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes all of `bytes` into an open file. Injectable so that tests can fail half-way through;
 * the default writes in a loop until every byte is out.
 */
export type WriteStep = (handle: FileHandle, bytes: Uint8Array) => Promise<void>;

/** The default {@link WriteStep}: loops because one `write` may write fewer bytes than asked. */
export const writeAllBytes: WriteStep = async (handle, bytes) => {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset);
    if (bytesWritten <= 0) throw new Error('The disk accepted no more bytes.');
    offset += bytesWritten;
  }
};

/** Suffix of the temporary files; the leading dot in their names keeps them out of listings. */
export const TEMP_SUFFIX = '.ostal-tmp';

/** Name of the temporary file used while saving `target`. */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

export interface AtomicWriteOptions {
  /** Replaces the default {@link writeAllBytes}. */
  readonly write?: WriteStep;
  /** Called after the new bytes are safely on disk and just before the rename (e.g. to take a backup). */
  readonly beforeReplace?: () => Promise<void>;
}

/** File mode of the existing target, so that a save keeps its permissions; undefined when none. */
async function existingMode(target: string): Promise<number | undefined> {
  try {
    return (await fs.stat(target)).mode & 0o777;
  } catch {
    return undefined;
  }
}

/** Flushes the folder entry so that the rename itself survives a power cut (POSIX only). */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on folders; the data itself is already synced.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Replaces `target` with `bytes` atomically (temp file in the same folder, fsync, rename).
 * @throws the underlying Node error (`ENOENT` when the folder is missing, `EACCES`, `ENOSPC`...);
 *   the target is then untouched and the temporary file removed.
 */
export async function atomicWrite(target: string, bytes: Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const write = options.write ?? writeAllBytes;
  const temp = tempPathFor(target);
  const mode = (await existingMode(target)) ?? 0o666;
  const handle = await fs.open(temp, 'wx', mode);
  let renamed = false;
  try {
    try {
      await write(handle, bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeReplace?.();
    await fs.rename(temp, target);
    renamed = true;
    await syncFolder(path.dirname(target));
  } finally {
    if (!renamed) await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}
