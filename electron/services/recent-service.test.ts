import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecentEntry } from '../shared/recent.js';
import { NodeRecentService } from './recent-service.js';

let home: string;
let max: number;
beforeEach(async () => {
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-recent-'));
  max = 10;
});
afterEach(async () => {
  await fs.rm(home, { recursive: true, force: true });
});

const file = () => path.join(home, 'recent.json');
const service = () => new NodeRecentService({ file: file(), maxRecent: () => Promise.resolve(max) });
const entry = (name: string, openedMs: number): RecentEntry => ({
  path: path.join(home, name),
  name,
  kind: 'text',
  openedMs,
});

describe('NodeRecentService', () => {
  it('is empty at first', async () => {
    expect(await service().list()).toEqual([]);
  });

  it('lists most recent first and dedupes by path', async () => {
    const recent = service();
    await recent.add(entry('a.odt', 1));
    await recent.add(entry('b.odt', 2));
    const list = await recent.add(entry('a.odt', 3));
    expect(list.map((e) => e.name)).toEqual(['a.odt', 'b.odt']);
    expect((await service().list()).map((e) => e.openedMs)).toEqual([3, 2]);
  });

  it('stores a versioned file with only the contract fields', async () => {
    await service().add({ ...entry('a.odt', 1), extra: 'x' } as RecentEntry);
    const stored = JSON.parse(await fs.readFile(file(), 'utf8'));
    expect(stored.version).toBe(1);
    expect(stored.entries).toEqual([entry('a.odt', 1)]);
  });

  it('caps the list at maxRecent', async () => {
    max = 3;
    const recent = service();
    for (let i = 0; i < 6; i += 1) await recent.add(entry(`f${String(i)}.odt`, i));
    expect((await recent.list()).map((e) => e.name)).toEqual(['f5.odt', 'f4.odt', 'f3.odt']);
    max = 2;
    expect(await recent.list()).toHaveLength(2);
  });

  it('removes and clears', async () => {
    const recent = service();
    await recent.add(entry('a.odt', 1));
    await recent.add(entry('b.odt', 2));
    expect((await recent.remove(path.join(home, 'a.odt'))).map((e) => e.name)).toEqual(['b.odt']);
    expect(await recent.clear()).toEqual([]);
    expect(await recent.list()).toEqual([]);
  });

  it('drops malformed entries from a hand-edited file', async () => {
    await fs.writeFile(
      file(),
      JSON.stringify({ version: 1, entries: [entry('ok.odt', 5), { path: 'relative.odt', name: 'x', kind: 'text', openedMs: 1 }, 42] }),
    );
    expect((await service().list()).map((e) => e.name)).toEqual(['ok.odt']);
  });
});
