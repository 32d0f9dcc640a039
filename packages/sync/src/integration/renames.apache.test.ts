/**
 * Documents renamed on the server while Anne has them open, against a real Apache httpd with
 * mod_dav: a colleague's WebDAV MOVE, or the platform renaming the file in its own storage. The
 * poller finds the old name missing; the engine looks for the file in its folder (same
 * `oc:fileid` on the Nextcloud-shaped root, same ETag, size and content elsewhere) and follows the
 * new name, so that Anne's next save lands there instead of putting the old name back.
 */
import { existsSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApacheDav } from '../../../../test/support/apache-dav.js';
import { DAV_USERS, startApacheDav, writeServedFile } from '../../../../test/support/apache-dav.js';
import { davRootUrl } from '../account-url.js';
import { ChangePoller } from '../change-poller.js';
import { SyncEngine } from '../sync-engine.js';
import { MemorySyncStorage } from '../sync-storage.js';
import { WebDavClient } from '../webdav-client.js';

let dav: ApacheDav;
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

function client(kind: 'exo' | 'nextcloud', user: keyof typeof DAV_USERS): WebDavClient {
  return new WebDavClient({ rootUrl: davRootUrl(kind, dav.origin, user === 'bernard' && kind === 'nextcloud' ? 'anne' : user), username: user, password: DAV_USERS[user], fetch, timeoutMs: 10_000 });
}

async function anne(kind: 'exo' | 'nextcloud' = 'exo'): Promise<{ sync: SyncEngine; poller: ChangePoller }> {
  const davClient = client(kind, 'anne');
  const sync = await SyncEngine.create({ client: davClient, storage: new MemorySyncStorage(), autoDrain: false, lockOwner: 'Anne Dupont', language: 'fr' });
  const poller = new ChangePoller({
    client: davClient,
    watched: () => sync.watchedUrls(),
    onObserved: async (observed, missing) => {
      await sync.applyRemoteState(observed, missing);
    },
    intervalMs: () => 60_000,
  });
  return { sync, poller };
}

async function drained(sync: SyncEngine): Promise<void> {
  for (let i = 0; i < 20 && sync.queue().some((q) => q.state === 'pending'); i++) await sync.drain(true);
}

/** Sets dead properties on a served resource, as Nextcloud would report them (PROPPATCH, RFC 4918 §9.2). */
async function setProps(url: string, props: string): Promise<void> {
  const response = await fetch(url, {
    method: 'PROPPATCH',
    headers: { Authorization: `Basic ${btoa(`anne:${DAV_USERS.anne}`)}`, 'Content-Type': 'application/xml' },
    body:
      '<?xml version="1.0" encoding="utf-8"?><d:propertyupdate xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns">' +
      `<d:set><d:prop>${props}</d:prop></d:set></d:propertyupdate>`,
  });
  const answer = await response.text();
  expect(response.status, answer).toBe(207);
  expect(answer, answer).not.toMatch(/HTTP\/1\.1 [45]\d\d/);
}

beforeAll(async () => {
  dav = await startApacheDav();
});

afterAll(async () => {
  await dav.dispose();
});

