/**
 * "Test the connection" for the account form: one PROPFIND on the root, and a stable code for
 * each way it can fail, so the form can say what to fix.
 */
import { DavError } from './dav-error.js';
import type { WebDavClient } from './webdav-client.js';

/** Outcome of {@link testConnection}. */
export type ConnectionStatus =
  | 'ok'
  /** Wrong address: not a URL, not found there, redirected elsewhere. */
  | 'bad-url'
  /** 401/403: user name or password refused. */
  | 'credentials'
  /** The server's certificate is not trusted (ask IT to add the CA by policy). */
  | 'tls-untrusted'
  /** No connection, or no answer in time. */
  | 'unreachable'
  /** Something answered, but not a WebDAV server (wrong root path, a web page). */
  | 'not-webdav';

export interface ConnectionReport {
  readonly status: ConnectionStatus;
  /** English detail for logs. */
  readonly detail: string;
}

/** The {@link ConnectionStatus} a failure stands for. */
export function connectionStatusOf(error: unknown): ConnectionStatus {
  if (!(error instanceof DavError)) return 'unreachable';
  switch (error.reason) {
    case 'credentials':
    case 'forbidden':
      return 'credentials';
    case 'tls-untrusted':
      return 'tls-untrusted';
    case 'unreachable':
    case 'timeout':
    case 'server-error':
    case 'too-many-requests':
    case 'insufficient-storage':
      return 'unreachable';
    case 'bad-url':
    case 'not-found':
      return 'bad-url';
    case 'not-webdav':
    case 'conflict':
    case 'hostile-response':
    case 'http-error':
    case 'locked':
    case 'precondition-failed':
      return 'not-webdav';
    default: {
      const missing: never = error.reason;
      throw new Error(`Missing case for ${String(missing)}`);
    }
  }
}

/** Checks that the client's root answers PROPFIND as a WebDAV collection. Never throws. */
export async function testConnection(client: WebDavClient): Promise<ConnectionReport> {
  try {
    const root = await client.stat(client.rootUrl);
    if (!root.isCollection) return { status: 'bad-url', detail: `${client.rootUrl} is a file, not a folder.` };
    return { status: 'ok', detail: `${client.rootUrl} answers as a WebDAV folder.` };
  } catch (error) {
    return { status: connectionStatusOf(error), detail: error instanceof Error ? error.message : String(error) };
  }
}
