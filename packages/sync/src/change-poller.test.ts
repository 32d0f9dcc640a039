/**
 * The change poller's `propagating` way, against an in-test emulation of a Nextcloud server's
 * PROPFIND answers (no Nextcloud server is available here): every change to a file gives it and
 * each folder above it a new ETag, as Nextcloud does, and every resource reports `oc:fileid`.
 * The `listing` way is tested against the real Apache in integration/remote-changes.apache.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { ChangePoller, canonicalUrl } from './change-poller.js';
import type { RemoteObservation } from './change-poller.js';
import type { FetchLike } from './webdav-client.js';
import { WebDavClient } from './webdav-client.js';

const ROOT = 'https://cloud.region.fr/remote.php/dav/files/anne/';

/** Folders and files with Nextcloud's propagating ETags; answers PROPFIND depth 0 and 1. */
class EmulatedNextcloud {
  private readonly etags = new Map<string, number>();
  private counter = 1;
  readonly requests: string[] = [];
  online = true;

  constructor(paths: readonly string[]) {
    this.etags.set('', this.counter++);
    for (const p of paths) this.touch(p);
  }

  /** A new version of `path` (a file, or a folder ending with `/`): it and its folders get new ETags. */
  touch(path: string): void {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('/') + (i < parts.length ? '/' : '');
      if (prefix !== '') this.etags.set(prefix, this.counter++);
    }
    this.etags.set('', this.counter++);
  }

  private entry(path: string): string {
    const folder = path === '' || path.endsWith('/');
    const href = new URL(ROOT + path.split('/').map(encodeURIComponent).join('/')).pathname;
    return (
      `<d:response><d:href>${href}</d:href><d:propstat><d:prop>` +
      `<d:getetag>"${String(this.etags.get(path))}"</d:getetag>` +
      `<d:resourcetype>${folder ? '<d:collection/>' : ''}</d:resourcetype>` +
      `<oc:fileid>${String(this.etags.get(path)! + 1000)}</oc:fileid>` +
      `</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>`
    );
  }

  readonly fetch: FetchLike = (input, init) => {
    if (!this.online) return Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }));
    const depth = (init.headers as Record<string, string>)['Depth'];
    const path = decodeURIComponent(input.slice(ROOT.length));
    this.requests.push(`${init.method ?? 'GET'} ${depth ?? ''} /${path}`);
    if (!this.etags.has(path)) return Promise.resolve(new Response('', { status: 404 }));
    const children = depth === '1' ? [...this.etags.keys()].filter((p) => p !== path && p.startsWith(path) && !p.slice(path.length).replace(/\/$/, '').includes('/')) : [];
    const body =
      '<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns">' +
      [path, ...children].map((p) => this.entry(p)).join('') +
      '</d:multistatus>';
    return Promise.resolve(new Response(body, { status: 207, headers: { 'Content-Type': 'application/xml' } }));
  };
}

function setUp(paths: readonly string[], watched: readonly string[]) {
  const server = new EmulatedNextcloud(paths);
  const client = new WebDavClient({ rootUrl: ROOT, username: 'anne', password: 'x', fetch: server.fetch });
  const observed: RemoteObservation[][] = [];
  const missing: string[][] = [];
  const poller = new ChangePoller({
    client,
    watched: () => watched.map((w) => ROOT + w),
    onObserved: (o, m) => {
      observed.push([...o]);
      missing.push([...m]);
    },
    intervalMs: () => 60_000,
    random: () => 0.5,
  });
  return { server, poller, observed, missing };
}

