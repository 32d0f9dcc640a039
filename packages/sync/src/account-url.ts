/**
 * Where each platform keeps its WebDAV root, from the address a person knows (the site's URL):
 * eXo Platform (`/webdav/drives/` since eXo 5; `/portal/rest/private/jcr/repository/collaboration/`
 * on older sites), Nextcloud and ownCloud (`/remote.php/dav/files/<user>/`), or any WebDAV URL
 * used as given.
 */
import { DavError } from './dav-error.js';

/** The kinds of account Ostal knows. */
export type AccountKind = 'exo' | 'exo-legacy' | 'nextcloud' | 'webdav';

export const ACCOUNT_KINDS: readonly AccountKind[] = ['exo', 'exo-legacy', 'nextcloud', 'webdav'];

/** Path of the WebDAV root under the site, per kind (`<user>` replaced by the encoded user name). */
export const ROOT_PATHS: Readonly<Record<Exclude<AccountKind, 'webdav'>, string>> = {
  exo: 'webdav/drives/',
  'exo-legacy': 'portal/rest/private/jcr/repository/collaboration/',
  nextcloud: 'remote.php/dav/files/<user>/',
};

function parseSiteUrl(siteUrl: string): URL {
  const trimmed = siteUrl.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    throw new DavError('bad-url', `Not a server address: ${siteUrl}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new DavError('bad-url', `Not an http(s) address: ${siteUrl}`);
  if (url.username || url.password) throw new DavError('bad-url', 'The address must not contain a user name or password.');
  url.hash = '';
  url.search = '';
  return url;
}

/**
 * The WebDAV root URL of an account. A site URL that already contains the kind's root path (a
 * pasted WebDAV link) is cut back to that root; otherwise the root path is appended to the site's
 * path (Nextcloud installed under `/nextcloud/` keeps that prefix). Without a scheme, https is used.
 * @throws DavError('bad-url') for an unusable address, or a Nextcloud account without a user name.
 * @example davRootUrl('nextcloud', 'cloud.region.fr', 'anne.dupont') // 'https://cloud.region.fr/remote.php/dav/files/anne.dupont/'
 */
export function davRootUrl(kind: AccountKind, siteUrl: string, username = ''): string {
  const url = parseSiteUrl(siteUrl);
  if (kind === 'webdav') {
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  }
  if (kind === 'nextcloud' && username.trim() === '') throw new DavError('bad-url', 'A Nextcloud account needs a user name.');
  const rootPath = ROOT_PATHS[kind].replace('<user>', encodeURIComponent(username.trim()));
  // A pasted Nextcloud address may be a WebDAV link or the Files app's page (`/index.php/apps/files/?dir=…`).
  const markers = kind === 'nextcloud' ? ['/remote.php/', '/index.php/', '/apps/'] : ['/' + rootPath.slice(0, rootPath.indexOf('/') + 1)];
  let path = url.pathname.endsWith('/') ? url.pathname : url.pathname + '/';
  const at = Math.min(...markers.map((m) => path.indexOf(m)).filter((i) => i >= 0));
  if (Number.isFinite(at)) path = path.slice(0, at + 1);
  url.pathname = path + rootPath;
  return url.href;
}

/** The site part of a root URL (what the account form shows back), for display. */
export function siteOfRoot(rootUrl: string): string {
  const url = new URL(rootUrl);
  for (const root of Object.values(ROOT_PATHS)) {
    const head = '/' + root.slice(0, root.indexOf('/') + 1);
    const at = url.pathname.indexOf(head);
    if (at >= 0) return url.origin + url.pathname.slice(0, at);
  }
  return url.href.replace(/\/$/, '');
}
