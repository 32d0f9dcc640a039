/**
 * The Node implementation of {@link RecoveryService}: one pair of files per document under
 * `<OSTAL_HOME>/recovery/` — `<id>.bin` (the copy, in the format the renderer wrote) and
 * `<id>.json` (title, kind, original path and format, time). Both are written atomically, the
 * bytes first: a copy is listed only once its description exists, and a description whose bytes
 * are missing or of another size is skipped, so a crash while storing never offers a broken copy.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DocumentKind, FormatId } from '@ostal/model';
import type { RecoveryEntry, RecoveryInput, RecoveryService } from '../shared/recovery.js';
import { atomicWrite } from './atomic-write.js';
import { nodeErrorCode, ServiceError } from './service-error.js';

/** Version of the description files. */
export const RECOVERY_FILE_VERSION = 1;

const ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;
const KINDS: readonly DocumentKind[] = ['text', 'workbook', 'deck'];
const FORMATS: readonly FormatId[] = ['odt', 'fodt', 'docx', 'ods', 'fods', 'xlsx', 'csv', 'odp', 'fodp', 'pptx'];
/** Longest title kept. */
const MAX_TITLE = 300;

/** True for a well-formed recovery id (also what keeps ids from naming other files). */
export function isRecoveryId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

function isFormat(value: unknown): value is FormatId {
  return typeof value === 'string' && (FORMATS as readonly string[]).includes(value);
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * A {@link RecoveryInput} from untrusted data, or a sentence saying what is wrong with it.
 * `originalPath` must be absolute when present.
 */
export function parseRecoveryInput(value: unknown): RecoveryInput | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'The recovery description must be an object.';
  const v = value as Record<string, unknown>;
  if (!isRecoveryId(v.id)) return 'The recovery id must be 1 to 100 letters, digits, - or _.';
  if (!isRecoveryId(v.session)) return 'The recovery session must be 1 to 100 letters, digits, - or _.';
  if (typeof v.title !== 'string' || v.title.length === 0 || v.title.length > MAX_TITLE) return 'The recovery title must be a non-empty string.';
  if (!(KINDS as readonly unknown[]).includes(v.kind)) return 'The recovery kind must be text, workbook or deck.';
  if (!isFormat(v.format)) return 'The recovery format is not a known format.';
  const original = v.originalPath;
  if (original !== null && (typeof original !== 'string' || !path.isAbsolute(original) || original.includes('\0') || original.length > 4096)) {
    return 'The original path must be null or an absolute path.';
  }
  if (v.originalFormat !== null && !isFormat(v.originalFormat)) return 'The original format must be null or a known format.';
  if (v.originalModifiedMs !== null && !isTime(v.originalModifiedMs)) return 'The original modification time must be null or a time.';
  return {
    id: v.id,
    session: v.session,
    title: v.title,
    kind: v.kind as DocumentKind,
    format: v.format,
    originalPath: original,
    originalFormat: v.originalFormat,
    originalModifiedMs: v.originalModifiedMs,
  };
}

/** A stored description, or undefined when it is broken. */
function parseEntry(value: unknown): RecoveryEntry | undefined {
  const input = parseRecoveryInput(value);
  if (typeof input === 'string') return undefined;
  const v = value as Record<string, unknown>;
  if (!isTime(v.savedMs) || typeof v.size !== 'number' || !Number.isInteger(v.size) || v.size < 0) return undefined;
  return { ...input, savedMs: v.savedMs, size: v.size };
}

export interface NodeRecoveryServiceOptions {
  /** The recovery folder, usually `<OSTAL_HOME>/recovery`. */
  readonly folder: string;
  readonly now?: () => number;
}

/** Recovery copies in one folder. Calls for one id run one at a time. */
export class NodeRecoveryService implements RecoveryService {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly options: NodeRecoveryServiceOptions) {}

  private bytesPath(id: string): string {
    return path.join(this.options.folder, `${id}.bin`);
  }

  private describePath(id: string): string {
    return path.join(this.options.folder, `${id}.json`);
  }

  /** Runs `task` after every earlier call for `id` (a remove never overtakes a store). */
  private serial<T>(id: string, task: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(id) ?? Promise.resolve()).then(task, task);
    const settled = run.catch(() => undefined);
    this.queues.set(id, settled);
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    });
    return run;
  }

  /** @throws ServiceError `invalid-argument` for a bad description; Node errors writing. */
  store(input: RecoveryInput, bytes: Uint8Array): Promise<RecoveryEntry> {
    const parsed = parseRecoveryInput(input);
    if (typeof parsed === 'string') return Promise.reject(new ServiceError('invalid-argument', parsed));
    return this.serial(parsed.id, async () => {
      await fs.mkdir(this.options.folder, { recursive: true });
      const entry: RecoveryEntry = { ...parsed, savedMs: (this.options.now ?? Date.now)(), size: bytes.length };
      await atomicWrite(this.bytesPath(parsed.id), bytes);
      const text = `${JSON.stringify({ version: RECOVERY_FILE_VERSION, ...entry }, null, 2)}\n`;
      await atomicWrite(this.describePath(parsed.id), new TextEncoder().encode(text));
      return entry;
    });
  }

  /** Complete copies not stored by `currentSession`, newest first. Never throws for broken files. */
  async list(currentSession: string): Promise<readonly RecoveryEntry[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.options.folder);
    } catch (error) {
      if (nodeErrorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const entries: RecoveryEntry[] = [];
    for (const name of names) {
      const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
      if (!isRecoveryId(id)) continue;
      try {
        const entry = parseEntry(JSON.parse(await fs.readFile(this.describePath(id), 'utf8')));
        if (entry === undefined || entry.id !== id || entry.session === currentSession) continue;
        const stat = await fs.stat(this.bytesPath(id));
        if (stat.size !== entry.size) continue;
        entries.push(entry);
      } catch {
        // A description without its bytes, or unreadable: nothing that could be restored.
      }
    }
    return entries.sort((a, b) => b.savedMs - a.savedMs);
  }

  /** @throws ServiceError `invalid-argument` for a bad id, `not-found` when there is no such copy. */
  async read(id: string): Promise<Uint8Array> {
    if (!isRecoveryId(id)) throw new ServiceError('invalid-argument', 'Bad recovery id.');
    const buffer = await fs.readFile(this.bytesPath(id));
    return new Uint8Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
  }

  /** @throws ServiceError `invalid-argument` for a bad id. */
  remove(id: string): Promise<void> {
    if (!isRecoveryId(id)) return Promise.reject(new ServiceError('invalid-argument', 'Bad recovery id.'));
    return this.serial(id, async () => {
      // The description first: a copy without one is never listed.
      await fs.rm(this.describePath(id), { force: true });
      await fs.rm(this.bytesPath(id), { force: true });
    });
  }
}