describe('ChangePoller on a server whose folder ETags propagate (emulated Nextcloud)', () => {
  const TREE = ['Direction/Notes/note.odt', 'Direction/Notes/autre.odt', 'Direction/budget.ods', 'Finances/2026/compte.ods', 'Photos/ete.jpg'];

  it('walks down to the watched files once, then asks only the root while nothing changes', async () => {
    const { server, poller, observed } = setUp(TREE, ['Direction/Notes/note.odt', 'Finances/2026/compte.ods']);
    const first = await poller.pollNow();
    expect(poller.mode).toBe('propagating');
    expect(first.observed.map((o) => o.url).sort()).toEqual([ROOT + 'Direction/Notes/note.odt', ROOT + 'Finances/2026/compte.ods']);
    // Root depth 0 + root, Direction, Notes, Finances, 2026 at depth 1; Photos is never listed.
    expect(server.requests).toEqual(['PROPFIND 0 /', 'PROPFIND 1 /', 'PROPFIND 1 /Direction/', 'PROPFIND 1 /Direction/Notes/', 'PROPFIND 1 /Finances/', 'PROPFIND 1 /Finances/2026/']);

    server.requests.length = 0;
    const quiet = await poller.pollNow();
    expect(quiet.requests).toBe(1);
    expect(server.requests).toEqual(['PROPFIND 0 /']);
    expect(observed.at(-1)).toEqual([]);

    // A change somewhere unwatched moves the root, but only its branch would be walked: none.
    server.requests.length = 0;
    server.touch('Photos/ete.jpg');
    await poller.pollNow();
    expect(server.requests).toEqual(['PROPFIND 0 /', 'PROPFIND 1 /']);
  });

  it('descends only into the folders whose ETag moved and reports the changed file', async () => {
    const { server, poller, observed } = setUp(TREE, ['Direction/Notes/note.odt', 'Finances/2026/compte.ods']);
    await poller.pollNow();
    const before = observed.at(-1)?.find((o) => o.url.endsWith('compte.ods'))?.etag;
    server.requests.length = 0;
    server.touch('Finances/2026/compte.ods');
    await poller.pollNow();
    expect(server.requests).toEqual(['PROPFIND 0 /', 'PROPFIND 1 /', 'PROPFIND 1 /Finances/', 'PROPFIND 1 /Finances/2026/']);
    const seen = observed.at(-1) ?? [];
    expect(seen.map((o) => o.url)).toEqual([ROOT + 'Finances/2026/compte.ods']);
    expect(seen[0]?.etag).not.toBe(before);
  });

  it('looks for a newly watched file even when no folder moved', async () => {
    const watched = ['Direction/Notes/note.odt'];
    const { server, poller, observed } = setUp(TREE, watched);
    await poller.pollNow();
    watched.push('Direction/budget.ods');
    server.requests.length = 0;
    await poller.pollNow();
    expect(server.requests).toEqual(['PROPFIND 0 /', 'PROPFIND 1 /', 'PROPFIND 1 /Direction/']);
    expect(observed.at(-1)?.map((o) => o.url)).toEqual([ROOT + 'Direction/budget.ods']);
  });

  it('reports a watched file whose folder went away as missing', async () => {
    const { server, poller, missing } = setUp(TREE, ['Direction/Notes/note.odt']);
    await poller.pollNow();
    // Emulate a deletion of the Notes folder: it and its files disappear, the folders above move.
    (server as unknown as { etags: Map<string, number> }).etags.delete('Direction/Notes/');
    (server as unknown as { etags: Map<string, number> }).etags.delete('Direction/Notes/note.odt');
    (server as unknown as { etags: Map<string, number> }).etags.delete('Direction/Notes/autre.odt');
    server.touch('Direction/');
    await poller.pollNow();
    expect(missing.at(-1)).toEqual([ROOT + 'Direction/Notes/note.odt']);
  });

  it('does not remember folder ETags from a walk cut by a failure, so the change is found later', async () => {
    const server = new EmulatedNextcloud(TREE);
    let calls = 0;
    let failAt = 0;
    // The network drops at one chosen request.
    const flaky: FetchLike = (input, init) => (++calls === failAt ? Promise.reject(new TypeError('fetch failed')) : server.fetch(input, init));
    const client = new WebDavClient({ rootUrl: ROOT, username: 'anne', password: 'x', fetch: flaky });
    const poller = new ChangePoller({ client, watched: () => [ROOT + 'Direction/Notes/note.odt'], onObserved: () => undefined, intervalMs: () => 60_000 });
    await poller.pollNow(); // learns the tree
    server.touch('Direction/Notes/note.odt');
    calls = 0;
    failAt = 3; // root depth 0, root depth 1, then Direction fails
    await expect(poller.pollNow()).rejects.toMatchObject({ reason: 'unreachable' });
    expect(poller.failures).toBe(1);
    const found = await poller.pollNow();
    expect(found.observed.map((o) => o.url)).toEqual([ROOT + 'Direction/Notes/note.odt']);
    expect(poller.failures).toBe(0);
  });

  it('waits for an asynchronous pause hook (the OS asked whether the network is metered)', async () => {
    const server = new EmulatedNextcloud(TREE);
    const client = new WebDavClient({ rootUrl: ROOT, username: 'anne', password: 'x', fetch: server.fetch });
    const timers: { fn: () => void; ms: number }[] = [];
    let metered = true;
    const poller = new ChangePoller({
      client,
      watched: () => [ROOT + 'Direction/budget.ods'],
      onObserved: () => undefined,
      intervalMs: () => 30_000,
      paused: () => new Promise<boolean>((resolve) => setTimeout(() => resolve(metered), 5)),
      clock: { now: () => 0, setTimeout: (fn, ms) => timers.push({ fn, ms }), clearTimeout: () => undefined },
    });
    poller.start();
    await vi.waitFor(() => expect(timers.length).toBe(1));
    timers.at(-1)?.fn();
    await vi.waitFor(() => expect(timers.length).toBe(2));
    expect(server.requests).toEqual([]);
    metered = false;
    timers.at(-1)?.fn();
    await vi.waitFor(() => expect(timers.length).toBe(3));
    expect(server.requests.length).toBeGreaterThan(0);
    await poller.stop();
  });

  it('backs off after failures (interval × 2ⁿ, capped) and skips timer polls while paused', async () => {
    const server = new EmulatedNextcloud(TREE);
    const client = new WebDavClient({ rootUrl: ROOT, username: 'anne', password: 'x', fetch: server.fetch });
    const timers: { fn: () => void; ms: number }[] = [];
    let paused = true;
    const poller = new ChangePoller({
      client,
      watched: () => [ROOT + 'Direction/budget.ods'],
      onObserved: () => undefined,
      intervalMs: () => 30_000,
      paused: () => paused,
      random: () => 0.5,
      maxBackoffMs: 300_000,
      clock: { now: () => 0, setTimeout: (fn, ms) => timers.push({ fn, ms }), clearTimeout: () => undefined },
    });
    poller.start();
    await Promise.resolve();
    await Promise.resolve();
    expect(timers.at(-1)?.ms).toBe(30_000);
    timers.at(-1)?.fn();
    await new Promise((r) => setTimeout(r, 0));
    expect(server.requests).toEqual([]); // paused: no request, the next tick is planned
    expect(timers.length).toBe(2);

    paused = false;
    server.online = false;
    timers.at(-1)?.fn();
    await new Promise((r) => setTimeout(r, 0));
    expect(poller.failures).toBe(1);
    expect(timers.at(-1)?.ms).toBe(60_000);
    timers.at(-1)?.fn();
    await new Promise((r) => setTimeout(r, 0));
    expect(timers.at(-1)?.ms).toBe(120_000);
    for (let i = 0; i < 4; i++) {
      timers.at(-1)?.fn();
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(timers.at(-1)?.ms).toBe(300_000);

    server.online = true;
    timers.at(-1)?.fn();
    await new Promise((r) => setTimeout(r, 0));
    expect(poller.failures).toBe(0);
    expect(timers.at(-1)?.ms).toBe(30_000);
    await poller.stop();
  });

  it('a new interval applies at once, not after the old wait', async () => {
    const server = new EmulatedNextcloud(TREE);
    const client = new WebDavClient({ rootUrl: ROOT, username: 'anne', password: 'x', fetch: server.fetch });
    const timers: { fn: () => void; ms: number; cleared: boolean }[] = [];
    let interval = 3_600_000;
    const poller = new ChangePoller({
      client,
      watched: () => [ROOT + 'Direction/budget.ods'],
      onObserved: () => undefined,
      intervalMs: () => interval,
      clock: {
        now: () => 0,
        setTimeout: (fn, ms) => timers.push({ fn, ms, cleared: false }) - 1,
        clearTimeout: (id) => {
          const timer = timers[id as number];
          if (timer) timer.cleared = true;
        },
      },
    });
    poller.start();
    await new Promise((r) => setTimeout(r, 0));
    expect(timers.map((t) => t.ms)).toEqual([3_600_000]);
    interval = 30_000;
    poller.replan();
    await new Promise((r) => setTimeout(r, 0));
    expect(timers.map((t) => [t.ms, t.cleared])).toEqual([
      [3_600_000, true],
      [30_000, false],
    ]);
    await poller.stop();
    poller.replan();
    await new Promise((r) => setTimeout(r, 0));
    expect(timers.length).toBe(2);
  });

  it('spells URLs one way whatever the server percent-encodes', () => {
    expect(canonicalUrl('https://h/a%c3%a9/b%20c.odt')).toBe(canonicalUrl('https://h/aé/b c.odt'));
    expect(canonicalUrl('https://h/a%C3%A9/')).toBe('https://h/a%C3%A9/');
  });
});