describe('documents renamed on the server (Apache mod_dav)', () => {
  it('a colleague’s MOVE: the open document follows the new name, and Anne’s save lands there', async () => {
    writeServedFile(dav.exoFolder, 'rapport.odt', 'rapport de Bernard');
    const { sync, poller } = await anne();
    await sync.open('rapport.odt', { lock: false });
    await client('exo', 'bernard').move('rapport.odt', 'rapport%20d%C3%A9finitif.odt');

    await poller.pollNow();
    const root = davRootUrl('exo', dav.origin, 'anne');
    expect(sync.info('rapport.odt')).toBeUndefined();
    const info = sync.info('rapport%20d%C3%A9finitif.odt');
    expect(info).toMatchObject({ name: 'rapport définitif.odt', status: 'up-to-date', renamedFrom: `${root}rapport.odt` });
    expect(sync.isOpen('rapport%20d%C3%A9finitif.odt')).toBe(true);

    await sync.save('rapport%20d%C3%A9finitif.odt', text('rapport relu par Anne'));
    await drained(sync);
    expect(readFileSync(path.join(dav.exoFolder, 'rapport définitif.odt'), 'utf8')).toBe('rapport relu par Anne');
    expect(existsSync(path.join(dav.exoFolder, 'rapport.odt'))).toBe(false);
    expect(sync.info('rapport%20d%C3%A9finitif.odt')?.status).toBe('up-to-date');
    await sync.dispose();
  });

  it('renamed by the platform while Anne holds the lock: the lock is taken again under the new name', async () => {
    writeServedFile(dav.exoFolder, 'budget.ods', 'budget 2027');
    const { sync, poller } = await anne();
    const opened = await sync.open('budget.ods', { lock: true });
    expect(opened.readOnly).toBe(false);
    // The platform's own interface renames the file in its storage (the date and size stay).
    renameSync(path.join(dav.exoFolder, 'budget.ods'), path.join(dav.exoFolder, 'budget voté.ods'));

    await poller.pollNow();
    const info = sync.info('budget%20vot%C3%A9.ods');
    expect(info?.locked).toBe(true);
    const stat = await client('exo', 'bernard').stat('budget%20vot%C3%A9.ods');
    expect(stat.locks.map((l) => l.owner)).toEqual(['Anne Dupont']);
    // Nothing left locked under the old name.
    await expect(client('exo', 'bernard').stat('budget.ods')).rejects.toMatchObject({ reason: 'not-found' });
    // Bernard cannot write over Anne's document under its new name.
    await expect(client('exo', 'bernard').put('budget%20vot%C3%A9.ods', text('budget de Bernard'))).rejects.toMatchObject({ reason: 'locked' });
    await sync.close('budget%20vot%C3%A9.ods');
    expect((await client('exo', 'bernard').stat('budget%20vot%C3%A9.ods')).locks).toEqual([]);
    await sync.dispose();
  });

  it('another file with the same ETag but other content is not taken for the document: it was deleted', async () => {
    writeServedFile(dav.exoFolder, 'note A.odt', 'contenu AAAA');
    const { sync, poller } = await anne();
    await sync.open('note%20A.odt', { lock: false });
    // Same size and date, so the same ETag on Apache, but not the same bytes.
    writeServedFile(dav.exoFolder, 'note B.odt', 'contenu BBBB');
    const date = statSync(path.join(dav.exoFolder, 'note A.odt')).mtime;
    utimesSync(path.join(dav.exoFolder, 'note B.odt'), date, date);
    unlinkSync(path.join(dav.exoFolder, 'note A.odt'));

    await poller.pollNow();
    expect(sync.info('note%20A.odt')?.status).toBe('deleted-remotely');
    expect(sync.info('note%20B.odt')).toBeUndefined();
    await sync.dispose();
  });

  it('Nextcloud: the same oc:fileid finds the document renamed, even when its content changed since', async () => {
    writeServedFile(dav.nextcloudFolder, 'planning.ods', 'planning v1');
    const root = davRootUrl('nextcloud', dav.origin, 'anne');
    await setProps(`${root}planning.ods`, '<oc:fileid>00000731ocx1</oc:fileid>');
    const { sync, poller } = await anne('nextcloud');
    await sync.open('planning.ods', { lock: false });
    await poller.pollNow();

    // Renamed in Nextcloud's web interface (the property goes with the file), then edited there.
    const web = client('nextcloud', 'anne');
    await web.move('planning.ods', 'planning%20%C3%A9quipe.ods');
    const { etag } = await web.stat('planning%20%C3%A9quipe.ods');
    await web.put('planning%20%C3%A9quipe.ods', text('planning v2, plus long'), { ifMatch: etag ?? '' });

    await poller.pollNow();
    expect(sync.info('planning%20%C3%A9quipe.ods')?.renamedFrom).toBe(`${root}planning.ods`);
    // The next look finds the colleague's new content under the new name.
    await poller.pollNow();
    expect(sync.info('planning%20%C3%A9quipe.ods')?.status).toBe('changed-remotely');
    expect(new TextDecoder().decode(await sync.theirVersion('planning%20%C3%A9quipe.ods'))).toBe('planning v2, plus long');
    await sync.dispose();
  });
});
