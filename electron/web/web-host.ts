/**
 * The browser-mode host: an HTTP server on 127.0.0.1 that serves the built renderer with a strict
 * CSP, and a WebSocket (same port, token required) that binds the host services through the
 * shared dispatcher. Used by `npm run web` and by the end-to-end tests.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import type { HostServices } from '../shared/host-api.js';
import { contentSecurityPolicy } from '../shared/content-security-policy.js';
import { WEB_SOCKET_PATH, WEB_TOKEN_PARAM } from '../shared/web-protocol.js';
import { createHostDispatcher } from '../services/host-dispatcher.js';
import { readStaticFile } from '../services/static-files.js';
import { hostHeaderAllowed, newSessionToken, refuseUpgrade } from './socket-auth.js';
import { attachSocketSession } from './socket-session.js';

/** Largest message accepted on the socket: a big document, base64-encoded, plus room. */
export const MAX_MESSAGE_BYTES = 512 * 1024 * 1024;

/** The CSP of every page the web host serves: the app's own policy plus its WebSocket. */
export const WEB_CSP = contentSecurityPolicy({ connectSrc: ['ws://127.0.0.1:*', 'ws://localhost:*'] });

export interface WebHostOptions {
  readonly services: HostServices;
  /** Folder of the built renderer (`dist/renderer`). */
  readonly rendererDir: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Fixed token (tests); default a fresh random one. */
  readonly token?: string;
}

/** A running web host. */
export interface WebHost {
  readonly port: number;
  readonly token: string;
  /** The page to open: `http://127.0.0.1:<port>/?token=<token>`. */
  readonly url: string;
  /** Stops accepting, closes sockets, resolves when the server is down. */
  close(): Promise<void>;
}

const BASE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  response.end(body);
}

async function serveStatic(request: IncomingMessage, response: ServerResponse, rendererDir: string, port: number): Promise<void> {
  if (!hostHeaderAllowed(request, port)) return send(response, 421, 'Misdirected request.\n');
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed.\n', { Allow: 'GET, HEAD' });
  if (!existsSync(rendererDir)) {
    return send(response, 503, 'The Ostal renderer is not built yet: run `npm run build`, then restart the web host.\n');
  }
  const file = await readStaticFile(rendererDir, request.url ?? '/');
  if (file === 'forbidden') return send(response, 403, 'Forbidden.\n');
  if (file === 'not-found') return send(response, 404, 'Not found.\n');
  const isHtml = file.contentType.startsWith('text/html');
  response.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': file.contentType,
    'Content-Length': String(file.bytes.byteLength),
    'Content-Security-Policy': WEB_CSP,
    'Cache-Control': isHtml ? 'no-store' : 'no-cache',
  });
  response.end(request.method === 'HEAD' ? undefined : file.bytes);
}

function refuse(socket: Socket, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${String(status)} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * Starts the web host on 127.0.0.1 (never another interface).
 * @throws Node errors when the port cannot be bound (`EADDRINUSE`).
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? newSessionToken();
  const dispatch = createHostDispatcher(options.services);
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  let port = 0;

  const server: Server = http.createServer((request, response) => {
    serveStatic(request, response, options.rendererDir, port).catch(() => {
      if (!response.headersSent) send(response, 500, 'Internal error.\n');
      else response.destroy();
    });
  });
  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    if (new URL(request.url ?? '/', 'http://127.0.0.1').pathname !== WEB_SOCKET_PATH) {
      refuse(socket, 404, 'Not Found');
      return;
    }
    const refusal = refuseUpgrade(request, port, token);
    if (refusal !== null) {
      refuse(socket, 403, 'Forbidden');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => attachSocketSession(ws, dispatch));
  });
  server.on('clientError', (_error, socket: Socket) => refuse(socket, 400, 'Bad Request'));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${String(port)}/?${WEB_TOKEN_PARAM}=${encodeURIComponent(token)}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
