/**
 * A Nextcloud account through the host dispatcher, over a real Apache httpd with mod_dav shaped
 * like Nextcloud: set up from the site's address with an e-mail login and an app password (the
 * files root comes from the server's `current-user-principal`), a read-only share shown and
 * opened read-only, saves going back to the user's files.
 */
import fs from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApacheDav } from '../../test/support/apache-dav.js';
import { DAV_USERS, NEXTCLOUD_EMAIL_LOGIN, startApacheDav, writeServedFile } from '../../test/support/apache-dav.js';
import type { RemoteDocument, RemoteListing, SyncAccount } from '../shared/sync.js';
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

async function proppatch(url: string, props: string): Promise<void> {
  const response = await fetch(url, {
    method: 'PROPPATCH',
    headers: { Authorization: `Basic ${btoa(`anne:${DAV_USERS.anne}`)}`, 'Content-Type': 'application/xml' },
    body: `<d:propertyupdate xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns"><d:set><d:prop>${props}</d:prop></d:set></d:propertyupdate>`,
  });
  expect(response.status).toBe(207);
  await response.text();
}

beforeAll(async () => {
  dav = await startApacheDav();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-sync-nextcloud-'));
  services = createHostServices({ ostalHome: path.join(tmp, 'home'), policyFile: path.join(tmp, 'policy.json'), documentsFolder: tmp });
  dispatch = createHostDispatcher(services);
  await proppatch(`${dav.origin}/remote.php/dav/`, '<d:current-user-principal><d:href>/remote.php/dav/principals/users/anne/</d:href></d:current-user-principal>');
});

afterAll(async () => {
  await services.sync.dispose();
  await dav.dispose();
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('Nextcloud account', () => {
  it('is set up from the site address with an e-mail login and an app password, and works on the user’s files', async () => {
    const input = { kind: 'nextcloud', label: 'Cloud', siteUrl: `${dav.origin}/index.php/apps/files/`, username: NEXTCLOUD_EMAIL_LOGIN.username, password: NEXTCLOUD_EMAIL_LOGIN.password };
    expect(await call('sync.testAccount', { ...input, password: 'faux' })).toBe('credentials');
    expect(await call('sync.testAccount', input)).toBe('ok');
    const account = await call<SyncAccount>('sync.addAccount', input);
    expect(account).toMatchObject({ kind: 'nextcloud', rootUrl: `${dav.origin}/remote.php/dav/files/anne/`, username: NEXTCLOUD_EMAIL_LOGIN.username });

    writeServedFile(dav.nextcloudFolder, 'compte rendu.odt', 'v1');
    writeServedFile(dav.nextcloudFolder, 'circulaire.odt', 'texte officiel');
    await proppatch(`${account.rootUrl}circulaire.odt`, '<oc:permissions>SRGDNV</oc:permissions>');
    const listing = await call<RemoteListing>('sync.list', account.id, '');
    expect(listing.entries.map((e) => [e.name, e.readOnly])).toEqual([
      ['circulaire.odt', true],
      ['compte rendu.odt', false],
    ]);

    const circular = await call<RemoteDocument>('sync.open', account.id, `${account.rootUrl}circulaire.odt`, true);
    expect(circular).toMatchObject({ readOnly: true, readOnlyReason: 'no-permission', lockedBy: undefined });

    const report = await call<RemoteDocument>('sync.open', account.id, `${account.rootUrl}compte%20rendu.odt`, true);
    expect(report).toMatchObject({ readOnly: false, readOnlyReason: undefined });
    await call('sync.save', account.id, report.url, new TextEncoder().encode('v2 depuis Ostal'));
    await expect.poll(() => readFileSync(path.join(dav.nextcloudFolder, 'compte rendu.odt'), 'utf8'), { timeout: 20_000 }).toBe('v2 depuis Ostal');
    await call('sync.close', account.id, report.url);
  });
});
