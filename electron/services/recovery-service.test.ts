import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecoveryInput } from '../shared/recovery.js';
import { createHostDispatcher } from './host-dispatcher.js';
import { createHostServices } from './create-host-services.js';
import { NodeRecoveryService } from './recovery-service.js';

let home: string;
beforeEach(async () => {
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-recovery-'));
});
afterEach(async () => {
  await fs.rm(home, { recursive: true, force: true });
});

const input = (id: string, session = 'sessionA', extra: Partial<RecoveryInput> = {}): RecoveryInput => ({
  id,
  session,
  title: 'rapport.odt',
  kind: 'text',
  format: 'odt',
  originalPath: '/home/anne/rapport.odt',
  originalFormat: 'odt',
  originalModifiedMs: 1_700_000_000_000,
  ...extra,
});
const bytes = (text: string) => new TextEncoder().encode(text);

describe('NodeRecoveryService', () => {
  it('stores a copy per document, lists what other sessions left, newest first, and reads it back', async () => {
    let now = 1000;
    const recovery = new NodeRecoveryService({ folder: path.join(home, 'recovery'), now: () => now });
    await recovery.store(input('a1', 'old'), bytes('first'));
    now = 2000;
    await recovery.store(input('b2', 'old', { title: 'Sans titre 1', originalPath: null, originalFormat: null, originalModifiedMs: null }), bytes('second'));
    now = 3000;
    await recovery.store(input('a1', 'old'), bytes('first, more text'));
    const listed = await recovery.list('current');
    expect(listed.map((e) => [e.id, e.savedMs, e.size])).toEqual([
      ['a1', 3000, 16],
      ['b2', 2000, 6],
    ]);
    expect(listed[0]).toMatchObject({ title: 'rapport.odt', originalPath: '/home/anne/rapport.odt', originalFormat: 'odt', originalModifiedMs: 1_700_000_000_000 });
    expect(new TextDecoder().decode(await recovery.read('a1'))).toBe('first, more text');
    // The session that stored them is not offered its own copies.
    expect(await recovery.list('old')).toEqual([]);
  });

  it('removes a copy (and a missing one quietly)', async () => {
    const recovery = new NodeRecoveryService({ folder: path.join(home, 'recovery') });
    await recovery.store(input('a1', 'old'), bytes('x'));
    await recovery.remove('a1');
    await recovery.remove('a1');
    expect(await recovery.list('current')).toEqual([]);
    expect(await fs.readdir(path.join(home, 'recovery'))).toEqual([]);
  });

  it('a remove right after a store is not overtaken by it', async () => {
    const recovery = new NodeRecoveryService({ folder: path.join(home, 'recovery') });
    const stored = recovery.store(input('a1', 'old'), bytes('x'.repeat(100_000)));
    const removed = recovery.remove('a1');
    await Promise.all([stored, removed]);
    expect(await recovery.list('current')).toEqual([]);
  });

  it('never offers a copy whose bytes are missing, cut short, or whose description is broken', async () => {
    const folder = path.join(home, 'recovery');
    const recovery = new NodeRecoveryService({ folder });
    await recovery.store(input('whole', 'old'), bytes('complete'));
    await recovery.store(input('cut', 'old'), bytes('complete'));
    await recovery.store(input('lost', 'old'), bytes('complete'));
    await fs.writeFile(path.join(folder, 'cut.bin'), 'comp');
    await fs.rm(path.join(folder, 'lost.bin'));
    await fs.writeFile(path.join(folder, 'broken.json'), '{"id": "broken", "title": ');
    await fs.writeFile(path.join(folder, 'evil.json'), JSON.stringify({ ...input('other', 'old'), savedMs: 1, size: 1 }));
    expect((await recovery.list('current')).map((e) => e.id)).toEqual(['whole']);
  });

  it('is reached through the dispatcher, which refuses ids that could name other files', async () => {
    const dispatch = createHostDispatcher(createHostServices({ ostalHome: home, policyFile: path.join(home, 'none.json') }));
    const stored = await dispatch('recovery.store', [input('doc1'), bytes('bonjour')]);
    expect(stored.ok).toBe(true);
    expect(await fs.readdir(path.join(home, 'recovery'))).toEqual(['doc1.bin', 'doc1.json']);
    const listed = await dispatch('recovery.list', ['another-session']);
    expect(listed.ok && (listed.value as { id: string }[]).map((e) => e.id)).toEqual(['doc1']);
    for (const bad of ['../settings', '', 'a/b', 'x'.repeat(101), 42]) {
      const result = await dispatch('recovery.read', [bad]);
      expect(result.ok ? 'ok' : result.error.code).toBe('invalid-argument');
    }
    const relative = await dispatch('recovery.store', [{ ...input('doc2'), originalPath: 'relative.odt' }, bytes('x')]);
    expect(relative.ok ? 'ok' : relative.error.code).toBe('invalid-argument');
    const unknownFormat = await dispatch('recovery.store', [{ ...input('doc2'), format: 'exe' }, bytes('x')]);
    expect(unknownFormat.ok ? 'ok' : unknownFormat.error.code).toBe('invalid-argument');
    expect(await dispatch('recovery.remove', ['doc1'])).toEqual({ ok: true, value: undefined });
    const gone = await dispatch('recovery.read', ['doc1']);
    expect(gone.ok ? 'ok' : gone.error.code).toBe('not-found');
  });
});
