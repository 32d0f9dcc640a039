/**
 * Colleagues' changes through the sync service (as the window sees them over IPC), with a real
 * Apache httpd with mod_dav: the status says `changed-remotely`, "reload" and "keep mine" go
 * through `sync.resolveConflict`, and the check interval is the `remoteCheckSeconds` setting,
 * which machine policy can lock.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApacheDav } from '../../test/support/apache-dav.js';
import { DAV_USERS, startApacheDav, writeServedFile } from '../../test/support/apache-dav.js';
import { WebDavClient } from '@ostal/sync';
import type { AccountSyncState, RemoteDocument, SyncAccount } from '../shared/sync.js';
import type { NodeHostServices } from './create-host-services.js';
import { createHostServices } from './create-host-services.js';
import type { HostDispatcher } from './host-dispatcher.js';
import { createHostDispatcher } from './host-dispatcher.js';
import { hostCaller } from './testing/host-call.js';

let dav: ApacheDav;
let tmp: string;
let services: NodeHostServices;
let dispatch: HostDispatcher;

const call = hostCaller(() => dispatch);

beforeAll(async () => {
  dav = await startApacheDav();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-sync-remote-'));
});

afterAll(async () => {
  await services.sync.dispose();
  await dav.dispose();
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('sync service: changes made by colleagues', () => {
  it('reports a colleague’s save of an open document and reloads it on request', async () => {
    const policyFile = path.join(tmp, 'policy.json');
    await fs.writeFile(policyFile, JSON.stringify({ version: 1, values: { remoteCheckSeconds: 120 } }));
    services = createHostServices({ ostalHome: path.join(tmp, 'home'), policyFile, documentsFolder: tmp });
    dispatch = createHostDispatcher(services);

    // The interval is a setting IT can lock.
    const settings = await services.settings.get();
    expect(settings.values.remoteCheckSeconds).toBe(120);
    expect(settings.locked).toContain('remoteCheckSeconds');
    await expect(services.settings.set('remoteCheckSeconds', 30)).rejects.toMatchObject({ code: 'setting-locked' });

    const account = await call<SyncAccount>('sync.addAccount', { kind: 'exo', label: 'Intranet', siteUrl: dav.origin, username: 'anne', password: DAV_USERS.anne });
    writeServedFile(dav.exoFolder, 'délibération.odt', 'texte voté');
    const url = `${account.rootUrl}d%C3%A9lib%C3%A9ration.odt`;
    const opened = await call<RemoteDocument>('sync.open', account.id, url, true);
    expect(new TextDecoder().decode(opened.bytes)).toBe('texte voté');

    // Bernard unlocks nothing (Anne holds the lock): he edits another file, which Anne does not watch.
    writeServedFile(dav.exoFolder, 'autre.odt', 'x');
    await services.sync.checkRemoteNow(account.id);
    let state = (await call<AccountSyncState[]>('sync.status'))[0];
    expect(state?.remoteChanges).toBe(0);

    // Anne closes her editing session (the lock goes), opens it to read, and Bernard saves.
    await call('sync.close', account.id, url);
    await call<RemoteDocument>('sync.open', account.id, url, false);
    const bernard = new WebDavClient({ rootUrl: account.rootUrl, username: 'bernard', password: DAV_USERS.bernard, fetch });
    const { etag } = await bernard.stat(url);
    await bernard.put(url, new TextEncoder().encode('texte amendé par Bernard'), { ifMatch: etag ?? '' });

    await services.sync.checkRemoteNow(account.id);
    state = (await call<AccountSyncState[]>('sync.status'))[0];
    expect(state?.remoteChanges).toBe(1);
    expect(state?.documents.find((d) => d.url === url)).toMatchObject({ status: 'changed-remotely' });

    const reloaded = await call<Uint8Array>('sync.resolveConflict', account.id, url, 'keep-theirs');
    expect(new TextDecoder().decode(reloaded)).toBe('texte amendé par Bernard');
    state = (await call<AccountSyncState[]>('sync.status'))[0];
    expect(state?.remoteChanges).toBe(0);
    expect(state?.documents.find((d) => d.url === url)?.status).toBe('up-to-date');
  });
});
