/**
 * Chunked, resumable uploads of large files (Nextcloud chunked upload v2).
 *
 * EMULATION: no Nextcloud server is available on this machine, and Apache's mod_dav cannot
 * assemble chunks. The Nextcloud side is therefore a small HTTP server written in this test that
 * implements the contract as Nextcloud's developer documentation describes it ("Chunked file
 * upload", version 2): the capabilities answer (`dav.chunking`), `MKCOL
 * /remote.php/dav/uploads/<user>/<id>` with a `Destination` header, `PUT` of chunks numbered 1 to
 * 10000 with `Destination` and `OC-Total-Length`, chunks of at least 5 MiB but the last, a depth-1
 * PROPFIND of the upload folder, and `MOVE …/.file` assembling the chunks in number order into
 * the destination. Conditions on the assembly follow RFC 4918 (`Overwrite: F`, an `If` header
 * naming the destination with an entity tag). What the test proves is the client's side of that
 * contract; a real Nextcloud may differ in details the documentation does not state.
 *
 * The last test runs against the real Apache (Nextcloud-shaped root): no capabilities there, so
 * a large file goes as one conditional PUT.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageServedFile, DAV_USERS, startApacheDav, writeServedFile } from '../../../../test/support/apache-dav.js';
import { chunkedUpload, MIN_CHUNK_BYTES, nextcloudUploadsRoot } from '../chunked-upload.js';
import { sha256Hex } from '../hash.js';
import { SyncEngine } from '../sync-engine.js';
import { MemorySyncStorage } from '../sync-storage.js';
import { WebDavClient } from '../webdav-client.js';

const USER = 'anne';
const PASSWORD = 'app-password';
const FILES = `/remote.php/dav/files/${USER}/`;
const UPLOADS = `/remote.php/dav/uploads/${USER}/`;

interface Upload {
  readonly destination: string;
  readonly chunks: Map<string, Buffer>;
}

/** The emulated Nextcloud (see the module comment). */
class EmulatedNextcloud {
  readonly files = new Map<string, { bytes: Buffer; etag: string }>();
  readonly uploads = new Map<string, Upload>();
  readonly log: string[] = [];
  /** Chunk names whose next PUT has its connection cut (the network drops mid-upload). */
  readonly cutChunks = new Set<string>();
  private etagCounter = 1;
  private server: http.Server | undefined;
  origin = '';

