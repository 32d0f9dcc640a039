/**
 * The Node implementation of {@link LockService}. Opening a document looks for a LibreOffice lock
 * (`.~lock.<name>#`) and a Microsoft Office owner file (`~$name`) beside it; when someone else
 * holds it, the caller gets the owner to show ("opened by … since …"). Otherwise Ostal writes its
 * own LibreOffice lock, so that LibreOffice (and another Ostal) sees the document is in use, and
 * removes it on close.
 *
 * A lock is stale, and taken over, when it was written on this computer and
 * - its time is before the computer last started (no process from before can still run), or
 * - Ostal wrote it (a record under `<OSTAL_HOME>/locks/` keeps the writing process) and that
 *   process is gone, or
 * - it names this user, was not written by Ostal, and no LibreOffice process of this computer is
 *   running (Linux, where /proc tells).
 * Anything else — another computer, a running owner, an Office owner file — is someone else's.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LockOwner, LockResult, LockService } from '../shared/locks.js';
import { atomicWrite } from './atomic-write.js';
import {
  formatLibreOfficeLock,
  formatLockTime,
  libreOfficeLockPath,
  msOfficeOwnerPaths,
  parseLibreOfficeLock,
  parseLockTime,
  parseMsOfficeOwner,
} from './lock-files.js';
import { nodeErrorCode } from './service-error.js';

/** What the lock service needs to know about this computer (injectable for tests). */
export interface LockEnvironment {
  readonly user: string;
  readonly host: string;
  readonly pid: number;
  readonly now: () => number;
  /** When this computer last started (ms since epoch). */
  readonly bootMs: () => number;
  /** True when process `pid` of this computer is running. */
  readonly isRunning: (pid: number) => boolean;
  /** True when a LibreOffice process may be running (true when it cannot be told). */
  readonly libreOfficeRunning: () => boolean;
}

/** True when process `pid` exists (EPERM: it exists, it is someone else's). */
export function processRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return nodeErrorCode(error) === 'EPERM';
  }
}

/** True when a `soffice.bin` process runs (Linux /proc); true wherever that cannot be told. */
export function libreOfficeProcessRunning(): boolean {
  if (process.platform !== 'linux' || !existsSync('/proc')) return true;
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const cmd = readFileSync(`/proc/${entry}/cmdline`, 'latin1');
        if (/soffice\.bin|soffice(\0|$)/.test(cmd)) return true;
      } catch {
        // The process ended meanwhile.
      }
    }
    return false;
  } catch {
    return true;
  }
}

function userName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USERNAME ?? process.env.USER ?? 'ostal';
  }
}

/** This computer and process, as they are. */
export function systemLockEnvironment(): LockEnvironment {
  return {
    user: userName(),
    host: os.hostname(),
    pid: process.pid,
    now: Date.now,
    bootMs: () => Date.now() - os.uptime() * 1000,
    isRunning: processRunning,
    libreOfficeRunning: libreOfficeProcessRunning,
  };
}

/** Ostal's record of a lock it wrote: the process that holds it. */
interface OwnRecord {
  readonly lockPath: string;
  readonly content: string;
  readonly host: string;
  readonly pid: number;
}

export interface NodeLockServiceOptions {
  /** Where Ostal keeps its records of the locks it wrote (`<OSTAL_HOME>/locks`). */
  readonly recordsFolder: string;
  /** The user profile named in the lock (`<OSTAL_HOME>`). */
  readonly profileFolder: string;
  /** The display name written in the lock; default the system user name. */
  readonly displayName?: string;
  readonly environment?: LockEnvironment;
}

type Holder = { readonly kind: 'none' } | { readonly kind: 'stale' } | { readonly kind: 'ours' } | { readonly kind: 'other'; readonly owner: LockOwner };

export class NodeLockService implements LockService {
  private readonly env: LockEnvironment;
  /** Locks this process holds: document path -> lock content. */
  private readonly held = new Map<string, string>();

  constructor(private readonly options: NodeLockServiceOptions) {
    this.env = options.environment ?? systemLockEnvironment();
  }

  private recordPath(lockPath: string): string {
    const hash = createHash('sha256').update(path.resolve(lockPath)).digest('hex').slice(0, 24);
    return path.join(this.options.recordsFolder, `${hash}.json`);
  }

  private async readRecord(lockPath: string): Promise<OwnRecord | undefined> {
    try {
      const data = JSON.parse(await fs.readFile(this.recordPath(lockPath), 'utf8')) as Partial<OwnRecord>;
      if (typeof data.content === 'string' && typeof data.pid === 'number' && typeof data.host === 'string' && data.lockPath === lockPath) {
        return data as OwnRecord;
      }
    } catch {
      // No record, or a broken one: not a lock Ostal knows it wrote.
    }
    return undefined;
  }

