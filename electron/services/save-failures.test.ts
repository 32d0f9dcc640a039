/**
 * Saving onto a full disk, a read-only file system and a folder that vanished: each gives its own
 * error code (the renderer shows a specific sentence and offers "Save as"), the file on disk keeps
 * its old bytes and no temporary file is left behind.
 *
 * Where the test may mount file systems (root on Linux), the failures are real: a small tmpfs
 * fills up, a read-only bind mount refuses writes. Elsewhere the kernel's own errors are provoked
 * another way: writes go to /dev/full (a real ENOSPC), and the write step fails with EROFS.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { openSync, closeSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WriteStep } from './atomic-write.js';
import { createHostDispatcher } from './host-dispatcher.js';
import { createHostServices } from './create-host-services.js';
import type { IpcResult } from '../shared/ipc-result.js';

let dir: string;
let home: string;
const mounts: string[] = [];

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-savefail-'));
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-savefail-home-'));
});
afterEach(async () => {
  while (mounts.length > 0) execFileSync('umount', [mounts.pop()!]);
  await fs.rm(dir, { recursive: true, force: true });
  await fs.rm(home, { recursive: true, force: true });
});

/** Mounts with `mount(8)`; false when this process may not mount (not root, no capability). */
function tryMount(args: readonly string[], target: string): boolean {
  try {
    execFileSync('mount', args, { stdio: 'ignore' });
    mounts.push(target);
    return true;
  } catch {
    return false;
  }
}

/** A write step whose bytes go to /dev/full: the kernel answers ENOSPC as a full disk does. */
const writeToDevFull: WriteStep = (_handle, bytes) => {
  const fd = openSync('/dev/full', 'w');
  try {
    writeSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
  return Promise.resolve();
};

const readOnlyStep: WriteStep = () => Promise.reject(Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' }));

function dispatcherFor(writeStep?: WriteStep) {
  const services = createHostServices({
    ostalHome: home,
    policyFile: path.join(home, 'no-policy.json'),
    documentsFolder: dir,
    ...(writeStep ? { writeStep } : {}),
  });
  return createHostDispatcher(services);
}

function codeOf(result: IpcResult<unknown>): string {
  return result.ok ? 'ok' : result.error.code;
}

async function folderNames(folder: string): Promise<string[]> {
  return (await fs.readdir(folder)).sort();
}

describe('saving when the disk is full, read-only, or gone', () => {
  it('a full disk answers disk-full and the old file keeps every byte', async () => {
    const folder = path.join(dir, 'small');
    await fs.mkdir(folder);
    const realDisk = tryMount(['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', folder], folder);
    const target = path.join(folder, 'budget.ods');
    const old = randomBytes(40_000);
    await fs.writeFile(target, old);
    const stat = await fs.stat(target);
    const dispatch = dispatcherFor(realDisk ? undefined : writeToDevFull);
    const result = await dispatch('files.save', [target, new Uint8Array(randomBytes(600_000)), { expectedModifiedMs: Math.trunc(stat.mtimeMs) }]);
    expect(codeOf(result)).toBe('disk-full');
    expect(Buffer.compare(await fs.readFile(target), old)).toBe(0);
    expect(await folderNames(folder)).toEqual(['budget.ods']);
    // Once there is room again, the same save goes through.
    const retry = await dispatch('files.save', [target, new Uint8Array(randomBytes(realDisk ? 100_000 : 0)), { expectedModifiedMs: Math.trunc(stat.mtimeMs) }]);
    if (realDisk) expect(codeOf(retry)).toBe('ok');
  });

  it('a read-only file system answers read-only and leaves the file as it was', async () => {
    const source = path.join(dir, 'share');
    const folder = path.join(dir, 'mounted');
    await fs.mkdir(source);
    await fs.mkdir(folder);
    await fs.writeFile(path.join(source, 'note.odt'), 'version 1');
    const realMount = tryMount(['--bind', source, folder], folder) && tryMount(['-o', 'remount,bind,ro', folder], folder);
    if (!realMount) {
      while (mounts.length > 0) execFileSync('umount', [mounts.pop()!]);
      await fs.cp(source, folder, { recursive: true });
    } else mounts.pop(); // one umount undoes the bind and its remount
    const target = path.join(folder, 'note.odt');
    const dispatch = dispatcherFor(realMount ? undefined : readOnlyStep);
    expect(codeOf(await dispatch('files.save', [target, new TextEncoder().encode('version 2')]))).toBe('read-only');
    expect(await fs.readFile(target, 'utf8')).toBe('version 1');
    expect(await folderNames(folder)).toEqual(['note.odt']);
  });

  it('a folder that vanished (a disconnected share) answers folder-unavailable, not file-changed', async () => {
    const folder = path.join(dir, 'partage');
    await fs.mkdir(folder);
    const target = path.join(folder, 'compte-rendu.odt');
    const dispatch = dispatcherFor();
    const first = await dispatch('files.save', [target, new TextEncoder().encode('v1')]);
    expect(codeOf(first)).toBe('ok');
    const modifiedMs = (first as { value: { modifiedMs: number } }).value.modifiedMs;
    await fs.rm(folder, { recursive: true });
    expect(codeOf(await dispatch('files.save', [target, new TextEncoder().encode('v2'), { expectedModifiedMs: modifiedMs }]))).toBe('folder-unavailable');
    expect(codeOf(await dispatch('files.save', [target, new TextEncoder().encode('v2')]))).toBe('folder-unavailable');
  });

  it('a file removed by someone else while its folder is still there is file-changed', async () => {
    const target = path.join(dir, 'a.odt');
    const dispatch = dispatcherFor();
    const first = await dispatch('files.save', [target, new TextEncoder().encode('v1')]);
    const modifiedMs = (first as { value: { modifiedMs: number } }).value.modifiedMs;
    await fs.rm(target);
    expect(codeOf(await dispatch('files.save', [target, new TextEncoder().encode('v2'), { expectedModifiedMs: modifiedMs }]))).toBe('file-changed');
  });
});
