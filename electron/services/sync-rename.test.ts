/**
 * A platform document renamed on the server, as the window sees it over IPC (real Apache with
 * mod_dav): `sync.status` lists it under its new URL with the one it was opened at, and saving at
 * the new URL lands there. Also: a new change-check interval set by the user reaches the host's
 * pollers at once.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApacheDav } from '../../test/support/apache-dav.js';
import { DAV_USERS, startApacheDav, writeServedFile } from '../../test/support/apache-dav.js';
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
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-sync-rename-'));
  services = createHostServices({ ostalHome: path.join(tmp, 'home'), policyFile: path.join(tmp, 'no-policy.json'), documentsFolder: tmp });
  dispatch = createHostDispatcher(services);
});

afterAll(async () => {
  await services.sync.dispose();
  await dav.dispose();
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('sync service: documents renamed on the platform', () => {
  it('reports the new URL with the old one, and saves land under the new name', async () => {
    const account = await call<SyncAccount>('sync.addAccount', { kind: 'exo', label: 'Intranet', siteUrl: dav.origin, username: 'anne', password: DAV_USERS.anne });
    writeServedFile(dav.exoFolder, 'convocation.odt', 'convocation du conseil');
    const url = `${account.rootUrl}convocation.odt`;
    await call<RemoteDocument>('sync.open', account.id, url, true);
    renameSync(path.join(dav.exoFolder, 'convocation.odt'), path.join(dav.exoFolder, 'convocation signée.odt'));

    await services.sync.checkRemoteNow(account.id);
    const state = (await call<AccountSyncState[]>('sync.status'))[0];
    const moved = `${account.rootUrl}convocation%20sign%C3%A9e.odt`;
    expect(state?.documents.find((d) => d.renamedFrom === url)).toMatchObject({ url: moved, name: 'convocation signée.odt', status: 'up-to-date' });

    await call('sync.save', account.id, moved, new TextEncoder().encode('convocation corrigée'));
    await vi.waitFor(() => expect(readFileSync(path.join(dav.exoFolder, 'convocation signée.odt'), 'utf8')).toBe('convocation corrigée'), { timeout: 20_000 });
    expect(existsSync(path.join(dav.exoFolder, 'convocation.odt'))).toBe(false);
    await call('sync.close', account.id, moved);
  });

  it('a new change-check interval reaches the pollers when it is stored', async () => {
    const replan = vi.spyOn(services.sync, 'remoteCheckChanged');
    await call('settings.set', 'remoteCheckSeconds', 300);
    expect(replan).toHaveBeenCalledTimes(1);
    await call('settings.set', 'autosaveSeconds', 120);
    expect(replan).toHaveBeenCalledTimes(1);
    replan.mockRestore();
  });
});
