/**
 * Kill-during-save torture test: a child Node process saves version after version of one file
 * as the app does (files service: atomic write and backup of the previous version) and is killed
 * with SIGKILL at a random moment, many times over. After every
 * kill the file on disk must be one complete version, byte for byte (the last one saved or the
 * one being saved), never a mix or a truncated file.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../test/support/bundle-node.js';
import { TEMP_SUFFIX } from './atomic-write.js';
import { claimedVersion, tortureVersion } from './atomic-write.torture-versions.js';

const ITERATIONS = 60;

let dir: string;
let child: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-torture-'));
  child = path.join(dir, 'child.cjs');
  await bundleForNode(path.join(import.meta.dirname, 'atomic-write.torture-child.ts'), child);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/**
 * Starts the child saving versions from `first` on, waits for it to be ready, then lets `until`
 * decide when to SIGKILL it. Resolves with the signal that ended it.
 */
function runAndKill(target: string, first: number, until: () => Promise<void>): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, target, String(first), path.join(dir, 'backups')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    proc.stdout.once('data', () => {
      void until().then(() => proc.kill('SIGKILL'));
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (signal === null) reject(new Error(`the saving process stopped by itself (${String(code)}): ${err}`));
      else resolve(signal);
    });
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The version on disk, checked whole against its expected bytes. */
async function versionOnDisk(target: string): Promise<number> {
  const bytes = new Uint8Array(await fs.readFile(target));
  const version = claimedVersion(bytes);
  expect(version, 'the file has lost its header: a partial or mixed write').toBeDefined();
  const expected = tortureVersion(version!);
  expect(bytes.length).toBe(expected.length);
  expect(Buffer.compare(bytes, expected), `version ${String(version)} is not complete byte for byte`).toBe(0);
  return version!;
}

describe('kill during save', () => {
  it(`always leaves the complete old or the complete new file (${String(ITERATIONS)} kills at random moments)`, async () => {
    const target = path.join(dir, 'rapport.odt');
    await fs.writeFile(target, tortureVersion(0));
    let version = 0;
    let advanced = 0;
    for (let i = 0; i < ITERATIONS; i += 1) {
      const signal = await runAndKill(target, version + 1, () => sleep(Math.random() * 40));
      expect(signal).toBe('SIGKILL');
      const now = await versionOnDisk(target);
      expect(now).toBeGreaterThanOrEqual(version);
      if (now > version) advanced += 1;
      version = now;
    }
    // One more run that is killed only once a save has landed: the child really does save.
    await runAndKill(target, version + 1, async () => {
      while ((claimedVersion(new Uint8Array(await fs.readFile(target))) ?? 0) <= version) await sleep(5);
    });
    expect(await versionOnDisk(target)).toBeGreaterThan(version);
    // Every backup that looks whole is whole: a kill mid-copy leaves only a hidden leftover.
    const [backupFolder] = await fs.readdir(path.join(dir, 'backups'));
    const backups = (await fs.readdir(path.join(dir, 'backups', backupFolder!))).filter((name) => !name.startsWith('.'));
    expect(backups.length).toBeGreaterThan(0);
    for (const name of backups) await versionOnDisk(path.join(dir, 'backups', backupFolder!, name));
    // Temporary files a kill left behind are hidden (leading dot) and never the document itself.
    const names = await fs.readdir(dir);
    for (const name of names.filter((n) => n !== 'rapport.odt' && n !== 'child.cjs' && n !== 'backups')) {
      expect(name.startsWith('.rapport.odt.') && name.endsWith(TEMP_SUFFIX)).toBe(true);
    }
    process.stdout.write(`kill-during-save: ${String(ITERATIONS)} kills, ${String(advanced)} after a newer version had landed, every file complete\n`);
  });
});
