/**
 * Documents moved to another folder on the server, against a real Apache httpd with mod_dav: a
 * colleague's WebDAV MOVE across collections, a folder renamed with documents in it, a document
 * moved while Ostal was closed. The engine finds the file by its identity (same `oc:fileid` on the
 * Nextcloud-shaped root, whose dead properties travel with MOVE as Nextcloud's file ids do; same
 * ETag, size and content elsewhere) and follows it, so that saves land there instead of putting
 * the old name back; a file really deleted is reported deleted.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApacheDav } from '../../../../test/support/apache-dav.js';
import { DAV_USERS, startApacheDav, writeServedFile } from '../../../../test/support/apache-dav.js';
import { davRootUrl } from '../account-url.js';
import { ChangePoller } from '../change-poller.js';
import { MoveSearch } from '../move-detection.js';
import { SyncEngine } from '../sync-engine.js';
import { MemorySyncStorage } from '../sync-storage.js';
import { WebDavClient } from '../webdav-client.js';

let dav: ApacheDav;
const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const decode = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);

function client(kind: 'exo' | 'nextcloud', user: keyof typeof DAV_USERS): WebDavClient {
  return new WebDavClient({ rootUrl: davRootUrl(kind, dav.origin, kind === 'nextcloud' ? 'anne' : user), username: user, password: DAV_USERS[user], fetch, timeoutMs: 10_000 });
}

async function anne(kind: 'exo' | 'nextcloud' = 'exo', storage = new MemorySyncStorage()): Promise<{ sync: SyncEngine; poller: ChangePoller }> {
  const davClient = client(kind, 'anne');
  const sync = await SyncEngine.create({ client: davClient, storage, autoDrain: false, lockOwner: 'Anne Dupont', language: 'fr' });
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

beforeAll(async () => {
  dav = await startApacheDav();
});

afterAll(async () => {
  await dav.dispose();
});

describe('documents moved to another folder on the server (Apache mod_dav)', () => {
  it('a colleague’s MOVE into another folder: the open document follows it, and Anne’s save lands there', async () => {
    const bernard = client('exo', 'bernard');
    await bernard.mkcol('Service RH');
    await bernard.mkcol('Archives');
    await bernard.mkcol('Archives/2026');
    writeServedFile(dav.exoFolder, 'Service RH/note de service.odt', 'note de service, version de Bernard');
    const { sync, poller } = await anne();
    await sync.open('Service%20RH/note%20de%20service.odt', { lock: false });
    await bernard.move('Service%20RH/note%20de%20service.odt', 'Archives/2026/note%20de%20service.odt');

    await poller.pollNow();
    const root = davRootUrl('exo', dav.origin, 'anne');
    expect(sync.info('Service%20RH/note%20de%20service.odt')).toBeUndefined();
    const moved = 'Archives/2026/note%20de%20service.odt';
    expect(sync.info(moved)).toMatchObject({ name: 'note de service.odt', status: 'up-to-date', renamedFrom: `${root}Service%20RH/note%20de%20service.odt` });
    expect(sync.isOpen(moved)).toBe(true);

    await sync.save(moved, text('note de service relue par Anne'));
    await drained(sync);
    expect(readFileSync(path.join(dav.exoFolder, 'Archives/2026/note de service.odt'), 'utf8')).toBe('note de service relue par Anne');
    expect(existsSync(path.join(dav.exoFolder, 'Service RH/note de service.odt'))).toBe(false);
    await sync.close(moved);
    await sync.dispose();
  });

  it('a folder renamed with two cached documents in it: both follow, the folder walked once', async () => {
    const bernard = client('exo', 'bernard');
    await bernard.mkcol('Projet A');
    writeServedFile(dav.exoFolder, 'Projet A/cahier des charges.odt', 'cahier des charges');
    writeServedFile(dav.exoFolder, 'Projet A/budget.ods', 'budget du projet');
    const { sync, poller } = await anne();
    await sync.open('Projet%20A/cahier%20des%20charges.odt', { lock: false });
    await sync.open('Projet%20A/budget.ods', { lock: false });
    await sync.close('Projet%20A/budget.ods');
    await bernard.move('Projet%20A/', 'Projet%20A%20(clos)/');

    await poller.pollNow();
    expect(sync.info('Projet%20A%20(clos)/cahier%20des%20charges.odt')?.status).toBe('up-to-date');
    expect(sync.info('Projet%20A%20(clos)/budget.ods')?.status).toBe('up-to-date');
    expect(sync.watchedUrls().some((u) => u.includes('/Projet%20A/'))).toBe(false);
    await sync.dispose();
  });

  it('moved while Ostal was closed, with a save waiting: at the next start the save lands in the new folder, and the old link opens it', async () => {
    const bernard = client('exo', 'bernard');
    await bernard.mkcol('Courrier');
    await bernard.mkcol('Courrier/Envoyé');
    writeServedFile(dav.exoFolder, 'Courrier/réponse au maire.odt', 'réponse, brouillon');
    const storage = new MemorySyncStorage();
    const first = await anne('exo', storage);
    const oldUrl = 'Courrier/r%C3%A9ponse%20au%20maire.odt';
    await first.sync.open(oldUrl, { lock: false });
    // Saved on the train: the upload waits in the queue; the window is closed, then Ostal.
    await first.sync.save(oldUrl, text('réponse, version finale'));
    await first.sync.close(oldUrl);
    await first.sync.dispose();

    await bernard.move(oldUrl, 'Courrier/Envoy%C3%A9/r%C3%A9ponse%20au%20maire.odt');

    const next = await anne('exo', storage);
    await next.poller.pollNow();
    const moved = 'Courrier/Envoy%C3%A9/r%C3%A9ponse%20au%20maire.odt';
    expect(next.sync.info(oldUrl)).toBeUndefined();
    expect(next.sync.info(moved)?.status).toBe('saved-locally');
    await drained(next.sync);
    expect(readFileSync(path.join(dav.exoFolder, 'Courrier/Envoyé/réponse au maire.odt'), 'utf8')).toBe('réponse, version finale');
    expect(existsSync(path.join(dav.exoFolder, 'Courrier/réponse au maire.odt'))).toBe(false);
    await next.sync.dispose();

    // Another start: the link to the old place (an e-mail, the platform's old page) opens it where it is.
    const third = await anne('exo', storage);
    const opened = await third.sync.open(oldUrl, { lock: false });
    expect(opened.url).toBe(`${davRootUrl('exo', dav.origin, 'anne')}${moved}`);
    expect(decode(opened.bytes)).toBe('réponse, version finale');
    expect(third.sync.info(moved)?.renamedFrom).toBe(`${davRootUrl('exo', dav.origin, 'anne')}${oldUrl}`);
    await third.sync.dispose();
  });

  it('a new file under the old name is what the old link opens, not the moved document', async () => {
    const bernard = client('exo', 'bernard');
    await bernard.mkcol('Agenda');
    writeServedFile(dav.exoFolder, 'agenda.odt', 'agenda 2026');
    const { sync, poller } = await anne();
    await sync.open('agenda.odt', { lock: false });
    await sync.close('agenda.odt');
    await bernard.move('agenda.odt', 'Agenda/agenda.odt');
    await poller.pollNow();
    expect(sync.info('Agenda/agenda.odt')?.status).toBe('up-to-date');
    writeServedFile(dav.exoFolder, 'agenda.odt', 'agenda 2027, nouveau');

    const opened = await sync.open('agenda.odt', { lock: false });
    expect(decode(opened.bytes)).toBe('agenda 2027, nouveau');
    expect(opened.url).toBe(`${davRootUrl('exo', dav.origin, 'anne')}agenda.odt`);
    expect(sync.documents().map((d) => d.name).sort()).toEqual(['agenda.odt', 'agenda.odt']);
    await sync.dispose();
  });

  it('deleted for real: reported deleted, not taken for a copy with the same name elsewhere', async () => {
    const bernard = client('exo', 'bernard');
    await bernard.mkcol('Copies');
    writeServedFile(dav.exoFolder, 'compte rendu.odt', 'compte rendu, version A');
    writeServedFile(dav.exoFolder, 'Copies/compte rendu.odt', 'compte rendu, version B');
    const { sync, poller } = await anne();
    await sync.open('compte%20rendu.odt', { lock: false });
    await bernard.delete('compte%20rendu.odt');

    await poller.pollNow();
    expect(sync.info('compte%20rendu.odt')?.status).toBe('deleted-remotely');
    expect(sync.info('Copies/compte%20rendu.odt')).toBeUndefined();
    // Saving puts it back where it was (a new file, never over one that appeared meanwhile).
    await sync.save('compte%20rendu.odt', text('compte rendu, repris'));
    await drained(sync);
    expect(readFileSync(path.join(dav.exoFolder, 'compte rendu.odt'), 'utf8')).toBe('compte rendu, repris');
    expect(readFileSync(path.join(dav.exoFolder, 'Copies/compte rendu.odt'), 'utf8')).toBe('compte rendu, version B');
    await sync.dispose();
  });

  it('the walk is bounded: a document moved deeper than the limits is reported deleted, within the request budget', async () => {
    const bernard = client('exo', 'bernard');
    await bernard.mkcol('Profond');
    let folder = 'Profond';
    for (let level = 1; level <= 4; level++) {
      folder += `/n${String(level)}`;
      await bernard.mkcol(folder);
    }
    writeServedFile(dav.exoFolder, 'fiche.odt', 'fiche de poste');
    const { sync } = await anne();
    await sync.open('fiche.odt', { lock: false });
    await bernard.move('fiche.odt', `${folder}/fiche.odt`);

    const limits = { maxDepth: 3, maxFolders: 40, maxEntries: 1000, maxDownloads: 2 };
    // Reaches into the engine's parts as the poll does; the public path is the poller (tests above).
    const parts = (sync as unknown as { parts: ConstructorParameters<typeof MoveSearch>[0] }).parts;
    const cached = parts.state.documents.find((d) => d.url.endsWith('/fiche.odt'))!;
    const shallow = new MoveSearch(parts, limits);
    expect(await shallow.find(cached)).toBeUndefined();
    expect(shallow.requests).toBeLessThanOrEqual(limits.maxFolders);
    const deep = new MoveSearch(parts, { ...limits, maxDepth: 6 });
    expect(await deep.find(cached)).toBe(`${davRootUrl('exo', dav.origin, 'anne')}${folder}/fiche.odt`);
    const tight = new MoveSearch(parts, { ...limits, maxDepth: 6, maxFolders: 2 });
    expect(await tight.find(cached)).toBeUndefined();
    expect(tight.requests).toBe(2);
    expect(tight.truncated).toBe(true);
    await sync.dispose();
  });
});

describe('Nextcloud-shaped root: moves followed by oc:fileid', () => {
  it('moved to another folder and edited there: found by its file id, then seen as changed', async () => {
    const root = davRootUrl('nextcloud', dav.origin, 'anne');
    const web = client('nextcloud', 'anne');
    await web.mkcol('Équipe');
    writeServedFile(dav.nextcloudFolder, 'planning.ods', 'planning v1');
    const proppatch = await fetch(`${root}planning.ods`, {
      method: 'PROPPATCH',
      headers: { Authorization: `Basic ${btoa(`anne:${DAV_USERS.anne}`)}`, 'Content-Type': 'application/xml' },
      body:
        '<?xml version="1.0" encoding="utf-8"?><d:propertyupdate xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns">' +
        '<d:set><d:prop><oc:fileid>00000942ocx1</oc:fileid></d:prop></d:set></d:propertyupdate>',
    });
    expect(proppatch.status).toBe(207);
    const { sync, poller } = await anne('nextcloud');
    await sync.open('planning.ods', { lock: false });
    await poller.pollNow();

    // Moved in Nextcloud's web interface (the file id goes with it), then edited there: its
    // ETag and content changed, so only the file id can tell it is the same document.
    await web.move('planning.ods', '%C3%89quipe/planning%202027.ods');
    const { etag } = await web.stat('%C3%89quipe/planning%202027.ods');
    await web.put('%C3%89quipe/planning%202027.ods', text('planning v2, plus long'), { ifMatch: etag ?? '' });

    await poller.pollNow();
    const moved = '%C3%89quipe/planning%202027.ods';
    expect(sync.info(moved)).toMatchObject({ name: 'planning 2027.ods', renamedFrom: `${root}planning.ods` });
    await poller.pollNow();
    expect(sync.info(moved)?.status).toBe('changed-remotely');
    expect(decode(await sync.theirVersion(moved))).toBe('planning v2, plus long');
    await sync.dispose();
  });
});
