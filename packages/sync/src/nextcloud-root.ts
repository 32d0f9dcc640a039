/**
 * Setting up a Nextcloud / ownCloud account from the site's address: the files of a user live
 * under `/remote.php/dav/files/<user id>/`, and the user id is not always the login (people sign
 * in with their e-mail address, or through LDAP with another name). The server says who is
 * signed in: `current-user-principal` (RFC 5397) on `/remote.php/dav/` is
 * `/remote.php/dav/principals/users/<user id>/`. Without that answer, the login is the user id.
 */
import { davRootUrl } from './account-url.js';
import { DavError } from './dav-error.js';
import type { FetchLike } from './webdav-client.js';
import { WebDavClient } from './webdav-client.js';

export interface NextcloudRootOptions {
  /** The site's address as the user knows it (`https://cloud.region.fr`), or a pasted WebDAV link. */
  readonly siteUrl: string;
  readonly username: string;
  /** Password or app password. */
  readonly password: string;
  readonly fetch: FetchLike;
  readonly timeoutMs?: number;
}

const DAV_BASE = '/remote.php/dav/';

/** The user id in a Nextcloud principal URL (`…/principals/users/<id>/`), decoded; undefined otherwise. */
export function userIdOfPrincipal(principalUrl: string): string | undefined {
  const m = /\/principals\/users\/([^/]+)\/?$/.exec(new URL(principalUrl).pathname);
  if (!m?.[1]) return undefined;
  try {
    const id = decodeURIComponent(m[1]);
    // eslint-disable-next-line no-control-regex
    return id.trim() === '' || /[/\\\u0000-\u001f]/.test(id) || id === '.' || id === '..' ? undefined : id;
  } catch {
    return undefined;
  }
}

/**
 * The WebDAV root of the signed-in user's files, found by asking the server who the user is.
 * Falls back to the login as the user id when the server does not say (older servers).
 * @throws DavError when the server cannot be asked (wrong address or password, unreachable,
 *   untrusted certificate) — the same reasons "Test the connection" reports.
 * @example await nextcloudFilesRoot({ siteUrl: 'cloud.region.fr', username: 'anne.dupont@region.fr', password, fetch })
 *   // 'https://cloud.region.fr/remote.php/dav/files/adupont/'
 */
export async function nextcloudFilesRoot(options: NextcloudRootOptions): Promise<string> {
  const byLogin = davRootUrl('nextcloud', options.siteUrl, options.username);
  const base = byLogin.slice(0, byLogin.indexOf(DAV_BASE) + DAV_BASE.length);
  const client = new WebDavClient({
    rootUrl: base,
    username: options.username,
    password: options.password,
    fetch: options.fetch,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  let principal: string | undefined;
  try {
    principal = await client.currentUserPrincipal(base);
  } catch (error) {
    // No DAV service there (an older server with only the files root): the login it is.
    if (!(error instanceof DavError) || !['not-webdav', 'not-found', 'http-error'].includes(error.reason)) throw error;
  }
  const userId = principal ? userIdOfPrincipal(principal) : undefined;
  return userId === undefined ? byLogin : `${base}files/${encodeURIComponent(userId)}/`;
}
