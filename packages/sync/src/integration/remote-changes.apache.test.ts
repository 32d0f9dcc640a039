/**
 * Colleagues' changes seen by the change poller, against a real Apache httpd with mod_dav: Anne
 * opens documents, Bernard (another WebDAV client, his own credentials) saves new versions over
 * HTTP, and Anne's poll finds them. Apache's folder ETags do not move when a file inside changes,
 * so the poller must pick its `listing` way (depth-1 PROPFIND of each folder holding a watched
 * file) by itself.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApacheDav } from '../../../../test/support/apache-dav.js';
import { ageServedFile, DAV_USERS, makeServedFolder, startApacheDav, writeServedFile } from '../../../../test/support/apache-dav.js';
import { davRootUrl } from '../account-url.js';
import { ChangePoller } from '../change-poller.js';
import type { RemoteObservation } from '../change-poller.js';
import { SyncEngine } from '../sync-engine.js';
import { MemorySyncStorage } from '../sync-storage.js';
import { WebDavClient } from '../webdav-client.js';

let dav: ApacheDav;
let rootUrl: string;
const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const decode = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);

function client(user: keyof typeof DAV_USERS): WebDavClient {
  return new WebDavClient({ rootUrl, username: user, password: DAV_USERS[user], fetch, timeoutMs: 10_000 });
}

async function anne(): Promise<{ sync: SyncEngine; poller: ChangePoller; seen: RemoteObservation[][] }> {
  const davClient = client('anne');
  const sync = await SyncEngine.create({ client: davClient, storage: new MemorySyncStorage(), autoDrain: false, lockOwner: 'Anne Dupont', language: 'fr' });
  const seen: RemoteObservation[][] = [];
  const poller = new ChangePoller({
    client: davClient,
    watched: () => sync.watchedUrls(),
    onObserved: async (observed, missing) => {
      seen.push([...observed]);
      await sync.applyRemoteState(observed, missing);
    },
    intervalMs: () => 60_000,
  });
  return { sync, poller, seen };
}

/** Bernard saves a new version from his own client, as a colleague's Ostal or the platform's web editor would. */
async function bernardSaves(name: string, content: string): Promise<void> {
  const bernard = client('bernard');
  const { etag } = await bernard.stat(name);
  await bernard.put(name, text(content), { ifMatch: etag ?? '' });
}

beforeAll(async () => {
  dav = await startApacheDav();
  rootUrl = davRootUrl('exo', dav.origin, 'anne');
});

afterAll(async () => {
  await dav.dispose();
});

