/**
 * Fuzzing the host dispatcher: every channel called many times with malformed, hostile or random
 * arguments never throws, always answers a result, and never touches a file outside the folders
 * it was given through relative paths, NUL bytes or recovery ids naming other files.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../shared/host-api.js';
import { createHostDispatcher } from './host-dispatcher.js';
import { createHostServices } from './create-host-services.js';

let root: string;
let outside: string;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-fuzz-'));
  outside = path.join(root, 'outside.txt');
  await fs.writeFile(outside, 'untouched');
});
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

/** A small deterministic generator, so that a failure can be replayed. */
function generator(seed: number) {
  let x = seed >>> 0 || 1;
  const next = () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x1_0000_0000;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const values: (() => unknown)[] = [
    () => undefined,
    () => null,
    () => true,
    () => Math.floor(next() * 1e9) - 5e8,
    () => Number.NaN,
    () => Infinity,
    () => '',
    () => 'relative/file.odt',
    () => '../../outside.txt',
    () => `/${'a'.repeat(5000)}`,
    () => '/tmp/a\0b.odt',
    () => path.join(root, 'fuzz.odt'),
    () => '../outside',
    () => 'x'.repeat(101),
    () => ({ $bytes: 'AAAA' }),
    () => new Uint8Array(Math.floor(next() * 64)),
    () => [1, 2, 3],
    () => ({ __proto__: { polluted: true } }),
    () => JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
    () => ({ id: '../outside', session: 's', title: 't', kind: 'text', format: 'odt', originalPath: null, originalFormat: null, originalModifiedMs: null }),
    () => ({ id: 'ok', session: 's', title: 't'.repeat(1000), kind: 'text', format: 'odt', originalPath: null, originalFormat: null, originalModifiedMs: null }),
    () => ({ path: 'relative', name: 'n', kind: 'text', openedMs: 1 }),
    () => ({ expectedModifiedMs: 'yesterday' }),
    () => ({ keepBackup: 1, extra: true }),
    () => 'locale',
    () => 'autosaveSeconds',
    () => -1,
  ];
  return { next, pick, value: () => pick(values)() };
}

describe('host dispatcher under fuzzing', () => {
  it('answers every malformed call with a result, never an exception, and leaves other files alone', async () => {
    const home = path.join(root, 'home');
    const dispatch = createHostDispatcher(createHostServices({ ostalHome: home, policyFile: path.join(root, 'policy.json'), documentsFolder: root }));
    const gen = generator(20261129);
    const codes = new Set<string>();
    for (let i = 0; i < 3000; i += 1) {
      const channel = gen.next() < 0.05 ? gen.pick(['', 'files', 'files.delete', '__proto__', 'constructor', 42]) : gen.pick(CHANNELS);
      const args = gen.next() < 0.05 ? gen.value() : Array.from({ length: Math.floor(gen.next() * 4) }, () => gen.value());
      const result = await dispatch(channel, args);
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) codes.add(result.error.code);
    }
    expect(codes).toContain('invalid-argument');
    expect(codes).toContain('unknown-channel');
    expect(await fs.readFile(outside, 'utf8')).toBe('untouched');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Only the recovery area, the settings and the recent list may have been written under home.
    const written = await fs.readdir(home).catch(() => [] as string[]);
    for (const name of written) expect(['recovery', 'settings.json', 'recent.json', 'backups', 'locks']).toContain(name);
  });
});