  /** Who holds the LibreOffice lock at `lockPath`. */
  private async libreOfficeHolder(lockPath: string): Promise<Holder> {
    let text: string;
    let mtimeMs: number;
    try {
      text = await fs.readFile(lockPath, 'utf8');
      mtimeMs = (await fs.stat(lockPath)).mtimeMs;
    } catch (error) {
      if (nodeErrorCode(error) === 'ENOENT') return { kind: 'none' };
      throw error;
    }
    const lock = parseLibreOfficeLock(text);
    // An empty or garbled lock (a crash while it was written) says nothing: treat it as stale.
    if (lock === undefined) return { kind: 'stale' };
    const sinceMs = parseLockTime(lock.time) ?? mtimeMs;
    const owner: LockOwner = { app: 'libreoffice', user: lock.officeUser || lock.systemUser, host: lock.host, sinceMs };
    if (lock.host !== this.env.host) return { kind: 'other', owner };
    // Minute precision: a lock dated a full minute before the boot is from before it.
    if (sinceMs + 60_000 < this.env.bootMs()) return { kind: 'stale' };
    const record = await this.readRecord(lockPath);
    if (record !== undefined && record.content === text && record.host === this.env.host) {
      if (record.pid === this.env.pid) return { kind: 'ours' };
      return this.env.isRunning(record.pid) ? { kind: 'other', owner } : { kind: 'stale' };
    }
    if (lock.systemUser === this.env.user && !this.env.libreOfficeRunning()) return { kind: 'stale' };
    return { kind: 'other', owner };
  }

  /** The Office owner file beside `file`, if any. */
  private async msOfficeHolder(file: string): Promise<Holder> {
    for (const ownerPath of msOfficeOwnerPaths(file)) {
      try {
        const bytes = new Uint8Array(await fs.readFile(ownerPath));
        const stat = await fs.stat(ownerPath);
        const user = parseMsOfficeOwner(bytes);
        return { kind: 'other', owner: { app: 'msoffice', user: user ?? '', host: '', sinceMs: Math.trunc(stat.mtimeMs) } };
      } catch {
        // No such owner file: try the next name.
      }
    }
    return { kind: 'none' };
  }

  private lockContent(): string {
    return formatLibreOfficeLock({
      officeUser: this.options.displayName ?? '',
      systemUser: this.env.user,
      host: this.env.host,
      time: formatLockTime(this.env.now()),
      userUrl: pathToFileURL(this.options.profileFolder).href,
    });
  }

  /** Writes our lock (exclusively unless taking over) and the record of it. */
  private async write(file: string, lockPath: string, takeOver: boolean): Promise<'written' | 'raced'> {
    const content = this.lockContent();
    if (takeOver) await atomicWrite(lockPath, new TextEncoder().encode(content));
    else {
      try {
        await fs.writeFile(lockPath, content, { flag: 'wx' });
      } catch (error) {
        if (nodeErrorCode(error) === 'EEXIST') return 'raced';
        throw error;
      }
    }
    this.held.set(file, content);
    const record: OwnRecord = { lockPath, content, host: this.env.host, pid: this.env.pid };
    await fs
      .mkdir(this.options.recordsFolder, { recursive: true })
      .then(() => fs.writeFile(this.recordPath(lockPath), JSON.stringify(record)))
      .catch(() => undefined);
    return 'written';
  }

  /**
   * Takes the lock of `file`. An Office owner file or a live LibreOffice lock from someone else
   * answers `held`; a folder where no lock can be written answers `unlocked`.
   */
  async acquire(filePath: string): Promise<LockResult> {
    const file = path.resolve(filePath);
    const lockPath = libreOfficeLockPath(file);
    try {
      for (let attempt = 0; attempt < 3; attempt += 1) {
        if (this.held.has(file) && (await fs.readFile(lockPath, 'utf8').catch(() => '')) === this.held.get(file)) {
          return { status: 'acquired', takenOver: false };
        }
        const office = await this.msOfficeHolder(file);
        if (office.kind === 'other') return { status: 'held', owner: office.owner };
        const holder = await this.libreOfficeHolder(lockPath);
        if (holder.kind === 'other') return { status: 'held', owner: holder.owner };
        const outcome = await this.write(file, lockPath, holder.kind !== 'none');
        if (outcome === 'written') return { status: 'acquired', takenOver: holder.kind === 'stale' };
        // Someone wrote a lock between our look and our write: look again.
      }
      return { status: 'unlocked' };
    } catch {
      // Read-only folder, vanished share...: the document still opens, without a lock.
      return { status: 'unlocked' };
    }
  }

  /** Removes our lock of `file` when the lock file still holds what we wrote. */
  async release(filePath: string): Promise<void> {
    const file = path.resolve(filePath);
    const content = this.held.get(file);
    if (content === undefined) return;
    this.held.delete(file);
    const lockPath = libreOfficeLockPath(file);
    try {
      if ((await fs.readFile(lockPath, 'utf8')) === content) await fs.rm(lockPath, { force: true });
    } catch {
      // Gone already, or unreachable: nothing to remove.
    }
    await fs.rm(this.recordPath(lockPath), { force: true }).catch(() => undefined);
  }

  /** Releases every lock this process holds (on quit). */
  async releaseAll(): Promise<void> {
    await Promise.all([...this.held.keys()].map((file) => this.release(file)));
  }

  /** Like {@link releaseAll}, synchronously (for a quitting process that will not wait). */
  releaseAllSync(): void {
    for (const [file, content] of this.held) {
      const lockPath = libreOfficeLockPath(file);
      try {
        if (readFileSync(lockPath, 'utf8') === content) rmSync(lockPath, { force: true });
        rmSync(this.recordPath(lockPath), { force: true });
      } catch {
        // Gone already, or unreachable.
      }
    }
    this.held.clear();
  }

  /** Documents this process holds locked. */
  heldPaths(): readonly string[] {
    return [...this.held.keys()];
  }
}