describe('remote changes against Apache mod_dav (eXo-shaped root)', () => {
  it('sees a colleague’s save of an open document, and reloads their version', async () => {
    writeServedFile(dav.exoFolder, 'note de service.odt', 'version 1');
    const { sync, poller } = await anne();
    await sync.open('note%20de%20service.odt', { lock: false });

    // Nothing changed yet: the poll finds nothing to tell.
    const quiet = await poller.pollNow();
    expect(poller.mode).toBe('listing');
    expect(quiet.observed.map((o) => o.url)).toEqual([`${rootUrl}note%20de%20service.odt`]);
    expect(sync.info('note%20de%20service.odt')?.status).toBe('up-to-date');

    await bernardSaves('note%20de%20service.odt', 'version 2 de Bernard');
    await poller.pollNow();
    const info = sync.info('note%20de%20service.odt');
    expect(info?.status).toBe('changed-remotely');
    expect(info?.conflictName).toMatch(/^note de service \(conflit \d{4}-\d\d-\d\d \d{6}\)\.odt$/);
    expect(decode(await sync.theirVersion('note%20de%20service.odt'))).toBe('version 2 de Bernard');

    // Reload: their version becomes the document; nothing to upload.
    const reloaded = await sync.resolveConflict('note%20de%20service.odt', 'keep-theirs');
    expect(decode(reloaded)).toBe('version 2 de Bernard');
    expect(sync.info('note%20de%20service.odt')?.status).toBe('up-to-date');
    expect(sync.queue()).toEqual([]);
    await poller.pollNow();
    expect(sync.info('note%20de%20service.odt')?.status).toBe('up-to-date');
    await sync.dispose();
  });

  it('keeps mine: theirs goes beside it on the server as a conflict copy, no byte lost', async () => {
    writeServedFile(dav.exoFolder, 'planning.ods', 'planning d’Anne');
    ageServedFile(dav.exoFolder, 'planning.ods');
    const { sync, poller } = await anne();
    await sync.open('planning.ods');
    await bernardSaves('planning.ods', 'planning de Bernard');
    await poller.pollNow();
    expect(sync.info('planning.ods')?.status).toBe('changed-remotely');
    const copy = sync.info('planning.ods')?.conflictName ?? '';

    const mine = await sync.resolveConflict('planning.ods', 'keep-both');
    expect(decode(mine)).toBe('planning d’Anne');
    for (let i = 0; i < 50 && sync.queue().some((q) => q.state === 'pending'); i++) {
      await sync.drain(true);
      if (sync.queue().some((q) => q.state === 'pending')) await new Promise((r) => setTimeout(r, 100));
    }
    expect(readFileSync(path.join(dav.exoFolder, 'planning.ods'), 'utf8')).toBe('planning d’Anne');
    expect(readFileSync(path.join(dav.exoFolder, copy), 'utf8')).toBe('planning de Bernard');
    expect(sync.info('planning.ods')?.status).toBe('up-to-date');

    // Anne's own upload is not mistaken for a colleague's change on the next poll.
    await poller.pollNow();
    expect(sync.info('planning.ods')?.status).toBe('up-to-date');
    await sync.dispose();
  });

  it('a local save waiting to upload meets the colleague’s version as a conflict (the existing rules)', async () => {
    writeServedFile(dav.exoFolder, 'rapport.odt', 'rapport v1');
    ageServedFile(dav.exoFolder, 'rapport.odt');
    const { sync, poller } = await anne();
    await sync.open('rapport.odt');
    await sync.save('rapport.odt', text('rapport d’Anne'));
    await bernardSaves('rapport.odt', 'rapport de Bernard');
    await poller.pollNow();
    // The poll does not decide over a pending upload; the upload's If-Match does.
    expect(sync.info('rapport.odt')?.status).toBe('saved-locally');
    await sync.drain(true);
    expect(sync.info('rapport.odt')?.status).toBe('conflict');
    expect(decode(await sync.theirVersion('rapport.odt'))).toBe('rapport de Bernard');
    expect(readFileSync(path.join(dav.exoFolder, 'rapport.odt'), 'utf8')).toBe('rapport de Bernard');
    await sync.dispose();
  });

  it('refreshes the offline copy of a document that is cached but not open', async () => {
    makeServedFolder(dav.exoFolder, 'Archives');
    writeServedFile(path.join(dav.exoFolder, 'Archives'), 'annuaire.ods', 'annuaire 2025');
    const { sync, poller } = await anne();
    await sync.open('Archives/annuaire.ods');
    await sync.close('Archives/annuaire.ods');
    expect(sync.isOpen('Archives/annuaire.ods')).toBe(false);
    await bernardSaves('Archives/annuaire.ods', 'annuaire 2026');
    const report = await poller.pollNow();
    // The root once (to learn how this server's folder ETags behave), then one listing.
    expect(report.requests).toBe(2);
    expect(sync.info('Archives/annuaire.ods')?.status).toBe('up-to-date');

    // Offline now: the copy opened is the colleague's latest.
    await dav.stop();
    try {
      const offline = await sync.open('Archives/annuaire.ods');
      expect(offline.fromCache).toBe(true);
      expect(decode(offline.bytes)).toBe('annuaire 2026');
    } finally {
      await dav.start();
    }
    await sync.dispose();
  });

  it('backs off while the server is unreachable and finds the change once it is back', async () => {
    writeServedFile(dav.exoFolder, 'compte rendu.odt', 'avant');
    const { sync, poller } = await anne();
    await sync.open('compte%20rendu.odt');
    await poller.pollNow();
    await dav.stop();
    try {
      await expect(poller.pollNow()).rejects.toMatchObject({ reason: 'unreachable' });
      await expect(poller.pollNow()).rejects.toMatchObject({ reason: 'unreachable' });
      expect(poller.failures).toBe(2);
      // Waits longer than the interval (60 s) after failures, growing with each.
      expect(poller.delayAfter(60_000)).toBeGreaterThan(60_000);
    } finally {
      await dav.start();
    }
    await bernardSaves('compte%20rendu.odt', 'après la panne');
    await poller.pollNow();
    expect(poller.failures).toBe(0);
    expect(poller.delayAfter(60_000)).toBe(60_000);
    expect(sync.info('compte%20rendu.odt')?.status).toBe('changed-remotely');
    await sync.dispose();
  });

  it('lists only the folders that hold watched documents', async () => {
    makeServedFolder(dav.exoFolder, 'Direction');
    makeServedFolder(dav.exoFolder, 'Finances');
    writeServedFile(path.join(dav.exoFolder, 'Direction'), 'a.odt', 'a');
    writeServedFile(path.join(dav.exoFolder, 'Direction'), 'b.odt', 'b');
    writeServedFile(path.join(dav.exoFolder, 'Finances'), 'c.ods', 'c');
    const { sync, poller, seen } = await anne();
    await sync.open('Direction/a.odt');
    await sync.open('Direction/b.odt');
    await poller.pollNow();
    // After the first poll: one depth-1 PROPFIND per folder holding a watched document, nothing else.
    const report = await poller.pollNow();
    expect(report.requests).toBe(1);
    expect(seen.at(-1)?.map((o) => o.url).sort()).toEqual([`${rootUrl}Direction/a.odt`, `${rootUrl}Direction/b.odt`]);
    expect(readdirSync(path.join(dav.exoFolder, 'Finances'))).toEqual(['c.ods']);
    await sync.dispose();
  });

  it('a document deleted on the server while open says so, and saving puts it back as a new file', async () => {
    writeServedFile(dav.exoFolder, 'à supprimer.odt', 'contenu d’origine');
    ageServedFile(dav.exoFolder, 'à supprimer.odt');
    const { sync, poller } = await anne();
    await sync.open('%C3%A0%20supprimer.odt');
    await client('bernard').delete('%C3%A0%20supprimer.odt');
    const report = await poller.pollNow();
    expect(report.missing).toEqual([`${rootUrl}%C3%A0%20supprimer.odt`]);
    expect(sync.info('%C3%A0%20supprimer.odt')?.status).toBe('deleted-remotely');

    await sync.save('%C3%A0%20supprimer.odt', text('travail d’Anne'));
    for (let i = 0; i < 20 && sync.queue().some((q) => q.state === 'pending'); i++) await sync.drain(true);
    expect(readFileSync(path.join(dav.exoFolder, 'à supprimer.odt'), 'utf8')).toBe('travail d’Anne');
    expect(sync.info('%C3%A0%20supprimer.odt')?.status).toBe('up-to-date');
    await poller.pollNow();
    expect(sync.info('%C3%A0%20supprimer.odt')?.status).toBe('up-to-date');
    await sync.dispose();
  });
});
