/**
 * The sync engine's storage on disk for one account: `<folder>/<name>.json` for the state and
 * `<folder>/blobs/<key>` for document bytes, every write atomic (temp file, fsync, rename), so
 * that the upload queue and the cached documents survive a crash at any point.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { SyncStorage } from '@ostal/sync';
import { atomicWrite } from './atomic-write.js';
import { nodeErrorCode } from './service-error.js';

const SAFE_KEY = /^[a-z0-9-]{1,64}$/;

function checkKey(key: string): string {
  if (!SAFE_KEY.test(key)) throw new RangeError(`Not a storage key: ${key}`);
  return key;
}

/** A {@link SyncStorage} in a folder. */
export class FileSyncStorage implements SyncStorage {
  constructor(readonly folder: string) {}

  private async ensure(sub = ''): Promise<void> {
    await fs.mkdir(path.join(this.folder, sub), { recursive: true, mode: 0o700 });
  }

  async readJson(name: string): Promise<unknown> {
    try {
      return JSON.parse(await fs.readFile(path.join(this.folder, `${checkKey(name)}.json`), 'utf8')) as unknown;
    } catch (error) {
      if (nodeErrorCode(error) === 'ENOENT' || error instanceof SyntaxError) return undefined;
      throw error;
    }
  }

  async writeJson(name: string, value: unknown): Promise<void> {
    await this.ensure();
    await atomicWrite(path.join(this.folder, `${checkKey(name)}.json`), new TextEncoder().encode(JSON.stringify(value)));
  }

  async readBlob(key: string): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await fs.readFile(path.join(this.folder, 'blobs', checkKey(key))));
    } catch (error) {
      if (nodeErrorCode(error) === 'ENOENT') return undefined;
      throw error;
    }
  }

  async writeBlob(key: string, bytes: Uint8Array): Promise<void> {
    await this.ensure('blobs');
    await atomicWrite(path.join(this.folder, 'blobs', checkKey(key)), bytes);
  }

  async deleteBlob(key: string): Promise<void> {
    await fs.rm(path.join(this.folder, 'blobs', checkKey(key)), { force: true });
  }
}
