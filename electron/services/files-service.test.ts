import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WriteStep } from './atomic-write.js';
import { defaultDocumentsFolder, NodeFilesService } from './files-service.js';

let dir: string;
let home: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-files-'));
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-home-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
  await fs.rm(home, { recursive: true, force: true });
});

function service(writeStep?: WriteStep): NodeFilesService {
  return new NodeFilesService({ backupFolder: path.join(home, 'backups'), documentsFolder: dir, ...(writeStep ? { writeStep } : {}) });
}

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

describe('NodeFilesService.save and read', () => {
  it('round-trips bytes as a plain Uint8Array', async () => {
    const files = service();
    const target = path.join(dir, 'rapport.odt');
    const saved = await files.save(target, bytes('bonjour'));
    expect(saved).toMatchObject({ path: target, name: 'rapport.odt' });
    const read = await files.read(target);
    expect(read.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(read.bytes)).toBe(false);
    expect(text(read.bytes)).toBe('bonjour');
    expect(read.modifiedMs).toBe(saved.modifiedMs);
  });

  it('keeps the previous version as a backup under OSTAL_HOME', async () => {
    const files = service();
    const target = path.join(dir, 'budget.ods');
    const first = await files.save(target, bytes('v1'));
    expect(first.backupPath).toBeUndefined();
    const second = await files.save(target, bytes('v2'));
    expect(second.backupPath).toBeDefined();
    expect(second.backupPath!.startsWith(path.join(home, 'backups'))).toBe(true);
    expect(await fs.readFile(second.backupPath!, 'utf8')).toBe('v1');
    expect(await fs.readFile(target, 'utf8')).toBe('v2');
  });

  it('skips the backup when keepBackup is false', async () => {
    const files = service();
    const target = path.join(dir, 'a.odt');
    await files.save(target, bytes('v1'));
    const saved = await files.save(target, bytes('v2'), { keepBackup: false });
    expect(saved.backupPath).toBeUndefined();
    await expect(fs.readdir(path.join(home, 'backups'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('keeps at most five versions per file', async () => {
    const files = service();
    const target = path.join(dir, 'a.odt');
    for (let i = 0; i < 9; i += 1) await files.save(target, bytes(`v${String(i)}`));
    const backups = await fs.readdir(path.dirname((await files.save(target, bytes('last'))).backupPath!));
    expect(backups.length).toBe(5);
  });

  it("fails with 'file-changed' when the disk copy is newer than expected", async () => {
    const files = service();
    const target = path.join(dir, 'a.odt');
    const saved = await files.save(target, bytes('mine'));
    const later = new Date(saved.modifiedMs + 5_000);
    await fs.writeFile(target, 'theirs');
    await fs.utimes(target, later, later);
    await expect(files.save(target, bytes('mine again'), { expectedModifiedMs: saved.modifiedMs })).rejects.toMatchObject({
      code: 'file-changed',
    });
    expect(await fs.readFile(target, 'utf8')).toBe('theirs');
  });

  it('saves when the disk copy is the one we read', async () => {
    const files = service();
    const target = path.join(dir, 'a.odt');
    const saved = await files.save(target, bytes('v1'));
    const again = await files.save(target, bytes('v2'), { expectedModifiedMs: saved.modifiedMs });
    expect(again.path).toBe(target);
    expect(await fs.readFile(target, 'utf8')).toBe('v2');
  });

  it('leaves the original intact and no temp file when writing fails half-way', async () => {
    const halfThenFail: WriteStep = async (handle, data) => {
      await handle.write(data, 0, Math.floor(data.length / 2), 0);
      throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
    };
    const target = path.join(dir, 'precious.docx');
    await fs.writeFile(target, 'precious original');
    await expect(service(halfThenFail).save(target, new Uint8Array(4096).fill(7))).rejects.toMatchObject({ code: 'EIO' });
    expect(await fs.readFile(target, 'utf8')).toBe('precious original');
    expect(await fs.readdir(dir)).toEqual(['precious.docx']);
  });

  it('refuses to save over a folder and to read one', async () => {
    const files = service();
    await fs.mkdir(path.join(dir, 'sub'));
    await expect(files.save(path.join(dir, 'sub'), bytes('x'))).rejects.toMatchObject({ code: 'is-directory' });
    await expect(files.read(path.join(dir, 'sub'))).rejects.toMatchObject({ code: 'is-directory' });
  });

  it('fails with ENOENT for a missing file', async () => {
    await expect(service().read(path.join(dir, 'nope.odt'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('NodeFilesService.list', () => {
  it('lists folders first, then files by natural name, without hidden entries', async () => {
    await fs.mkdir(path.join(dir, 'Zeta'));
    await fs.mkdir(path.join(dir, 'alpha'));
    await fs.mkdir(path.join(dir, '.cache'));
    await fs.writeFile(path.join(dir, 'note10.odt'), 'x');
    await fs.writeFile(path.join(dir, 'note2.odt'), 'xy');
    await fs.writeFile(path.join(dir, 'B.xlsx'), '');
    await fs.writeFile(path.join(dir, '.hidden'), '');
    const listing = await service().list(dir);
    expect(listing.path).toBe(dir);
    expect(listing.parent).toBe(path.dirname(dir));
    expect(listing.entries.map((e) => e.name)).toEqual(['alpha', 'Zeta', 'B.xlsx', 'note2.odt', 'note10.odt']);
    expect(listing.entries.find((e) => e.name === 'note2.odt')).toMatchObject({ kind: 'file', size: 2 });
    expect(listing.entries[0]).toMatchObject({ kind: 'directory', size: 0, path: path.join(dir, 'alpha') });
  });

  it('has no parent at the root', async () => {
    const root = path.parse(dir).root;
    expect((await service().list(root)).parent).toBeNull();
  });

  it('fails with ENOTDIR on a file', async () => {
    await fs.writeFile(path.join(dir, 'f.txt'), '');
    await expect(service().list(path.join(dir, 'f.txt'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});

describe('documentsFolder', () => {
  it('uses the configured folder', async () => {
    expect(await service().documentsFolder()).toBe(dir);
  });

  it('is ~/Documents when it exists, else home', async () => {
    expect(defaultDocumentsFolder(home)).toBe(home);
    await fs.mkdir(path.join(home, 'Documents'));
    expect(defaultDocumentsFolder(home)).toBe(path.join(home, 'Documents'));
  });
});
