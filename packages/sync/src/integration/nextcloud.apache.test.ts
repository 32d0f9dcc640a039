/**
 * Nextcloud's own ways against the Nextcloud-shaped root of a real Apache with mod_dav. Apache
 * keeps the properties Nextcloud computes (`oc:permissions`, `oc:fileid`, `oc:size`, `nc:lock`,
 * `current-user-principal`) as dead properties set with PROPPATCH, so the client reads them from
 * a real multistatus answer: the user's files root found from an e-mail login, read-only files
 * opened read-only without a lock, a lock taken in Nextcloud's web interface shown with its owner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApacheDav } from '../../../../test/support/apache-dav.js';
import { DAV_USERS, makeServedFolder, NEXTCLOUD_EMAIL_LOGIN, startApacheDav, writeServedFile } from '../../../../test/support/apache-dav.js';
import { davRootUrl } from '../account-url.js';
import { testConnection } from '../connection-test.js';
import { nextcloudFilesRoot } from '../nextcloud-root.js';
import { SyncEngine } from '../sync-engine.js';
import { MemorySyncStorage } from '../sync-storage.js';
import { WebDavClient } from '../webdav-client.js';

let dav: ApacheDav;
let rootUrl: string;

function anne(): WebDavClient {
  return new WebDavClient({ rootUrl, username: 'anne', password: DAV_USERS.anne, fetch, timeoutMs: 10_000 });
}

/** Sets dead properties on a served resource, as Nextcloud would report them (PROPPATCH, RFC 4918 §9.2). */
async function setProps(url: string, props: string): Promise<void> {
  const body =
    '<?xml version="1.0" encoding="utf-8"?>' +
    '<d:propertyupdate xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns" xmlns:nc="http://nextcloud.org/ns">' +
    `<d:set><d:prop>${props}</d:prop></d:set></d:propertyupdate>`;
  const response = await fetch(url, {
    method: 'PROPPATCH',
    headers: { Authorization: `Basic ${btoa(`anne:${DAV_USERS.anne}`)}`, 'Content-Type': 'application/xml' },
    body,
  });
  const text = await response.text();
  expect(response.status, text).toBe(207);
  expect(text, text).not.toMatch(/HTTP\/1\.1 [45]\d\d/);
}

beforeAll(async () => {
  dav = await startApacheDav();
  rootUrl = davRootUrl('nextcloud', dav.origin, 'anne');
});

afterAll(async () => {
  await dav.dispose();
});

