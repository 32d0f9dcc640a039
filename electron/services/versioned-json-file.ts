/**
 * A small JSON file with a schema version (`{ "version": n, ... }`), read leniently and written
 * atomically, with updates run one at a time so that two concurrent changes never lose one.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { atomicWrite } from './atomic-write.js';
import { nodeErrorCode } from './service-error.js';

/**
 * Turns whatever was on disk into the current shape. `version` is the file's version (0 when the
 * file had none); unknown or broken content must map to a sensible value, never throw.
 */
export type JsonMigration<T> = (data: Record<string, unknown>, version: number) => T;

/** A versioned JSON document on disk. */
export class VersionedJsonFile<T extends object> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly filePath: string,
    readonly version: number,
    private readonly migrate: JsonMigration<T>,
    private readonly empty: () => T,
  ) {}

  /**
   * The current content; the empty value when the file is missing or not valid JSON (a broken
   * settings file must not stop the app from starting).
   * @throws Node errors other than "not found" (e.g. `EACCES`).
   */
  async load(): Promise<T> {
    let text: string;
    try {
      text = await fs.readFile(this.filePath, 'utf8');
    } catch (error) {
      if (nodeErrorCode(error) === 'ENOENT') return this.empty();
      throw error;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return this.empty();
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return this.empty();
    const record = data as Record<string, unknown>;
    const version = typeof record.version === 'number' ? record.version : 0;
    if (version > this.version) {
      // Written by a newer Ostal: read what we understand rather than drop the user's data.
      return this.migrate(record, this.version);
    }
    return this.migrate(record, version);
  }

  /** Writes `value` with the current version, atomically; creates the folder when needed. */
  async save(value: T): Promise<void> {
    await fs.mkdir(path.dirname(this.filePath), { recursive: true });
    const text = `${JSON.stringify({ version: this.version, ...value }, null, 2)}\n`;
    await atomicWrite(this.filePath, new TextEncoder().encode(text));
  }

  /**
   * Loads, applies `change`, saves, and returns the new value; calls are serialised.
   * @throws whatever `change`, `load` or `save` throws; the file is then unchanged.
   */
  update(change: (current: T) => T | Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      const updated = await change(await this.load());
      await this.save(updated);
      return updated;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Runs `read` after any pending update, so it sees the latest state. */
  read(): Promise<T> {
    const next = this.queue.then(() => this.load());
    this.queue = next.catch(() => undefined);
    return next;
  }
}
