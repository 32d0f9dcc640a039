import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileContent } from '../shared/files.js';
import { CHANNELS } from '../shared/host-api.js';
import type { IpcResult } from '../shared/ipc-result.js';
import type { NodeHostServices } from './create-host-services.js';
import { createHostServices } from './create-host-services.js';
import type { HostDispatcher } from './host-dispatcher.js';
import { createHostDispatcher } from './host-dispatcher.js';

let home: string;
let docs: string;
let services: NodeHostServices;
let dispatch: HostDispatcher;
beforeEach(async () => {
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-dispatch-home-'));
  docs = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-dispatch-docs-'));
  services = createHostServices({ ostalHome: home, policyFile: path.join(home, 'policy.json'), documentsFolder: docs });
  dispatch = createHostDispatcher(services);
});
afterEach(async () => {
  await fs.rm(home, { recursive: true, force: true });
  await fs.rm(docs, { recursive: true, force: true });
});

function errorCode(result: IpcResult<unknown>): string | undefined {
  return result.ok ? undefined : result.error.code;
}

describe('createHostDispatcher', () => {
  it('refuses unknown channels', async () => {
    expect(errorCode(await dispatch('files.delete', []))).toBe('unknown-channel');
    expect(errorCode(await dispatch(42, []))).toBe('unknown-channel');
    expect(errorCode(await dispatch('constructor', []))).toBe('unknown-channel');
  });

  it('refuses arguments that are not an array', async () => {
    expect(errorCode(await dispatch('files.documentsFolder', 'x'))).toBe('invalid-argument');
  });

  it('saves and reads through the channels', async () => {
    const target = path.join(docs, 'a.odt');
    const saved = await dispatch('files.save', [target, new Uint8Array([1, 2, 3]), { keepBackup: true }]);
    expect(saved).toMatchObject({ ok: true, value: { path: target, name: 'a.odt' } });
    const read = await dispatch('files.read', [target]);
    expect(read.ok).toBe(true);
    expect(Array.from((read as { value: FileContent }).value.bytes)).toEqual([1, 2, 3]);
    expect(await dispatch('files.documentsFolder', [])).toEqual({ ok: true, value: docs });
  });

  it.each([
    ['files.read', []],
    ['files.read', ['relative/path.odt']],
    ['files.read', [path.join(os.tmpdir(), 'a\0b')]],
    ['files.read', [42]],
    ['files.read', ['/a', '/b']],
    ['files.save', ['/tmp/x.odt', 'not bytes']],
    ['files.save', ['/tmp/x.odt', [1, 2, 3]]],
    ['files.save', ['/tmp/x.odt', new Uint8Array(1), { overwrite: true }]],
    ['files.save', ['/tmp/x.odt', new Uint8Array(1), { expectedModifiedMs: 'yesterday' }]],
    ['files.save', ['/tmp/x.odt', new Uint8Array(1), { keepBackup: 'yes' }]],
    ['files.list', ['.']],
    ['files.documentsFolder', ['extra']],
    ['recent.add', [{ path: 'x.odt', name: 'x', kind: 'text', openedMs: 1 }]],
    ['recent.add', [{ path: '/x.odt', name: 'x', kind: 'movie', openedMs: 1 }]],
    ['recent.add', [{ path: '/x.odt', name: 'x', kind: 'text', openedMs: Number.NaN }]],
    ['recent.remove', [null]],
    ['settings.set', ['locale', 'de']],
    ['settings.set', ['nope', 1]],
    ['settings.set', ['maxRecent']],
    ['settings.get', [1]],
  ] as const)('%s %j is an invalid-argument result', async (channel, args) => {
    expect(errorCode(await dispatch(channel, [...args]))).toBe('invalid-argument');
  });

  it('maps Node errors to host error codes', async () => {
    expect(errorCode(await dispatch('files.read', [path.join(docs, 'missing.odt')]))).toBe('not-found');
    expect(errorCode(await dispatch('files.list', [path.join(docs, 'missing')]))).toBe('not-found');
    await fs.writeFile(path.join(docs, 'f.txt'), '');
    expect(errorCode(await dispatch('files.list', [path.join(docs, 'f.txt')]))).toBe('not-a-directory');
    await fs.mkdir(path.join(docs, 'sub'));
    expect(errorCode(await dispatch('files.read', [path.join(docs, 'sub')]))).toBe('is-directory');
    expect(errorCode(await dispatch('files.save', [path.join(docs, 'no', 'such', 'a.odt'), new Uint8Array(1)]))).toBe('folder-unavailable');
  });

  it('passes service errors through with their codes', async () => {
    await fs.writeFile(path.join(home, 'policy.json'), JSON.stringify({ version: 1, values: { locale: 'fr' } }));
    expect(errorCode(await dispatch('settings.set', ['locale', 'en']))).toBe('setting-locked');
    const target = path.join(docs, 'a.odt');
    await fs.writeFile(target, 'x');
    expect(errorCode(await dispatch('files.save', [target, new Uint8Array(1), { expectedModifiedMs: 0 }]))).toBe('file-changed');
  });

  it('answers every channel with a result, never a rejection', async () => {
    const answers = await Promise.all(CHANNELS.map((channel) => dispatch(channel, [])));
    for (const answer of answers) expect(typeof answer.ok).toBe('boolean');
  });

  it('binds recent and settings', async () => {
    const entry = { path: path.join(docs, 'a.odt'), name: 'a.odt', kind: 'text', openedMs: 5 };
    expect(await dispatch('recent.add', [entry])).toEqual({ ok: true, value: [entry] });
    expect(await dispatch('recent.list', [])).toEqual({ ok: true, value: [entry] });
    const set = await dispatch('settings.set', ['maxRecent', 0]);
    expect(set).toMatchObject({ ok: true, value: { values: { maxRecent: 0 }, locked: [] } });
    expect(await dispatch('recent.list', [])).toEqual({ ok: true, value: [] });
  });
});
