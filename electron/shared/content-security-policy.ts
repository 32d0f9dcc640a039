/**
 * The Content-Security-Policy every Ostal renderer page is served with, in Electron and in the
 * browser-mode host alike. Scripts only from the app itself, no plugins, no framing, no remote
 * connections: a document cannot make the app fetch anything.
 */

/** Extra sources allowed in `connect-src` (the browser-mode host adds its WebSocket). */
export interface CspOptions {
  readonly connectSrc?: readonly string[];
}

/**
 * The policy header value.
 * @example contentSecurityPolicy({ connectSrc: ['ws://127.0.0.1:*'] })
 */
export function contentSecurityPolicy(options: CspOptions = {}): string {
  const connect = ["'self'", ...(options.connectSrc ?? [])].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src ${connect}`,
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
