/**
 * The sync engine against a real Apache httpd with mod_dav: browse, open, save, conflicts, the
 * queue across restarts and outages, credentials and locks — on the eXo-shaped root
 * (`/webdav/drives/`) and on the Nextcloud-shaped one (`/remote.php/dav/files/anne/`) alike.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApacheDav } from '../../../../test/support/apache-dav.js';
import { ageServedFile, DAV_USERS, startApacheDav, writeServedFile } from '../../../../test/support/apache-dav.js';
import { davRootUrl } from '../account-url.js';
import type { SyncEngineOptions } from '../sync-engine.js';
import { SyncEngine } from '../sync-engine.js';
import { MemorySyncStorage } from '../sync-storage.js';
import { WebDavClient } from '../webdav-client.js';

let dav: ApacheDav;
let rootUrl: string;
/** The served folder of the platform under test. */
let folder: string;
const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const decode = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);

function client(user: keyof typeof DAV_USERS = 'anne', password: string = DAV_USERS[user]): WebDavClient {
  return new WebDavClient({ rootUrl, username: user, password, fetch, timeoutMs: 10_000 });
}

function engine(storage = new MemorySyncStorage(), extra: Partial<SyncEngineOptions> = {}): Promise<SyncEngine> {
  return SyncEngine.create({ client: client(), storage, autoDrain: false, lockOwner: 'Anne Dupont', ...extra });
}

/** A served file's content, read from Apache's folder directly. */
function served(name: string): string {
  return readFileSync(path.join(folder, name), 'utf8');
}

function servedNames(): string[] {
  return readdirSync(folder).sort();
}

/**
 * Drains until the queue is empty. A file Apache wrote within the current second has a weak ETag
 * that If-Match never matches; the engine retries a second later, and this waits for that.
 */
async function settle(sync: SyncEngine): Promise<void> {
  for (let i = 0; i < 100 && sync.queue().some((q) => q.state === 'pending'); i++) {
    await sync.drain(true);
    if (sync.queue().some((q) => q.state === 'pending')) await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  dav = await startApacheDav();
});

afterAll(async () => {
  await dav.dispose();
});

const PLATFORMS = [
  { platform: 'eXo Platform', kind: 'exo' as const, folderOf: (d: ApacheDav) => d.exoFolder },
  { platform: 'Nextcloud', kind: 'nextcloud' as const, folderOf: (d: ApacheDav) => d.nextcloudFolder },
];

