/** The WebDAV client against a real Apache httpd with mod_dav (test/support/apache-dav.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApacheDav } from '../../../../test/support/apache-dav.js';
import { ageServedFile, DAV_USERS, startApacheDav, writeServedFile } from '../../../../test/support/apache-dav.js';
import { davRootUrl } from '../account-url.js';
import { testConnection } from '../connection-test.js';
import { DavError } from '../dav-error.js';
import { WebDavClient } from '../webdav-client.js';

let dav: ApacheDav;
let anne: WebDavClient;
let bernard: WebDavClient;
const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const decode = (b: Uint8Array): string => new TextDecoder().decode(b);

beforeAll(async () => {
  dav = await startApacheDav();
  const rootUrl = davRootUrl('exo', dav.origin);
  anne = new WebDavClient({ rootUrl, username: 'anne', password: DAV_USERS.anne, fetch });
  bernard = new WebDavClient({ rootUrl, username: 'bernard', password: DAV_USERS.bernard, fetch });
});

afterAll(async () => {
  await dav.dispose();
});

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return error instanceof DavError ? error.reason : String(error);
  }
}

describe('WebDavClient against Apache mod_dav', () => {
  it('creates folders, uploads, lists with size, date, ETag and type, and downloads', async () => {
    await anne.mkcol('Direction/');
    const put = await anne.put('Direction/note de service.odt', text('version 1'), { ifNoneMatch: true, contentType: 'application/vnd.oasis.opendocument.text' });
    // Apache's PUT answer carries no ETag: the client reads the file back to learn it.
    expect(put.etag).toMatch(/^(W\/)?"/);
    writeServedFile(dav.exoFolder, 'budget.ods', 'chiffres');

    const root = await anne.list('');
    expect(root.map((r) => [r.name, r.isCollection])).toEqual([
      ['Direction', true],
      ['budget.ods', false],
    ]);
    const [entry] = await anne.list('Direction/');
    expect(entry?.name).toBe('note de service.odt');
    expect(entry?.url).toBe(`${dav.origin}/webdav/drives/Direction/note%20de%20service.odt`);
    expect(entry?.size).toBe(9);
    // Apache gives a weak ETag during the second a file was written, the strong one after.
    expect(entry?.etag?.replace(/^W\//, '')).toBe(put.etag?.replace(/^W\//, ''));
    expect(entry?.contentType).toBe('application/vnd.oasis.opendocument.text');
    expect(Math.abs((entry?.lastModifiedMs ?? 0) - Date.now())).toBeLessThan(5 * 60_000);

    const got = await anne.get('Direction/note de service.odt');
    expect(decode(got.bytes)).toBe('version 1');
    expect(got.etag).toBe(put.etag);
  });

  it('refuses to overwrite with a stale ETag or to create over an existing file', async () => {
    await anne.put('rapport.odt', text('a'), { ifNoneMatch: true });
    ageServedFile(dav.exoFolder, 'rapport.odt');
    const first = await anne.stat('rapport.odt');
    expect(await reason(anne.put('rapport.odt', text('b'), { ifNoneMatch: true }))).toBe('precondition-failed');
    const second = await anne.put('rapport.odt', text('b'), { ifMatch: first.etag ?? '' });
    expect(second.etag).not.toBe(first.etag);
    expect(await reason(anne.put('rapport.odt', text('c'), { ifMatch: first.etag ?? '' }))).toBe('precondition-failed');
    expect(decode((await anne.get('rapport.odt')).bytes)).toBe('b');
  });

  it('locks with owner and timeout; others get 423 and see who holds it; unlock frees it', async () => {
    await anne.put('planning.ods', text('v1'), { ifNoneMatch: true });
    const lock = await bernard.lock('planning.ods', { owner: 'Bernard Martin', timeoutSeconds: 600 });
    expect(lock.token).toMatch(/^opaquelocktoken:/);
    expect(lock.owner).toBe('Bernard Martin');
    expect(lock.timeoutSeconds).toBeGreaterThan(0);

    expect(await reason(anne.put('planning.ods', text('v2')))).toBe('locked');
    expect(await reason(anne.lock('planning.ods', { owner: 'Anne', timeoutSeconds: 600 }))).toBe('locked');
    const stat = await anne.stat('planning.ods');
    expect(stat.locks.map((l) => l.owner)).toEqual(['Bernard Martin']);

    await bernard.put('planning.ods', text('v2 by bernard'), { lockToken: lock.token });
    const refreshed = await bernard.refreshLock('planning.ods', lock.token, 300);
    expect(refreshed.token).toBe(lock.token);
    await bernard.unlock('planning.ods', lock.token);
    expect((await anne.stat('planning.ods')).locks).toEqual([]);
    await anne.put('planning.ods', text('v3'));
  });

  it('moves and deletes', async () => {
    await anne.put('brouillon.odt', text('x'), { ifNoneMatch: true });
    await anne.move('brouillon.odt', 'final.odt');
    expect(await reason(anne.move('final.odt', 'rapport.odt'))).toBe('precondition-failed');
    await anne.delete('final.odt');
    expect(await reason(anne.get('final.odt'))).toBe('not-found');
  });

  it('tests connections with a stable code for each failure', async () => {
    expect((await testConnection(anne)).status).toBe('ok');
    const legacy = new WebDavClient({ rootUrl: davRootUrl('exo-legacy', dav.origin), username: 'anne', password: DAV_USERS.anne, fetch });
    expect((await testConnection(legacy)).status).toBe('ok');
    const nextcloud = new WebDavClient({ rootUrl: davRootUrl('nextcloud', dav.origin, 'anne'), username: 'anne', password: DAV_USERS.anne, fetch });
    expect((await testConnection(nextcloud)).status).toBe('ok');
    const wrongPassword = new WebDavClient({ rootUrl: anne.rootUrl, username: 'anne', password: 'faux', fetch });
    expect((await testConnection(wrongPassword)).status).toBe('credentials');
    const wrongPath = new WebDavClient({ rootUrl: `${dav.origin}/webdav/drives/nulle-part/`, username: 'anne', password: DAV_USERS.anne, fetch });
    expect((await testConnection(wrongPath)).status).toBe('bad-url');
    const notDav = new WebDavClient({ rootUrl: `${dav.origin}/webdav/`, username: 'anne', password: DAV_USERS.anne, fetch });
    expect((await testConnection(notDav)).status).toBe('not-webdav');
    const website = new WebDavClient({ rootUrl: `${dav.origin}/`, fetch });
    expect((await testConnection(website)).status).toBe('not-webdav');
    const closedPort = new WebDavClient({ rootUrl: 'http://127.0.0.1:9/', fetch });
    expect((await testConnection(closedPort)).status).toBe('unreachable');
  });
});
