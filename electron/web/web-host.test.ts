import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createHostServices } from '../services/create-host-services.js';
import type { WireResponse } from '../shared/web-protocol.js';
import { decodeWire } from '../shared/wire-codec.js';
import { decodeFrame, encodeFrame } from '../shared/wire-frames.js';
import type { WebHost } from './web-host.js';
import { startWebHost } from './web-host.js';

let tmp: string;
let docs: string;
let rendererDir: string;
let host: WebHost;

beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-web-'));
  docs = path.join(tmp, 'docs');
  rendererDir = path.join(tmp, 'renderer');
  await fs.mkdir(docs);
  await fs.mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Ostal</title>');
  await fs.writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1);');
  await fs.writeFile(path.join(tmp, 'secret.txt'), 'secret');
  const services = createHostServices({ ostalHome: path.join(tmp, 'home'), policyFile: path.join(tmp, 'policy.json'), documentsFolder: docs });
  host = await startWebHost({ services, rendererDir, port: 0 });
});
afterEach(async () => {
  await host.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

/** A raw GET (no URL normalisation, unlike fetch), so traversal attempts reach the server as typed. */
function get(rawPath: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: host.port, path: rawPath, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

const origin = () => `http://127.0.0.1:${String(host.port)}`;

function connect(query: string, wsOrigin: string | null = origin(), wsPath = '/ws'): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${String(host.port)}${wsPath}${query}`, wsOrigin === null ? {} : { origin: wsOrigin });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused ${String(res.statusCode)}`)));
  });
}

function call(ws: WebSocket, id: number | string, channel: string, args: unknown[]): Promise<WireResponse> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer, isBinary: boolean) => {
      const response = decodeFrame(isBinary ? data : data.toString('utf8')) as WireResponse;
      if (response.id === id) {
        ws.off('message', onMessage);
        resolve(response);
      }
    };
    ws.on('message', onMessage);
    ws.send(encodeFrame({ id, channel, args }));
  });
}

describe('web host', () => {
  it('prints a URL with the token, bound to 127.0.0.1', () => {
    expect(host.url).toBe(`http://127.0.0.1:${String(host.port)}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(40);
  });

  it('serves the renderer with the strict CSP and MIME types', async () => {
    const page = await get('/?token=abc');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = page.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain('connect-src \'self\' ws://127.0.0.1:*');
    const script = await get('/assets/app.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe('console.log(1);');
    expect((await get('/missing.js')).status).toBe(404);
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..\\secret.txt'])(
    'refuses traversal %s',
    async (rawPath) => {
      const response = await get(rawPath);
      expect([400, 403]).toContain(response.status);
      expect(response.body).not.toContain('secret');
    },
  );

  it('refuses a foreign Host header and other methods', async () => {
    expect((await get('/', { Host: 'evil.example:80' })).status).toBe(421);
    const status = await new Promise<number>((resolve) => {
      http.request({ host: '127.0.0.1', port: host.port, method: 'POST', path: '/' }, (r) => resolve(r.statusCode ?? 0)).end();
    });
    expect(status).toBe(405);
  });

  it('refuses sockets without the right token or from another origin', async () => {
    await expect(connect('')).rejects.toThrow(/403/);
    await expect(connect('?token=wrong')).rejects.toThrow(/403/);
    await expect(connect(`?token=${host.token}`, 'http://evil.example')).rejects.toThrow(/403/);
    await expect(connect(`?token=${host.token}`, null)).rejects.toThrow(/403/);
    await expect(connect(`?token=${host.token}`, origin(), '/other')).rejects.toThrow(/404/);
  });

  it('saves and reads bytes through the socket', async () => {
    const ws = await connect(`?token=${host.token}`);
    try {
      const target = path.join(docs, 'rapport.odt');
      const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
      const saved = await call(ws, 1, 'files.save', [target, bytes]);
      expect(saved.result).toMatchObject({ ok: true, value: { path: target, name: 'rapport.odt' } });
      expect(Buffer.compare(await fs.readFile(target), bytes)).toBe(0);
      const read = await call(ws, 2, 'files.read', [target]);
      expect(read.result.ok).toBe(true);
      const value = (read.result as { value: { bytes: Uint8Array } }).value;
      expect(value.bytes).toBeInstanceOf(Uint8Array);
      expect(Buffer.compare(value.bytes, bytes)).toBe(0);
      // The answer carrying the file is a binary frame: the bytes cross as they are, not in base64.
      const raw = await new Promise<{ data: Buffer; isBinary: boolean }>((resolve) => {
        ws.once('message', (data: Buffer, isBinary: boolean) => resolve({ data, isBinary }));
        ws.send(encodeFrame({ id: 'raw', channel: 'files.read', args: [target] }));
      });
      expect(raw.isBinary).toBe(true);
      expect(raw.data.length).toBeLessThan(bytes.length + 1000);
      const listing = await call(ws, 'list', 'files.list', [docs]);
      expect(listing).toMatchObject({ id: 'list', result: { ok: true, value: { entries: [{ name: 'rapport.odt' }] } } });
    } finally {
      ws.close();
    }
  });

  it('answers bad messages with results instead of failing', async () => {
    const ws = await connect(`?token=${host.token}`);
    try {
      expect((await call(ws, 3, 'files.nuke', [])).result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      expect((await call(ws, 4, 'files.read', ['relative.odt'])).result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      const garbage = await new Promise<WireResponse>((resolve) => {
        ws.once('message', (data: Buffer) => resolve(decodeWire(data.toString('utf8')) as WireResponse));
        ws.send('{not json');
      });
      expect(garbage).toMatchObject({ id: null, result: { ok: false, error: { code: 'invalid-argument' } } });
      const badFrame = await new Promise<WireResponse>((resolve) => {
        ws.once('message', (data: Buffer) => resolve(decodeWire(data.toString('utf8')) as WireResponse));
        ws.send(new Uint8Array([255, 255, 0, 0, 1, 2]));
      });
      expect(badFrame).toMatchObject({ id: null, result: { ok: false, error: { code: 'invalid-argument', message: 'The message is not a valid binary frame.' } } });
    } finally {
      ws.close();
    }
  });
});
