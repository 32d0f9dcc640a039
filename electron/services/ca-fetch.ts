/**
 * The platform's certificate authority by machine policy (`trustedCaFile`: a PEM file, e.g. an
 * administration's internal PKI) for the hosts that run on Node (browser mode, CLI): sync
 * requests go through `node:https` trusting Node's usual roots plus that CA. Electron trusts it
 * in Chromium's certificate check instead (`electron/main/trusted-ca.ts`).
 */
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import { rootCertificates } from 'node:tls';
import type { FetchLike } from '@ostal/sync';

/** A fetch for http(s) that trusts `caPem` besides Node's roots. Redirects are not followed. */
export function fetchTrusting(caPem: string): FetchLike {
  const ca = [...rootCertificates, caPem];
  return (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input);
      const signal = init.signal ?? undefined;
      if (signal?.aborted) {
        reject(signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
        return;
      }
      const headers = new Headers(init.headers);
      const body = init.body === undefined || init.body === null ? undefined : typeof init.body === 'string' ? Buffer.from(init.body) : init.body instanceof Uint8Array ? Buffer.from(init.body) : undefined;
      if (init.body !== undefined && init.body !== null && body === undefined) {
        reject(new TypeError('Unsupported request body.'));
        return;
      }
      if (body !== undefined) headers.set('content-length', String(body.length));
      const options = { method: init.method ?? 'GET', headers: Object.fromEntries(headers.entries()), ...(url.protocol === 'https:' ? { ca } : {}) };
      const request = (url.protocol === 'https:' ? https : http).request(url, options, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const status = response.statusCode ?? 502;
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(response.headers)) {
            if (Array.isArray(value)) for (const v of value) responseHeaders.append(name, v);
            else if (value !== undefined) responseHeaders.set(name, value);
          }
          const nullBody = status === 204 || status === 304 || (status >= 100 && status < 200);
          resolve(new Response(nullBody ? null : Buffer.concat(chunks), { status, statusText: response.statusMessage ?? '', headers: responseHeaders }));
        });
      });
      request.on('error', reject);
      const abort = (): void => {
        request.destroy(signal?.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
      };
      signal?.addEventListener('abort', abort, { once: true });
      request.on('close', () => signal?.removeEventListener('abort', abort));
      request.end(body);
    });
}

/**
 * `fallback`, or a fetch trusting the CA file policy names (`caFile()` is asked at each request;
 * the file is re-read when it changes). A CA file that cannot be read fails the request with a
 * certificate error, which the connection test reports as such.
 */
export function policyCaFetch(caFile: () => Promise<string>, fallback: FetchLike): FetchLike {
  let cached: { file: string; mtimeMs: number; fetch: FetchLike } | undefined;
  return async (input, init) => {
    const file = await caFile().catch(() => '');
    if (file === '' || !input.startsWith('https:')) return fallback(input, init);
    let mtimeMs: number;
    try {
      mtimeMs = (await stat(file)).mtimeMs;
      if (cached?.file !== file || cached.mtimeMs !== mtimeMs) cached = { file, mtimeMs, fetch: fetchTrusting(await readFile(file, 'utf8')) };
    } catch (error) {
      throw Object.assign(new Error(`The trusted certificate authority ${file} cannot be read: ${String(error)}`), { code: 'UNABLE_TO_GET_ISSUER_CERT' });
    }
    return cached.fetch(input, init);
  };
}
