/**
 * The one error family of the WebDAV client and the sync engine: a machine-readable `reason` the
 * UI turns into a message, the HTTP status when there was one, and whether retrying may help.
 */

/** Why a WebDAV operation failed. Stable: the renderer keys its messages on these. */
export type DavErrorReason =
  /** The URL is not an absolute http(s) URL, or points outside the account. */
  | 'bad-url'
  /** 401: user name or password refused. */
  | 'credentials'
  /** 403: authenticated but not allowed. */
  | 'forbidden'
  /** The server's TLS certificate is not trusted (self-signed, unknown CA, wrong host, expired). */
  | 'tls-untrusted'
  /** No connection: DNS failure, refused, reset, network down. */
  | 'unreachable'
  /** The server did not answer in time. */
  | 'timeout'
  /** The server answered, but not as a WebDAV server (no 207 multistatus to PROPFIND). */
  | 'not-webdav'
  /** 404 / 410. */
  | 'not-found'
  /** 412: the ETag sent with If-Match / If-None-Match no longer matches. */
  | 'precondition-failed'
  /** 423: locked by someone else. */
  | 'locked'
  /** 409: a parent folder is missing. */
  | 'conflict'
  /** 429: too many requests. */
  | 'too-many-requests'
  /** 507: the server is full. */
  | 'insufficient-storage'
  /** 5xx (other than 507). */
  | 'server-error'
  /** Malformed, oversized or hostile XML (DOCTYPE, entities, hrefs escaping the folder). */
  | 'hostile-response'
  /** Any other HTTP status. */
  | 'http-error';

/** Reasons for which the same request may succeed later without the user doing anything. */
const RETRYABLE: ReadonlySet<DavErrorReason> = new Set([
  'unreachable',
  'timeout',
  'locked',
  'too-many-requests',
  'insufficient-storage',
  'server-error',
]);

/** A WebDAV failure. */
export class DavError extends Error {
  override readonly name = 'DavError';
  constructor(
    readonly reason: DavErrorReason,
    message: string,
    /** HTTP status, when the server answered. */
    readonly status?: number,
    /** Delay the server asked for (Retry-After), in milliseconds. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }

  /** True when retrying later may succeed (network, 423, 429, 5xx). */
  get retryable(): boolean {
    return RETRYABLE.has(this.reason);
  }

  /** True when the failure says the server cannot be reached at all (the account is offline). */
  get offline(): boolean {
    return this.reason === 'unreachable' || this.reason === 'timeout';
  }
}

/** The reason an HTTP error status stands for. */
export function reasonForStatus(status: number): DavErrorReason {
  if (status === 401) return 'credentials';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 412) return 'precondition-failed';
  if (status === 423) return 'locked';
  if (status === 429) return 'too-many-requests';
  if (status === 507) return 'insufficient-storage';
  if (status >= 500) return 'server-error';
  return 'http-error';
}

/** TLS verification error codes (OpenSSL / Node) that mean "certificate not trusted". */
const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REVOKED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
]);

function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && chain.length < 8) {
    chain.push(current);
    current = typeof current === 'object' && 'cause' in current ? (current).cause : undefined;
  }
  return chain;
}

/**
 * A failure thrown by `fetch` itself (no HTTP answer) as a {@link DavError}: `timeout` for an
 * abort by timeout, `tls-untrusted` for certificate errors (Node reports them in `cause.code`;
 * Chromium's `net::ERR_CERT_*` in the message), `unreachable` otherwise.
 */
export function networkError(error: unknown, url: string): DavError {
  if (error instanceof DavError) return error;
  for (const link of causeChain(error)) {
    const name = link instanceof Error ? link.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') return new DavError('timeout', `No answer from ${url} in time.`);
    const code = typeof link === 'object' && link !== null && 'code' in link ? String((link).code) : '';
    const message = link instanceof Error ? link.message : String(link);
    if (TLS_CODES.has(code) || /ERR_CERT_|certificate/i.test(message)) {
      return new DavError('tls-untrusted', `The certificate of ${url} is not trusted (${code || message}).`);
    }
  }
  const detail = causeChain(error)
    .map((link) => (link instanceof Error ? link.message : String(link)))
    .join(': ');
  return new DavError('unreachable', `Cannot reach ${url}: ${detail}`);
}
