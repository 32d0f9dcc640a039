/**
 * Killing the app mid-upload: a real child process runs the host's sync service, saves a
 * platform document, and is SIGKILLed while its PUT is in flight (held by a fault proxy in front
 * of a real Apache mod_dav). Restarted on the same user-data folder, the service drains the
 * persistent queue: the server gets the saved text exactly once, no conflict copy, nothing lost.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApacheDav } from '../../test/support/apache-dav.js';
import { DAV_USERS, startApacheDav, writeServedFile } from '../../test/support/apache-dav.js';
import { bundleForNode } from '../../test/support/bundle-node.js';
import type { FaultProxy } from '../../test/support/fault-proxy.js';
import { startFaultProxy } from '../../test/support/fault-proxy.js';
import { createHostServices } from './create-host-services.js';

let dav: ApacheDav;
let proxy: FaultProxy;
let dir: string;
let child: string;

beforeAll(async () => {
  dav = await startApacheDav();
  proxy = await startFaultProxy(dav.origin);
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-sync-kill-'));
  child = path.join(dir, 'child.cjs');
  await bundleForNode(path.join(import.meta.dirname, 'sync-kill.child.ts'), child);
}, 60_000);

afterAll(async () => {
  await proxy.close();
  await dav.dispose();
  await fs.rm(dir, { recursive: true, force: true });
});

/** Runs the child until `killWhen()` is true, then SIGKILLs it; resolves with its `saved` line. */
function runAndKill(args: string[], killWhen: () => boolean): Promise<{ accountId: string; url: string; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setInterval(() => {
      if (/^saved /m.test(out) && killWhen()) {
        clearInterval(timer);
        proc.kill('SIGKILL');
      }
    }, 20);
    proc.on('exit', (code, signal) => {
      clearInterval(timer);
      const m = /^saved (\S+) (\S+)$/m.exec(out);
      if (!m || signal !== 'SIGKILL') reject(new Error(`child ended with ${String(code)}/${String(signal)}: ${out}${err}`));
      else resolve({ accountId: m[1]!, url: m[2]!, signal });
    });
  });
}

describe('kill during an upload (real process, real Apache)', () => {
  it('the restarted service uploads the saved text exactly once', async () => {
    writeServedFile(dav.exoFolder, 'rapport.txt', 'version du serveur\n');
    const home = path.join(dir, 'home');
    await fs.mkdir(home);
    // The child's upload reaches the proxy and hangs there: killed while it waits for the answer.
    proxy.inject('PUT', { kind: 'hang' });
    const putsBefore = () => proxy.log.filter((l) => l.startsWith('PUT ')).length;
    const before = putsBefore();
    const { accountId, url } = await runAndKill([home, proxy.origin, DAV_USERS.anne, 'rapport.txt', 'version d’Anne\n'], () => putsBefore() > before);
    expect(await fs.readFile(path.join(dav.exoFolder, 'rapport.txt'), 'utf8')).toBe('version du serveur\n');

    // The app starts again on the same user data: the queue survived the kill and drains.
    const services = createHostServices({ ostalHome: home, policyFile: path.join(home, 'no-policy.json'), documentsFolder: home });
    try {
      const pending = (await services.sync.status()).find((s) => s.accountId === accountId);
      expect(pending?.pending).toBe(1);
      await services.sync.retry(accountId, url);
      await expect.poll(async () => (await services.sync.status()).find((s) => s.accountId === accountId)?.pending, { timeout: 30_000 }).toBe(0);
      expect(await fs.readFile(path.join(dav.exoFolder, 'rapport.txt'), 'utf8')).toBe('version d’Anne\n');
      // Exactly once: one more PUT after the restart, and no conflict copy beside the file.
      expect(putsBefore()).toBe(before + 2);
      expect((await fs.readdir(dav.exoFolder)).filter((n) => n.startsWith('rapport'))).toEqual(['rapport.txt']);
      const state = (await services.sync.status()).find((s) => s.accountId === accountId)?.documents.find((d) => d.url === url);
      expect(state?.status).toBe('up-to-date');
    } finally {
      await services.sync.dispose();
    }
  });

  it('an upload that landed while the app was being killed is recognised, not uploaded twice nor taken for a conflict', async () => {
    writeServedFile(dav.exoFolder, 'budget.txt', 'budget du serveur\n');
    const home = path.join(dir, 'home-landed');
    await fs.mkdir(home);
    // The proxy passes the PUT to Apache, which applies it; the child is killed before it hears back.
    proxy.inject('PUT', { kind: 'forward-then-reset' });
    const puts = () => proxy.log.filter((l) => l.startsWith('PUT ')).length;
    const before = puts();
    const { accountId, url } = await runAndKill([home, proxy.origin, DAV_USERS.anne, 'budget.txt', 'budget d’Anne\n'], () => puts() > before);
    await expect.poll(() => fs.readFile(path.join(dav.exoFolder, 'budget.txt'), 'utf8')).toBe('budget d’Anne\n');

    const services = createHostServices({ ostalHome: home, policyFile: path.join(home, 'no-policy.json'), documentsFolder: home });
    try {
      await services.sync.retry(accountId, url);
      await expect.poll(async () => (await services.sync.status()).find((s) => s.accountId === accountId)?.pending, { timeout: 30_000 }).toBe(0);
      const state = (await services.sync.status()).find((s) => s.accountId === accountId)?.documents.find((d) => d.url === url);
      expect(state?.status).toBe('up-to-date');
      expect(await fs.readFile(path.join(dav.exoFolder, 'budget.txt'), 'utf8')).toBe('budget d’Anne\n');
      expect((await fs.readdir(dav.exoFolder)).filter((n) => n.startsWith('budget'))).toEqual(['budget.txt']);
    } finally {
      await services.sync.dispose();
    }
  });
});