describe.each(PLATFORMS)('SyncEngine against Apache mod_dav, $platform root', ({ kind, folderOf }) => {
  beforeAll(() => {
    rootUrl = davRootUrl(kind, dav.origin, 'anne');
    folder = folderOf(dav);
  });

  it('opens a remote document into the cache and reopens it from there when the server is down', async () => {
    writeServedFile(folder, 'compte rendu.odt', 'réunion du lundi');
    const sync = await engine();
    const opened = await sync.open('compte%20rendu.odt');
    expect(decode(opened.bytes)).toBe('réunion du lundi');
    expect(opened.fromCache).toBe(false);
    expect(sync.info('compte%20rendu.odt')?.status).toBe('up-to-date');

    await dav.stop();
    try {
      const offline = await sync.open('compte%20rendu.odt');
      expect(offline.fromCache).toBe(true);
      expect(decode(offline.bytes)).toBe('réunion du lundi');
      await expect(sync.open('jamais-ouvert.odt')).rejects.toMatchObject({ reason: 'unreachable' });
    } finally {
      await dav.start();
    }
  });

  it('uploads a new document without overwriting one that appeared meanwhile', async () => {
    const sync = await engine();
    await sync.save('nouveau.odt', text('premier jet'));
    expect(sync.info('nouveau.odt')?.status).toBe('saved-locally');
    await sync.drain();
    expect(sync.info('nouveau.odt')?.status).toBe('up-to-date');
    expect(served('nouveau.odt')).toBe('premier jet');

    // Another new file under a name a colleague takes first: a conflict, not an overwrite.
    const other = await engine();
    await other.save('doublon.odt', text('le mien'));
    writeServedFile(folder, 'doublon.odt', 'le sien');
    await other.drain();
    expect(other.info('doublon.odt')?.status).toBe('conflict');
    expect(served('doublon.odt')).toBe('le sien');
  });

  it('saves over an unchanged remote document with If-Match, twice in a row', async () => {
    writeServedFile(folder, 'suivi.odt', 'v1');
    const sync = await engine();
    await sync.open('suivi.odt');
    await sync.save('suivi.odt', text('v2'));
    await sync.drain();
    expect(served('suivi.odt')).toBe('v2');
    // Saved again within the same second: Apache's ETag is weak then; the engine must not mistake it for a conflict.
    await sync.save('suivi.odt', text('v3'));
    await settle(sync);
    expect(served('suivi.odt')).toBe('v3');
    expect(sync.info('suivi.odt')?.status).toBe('up-to-date');
  });

  it('on a stale ETag keeps the server version beside ours, then keeps both on the server', async () => {
    writeServedFile(folder, 'budget.ods', 'budget de base');
    ageServedFile(folder, 'budget.ods');
    const storage = new MemorySyncStorage();
    const sync = await engine(storage, { language: 'fr' });
    await sync.open('budget.ods');
    writeServedFile(folder, 'budget.ods', 'budget de Bernard');
    await sync.save('budget.ods', text("budget d'Anne"));
    await sync.drain();

    const info = sync.info('budget.ods');
    expect(info?.status).toBe('conflict');
    expect(info?.conflictName).toMatch(/^budget \(conflit \d{4}-\d\d-\d\d \d{6}\)\.ods$/);
    expect(decode(await sync.theirVersion('budget.ods'))).toBe('budget de Bernard');
    expect(served('budget.ods')).toBe('budget de Bernard');

    const local = await sync.resolveConflict('budget.ods', 'keep-both');
    expect(decode(local)).toBe("budget d'Anne");
    await settle(sync);
    expect(served('budget.ods')).toBe("budget d'Anne");
    expect(served(info?.conflictName ?? '')).toBe('budget de Bernard');
    expect(sync.info('budget.ods')?.status).toBe('up-to-date');
    // Nothing left behind in the cache but the document itself.
    expect([...storage.blobs.keys()].filter((k) => !k.startsWith('doc-'))).toEqual([]);
  });

  it('keep mine overwrites the server version and keeps it locally; keep theirs keeps mine locally', async () => {
    for (const name of ['mine.odt', 'theirs.odt']) {
      writeServedFile(folder, name, 'base');
      ageServedFile(folder, name);
    }
    const sync = await engine(new MemorySyncStorage(), { language: 'en' });
    for (const name of ['mine.odt', 'theirs.odt']) {
      await sync.open(name);
      writeServedFile(folder, name, 'colleague');
      await sync.save(name, text('me'));
    }
    await sync.drain();
    expect(sync.info('mine.odt')?.conflictName).toMatch(/^mine \(conflict \d{4}-\d\d-\d\d \d{6}\)\.odt$/);

    await sync.resolveConflict('mine.odt', 'keep-mine');
    await settle(sync);
    expect(served('mine.odt')).toBe('me');
    expect(decode(await sync.discardedVersion('mine.odt'))).toBe('colleague');

    const reloaded = await sync.resolveConflict('theirs.odt', 'keep-theirs');
    expect(decode(reloaded)).toBe('colleague');
    expect(served('theirs.odt')).toBe('colleague');
    expect(decode(await sync.discardedVersion('theirs.odt'))).toBe('me');
    expect(sync.info('theirs.odt')?.status).toBe('up-to-date');
    expect(servedNames().filter((n) => n.includes('conflict'))).toEqual([]);
  });

  it('keeps the queue across a restart and drains it exactly once', async () => {
    writeServedFile(folder, 'redemarrage.odt', 'avant');
    const storage = new MemorySyncStorage();
    const first = await engine(storage);
    await first.open('redemarrage.odt');
    await first.save('redemarrage.odt', text('après'));
    await first.dispose(); // the app quits (or crashes) before the upload

    const second = await engine(storage);
    expect(second.info('redemarrage.odt')?.status).toBe('saved-locally');
    await second.drain();
    expect(served('redemarrage.odt')).toBe('après');
    expect(second.queue()).toEqual([]);
  });

  it('an upload that landed just before a crash is recognised by its content, not uploaded as a conflict', async () => {
    writeServedFile(folder, 'crash.odt', 'avant');
    ageServedFile(folder, 'crash.odt');
    const storage = new MemorySyncStorage();
    const first = await engine(storage);
    await first.open('crash.odt');
    await first.save('crash.odt', text('après'));
    const beforeUpload = new MemorySyncStorage();
    for (const [k, v] of storage.json) beforeUpload.json.set(k, v);
    for (const [k, v] of storage.blobs) beforeUpload.blobs.set(k, v);
    await first.drain(); // the PUT lands ...
    await first.dispose(); // ... but the process died before recording it: restart from the older state

    const second = await engine(beforeUpload);
    await second.drain();
    expect(second.info('crash.odt')?.status).toBe('up-to-date');
    expect(served('crash.odt')).toBe('après');
    expect(servedNames().filter((n) => n.startsWith('crash'))).toEqual(['crash.odt']);
  });

  it('queues saves while the server is down and drains them when it is back', async () => {
    writeServedFile(folder, 'train.odt', 'au bureau');
    const sync = await engine();
    await sync.open('train.odt');
    await dav.stop();
    try {
      await sync.save('train.odt', text('dans le train'));
      await sync.drain();
      expect(sync.online).toBe(false);
      expect(sync.info('train.odt')?.status).toBe('offline');
      const [item] = sync.queue();
      expect(item?.attempts).toBe(1);
      expect(item?.lastError?.reason).toBe('unreachable');
      expect(item?.nextAttemptMs).toBeGreaterThan(Date.now());
      await sync.save('train.odt', text('dans le train, relu'));
    } finally {
      await dav.start();
    }
    await sync.drain(true);
    expect(sync.online).toBe(true);
    expect(served('train.odt')).toBe('dans le train, relu');
    expect(sync.info('train.odt')?.status).toBe('up-to-date');
  });

  it('surfaces refused credentials as an error that stays in the queue', async () => {
    const sync = await SyncEngine.create({ client: client('anne', 'faux'), storage: new MemorySyncStorage(), autoDrain: false });
    await sync.save('refus.odt', text('x'));
    await sync.drain();
    const info = sync.info('refus.odt');
    expect(info?.status).toBe('error');
    expect(info?.error?.reason).toBe('credentials');
    expect(sync.queue()).toHaveLength(1);
    expect(servedNames()).not.toContain('refus.odt');
  });

  it('opens read-only with the holder’s name when someone else holds a lock, and uploads once it is released', async () => {
    writeServedFile(folder, 'verrou.odt', 'v1');
    const bernard = client('bernard');
    const lock = await bernard.lock('verrou.odt', { owner: 'Bernard Martin', timeoutSeconds: 600 });

    const sync = await engine();
    const opened = await sync.open('verrou.odt', { lock: true });
    expect(opened.readOnly).toBe(true);
    expect(opened.lockedBy).toBe('Bernard Martin');

    await sync.save('verrou.odt', text('v2 par Anne'));
    await sync.drain();
    const [item] = sync.queue();
    expect(item?.lastError?.reason).toBe('locked');
    expect(item?.state).toBe('pending');
    expect(served('verrou.odt')).toBe('v1');

    await bernard.unlock('verrou.odt', lock.token);
    await sync.drain(true);
    expect(served('verrou.odt')).toBe('v2 par Anne');
  });

  it('takes a lock for editing, uploads through it, and releases it on close', async () => {
    writeServedFile(folder, 'edition.odt', 'v1');
    const sync = await engine();
    const opened = await sync.open('edition.odt', { lock: true });
    expect(opened.readOnly).toBe(false);
    const seen = await client('bernard').stat('edition.odt');
    expect(seen.locks.map((l) => l.owner)).toEqual(['Anne Dupont']);
    await expect(client('bernard').put('edition.odt', text('intrus'))).rejects.toMatchObject({ reason: 'locked' });

    await sync.save('edition.odt', text('v2'));
    await settle(sync);
    expect(served('edition.odt')).toBe('v2');
    await sync.close('edition.odt');
    expect((await client('bernard').stat('edition.odt')).locks).toEqual([]);
    await sync.dispose();
  });

  for (const first of ['anne', 'bernard'] as const) {
    it(`two agents edit the same document offline; ${first} comes back first: both versions end on the server`, async () => {
      const name = `commun-${first}.odt`;
      writeServedFile(folder, name, 'version commune');
      const agents = {
        anne: await SyncEngine.create({ client: client('anne'), storage: new MemorySyncStorage(), autoDrain: false, language: 'fr' }),
        bernard: await SyncEngine.create({ client: client('bernard'), storage: new MemorySyncStorage(), autoDrain: false, language: 'fr' }),
      };
      await agents.anne.open(name);
      await agents.bernard.open(name);
      await dav.stop();
      try {
        await agents.anne.save(name, text("texte d'Anne"));
        await agents.bernard.save(name, text('texte de Bernard'));
        await agents.anne.drain();
        await agents.bernard.drain();
        expect(agents.anne.info(name)?.status).toBe('offline');
      } finally {
        await dav.start();
      }
      const second = first === 'anne' ? 'bernard' : 'anne';
      await settle(agents[first]);
      await settle(agents[second]);
      expect(agents[first].info(name)?.status).toBe('up-to-date');
      const conflict = agents[second].info(name);
      expect(conflict?.status).toBe('conflict');
      const firstText = first === 'anne' ? "texte d'Anne" : 'texte de Bernard';
      const secondText = first === 'anne' ? 'texte de Bernard' : "texte d'Anne";
      expect(served(name)).toBe(firstText);

      await agents[second].resolveConflict(name, 'keep-both');
      await settle(agents[second]);
      expect(served(name)).toBe(secondText);
      expect(served(conflict?.conflictName ?? '')).toBe(firstText);
    });
  }

  it('refreshes its lock at half-time, keeping the same token, until the document closes', async () => {
    writeServedFile(folder, 'long.odt', 'v1');
    const timers: { run: () => void; ms: number }[] = [];
    const clock = {
      now: () => Date.now(),
      setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }),
      clearTimeout: () => undefined,
    };
    const sync = await engine(new MemorySyncStorage(), { clock, lockTimeoutSeconds: 600 });
    await sync.open('long.odt', { lock: true });
    const [lock] = (await client('bernard').stat('long.odt')).locks;
    expect(lock?.owner).toBe('Anne Dupont');
    const refresh = timers.find((t) => t.ms === 300_000);
    expect(refresh).toBeDefined();

    const before = timers.length;
    refresh?.run(); // half-time: the engine sends LOCK with its token
    await expect.poll(() => timers.length).toBeGreaterThan(before);
    expect(timers[timers.length - 1]?.ms).toBe(300_000);
    const [still] = (await client('bernard').stat('long.odt')).locks;
    expect(still?.token).toBe(lock?.token);

    await sync.close('long.odt');
    expect((await client('bernard').stat('long.odt')).locks).toEqual([]);
  });
});
