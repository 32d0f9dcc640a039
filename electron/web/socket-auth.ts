/**
 * Who may open the browser-mode host's WebSocket: a page served by this host (its Origin is the
 * host itself) that knows the random session token printed at start. Anything else is refused
 * before the upgrade: another web site open in the same browser cannot drive the host, and a
 * DNS-rebinding name pointing at 127.0.0.1 fails the Host check.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { WEB_TOKEN_PARAM } from '../shared/web-protocol.js';

/** A fresh session token: 32 random bytes, URL-safe base64. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time comparison, so the token cannot be guessed a character at a time. */
export function tokensMatch(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The `host:port` names this host answers to. */
export function allowedHosts(port: number): readonly string[] {
  return [`127.0.0.1:${String(port)}`, `localhost:${String(port)}`];
}

/** True when the request's Host header names this host (guards against DNS rebinding). */
export function hostHeaderAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host?.toLowerCase();
  return host !== undefined && allowedHosts(port).includes(host);
}

/**
 * Why an upgrade request is refused, or null when it may proceed: the Host must be this host,
 * the Origin must be this host's own `http://` origin, and the `token` query must match.
 */
export function refuseUpgrade(request: IncomingMessage, port: number, token: string): string | null {
  if (!hostHeaderAllowed(request, port)) return 'unexpected Host header';
  const origin = request.headers.origin?.toLowerCase();
  if (origin === undefined || !allowedHosts(port).some((host) => origin === `http://${host}`)) return 'unexpected Origin';
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${String(port)}`);
  if (!tokensMatch(url.searchParams.get(WEB_TOKEN_PARAM), token)) return 'missing or wrong token';
  return null;
}
