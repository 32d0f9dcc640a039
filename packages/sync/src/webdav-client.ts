/**
 * A WebDAV client (RFC 4918) over an injected `fetch`: PROPFIND, GET, PUT with `If-Match` /
 * `If-None-Match: *`, MKCOL, MOVE, DELETE, LOCK / UNLOCK. Every failure is a {@link DavError};
 * credentials are sent only to the account's own origin.
 */
import type { DavErrorReason } from './dav-error.js';
import { DavError, networkError, reasonForStatus } from './dav-error.js';
import type { DavLock, DavResource } from './dav-resource.js';
import { DAV_NS, parseLockDiscovery, parseMultistatus } from './dav-resource.js';
import type { XmlLimits } from './safe-xml.js';
import { childNamed, childrenNamed, deepText, DEFAULT_XML_LIMITS, parseXml } from './safe-xml.js';

/** The subset of the Fetch API the client uses (the global `fetch` fits). */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface WebDavClientOptions {
  /** Root of the account, e.g. `https://cloud.example.fr/remote.php/dav/files/anne/`. */
  readonly rootUrl: string;
  readonly username?: string;
  readonly password?: string;
  readonly fetch: FetchLike;
  /** Per-request timeout. Default 30 s. */
  readonly timeoutMs?: number;
  /** Limits on XML answers. */
  readonly xmlLimits?: XmlLimits;
}

/** A downloaded file. */
export interface DavDownload {
  readonly bytes: Uint8Array;
  readonly etag: string | undefined;
  readonly lastModifiedMs: number | undefined;
  readonly contentType: string | undefined;
}

export interface PutOptions {
  /** Upload only if the server's ETag is still this one (a safe overwrite). */
  readonly ifMatch?: string;
  /** Upload only if nothing exists at the URL yet (`If-None-Match: *`). */
  readonly ifNoneMatch?: boolean;
  /** Token of a lock we hold on the resource. */
  readonly lockToken?: string;
  readonly contentType?: string;
}

// Nextcloud / ownCloud properties are asked for too: other servers answer them 404, which is ignored.
const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?>\n<d:propfind xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns" xmlns:nc="http://nextcloud.org/ns"><d:prop>' +
  '<d:displayname/><d:getcontentlength/><d:getlastmodified/><d:getetag/><d:getcontenttype/>' +
  '<d:resourcetype/><d:lockdiscovery/><oc:fileid/><oc:permissions/><oc:size/>' +
  '<nc:lock/><nc:lock-owner/><nc:lock-owner-displayname/><nc:lock-timeout/></d:prop></d:propfind>';

// What the change poller asks: only what tells a version apart (and Nextcloud's file id, which
// says that folder ETags propagate), so that a poll stays small.
const CHANGES_BODY =
  '<?xml version="1.0" encoding="utf-8"?>\n<d:propfind xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns"><d:prop>' +
  '<d:getetag/><d:getlastmodified/><d:resourcetype/><d:getcontentlength/><oc:fileid/></d:prop></d:propfind>';

const PRINCIPAL_BODY = '<?xml version="1.0" encoding="utf-8"?>\n<d:propfind xmlns:d="DAV:"><d:prop><d:current-user-principal/></d:prop></d:propfind>';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
}

