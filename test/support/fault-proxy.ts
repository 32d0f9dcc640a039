/**
 * A fault-injecting HTTP proxy on loopback, between a client and a real server: requests pass
 * through unchanged unless a fault is queued for the next request of that method — connection
 * reset, hang (no answer), an error status (with headers such as Retry-After), a truncated answer,
 * or "forward, then reset" (the server applied the request, the client never heard back).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  | { readonly kind: 'reset' }
  | { readonly kind: 'hang' }
  | { readonly kind: 'status'; readonly status: number; readonly headers?: Record<string, string> }
  | { readonly kind: 'truncate' }
  | { readonly kind: 'forward-then-reset' };

export interface FaultProxy {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Queues faults for the next requests with `method` (one each, in order). */
  inject(method: string, ...faults: Fault[]): void;
  /** Requests seen, as `METHOD path`. */
  readonly log: string[];
  close(): Promise<void>;
}

/** Starts a proxy to `target` (`http://127.0.0.1:<port>`). */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const faults = new Map<string, Fault[]>();
  const log: string[] = [];
  const hanging = new Set<http.ServerResponse>();

  const forward = (req: http.IncomingMessage, body: Buffer): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const out = http.request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      out.on('error', reject);
      out.end(body);
    });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const method = req.method ?? 'GET';
        log.push(`${method} ${req.url ?? ''}`);
        const fault = faults.get(method)?.shift();
        const body = Buffer.concat(chunks);
        try {
          if (fault?.kind === 'reset') {
            req.socket.destroy();
            return;
          }
          if (fault?.kind === 'hang') {
            hanging.add(res);
            return;
          }
          if (fault?.kind === 'status') {
            res.writeHead(fault.status, { 'Content-Type': 'text/plain', ...fault.headers });
            res.end(`fault ${String(fault.status)}`);
            return;
          }
          const answer = await forward(req, body);
          if (fault?.kind === 'forward-then-reset') {
            req.socket.destroy();
            return;
          }
          const headers = { ...answer.headers };
          delete headers['transfer-encoding'];
          delete headers['connection'];
          if (fault?.kind === 'truncate') {
            res.writeHead(answer.status, { ...headers, 'content-length': String(answer.body.length) });
            res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)));
            setTimeout(() => req.socket.destroy(), 20);
            return;
          }
          res.writeHead(answer.status, { ...headers, 'content-length': String(answer.body.length) });
          res.end(answer.body);
        } catch {
          req.socket.destroy();
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    log,
    inject(method, ...list) {
      faults.set(method, [...(faults.get(method) ?? []), ...list]);
    },
    close() {
      for (const res of hanging) res.socket?.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