  newEtag(): string {
    return `"nc-${String(this.etagCounter++)}"`;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.origin = `http://127.0.0.1:${String(typeof address === 'object' && address ? address.port : 0)}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const p = decodeURIComponent(url.pathname);
    const method = req.method ?? 'GET';
    this.log.push(`${method} ${p.replace(UPLOADS, 'uploads/').replace(FILES, 'files/')}`);
    if (req.headers.authorization !== `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`) return this.send(res, 401);
    const chunkName = p.startsWith(UPLOADS) ? p.slice(UPLOADS.length).split('/')[1] : undefined;
    if (method === 'PUT' && chunkName && this.cutChunks.delete(chunkName)) {
      req.socket.destroy();
      return;
    }
    const body = await new Promise<Buffer>((resolve) => {
      const parts: Buffer[] = [];
      req.on('data', (c: Buffer) => parts.push(c));
      req.on('end', () => resolve(Buffer.concat(parts)));
    });
    const header = (name: string): string | undefined => {
      const v = req.headers[name.toLowerCase()];
      return Array.isArray(v) ? v[0] : v;
    };
    if (p === '/ocs/v2.php/cloud/capabilities' && method === 'GET') {
      if (header('OCS-APIRequest') !== 'true') return this.send(res, 400);
      return this.send(res, 200, JSON.stringify({ ocs: { meta: { status: 'ok', statuscode: 200 }, data: { version: { major: 30 }, capabilities: { dav: { chunking: '1.0' } } } } }), { 'Content-Type': 'application/json' });
    }
    if (p.startsWith(FILES)) return this.handleFile(p, method, res);
    if (p.startsWith(UPLOADS)) return this.handleUpload(p, method, header, body, res);
    return this.send(res, 404);
  }

  private handleFile(p: string, method: string, res: http.ServerResponse): void {
    const file = this.files.get(p);
    if (method === 'GET') return file ? this.send(res, 200, file.bytes, { ETag: file.etag }) : this.send(res, 404);
    return this.send(res, 405);
  }

  private handleUpload(p: string, method: string, header: (name: string) => string | undefined, body: Buffer, res: http.ServerResponse): void {
    const [id = '', name] = p.slice(UPLOADS.length).split('/').filter((s, i) => i === 0 || s !== '');
    const upload = this.uploads.get(id);
    const destination = header('Destination');
    if (destination === undefined) return this.send(res, 400); // version 2: every request names it
    const destinationPath = decodeURIComponent(new URL(destination).pathname);
    if (method === 'MKCOL' && !name) {
      if (upload) return this.send(res, 405);
      this.uploads.set(id, { destination: destinationPath, chunks: new Map() });
      return this.send(res, 201);
    }
    if (!upload) return this.send(res, 404);
    if (upload.destination !== destinationPath) return this.send(res, 400);
    if (method === 'PROPFIND' && !name) {
      const entry = (href: string, size?: number) =>
        `<d:response><d:href>${href}</d:href><d:propstat><d:prop>${size === undefined ? '<d:resourcetype><d:collection/></d:resourcetype>' : `<d:resourcetype/><d:getcontentlength>${String(size)}</d:getcontentlength>`}</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>`;
      const xml = `<?xml version="1.0"?><d:multistatus xmlns:d="DAV:">${entry(`${UPLOADS}${id}/`)}${[...upload.chunks].map(([n, b]) => entry(`${UPLOADS}${id}/${n}`, b.length)).join('')}</d:multistatus>`;
      return this.send(res, 207, xml, { 'Content-Type': 'application/xml' });
    }
    if (method === 'PUT' && name && name !== '.file') {
      const n = Number(name);
      if (!/^\d+$/.test(name) || n < 1 || n > 10_000) return this.send(res, 400);
      if (header('OC-Total-Length') === undefined) return this.send(res, 400);
      upload.chunks.set(name, body);
      return this.send(res, 201);
    }
    if (method === 'MOVE' && name === '.file') {
      const ordered = [...upload.chunks].sort((a, b) => Number(a[0]) - Number(b[0])).map(([, b]) => b);
      if (ordered.slice(0, -1).some((b) => b.length < MIN_CHUNK_BYTES)) return this.send(res, 400);
      const assembled = Buffer.concat(ordered);
      if (Number(header('OC-Total-Length')) !== assembled.length) return this.send(res, 400);
      const existing = this.files.get(destinationPath);
      if (header('Overwrite') === 'F' && existing) return this.send(res, 412);
      const condition = header('If');
      if (condition !== undefined) {
        const tagged = /^<([^>]+)>\s*\((.*)\)$/.exec(condition);
        if (!tagged || decodeURIComponent(new URL(tagged[1] ?? '').pathname) !== destinationPath) return this.send(res, 400);
        const etag = /\[("[^"]*")\]/.exec(tagged[2] ?? '')?.[1];
        if (etag !== undefined && existing?.etag !== etag) return this.send(res, 412);
      }
      const etag = this.newEtag();
      this.files.set(destinationPath, { bytes: assembled, etag });
      this.uploads.delete(id);
      return this.send(res, existing ? 204 : 201, undefined, { ETag: etag, 'OC-ETag': etag });
    }
    if (method === 'DELETE' && !name) {
      this.uploads.delete(id);
      return this.send(res, 204);
    }
    return this.send(res, 405);
  }

  private send(res: http.ServerResponse, status: number, body?: string | Buffer, headers: Record<string, string> = {}): void {
    res.writeHead(status, { ...headers, ...(body !== undefined ? { 'Content-Length': String(Buffer.byteLength(body)) } : {}) });
    res.end(body);
  }
}

let nc: EmulatedNextcloud;
const big = (mib: number): Uint8Array => new Uint8Array(randomBytes(Math.round(mib * 1024 * 1024)));
const putsOf = (log: readonly string[]): string[] => log.filter((l) => l.startsWith('PUT uploads/')).map((l) => l.split('/').pop() ?? '');

function client(): WebDavClient {
  return new WebDavClient({ rootUrl: `${nc.origin}${FILES}`, username: USER, password: PASSWORD, fetch, timeoutMs: 10_000 });
}

function engine(storage: MemorySyncStorage): Promise<SyncEngine> {
  return SyncEngine.create({ client: client(), storage, autoDrain: false, chunking: { chunkBytes: MIN_CHUNK_BYTES } });
}

beforeAll(async () => {
  nc = new EmulatedNextcloud();
  await nc.start();
});

afterAll(async () => {
  await nc.stop();
});

describe('chunked uploads (emulated Nextcloud, chunking v2)', () => {
  it('finds the uploads root of a Nextcloud files root', () => {
    expect(nextcloudUploadsRoot('https://cloud.region.fr/nc/remote.php/dav/files/anne.dupont/')).toBe('https://cloud.region.fr/nc/remote.php/dav/uploads/anne.dupont/');
    expect(nextcloudUploadsRoot('https://exo.region.fr/webdav/drives/')).toBeUndefined();
  });

  it('sends a large file in numbered chunks and assembles it at the destination', async () => {
    nc.log.length = 0;
    const bytes = big(12);
    const sync = await engine(new MemorySyncStorage());
    await sync.save('Rapports/rapport annuel.odt', bytes);
    await sync.drain();
    expect(sync.info('Rapports/rapport annuel.odt')?.status).toBe('up-to-date');
    const stored = nc.files.get(`${FILES}Rapports/rapport annuel.odt`);
    expect(stored && (await sha256Hex(new Uint8Array(stored.bytes)))).toBe(await sha256Hex(bytes));
    expect(sync.info('Rapports/rapport annuel.odt')?.etag).toBe(stored?.etag);
    expect(nc.log.filter((l) => !l.startsWith('GET /ocs'))).toEqual([
      expect.stringMatching(/^PROPFIND uploads\/ostal-\d+-[0-9a-f]{24}\/$/),
      expect.stringMatching(/^MKCOL uploads\/ostal-/),
      expect.stringMatching(/\/00001$/),
      expect.stringMatching(/\/00002$/),
      expect.stringMatching(/\/00003$/),
      expect.stringMatching(/\/\.file$/),
    ]);
    expect(nc.uploads.size).toBe(0);
    await sync.dispose();
  });

  it('resumes after the connection drops mid-upload and the app restarts: chunks already sent are skipped', async () => {
    nc.log.length = 0;
    const bytes = big(16);
    const storage = new MemorySyncStorage();
    const first = await engine(storage);
    await first.save('Budget 2026.ods', bytes);
    nc.cutChunks.add('00003');
    await first.drain();
    expect(first.info('Budget 2026.ods')?.status).toBe('offline');
    expect(first.queue()[0]?.lastError?.reason).toBe('unreachable');
    expect(nc.files.has(`${FILES}Budget 2026.ods`)).toBe(false);
    await first.dispose();

    // The next start: the same bytes and queue item make the same upload id.
    const second = await engine(storage);
    nc.log.length = 0;
    await second.drain(true);
    expect(second.info('Budget 2026.ods')?.status).toBe('up-to-date');
    expect(putsOf(nc.log)).toEqual(['00003', '00004']);
    const stored = nc.files.get(`${FILES}Budget 2026.ods`);
    expect(stored && (await sha256Hex(new Uint8Array(stored.bytes)))).toBe(await sha256Hex(bytes));
    await second.dispose();
  });

  it('never replaces a colleague’s version: the assembly is conditional and a 412 makes a conflict', async () => {
    const original = Buffer.from('version du serveur');
    nc.files.set(`${FILES}Plan.odp`, { bytes: original, etag: nc.newEtag() });
    const sync = await engine(new MemorySyncStorage());
    await sync.open('Plan.odp');
    // A colleague saves meanwhile.
    nc.files.set(`${FILES}Plan.odp`, { bytes: Buffer.from('version de Bernard'), etag: nc.newEtag() });
    await sync.save('Plan.odp', big(6));
    await sync.drain();
    expect(sync.info('Plan.odp')?.status).toBe('conflict');
    expect(nc.files.get(`${FILES}Plan.odp`)?.bytes.toString()).toBe('version de Bernard');
    expect(new TextDecoder().decode(await sync.theirVersion('Plan.odp'))).toBe('version de Bernard');

    // Keep mine: the assembly now names the colleague's ETag and lands.
    await sync.resolveConflict('Plan.odp', 'keep-mine');
    await sync.drain(true);
    expect(sync.info('Plan.odp')?.status).toBe('up-to-date');
    expect(nc.files.get(`${FILES}Plan.odp`)?.bytes.length).toBe(6 * 1024 * 1024);
    await sync.dispose();
  });

  it('refuses chunk sizes the protocol does not allow', async () => {
    await expect(chunkedUpload(client(), `${nc.origin}${UPLOADS}`, 'x.odt', big(1), { uploadId: 'x', chunkBytes: 1024 })).rejects.toBeInstanceOf(RangeError);
    await expect(chunkedUpload(client(), `${nc.origin}${UPLOADS}`, 'x.odt', big(1), { uploadId: '../x' })).rejects.toBeInstanceOf(RangeError);
  });
});

describe('large files on a server without chunked uploads (real Apache, Nextcloud-shaped root)', () => {
  it('uploads them in one conditional PUT', async () => {
    const dav = await startApacheDav();
    try {
      writeServedFile(dav.nextcloudFolder, 'grand.odt', 'petit');
      ageServedFile(dav.nextcloudFolder, 'grand.odt');
      const davClient = new WebDavClient({ rootUrl: `${dav.origin}/remote.php/dav/files/anne/`, username: 'anne', password: DAV_USERS.anne, fetch, timeoutMs: 10_000 });
      const sync = await SyncEngine.create({ client: davClient, storage: new MemorySyncStorage(), autoDrain: false, chunking: { chunkBytes: MIN_CHUNK_BYTES } });
      await sync.open('grand.odt');
      const bytes = big(6);
      await sync.save('grand.odt', bytes);
      await sync.drain();
      expect(sync.info('grand.odt')?.status).toBe('up-to-date');
      expect(await sha256Hex(new Uint8Array(readFileSync(path.join(dav.nextcloudFolder, 'grand.odt'))))).toBe(await sha256Hex(bytes));
      await sync.dispose();
    } finally {
      await dav.dispose();
    }
  });
});
