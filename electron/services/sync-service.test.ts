/**
 * The sync service through the host dispatcher (as Electron IPC and the browser-mode host call
 * it), over real files and a real Apache httpd with mod_dav.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApacheDav } from '../../test/support/apache-dav.js';
import { DAV_USERS, makeServedFolder, startApacheDav, writeServedFile } from '../../test/support/apache-dav.js';
import type { AccountSyncState, RemoteDocument, RemoteListing, SyncAccount } from '../shared/sync.js';
import type { NodeHostServices } from './create-host-services.js';
import { createHostServices } from './create-host-services.js';
import type { HostDispatcher } from './host-dispatcher.js';
import { createHostDispatcher } from './host-dispatcher.js';
import { hostCaller } from './testing/host-call.js';

let dav: ApacheDav;
let tmp: string;
let services: NodeHostServices;
let dispatch: HostDispatcher;

function start(): void {
  services = createHostServices({ ostalHome: path.join(tmp, 'home'), policyFile: path.join(tmp, 'policy.json'), documentsFolder: tmp });
  dispatch = createHostDispatcher(services);
}

const call = hostCaller(() => dispatch);

async function code(channel: string, ...args: unknown[]): Promise<string> {
  const result = await dispatch(channel, args);
  return result.ok ? 'ok' : result.error.code;
}

beforeAll(async () => {
  dav = await startApacheDav();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-sync-service-'));
  start();
});

afterAll(async () => {
  await services.sync.dispose();
  await dav.dispose();
  await fs.rm(tmp, { recursive: true, force: true });
});

const input = (password: string = DAV_USERS.anne) => ({ kind: 'exo', label: 'Intranet', siteUrl: dav.origin, username: 'anne', password });

describe('sync service', () => {
  it('tests and adds accounts; the password never comes back and is stored privately', async () => {
    expect(await call('sync.testAccount', input('faux'))).toBe('credentials');
    expect(await code('sync.addAccount', input('faux'))).toBe('remote-credentials');
    expect(await call('sync.testAccount', { ...input(), siteUrl: 'http://127.0.0.1:9' })).toBe('unreachable');

    const account = await call<SyncAccount>('sync.addAccount', input());
    expect(account).toMatchObject({ kind: 'exo', label: 'Intranet', rootUrl: `${dav.origin}/webdav/drives/`, username: 'anne' });
    expect(JSON.stringify(account)).not.toContain(DAV_USERS.anne);
    const listed = await call<SyncAccount[]>('sync.accounts');
    expect(listed.map((a) => a.id)).toEqual([account.id]);
    expect(JSON.stringify(listed)).not.toContain(DAV_USERS.anne);

    const syncFolder = path.join(tmp, 'home', 'sync');
    expect(await fs.readFile(path.join(syncFolder, 'accounts.json'), 'utf8')).not.toContain(DAV_USERS.anne);
    expect((await fs.stat(path.join(syncFolder, 'secrets.json'))).mode & 0o777).toBe(0o600);
  });

  it('browses, opens, saves; the queue on disk survives a restart while the server is down', async () => {
    const [account] = await call<SyncAccount[]>('sync.accounts');
    const id = account?.id ?? '';
    makeServedFolder(dav.exoFolder, 'Direction');
    writeServedFile(dav.exoFolder, 'Direction/note.odt', 'version du serveur');

    const root = await call<RemoteListing>('sync.list', id, '');
    expect(root.entries.map((e) => [e.name, e.isFolder])).toContainEqual(['Direction', true]);
    const folder = await call<RemoteListing>('sync.list', id, root.entries.find((e) => e.name === 'Direction')?.url);
    const note = folder.entries[0];
    expect(note).toMatchObject({ name: 'note.odt', isFolder: false, size: 18, lockedBy: undefined });

    const opened = await call<RemoteDocument>('sync.open', id, note?.url, true);
    expect(new TextDecoder().decode(opened.bytes)).toBe('version du serveur');
    expect(opened.readOnly).toBe(false);
    const locked = await call<RemoteListing>('sync.list', id, folder.url);
    expect(locked.entries[0]?.lockedBy).toBe('anne');

    await dav.stop();
    await call('sync.save', id, note?.url, new TextEncoder().encode('modifié hors ligne'));
    await services.sync.dispose(); // quit before the upload could happen
    start();
    let [state] = await call<AccountSyncState[]>('sync.status');
    expect(state?.pending).toBe(1);

    await dav.start();
    await call('sync.retry', id, note?.url);
    for (let i = 0; i < 100 && state?.pending !== 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      [state] = await call<AccountSyncState[]>('sync.status');
    }
    expect(state?.documents.find((d) => d.url === note?.url)).toMatchObject({ status: "up-to-date", errorReason: undefined });
    expect(await fs.readFile(path.join(dav.exoFolder, 'Direction', 'note.odt'), 'utf8')).toBe('modifié hors ligne');
    await call('sync.close', id, note?.url);
    expect((await call<RemoteListing>('sync.list', id, folder.url)).entries[0]?.lockedBy).toBeUndefined();
  });

  it('validates every argument before the service sees it', async () => {
    const [account] = await call<SyncAccount[]>('sync.accounts');
    const id = account?.id ?? '';
    expect(await code('sync.open', id, 'file:///etc/passwd', false)).toBe('invalid-argument');
    expect(await code('sync.open', '../x', `${dav.origin}/webdav/drives/a.odt`, false)).toBe('invalid-argument');
    expect(await code('sync.save', id, `${dav.origin}/webdav/drives/a.odt`, 'pas des octets')).toBe('invalid-argument');
    expect(await code('sync.resolveConflict', id, `${dav.origin}/webdav/drives/a.odt`, 'keep-all')).toBe('invalid-argument');
    expect(await code('sync.addAccount', { ...input(), kind: 'ftp' })).toBe('invalid-argument');
    expect(await code('sync.addAccount', { ...input(), token: 'x' })).toBe('invalid-argument');
    // Credentials only go to the account's own server.
    expect(await code('sync.open', id, 'https://ailleurs.example/doc.odt', false)).toBe('remote-bad-url');
    expect(await code('sync.list', id, `${dav.origin}/autre/`)).toBe('invalid-argument');
  });

  it('removes an account with its password and cache', async () => {
    const [account] = await call<SyncAccount[]>('sync.accounts');
    expect(await call<SyncAccount[]>('sync.removeAccount', account?.id)).toEqual([]);
    expect(await fs.readFile(path.join(tmp, 'home', 'sync', 'secrets.json'), 'utf8')).not.toContain(account?.id ?? '');
    await expect(fs.stat(path.join(tmp, 'home', 'sync', account?.id ?? ''))).rejects.toThrow();
  });
});