describe('Nextcloud specifics against Apache mod_dav', () => {
  it('finds the files root of a user who signs in with an e-mail address, from current-user-principal', async () => {
    const login = { siteUrl: dav.origin, username: NEXTCLOUD_EMAIL_LOGIN.username, password: NEXTCLOUD_EMAIL_LOGIN.password, fetch };
    // A server that does not say who is signed in: the login is taken as the user id (and that root does not exist here).
    const guessed = await nextcloudFilesRoot(login);
    expect(guessed).toBe(`${dav.origin}/remote.php/dav/files/anne.dupont%40region.fr/`);

    await setProps(`${dav.origin}/remote.php/dav/`, '<d:current-user-principal><d:href>/remote.php/dav/principals/users/anne/</d:href></d:current-user-principal>');
    const found = await nextcloudFilesRoot({ ...login, siteUrl: `${dav.origin}/index.php/apps/files/` });
    expect(found).toBe(`${dav.origin}/remote.php/dav/files/anne/`);
    const client = new WebDavClient({ rootUrl: found, username: login.username, password: login.password, fetch });
    expect((await testConnection(client)).status).toBe('ok');

    // A wrong app password is told as such, not taken for a missing principal.
    await expect(nextcloudFilesRoot({ ...login, password: 'faux' })).rejects.toMatchObject({ reason: 'credentials' });
  });

  it('refuses a principal on another server', async () => {
    await setProps(`${dav.origin}/remote.php/dav/`, '<d:current-user-principal><d:href>https://ailleurs.example/remote.php/dav/principals/users/anne/</d:href></d:current-user-principal>');
    try {
      await expect(nextcloudFilesRoot({ siteUrl: dav.origin, username: 'anne', password: DAV_USERS.anne, fetch })).rejects.toMatchObject({ reason: 'hostile-response' });
    } finally {
      await setProps(`${dav.origin}/remote.php/dav/`, '<d:current-user-principal><d:href>/remote.php/dav/principals/users/anne/</d:href></d:current-user-principal>');
    }
  });

  it('reads file ids, permissions, folder sizes and Nextcloud locks from the listing', async () => {
    makeServedFolder(dav.nextcloudFolder, 'Partage');
    writeServedFile(dav.nextcloudFolder, 'Partage/budget.ods', 'budget');
    writeServedFile(dav.nextcloudFolder, 'Partage/note.odt', 'note');
    await setProps(`${rootUrl}Partage/`, '<oc:fileid>00000412ocx1</oc:fileid><oc:permissions>RGDNVCK</oc:permissions><oc:size>10</oc:size>');
    await setProps(`${rootUrl}Partage/budget.ods`, '<oc:fileid>00000413ocx1</oc:fileid><oc:permissions>SRGDNV</oc:permissions>');
    await setProps(
      `${rootUrl}Partage/note.odt`,
      '<oc:permissions>RGDNVW</oc:permissions><nc:lock>1</nc:lock><nc:lock-owner>bernard</nc:lock-owner><nc:lock-owner-displayname>Bernard Martin</nc:lock-owner-displayname><nc:lock-timeout>1800</nc:lock-timeout>',
    );

    const [folder] = await anne().list('');
    expect(folder).toMatchObject({ name: 'Partage', isCollection: true, fileId: '00000412ocx1', permissions: 'RGDNVCK', readOnly: false, size: 10 });
    const [budget, note] = await anne().list('Partage/');
    expect(budget).toMatchObject({ name: 'budget.ods', fileId: '00000413ocx1', permissions: 'SRGDNV', readOnly: true, size: 6 });
    expect(note).toMatchObject({ name: 'note.odt', readOnly: false, fileId: undefined });
    expect(note?.locks).toEqual([{ token: '', owner: 'Bernard Martin', timeoutSeconds: 1800, scope: 'exclusive' }]);
  });

  it('opens a file shared read-only with Anne read-only, without taking a lock; a writable one is locked for editing', async () => {
    makeServedFolder(dav.nextcloudFolder, 'Lecture');
    writeServedFile(dav.nextcloudFolder, 'Lecture/arrete.odt', 'arrêté signé');
    writeServedFile(dav.nextcloudFolder, 'Lecture/brouillon.odt', 'brouillon');
    await setProps(`${rootUrl}Lecture/arrete.odt`, '<oc:permissions>SRGDNV</oc:permissions>');
    await setProps(`${rootUrl}Lecture/brouillon.odt`, '<oc:permissions>SRGDNVW</oc:permissions>');
    const sync = await SyncEngine.create({ client: anne(), storage: new MemorySyncStorage(), autoDrain: false, lockOwner: 'Anne Dupont' });

    const readOnly = await sync.open('Lecture/arrete.odt', { lock: true });
    expect(readOnly).toMatchObject({ readOnly: true, readOnlyReason: 'no-permission', lockedBy: undefined });
    expect(new TextDecoder().decode(readOnly.bytes)).toBe('arrêté signé');
    expect((await anne().stat('Lecture/arrete.odt')).locks).toEqual([]);

    const writable = await sync.open('Lecture/brouillon.odt', { lock: true });
    expect(writable).toMatchObject({ readOnly: false, readOnlyReason: undefined });
    expect((await anne().stat('Lecture/brouillon.odt')).locks.map((l) => l.owner)).toEqual(['Anne Dupont']);
    await sync.close('Lecture/brouillon.odt');
    await sync.dispose();
  });
});
