/**
 * The engine behind a fault-injecting proxy in front of Apache mod_dav: resets, hangs, 5xx, 507,
 * 429 with Retry-After, 423, truncated answers, and uploads that land while the answer is lost.
 * Whatever happens, the last edit ends on the server exactly once, with no conflict copy.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApacheDav } from '../../../../test/support/apache-dav.js';
import { DAV_USERS, startApacheDav, writeServedFile } from '../../../../test/support/apache-dav.js';
import type { FaultProxy } from '../../../../test/support/fault-proxy.js';
import { startFaultProxy } from '../../../../test/support/fault-proxy.js';
import { DavError } from '../dav-error.js';
import { SyncEngine } from '../sync-engine.js';
import { MemorySyncStorage } from '../sync-storage.js';
import { WebDavClient } from '../webdav-client.js';

let dav: ApacheDav;
let proxy: FaultProxy;
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

beforeAll(async () => {
  dav = await startApacheDav();
  proxy = await startFaultProxy(dav.origin);
});

afterAll(async () => {
  await proxy.close();
  await dav.dispose();
});

function client(): WebDavClient {
  return new WebDavClient({ rootUrl: `${proxy.origin}/webdav/drives/`, username: 'anne', password: DAV_USERS.anne, fetch, timeoutMs: 1500 });
}

/** Drains until nothing is pending (each retry forced: the faults, not the clock, decide). */
async function settle(sync: SyncEngine): Promise<void> {
  for (let i = 0; i < 60 && sync.queue().some((q) => q.state === 'pending'); i++) {
    await sync.drain(true);
    if (sync.queue().some((q) => q.state === 'pending')) await new Promise((r) => setTimeout(r, 100));
  }
}

describe('sync through a faulty network', () => {
  it('never loses nor duplicates an edit whatever the failures', async () => {
    writeServedFile(dav.exoFolder, 'fautes.odt', 'v0');
    const sync = await SyncEngine.create({ client: client(), storage: new MemorySyncStorage(), autoDrain: false });
    await sync.open('fautes.odt');
    const reasons: string[] = [];
    sync.onChange((info) => {
      if (info.error) reasons.push(info.error.reason);
    });

    proxy.inject(
      'PUT',
      { kind: 'reset' },
      { kind: 'hang' },
      { kind: 'status', status: 500 },
      { kind: 'status', status: 502 },
      { kind: 'status', status: 503 },
      { kind: 'status', status: 507 },
      { kind: 'status', status: 429, headers: { 'Retry-After': '1' } },
      { kind: 'status', status: 423 },
      { kind: 'forward-then-reset' },
    );
    await sync.save('fautes.odt', text('v1'));
    await settle(sync);
    expect(new Set(reasons)).toEqual(new Set(['unreachable', 'timeout', 'server-error', 'insufficient-storage', 'too-many-requests', 'locked']));
    expect(sync.info('fautes.odt')?.status).toBe('up-to-date');
    expect(readFileSync(path.join(dav.exoFolder, 'fautes.odt'), 'utf8')).toBe('v1');

    // The answer to a landed upload is lost, then the user saves again: both land, in order.
    proxy.inject('PUT', { kind: 'forward-then-reset' });
    await sync.save('fautes.odt', text('v2'));
    await sync.drain(true);
    await sync.save('fautes.odt', text('v3'));
    await settle(sync);
    expect(readFileSync(path.join(dav.exoFolder, 'fautes.odt'), 'utf8')).toBe('v3');
    expect(sync.info('fautes.odt')?.status).toBe('up-to-date');
    expect(readdirSync(dav.exoFolder).filter((n) => n.startsWith('fautes'))).toEqual(['fautes.odt']);
  });

  it('a 412 from the network (not the server) is checked against the real content, not taken as a conflict', async () => {
    writeServedFile(dav.exoFolder, 'faux412.odt', 'v0');
    const sync = await SyncEngine.create({ client: client(), storage: new MemorySyncStorage(), autoDrain: false });
    await sync.open('faux412.odt');
    proxy.inject('PUT', { kind: 'status', status: 412 });
    await sync.save('faux412.odt', text('v1'));
    await settle(sync);
    expect(sync.info('faux412.odt')?.status).toBe('up-to-date');
    expect(readFileSync(path.join(dav.exoFolder, 'faux412.odt'), 'utf8')).toBe('v1');
  });

  it('refuses a truncated folder listing with a clear error', async () => {
    proxy.inject('PROPFIND', { kind: 'truncate' });
    const error = await client().list('').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DavError);
    expect(['unreachable', 'hostile-response']).toContain((error as DavError).reason);
    expect((await client().list('')).length).toBeGreaterThan(0);
  });
});