function basicAuth(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `Retry-After` (seconds or HTTP date) in milliseconds from now. */
export function parseRetryAfter(value: string | null, nowMs: number = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** A WebDAV client bound to one account root. */
export class WebDavClient {
  readonly rootUrl: string;
  private readonly origin: string;
  private readonly authorization: string | undefined;
  private readonly timeoutMs: number;
  private readonly xmlLimits: XmlLimits;

  /** @throws DavError('bad-url') when `rootUrl` is not an absolute http(s) URL. */
  constructor(private readonly options: WebDavClientOptions) {
    let root: URL;
    try {
      root = new URL(options.rootUrl);
    } catch {
      throw new DavError('bad-url', `Not a URL: ${options.rootUrl}`);
    }
    if (root.protocol !== 'https:' && root.protocol !== 'http:') throw new DavError('bad-url', `Not an http(s) URL: ${options.rootUrl}`);
    if (root.username || root.password) throw new DavError('bad-url', 'Put the user name and password in the account, not in the URL.');
    if (!root.pathname.endsWith('/')) root.pathname += '/';
    root.hash = '';
    root.search = '';
    this.rootUrl = root.href;
    this.origin = root.origin;
    this.authorization = options.username !== undefined ? basicAuth(options.username, options.password ?? '') : undefined;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.xmlLimits = options.xmlLimits ?? DEFAULT_XML_LIMITS;
  }

  /**
   * `target` (absolute, or relative to the root) as an absolute URL on the account's origin.
   * @throws DavError('bad-url') for another origin (credentials never leave the account's server).
   */
  resolve(target: string): string {
    let url: URL;
    try {
      url = new URL(target, this.rootUrl);
    } catch {
      throw new DavError('bad-url', `Not a URL: ${target}`);
    }
    if (url.origin !== this.origin) throw new DavError('bad-url', `${url.href} is not on the account's server ${this.origin}.`);
    url.hash = '';
    return url.href;
  }

  private async request(method: string, target: string, headers: Record<string, string>, body?: Uint8Array | string): Promise<Response> {
    const url = this.resolve(target);
    const all: Record<string, string> = { ...headers };
    if (this.authorization) all['Authorization'] = this.authorization;
    let response: Response;
    try {
      response = await this.options.fetch(url, {
        method,
        headers: all,
        ...(body !== undefined ? { body: body as BodyInit } : {}),
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
        cache: 'no-store',
      });
    } catch (error) {
      throw networkError(error, url);
    }
    return response;
  }

  private async fail(method: string, url: string, response: Response): Promise<never> {
    await response.body?.cancel().catch(() => undefined);
    let reason: DavErrorReason = reasonForStatus(response.status);
    if (response.status >= 300 && response.status < 400) reason = 'bad-url';
    throw new DavError(
      reason,
      `${method} ${url}: HTTP ${String(response.status)} ${response.statusText}`.trim(),
      response.status,
      parseRetryAfter(response.headers.get('Retry-After')),
    );
  }

  private async readText(response: Response, url: string): Promise<string> {
    const declared = Number(response.headers.get('Content-Length') ?? '0');
    // UTF-8 may use up to 4 bytes per character; refuse before reading what cannot fit.
    if (declared > this.xmlLimits.maxChars * 4) {
      await response.body?.cancel().catch(() => undefined);
      throw new DavError('hostile-response', `The answer from ${url} is too large (${String(declared)} bytes).`);
    }
    const bytes = await this.readBody(response, url, this.xmlLimits.maxChars * 4);
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  }

  private async readBody(response: Response, url: string, maxBytes = Number.MAX_SAFE_INTEGER): Promise<Uint8Array> {
    if (!response.body) return new Uint8Array(0);
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.length;
        if (total > maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw new DavError('hostile-response', `The answer from ${url} is too large.`);
        }
        chunks.push(value);
      }
    } catch (error) {
      throw networkError(error, url);
    }
    const declared = response.headers.get('Content-Length');
    if (declared !== null && /^\d+$/.test(declared) && Number(declared) !== total && !response.headers.get('Content-Encoding')) {
      throw new DavError('unreachable', `The answer from ${url} was cut short (${String(total)} of ${declared} bytes).`);
    }
    const out = new Uint8Array(total);
    let offset = 0;
    for (const c of chunks) {
      out.set(c, offset);
      offset += c.length;
    }
    return out;
  }

  /**
   * PROPFIND: the resource itself (depth 0), or it and its children (depth 1). The first entry is
   * the resource asked for. `props: 'changes'` asks only for ETag, date, type, size and Nextcloud's
   * file id (what the change poller needs; locks, names and permissions come back empty).
   * `headers` are added (a chunked upload's `Destination`).
   * @throws DavError: `not-webdav` when the server does not answer 207 multistatus.
   */
  async propfind(target: string, depth: 0 | 1, props: 'all' | 'changes' = 'all', headers: Record<string, string> = {}): Promise<DavResource[]> {
    const url = this.resolve(target);
    const body = props === 'changes' ? CHANGES_BODY : PROPFIND_BODY;
    const response = await this.request('PROPFIND', url, { ...headers, Depth: String(depth), 'Content-Type': 'application/xml; charset=utf-8' }, body);
    if (response.status !== 207) {
      if (response.ok || response.status === 405 || response.status === 501) {
        await response.body?.cancel().catch(() => undefined);
        throw new DavError('not-webdav', `PROPFIND ${url}: HTTP ${String(response.status)}, not a WebDAV answer.`, response.status);
      }
      return this.fail('PROPFIND', url, response);
    }
    const text = await this.readText(response, url);
    const resources = parseMultistatus(parseXml(text, this.xmlLimits), url);
    const self = (r: DavResource): boolean => r.url === url || r.url === url + '/' || r.url + '/' === url;
    const first = resources.filter(self);
    return [...first.slice(0, 1), ...resources.filter((r) => !self(r))];
  }

  /**
   * The signed-in user's principal (RFC 5397 `current-user-principal`) as the server reports it
   * on `target`: an absolute URL on the account's server, or undefined when the server does not
   * say (plain WebDAV servers).
   * @throws DavError as {@link propfind} does (credentials, unreachable, not-webdav...).
   */
  async currentUserPrincipal(target: string): Promise<string | undefined> {
    const url = this.resolve(target);
    const response = await this.request('PROPFIND', url, { Depth: '0', 'Content-Type': 'application/xml; charset=utf-8' }, PRINCIPAL_BODY);
    if (response.status !== 207) {
      if (response.ok || response.status === 405 || response.status === 501) {
        await response.body?.cancel().catch(() => undefined);
        throw new DavError('not-webdav', `PROPFIND ${url}: HTTP ${String(response.status)}, not a WebDAV answer.`, response.status);
      }
      return this.fail('PROPFIND', url, response);
    }
    const root = parseXml(await this.readText(response, url), this.xmlLimits);
    if (root.ns !== DAV_NS || root.local !== 'multistatus') throw new DavError('not-webdav', `The answer to PROPFIND ${url} is not a DAV multistatus.`);
    for (const propstat of childrenNamed(childNamed(root, DAV_NS, 'response') ?? root, DAV_NS, 'propstat')) {
      if (!/\s2\d\d\s/.test(` ${deepText(childNamed(propstat, DAV_NS, 'status'))} `)) continue;
      const href = deepText(childNamed(childNamed(childNamed(propstat, DAV_NS, 'prop'), DAV_NS, 'current-user-principal'), DAV_NS, 'href')).trim();
      if (!href) continue;
      try {
        // On the account's server only: a principal elsewhere is not followed.
        return this.resolve(href);
      } catch {
        throw new DavError('hostile-response', `The server answered a principal on another server: ${href}`);
      }
    }
    return undefined;
  }

  /** Properties of one resource. */
  async stat(target: string): Promise<DavResource> {
    const [self] = await this.propfind(target, 0);
    if (!self) throw new DavError('not-found', `${this.resolve(target)}: no entry in the PROPFIND answer.`);
    return self;
  }

  /** The children of a folder (not the folder itself), folders first, then by name. */
  async list(folder: string): Promise<DavResource[]> {
    const [, ...children] = await this.propfind(folder, 1);
    return children.sort((a, b) => Number(b.isCollection) - Number(a.isCollection) || a.name.localeCompare(b.name));
  }

  /** GET: the bytes and the ETag they go with (`headers` added to the request, e.g. `OCS-APIRequest`). */
  async get(target: string, headers: Record<string, string> = {}): Promise<DavDownload> {
    const url = this.resolve(target);
    const response = await this.request('GET', url, { 'Accept-Encoding': 'identity', ...headers });
    if (response.status !== 200) return this.fail('GET', url, response);
    const bytes = await this.readBody(response, url);
    const modified = Date.parse(response.headers.get('Last-Modified') ?? '');
    return {
      bytes,
      etag: response.headers.get('ETag') ?? undefined,
      lastModifiedMs: Number.isNaN(modified) ? undefined : modified,
      contentType: response.headers.get('Content-Type') ?? undefined,
    };
  }

  /**
   * PUT. Returns the ETag of the bytes just stored. When the answer carries none (Apache's
   * mod_dav_fs does not send one), the file is read back and its ETag kept only if the bytes are
   * ours: if someone else wrote in between, the ETag is `undefined`, so that the next conditional
   * upload fails and finds the conflict rather than overwriting that version.
   * @throws DavError('precondition-failed') when `ifMatch` / `ifNoneMatch` does not hold.
   */
  async put(target: string, bytes: Uint8Array, options: PutOptions = {}): Promise<{ etag: string | undefined }> {
    const url = this.resolve(target);
    const headers: Record<string, string> = { 'Content-Type': options.contentType ?? 'application/octet-stream' };
    // If-Match compares strongly (RFC 9110 §13.1.1): a weak ETag never matches, so send its value.
    if (options.ifMatch !== undefined) headers['If-Match'] = options.ifMatch.replace(/^W\//, '') || '""';
    if (options.ifNoneMatch) headers['If-None-Match'] = '*';
    if (options.lockToken) headers['If'] = `(<${options.lockToken}>)`;
    const response = await this.request('PUT', url, headers, bytes);
    if (response.status !== 200 && response.status !== 201 && response.status !== 204) return this.fail('PUT', url, response);
    await response.body?.cancel().catch(() => undefined);
    const etag = response.headers.get('ETag');
    if (etag && !etag.startsWith('W/')) return { etag };
    try {
      const back = await this.get(url);
      return { etag: sameBytes(back.bytes, bytes) ? back.etag : undefined };
    } catch {
      return { etag: undefined };
    }
  }

  /**
   * MKCOL: creates a folder (`headers`: e.g. the `Destination` Nextcloud's chunked uploads want).
   * @throws DavError (`http-error` 405 when it already exists).
   */
  async mkcol(target: string, headers: Record<string, string> = {}): Promise<void> {
    const url = this.resolve(target.endsWith('/') ? target : target + '/');
    const response = await this.request('MKCOL', url, headers);
    if (response.status !== 201) return this.fail('MKCOL', url, response);
    await response.body?.cancel().catch(() => undefined);
  }

  /** DELETE, optionally only if the ETag still matches. */
  async delete(target: string, options: { ifMatch?: string; lockToken?: string } = {}): Promise<void> {
    const url = this.resolve(target);
    const headers: Record<string, string> = {};
    if (options.ifMatch !== undefined) headers['If-Match'] = options.ifMatch;
    if (options.lockToken) headers['If'] = `(<${options.lockToken}>)`;
    const response = await this.request('DELETE', url, headers);
    if (response.status !== 204 && response.status !== 200) return this.fail('DELETE', url, response);
    await response.body?.cancel().catch(() => undefined);
  }

  /** MOVE to `destination` on the same server; refuses to overwrite unless asked. */
  async move(target: string, destination: string, options: { overwrite?: boolean } = {}): Promise<void> {
    const url = this.resolve(target);
    const to = this.resolve(destination);
    const response = await this.request('MOVE', url, { Destination: to, Overwrite: options.overwrite ? 'T' : 'F' });
    if (response.status !== 201 && response.status !== 204) return this.fail('MOVE', url, response);
    await response.body?.cancel().catch(() => undefined);
  }

  /**
   * PUT of one part of a chunked upload (no condition, no read-back): `headers` carry what the
   * server's chunking protocol asks (Nextcloud: `Destination`, `OC-Total-Length`).
   */
  async putPart(target: string, bytes: Uint8Array, headers: Record<string, string>): Promise<void> {
    const url = this.resolve(target);
    const response = await this.request('PUT', url, { 'Content-Type': 'application/octet-stream', ...headers }, bytes);
    if (response.status !== 200 && response.status !== 201 && response.status !== 204) return this.fail('PUT', url, response);
    await response.body?.cancel().catch(() => undefined);
  }

  /**
   * MOVE with the caller's headers (a chunked upload's assembly: `Destination`, `OC-Total-Length`,
   * `Overwrite`, an `If` condition on the destination). Returns the ETag of what now sits at the
   * destination when the answer names one (`OC-ETag` or a strong `ETag`).
   * @throws DavError('precondition-failed') when a condition does not hold.
   */
  async moveWith(target: string, headers: Record<string, string>): Promise<{ etag: string | undefined }> {
    const url = this.resolve(target);
    const destination = headers['Destination'];
    if (destination === undefined) throw new RangeError('moveWith needs a Destination header.');
    const all = { ...headers, Destination: this.resolve(destination) };
    const response = await this.request('MOVE', url, all);
    if (response.status !== 201 && response.status !== 204) return this.fail('MOVE', url, response);
    await response.body?.cancel().catch(() => undefined);
    const etag = response.headers.get('OC-ETag') ?? response.headers.get('ETag');
    return { etag: etag && !etag.startsWith('W/') ? etag : undefined };
  }

  /**
   * LOCK (exclusive write lock, depth 0). `owner` is what others see as "locked by".
   * @throws DavError('locked') when someone else holds a lock.
   */
  async lock(target: string, options: { owner: string; timeoutSeconds: number }): Promise<DavLock> {
    const url = this.resolve(target);
    const body =
      '<?xml version="1.0" encoding="utf-8"?>\n<d:lockinfo xmlns:d="DAV:"><d:lockscope><d:exclusive/></d:lockscope>' +
      `<d:locktype><d:write/></d:locktype><d:owner>${escapeXml(options.owner)}</d:owner></d:lockinfo>`;
    const response = await this.request(
      'LOCK',
      url,
      { Depth: '0', Timeout: `Second-${String(Math.round(options.timeoutSeconds))}`, 'Content-Type': 'application/xml; charset=utf-8' },
      body,
    );
    return this.readLockAnswer(url, response, options.owner);
  }

  /** Refreshes a lock we hold (LOCK with an If header and no body). */
  async refreshLock(target: string, token: string, timeoutSeconds: number): Promise<DavLock> {
    const url = this.resolve(target);
    const response = await this.request('LOCK', url, { If: `(<${token}>)`, Timeout: `Second-${String(Math.round(timeoutSeconds))}` });
    return this.readLockAnswer(url, response, '', token);
  }

  private async readLockAnswer(url: string, response: Response, owner: string, knownToken?: string): Promise<DavLock> {
    if (response.status !== 200 && response.status !== 201) return this.fail('LOCK', url, response);
    const text = await this.readText(response, url);
    const root = parseXml(text, this.xmlLimits);
    const locks = root.ns === DAV_NS && root.local === 'prop' ? parseLockDiscovery(childNamed(root, DAV_NS, 'lockdiscovery'), url) : [];
    const headerToken = response.headers.get('Lock-Token')?.replace(/^<|>$/g, '');
    const token = headerToken || knownToken || locks[0]?.token || '';
    if (!token) throw new DavError('hostile-response', `LOCK ${url}: the answer carries no lock token.`);
    const found = locks.find((l) => l.token === token) ?? locks[0];
    return { token, owner: found?.owner || owner, timeoutSeconds: found?.timeoutSeconds, scope: found?.scope ?? 'exclusive', ...(found?.root ? { root: found.root } : {}) };
  }

  /** UNLOCK. */
  async unlock(target: string, token: string): Promise<void> {
    const url = this.resolve(target);
    const response = await this.request('UNLOCK', url, { 'Lock-Token': `<${token}>` });
    if (response.status !== 204 && response.status !== 200) return this.fail('UNLOCK', url, response);
    await response.body?.cancel().catch(() => undefined);
  }
}
