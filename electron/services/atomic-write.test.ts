import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WriteStep } from './atomic-write.js';
import { atomicWrite, TEMP_SUFFIX } from './atomic-write.js';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-atomic-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Writes the first half of the bytes, then fails as a full disk would. */
const failHalfway: WriteStep = async (handle, bytes) => {
  const half = Math.floor(bytes.length / 2);
  await handle.write(bytes, 0, half, 0);
  throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
};

describe('atomicWrite', () => {
  it('creates and replaces a file', async () => {
    const target = path.join(dir, 'a.txt');
    await atomicWrite(target, new TextEncoder().encode('one'));
    await atomicWrite(target, new TextEncoder().encode('two, longer'));
    expect(await fs.readFile(target, 'utf8')).toBe('two, longer');
    expect(await fs.readdir(dir)).toEqual(['a.txt']);
  });

  it('leaves the original intact and no temp file when the write fails half-way', async () => {
    const target = path.join(dir, 'rapport.odt');
    await fs.writeFile(target, 'original content');
    const bytes = new Uint8Array(10_000).fill(65);
    await expect(atomicWrite(target, bytes, { write: failHalfway })).rejects.toThrow(/ENOSPC/);
    expect(await fs.readFile(target, 'utf8')).toBe('original content');
    expect(await fs.readdir(dir)).toEqual(['rapport.odt']);
  });

  it('does not create the target when a first save fails', async () => {
    const target = path.join(dir, 'new.odt');
    await expect(atomicWrite(target, new Uint8Array(100), { write: failHalfway })).rejects.toThrow();
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('removes the temp file when the step before the rename fails', async () => {
    const target = path.join(dir, 'a.txt');
    await fs.writeFile(target, 'old');
    const beforeReplace = () => Promise.reject(new Error('backup failed'));
    await expect(atomicWrite(target, new Uint8Array([1, 2]), { beforeReplace })).rejects.toThrow('backup failed');
    expect(await fs.readFile(target, 'utf8')).toBe('old');
    expect((await fs.readdir(dir)).filter((n) => n.endsWith(TEMP_SUFFIX))).toEqual([]);
  });

  it('fails with ENOENT when the folder does not exist', async () => {
    await expect(atomicWrite(path.join(dir, 'missing', 'a.txt'), new Uint8Array(1))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.skipIf(process.platform === 'win32')('keeps the permissions of the file it replaces', async () => {
    const target = path.join(dir, 'private.txt');
    await fs.writeFile(target, 'x', { mode: 0o600 });
    await fs.chmod(target, 0o600);
    await atomicWrite(target, new Uint8Array([1]));
    expect((await fs.stat(target)).mode & 0o777).toBe(0o600);
  });
});
