/**
 * A platform document moved to another folder while Ostal was closed, as the host sees it (real
 * Apache with mod_dav): at the next start the host looks at once, the document's cache, queued
 * save and old link follow it to its new folder.
 */
import { chownSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApacheDav } from '../../test/support/apache-dav.js';
import { DAV_USERS, startApacheDav, writeServedFile } from '../../test/support/apache-dav.js';
import type { AccountSyncState, RemoteDocument, SyncAccount } from '../shared/sync.js';
import type { NodeHostServices } from './create-host-services.js';
import { createHostServices } from './create-host-services.js';
import { createHostDispatcher } from './host-dispatcher.js';
import { hostCaller } from './testing/host-call.js';

let dav: ApacheDav;
let tmp: string;
const started: NodeHostServices[] = [];

/** Ostal started on the same home folder (its accounts, keychain and sync cache). */
function start(): { services: NodeHostServices; call: ReturnType<typeof hostCaller> } {
  const services = createHostServices({ ostalHome: path.join(tmp, 'home'), policyFile: path.join(tmp, 'no-policy.json'), documentsFolder: tmp });
  started.push(services);
  const dispatch = createHostDispatcher(services);
  return { services, call: hostCaller(() => dispatch) };
}

beforeAll(async () => {
  dav = await startApacheDav();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-sync-moves-'));
});

afterAll(async () => {
  for (const services of started) await services.sync.dispose();
  await dav.dispose();
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('sync service: documents moved on the platform while Ostal was closed', () => {
  it('at the next start the document is found in its new folder, its waiting save lands there, and its old link opens it', async () => {
    const first = start();
    const account = await first.call<SyncAccount>('sync.addAccount', { kind: 'exo', label: 'Intranet', siteUrl: dav.origin, username: 'anne', password: DAV_USERS.anne });
    writeServedFile(dav.exoFolder, 'délibération.odt', 'délibération, projet');
    const oldUrl = `${account.rootUrl}d%C3%A9lib%C3%A9ration.odt`;
    await first.call<RemoteDocument>('sync.open', account.id, oldUrl, true);
    await first.call('sync.close', account.id, oldUrl);
    await first.services.sync.dispose();

    // While Ostal is closed, the platform files it away (its own interface: storage rename).
    mkdirSync(path.join(dav.exoFolder, 'Conseil 2026'));
    // Apache (www-data) writes there, as the platform's own folders allow.
    if (process.getuid?.() === 0) chownSync(path.join(dav.exoFolder, 'Conseil 2026'), 33, 33);
    renameSync(path.join(dav.exoFolder, 'délibération.odt'), path.join(dav.exoFolder, 'Conseil 2026', 'délibération.odt'));

    const next = start();
    const movedUrl = `${account.rootUrl}Conseil%202026/d%C3%A9lib%C3%A9ration.odt`;
    await vi.waitFor(
      async () => {
        const state = (await next.call<AccountSyncState[]>('sync.status'))[0];
        expect(state?.documents.map((d) => d.url)).toEqual([movedUrl]);
      },
      { timeout: 20_000, interval: 200 },
    );
    const opened = await next.call<RemoteDocument>('sync.open', account.id, oldUrl, true);
    expect(opened).toMatchObject({ url: movedUrl, name: 'délibération.odt', renamedFrom: oldUrl, readOnly: false });
    await next.call('sync.save', account.id, movedUrl, new TextEncoder().encode('délibération votée'));
    await vi.waitFor(() => expect(readFileSync(path.join(dav.exoFolder, 'Conseil 2026', 'délibération.odt'), 'utf8')).toBe('délibération votée'), { timeout: 20_000 });
    expect(existsSync(path.join(dav.exoFolder, 'délibération.odt'))).toBe(false);
    await next.call('sync.close', account.id, movedUrl);
  });
});
