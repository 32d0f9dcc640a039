/**
 * The Node implementation of {@link LaunchService}, and how a command line becomes documents to
 * open: arguments that are not options, resolved against the caller's working folder, kept when
 * they name an existing file Ostal opens (by extension).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { LaunchService } from '../shared/launch.js';
import type { NewDocumentKind } from '../shared/new-document-tasks.js';

/** Extensions of the files Ostal opens from a command line or a double-click. */
export const OPENABLE_EXTENSIONS: readonly string[] = ['odt', 'ods', 'odp', 'fodt', 'fods', 'fodp', 'docx', 'xlsx', 'pptx', 'csv', 'docm', 'xlsm', 'pptm'];

/** Largest number of documents one command line may ask to open. */
const MAX_DOCUMENTS = 50;

/**
 * The documents a command line names. `argv` is the arguments after the executable (and after the
 * app path when Electron runs unpackaged); options (`--x`, `-x`) are skipped. Never throws.
 */
export function documentArgs(argv: readonly string[], cwd: string): string[] {
  const found: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-') || arg.length === 0 || arg.includes('\0')) continue;
    const ext = path.extname(arg).slice(1).toLowerCase();
    if (!OPENABLE_EXTENSIONS.includes(ext)) continue;
    const full = path.resolve(cwd, arg);
    try {
      if (!statSync(full).isFile()) continue;
    } catch {
      continue;
    }
    if (!found.includes(full)) found.push(full);
    if (found.length >= MAX_DOCUMENTS) break;
  }
  return found;
}

/** Paths queued by the host process, taken by the renderer. */
export class NodeLaunchService implements LaunchService {
  private pending: string[] = [];

  /** Adds documents to open (duplicates of waiting ones are dropped). */
  queue(paths: readonly string[]): void {
    for (const p of paths) if (!this.pending.includes(p)) this.pending.push(p);
  }

  /** No windows here (browser mode): the documents wait for this page's next `take`. */
  openWindow(paths: readonly string[]): Promise<void> {
    this.queue(paths);
    return Promise.resolve();
  }

  take(): Promise<readonly string[]> {
    const taken = this.pending;
    this.pending = [];
    return Promise.resolve(taken);
  }

  private pendingNew: NewDocumentKind[] = [];

  /** Adds blank documents to create (`--new=<kind>` on the host's command line). */
  queueNew(kinds: readonly NewDocumentKind[]): void {
    this.pendingNew.push(...kinds);
  }

  takeNew(): Promise<readonly NewDocumentKind[]> {
    const taken = this.pendingNew;
    this.pendingNew = [];
    return Promise.resolve(taken);
  }
}
