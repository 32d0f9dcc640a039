/**
 * What the sync engine persists, and where: a small interface the host implements over real
 * files (electron/services `FileSyncStorage`, atomic writes) and tests may implement in memory.
 */

/** Durable storage for one account: one JSON state document and named byte blobs. */
export interface SyncStorage {
  /** The JSON value saved under `name`, or undefined when there is none (or it is unreadable). */
  readJson(name: string): Promise<unknown>;
  /** Saves `value` under `name` atomically: after a crash, either the old or the new value. */
  writeJson(name: string, value: unknown): Promise<void>;
  /** The bytes saved under `key`, or undefined. */
  readBlob(key: string): Promise<Uint8Array | undefined>;
  /** Saves bytes under `key` atomically. */
  writeBlob(key: string, bytes: Uint8Array): Promise<void>;
  /** Removes a blob; no error when it does not exist. */
  deleteBlob(key: string): Promise<void>;
}

/** A {@link SyncStorage} in memory (tests, and the browser when there is no host). */
export class MemorySyncStorage implements SyncStorage {
  readonly json = new Map<string, string>();
  readonly blobs = new Map<string, Uint8Array>();

  readJson(name: string): Promise<unknown> {
    const text = this.json.get(name);
    return Promise.resolve(text === undefined ? undefined : (JSON.parse(text) as unknown));
  }

  writeJson(name: string, value: unknown): Promise<void> {
    this.json.set(name, JSON.stringify(value));
    return Promise.resolve();
  }

  readBlob(key: string): Promise<Uint8Array | undefined> {
    const bytes = this.blobs.get(key);
    return Promise.resolve(bytes ? bytes.slice() : undefined);
  }

  writeBlob(key: string, bytes: Uint8Array): Promise<void> {
    this.blobs.set(key, bytes.slice());
    return Promise.resolve();
  }

  deleteBlob(key: string): Promise<void> {
    this.blobs.delete(key);
    return Promise.resolve();
  }
}
