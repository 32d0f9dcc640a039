/**
 * Starts the browser-mode host (`dist/web.cjs`) on a free loopback port for the benchmarks that drive
 * the real interface in Chromium, with its own Ostal home and no policy file.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';

export async function startHost(root: string, home: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [path.resolve(import.meta.dirname, '../web.cjs'), '--port', '0', '--root', root], {
    env: { ...process.env, OSTAL_HOME: home, OSTAL_POLICY_FILE: path.join(home, 'no-policy.json') },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Ostal web: (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`host exited with ${String(code)}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

/**
 * Runs `run` with `file` copied alone into a fresh documents folder, a host serving it with a fresh
 * home, and Debian's Chromium; closes and removes them all afterwards.
 */
export async function withFileInBrowser<T>(file: string, run: (session: { readonly browser: Browser; readonly url: string; readonly name: string }) => Promise<T>): Promise<T> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ostal-bench-docs-'));
  const home = mkdtempSync(path.join(os.tmpdir(), 'ostal-bench-home-'));
  const name = path.basename(file);
  copyFileSync(file, path.join(root, name));
  const host = await startHost(root, home);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    return await run({ browser, url: host.url, name });
  } finally {
    await browser.close();
    host.stop();
    rmSync(root, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  }
}
