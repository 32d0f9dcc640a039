/**
 * `exports.pdf` in browser mode (and for the CLI's services): the renderer's HTML printed by a
 * headless Chromium of the machine, in a private temporary profile, with the host's content
 * security policy first in the document (no script runs, nothing is fetched; turning scripts off
 * by flag stops headless printing itself). Electron replaces it with its own `printToPDF`
 * (electron/main/pdf-printer.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExportsService } from '../shared/exports.js';
import { guardedExportHtml } from '../shared/exports.js';
import { ServiceError } from './service-error.js';

/** Where a Chromium-family browser usually is, per platform. */
function candidates(): string[] {
  if (process.platform === 'win32') {
    const roots = [process.env['PROGRAMFILES(X86)'], process.env['PROGRAMFILES'], process.env['LOCALAPPDATA']].filter((r): r is string => !!r);
    return roots.flatMap((r) => [path.join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'), path.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'), path.join(r, 'Chromium', 'Application', 'chrome.exe')]);
  }
  if (process.platform === 'darwin') return ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/snap/bin/chromium'];
}

/** The browser to print with: `OSTAL_CHROMIUM` when set, else the first one installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env['OSTAL_CHROMIUM'];
  if (named) return existsSync(named) ? named : undefined;
  return candidates().find((c) => existsSync(c));
}

export interface ExportsServiceOptions {
  /** The browser executable, `null` for none; default {@link findChromium}. */
  readonly chromium?: string | null;
  /** Longest a print may take before the browser is stopped (ms). Default 120 s. */
  readonly timeoutMs?: number;
}

function run(file: string, args: readonly string[], timeoutMs: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 8192) stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

export class NodeExportsService implements ExportsService {
  private readonly chromium: string | undefined;
  private readonly timeoutMs: number;

  constructor(options: ExportsServiceOptions = {}) {
    this.chromium = options.chromium === undefined ? findChromium() : (options.chromium ?? undefined);
    this.timeoutMs = options.timeoutMs ?? 120_000;
  }

  async pdf(html: string): Promise<Uint8Array> {
    const chromium = this.chromium;
    if (chromium === undefined) throw new ServiceError('print-unavailable', 'No Chromium, Chrome or Edge is installed to print with.');
    const folder = await mkdtemp(path.join(os.tmpdir(), 'ostal-print-'));
    try {
      const page = path.join(folder, 'document.html');
      const out = path.join(folder, 'document.pdf');
      await writeFile(page, guardedExportHtml(html), 'utf8');
      const args = [
        '--headless',
        '--disable-gpu',
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-extensions',
        '--disable-background-networking',
        '--disable-sync',
        `--user-data-dir=${path.join(folder, 'profile')}`,
        '--no-pdf-header-footer',
        // A tagged PDF: its text has structure and reading order for screen readers.
        '--export-tagged-pdf',
        `--print-to-pdf=${out}`,
        // Chromium's own sandbox cannot start as root (containers); the page runs no script anyway.
        ...(typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : []),
        pathToFileURL(page).href,
      ];
      const result = await run(chromium, args, this.timeoutMs);
      const bytes = await readFile(out).catch(() => undefined);
      if (!bytes || bytes.length === 0) throw new ServiceError('io-error', `The browser did not print the document (exit ${String(result.code)}): ${result.stderr.slice(0, 500)}`);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } finally {
      await rm(folder, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}
