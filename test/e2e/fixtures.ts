/**
 * Fixtures for end-to-end tests: each test gets its own browser-mode host (`dist/web.cjs`) with a
 * fresh OSTAL_HOME and a fresh documents folder, so tests never share files or settings.
 */
import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHostProcess } from './host-process.js';


export interface OstalHost {
  /** URL printed by the host, token included. */
  readonly url: string;
  /** Folder the in-app file dialogs start in. */
  readonly docs: string;
  /** OSTAL_HOME of this host. */
  readonly home: string;
}


export const test = base.extend<{ host: OstalHost }>({
  // Playwright requires an object pattern for the fixtures argument, even when none is used.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'ostal-e2e-home-'));
    const docs = mkdtempSync(path.join(os.tmpdir(), 'ostal-e2e-docs-'));
    const { child, url } = await startHostProcess(home, docs);
    await use({ url, docs, home });
    // The host may still be writing (an autosave, a backup) as it stops: wait for it to exit
    // before removing its folders, or the removal races its last files (ENOTEMPTY).
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(resolve, 5000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
    rmSync(home, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    rmSync(docs, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  },
});

export { expect };
