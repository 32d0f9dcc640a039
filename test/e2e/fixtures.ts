/**
 * Fixtures for end-to-end tests: each test gets its own browser-mode host (`dist/web.cjs`) with a
 * fresh OSTAL_HOME and a fresh documents folder, so tests never share files or settings.
 */
import { test as base, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface OstalHost {
  /** URL printed by the host, token included. */
  readonly url: string;
  /** Folder the in-app file dialogs start in. */
  readonly docs: string;
  /** OSTAL_HOME of this host. */
  readonly home: string;
}

function startHost(home: string, docs: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/web.cjs'), '--port', '0', '--root', docs], {
      env: { ...process.env, OSTAL_HOME: home, OSTAL_POLICY_FILE: path.join(home, 'no-policy.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${out}${err}`)), 20_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Ostal web: (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${String(code)}: ${err}`));
    });
  });
}

export const test = base.extend<{ host: OstalHost }>({
  // Playwright requires an object pattern for the fixtures argument, even when none is used.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'ostal-e2e-home-'));
    const docs = mkdtempSync(path.join(os.tmpdir(), 'ostal-e2e-docs-'));
    const { child, url } = await startHost(home, docs);
    await use({ url, docs, home });
    child.kill('SIGTERM');
    rmSync(home, { recursive: true, force: true });
    rmSync(docs, { recursive: true, force: true });
  },
});

export { expect };
