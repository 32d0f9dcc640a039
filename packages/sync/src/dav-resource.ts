/**
 * What a PROPFIND or LOCK answer says about a resource, read from the XML (RFC 4918 §14.16
 * multistatus, §15 properties, §14.1 activelock). Hrefs are resolved against the request URL and
 * refused when they leave its origin or its folder (a hostile server cannot make the client
 * touch paths it was not asked about).
 */
import { DavError } from './dav-error.js';
import type { XmlElement } from './safe-xml.js';
import { childNamed, childrenNamed, deepText } from './safe-xml.js';

export const DAV_NS = 'DAV:';
/** ownCloud / Nextcloud properties (`oc:fileid`, `oc:permissions`, `oc:size`). */
export const OC_NS = 'http://owncloud.org/ns';
/** Nextcloud properties (`nc:lock` and its owner, from the files_lock app). */
export const NC_NS = 'http://nextcloud.org/ns';

/** A lock on a resource, as `lockdiscovery` or a LOCK answer reports it. */
export interface DavLock {
  /** `opaquelocktoken:…`; the holder sends it back in the If header. */
  readonly token: string;
  /** Who holds it, as the holder wrote it in `owner` (a name, a mailto: or https: href). */
  readonly owner: string;
  /** Seconds left when the server answered; undefined for `Infinite`. */
  readonly timeoutSeconds: number | undefined;
  readonly scope: 'exclusive' | 'shared';
  /** Absolute URL of the lock root. */
  readonly root?: string;
}

/** One entry of a folder listing. */
export interface DavResource {
  /** Absolute URL (folders end with `/`). */
  readonly url: string;
  /** Last path segment, decoded: the file name. */
  readonly name: string;
  /** The server's `displayname`, when it gives one (eXo shows titles there). */
  readonly displayName: string | undefined;
  readonly isCollection: boolean;
  /** Bytes; undefined for folders or when not reported. */
  readonly size: number | undefined;
  /** Milliseconds since the epoch; undefined when not reported. */
  readonly lastModifiedMs: number | undefined;
  /** Strong or weak ETag, quotes included, exactly as the server sent it. */
  readonly etag: string | undefined;
  readonly contentType: string | undefined;
  /**
   * Locks reported in `lockdiscovery` (usually zero or one), and a Nextcloud lock (`nc:lock`,
   * taken in the web interface or by the desktop client) as one more with an empty token.
   */
  readonly locks: readonly DavLock[];
  /** Nextcloud / ownCloud file id (`oc:fileid`), stable across renames. */
  readonly fileId: string | undefined;
  /** Nextcloud / ownCloud permission letters (`oc:permissions`, e.g. `RGDNVW`), when reported. */
  readonly permissions: string | undefined;
  /**
   * True when the server says the user may not change it: a file without the write permission
   * (`W`), a folder where files cannot be created (`C`). False when the server says nothing.
   */
  readonly readOnly: boolean;
}

/** Longest `oc:permissions` / `oc:fileid` value kept (real ones are a few characters). */
const MAX_SHORT_PROP = 64;

/**
 * Whether Nextcloud's permission letters (`oc:permissions`) deny changing a resource: a file
 * needs `W` (write), a folder `C` (create files) for Ostal to save into it. Unknown letters are
 * ignored; an absent or garbled value denies nothing (plain WebDAV servers do not send it).
 */
export function deniedByPermissions(permissions: string | undefined, isCollection: boolean): boolean {
  if (permissions === undefined || !/^[A-Z]{0,32}$/.test(permissions)) return false;
  return !permissions.includes(isCollection ? 'C' : 'W');
}

/** The Nextcloud lock of a resource (`nc:lock` = 1, owner from `nc:lock-owner-displayname`), if any. */
function nextcloudLock(prop: (ns: string, local: string) => XmlElement | undefined): DavLock | undefined {
  if (deepText(prop(NC_NS, 'lock')).trim() !== '1') return undefined;
  const owner = (deepText(prop(NC_NS, 'lock-owner-displayname')).trim() || deepText(prop(NC_NS, 'lock-owner')).trim()).slice(0, 256);
  const timeoutText = deepText(prop(NC_NS, 'lock-timeout')).trim();
  const timeout = /^\d{1,9}$/.test(timeoutText) && Number(timeoutText) > 0 ? Number(timeoutText) : undefined;
  return { token: '', owner, timeoutSeconds: timeout, scope: 'exclusive' };
}

/** `Second-3600` → 3600; `Infinite` → undefined. */
export function parseTimeout(value: string): number | undefined {
  const m = /Second-(\d+)/i.exec(value);
  return m?.[1] !== undefined ? Number(m[1]) : undefined;
}

/** The `activelock` elements of a `lockdiscovery` element as {@link DavLock}s. */
export function parseLockDiscovery(discovery: XmlElement | undefined, base: string): DavLock[] {
  if (!discovery) return [];
  return childrenNamed(discovery, DAV_NS, 'activelock').map((active) => {
    const scope = childNamed(childNamed(active, DAV_NS, 'lockscope'), DAV_NS, 'shared') ? 'shared' : 'exclusive';
    const token = deepText(childNamed(childNamed(active, DAV_NS, 'locktoken'), DAV_NS, 'href'));
    const rootHref = deepText(childNamed(childNamed(active, DAV_NS, 'lockroot'), DAV_NS, 'href'));
    let root: string | undefined;
    try {
      root = rootHref ? new URL(rootHref, base).href : undefined;
    } catch {
      root = undefined;
    }
    return {
      token,
      owner: deepText(childNamed(active, DAV_NS, 'owner')).replace(/^mailto:/i, ''),
      timeoutSeconds: parseTimeout(deepText(childNamed(active, DAV_NS, 'timeout'))),
      scope,
      ...(root !== undefined ? { root } : {}),
    };
  });
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The absolute URL an href names, checked to stay inside `requestUrl`'s folder (or be it).
 * @throws DavError('hostile-response') for another origin, `..` segments or a path outside.
 */
export function resolveHref(href: string, requestUrl: string): string {
  let url: URL;
  try {
    url = new URL(href, requestUrl);
  } catch {
    throw new DavError('hostile-response', `The server answered an invalid href: ${href}`);
  }
  const request = new URL(requestUrl);
  if (url.origin !== request.origin) throw new DavError('hostile-response', `The server answered an href on another server: ${href}`);
  const decodedSegments = url.pathname.split('/').map(decodeSegment);
  if (decodedSegments.some((s) => s === '..' || s === '.' || s.includes('/') || s.includes('\\') || s.includes('\0'))) {
    throw new DavError('hostile-response', `The server answered an href with a path traversal: ${href}`);
  }
  // Compared in one spelling: servers percent-encode as they like (Apache answers `%c3%a9` to `%C3%A9`).
  const asked = request.pathname.split('/').map((s) => encodeURIComponent(decodeSegment(s))).join('/');
  const answered = decodedSegments.map((s) => encodeURIComponent(s)).join('/');
  const folder = asked.endsWith('/') ? asked : asked.slice(0, asked.lastIndexOf('/') + 1);
  const same = answered === asked || answered + '/' === asked || answered === asked + '/';
  if (!same && !answered.startsWith(folder)) throw new DavError('hostile-response', `The server answered an href outside the folder asked for: ${href}`);
  url.hash = '';
  url.search = '';
  return url.href;
}

function okPropstats(response: XmlElement): XmlElement[] {
  return childrenNamed(response, DAV_NS, 'propstat')
    .filter((ps) => /\s2\d\d\s/.test(` ${deepText(childNamed(ps, DAV_NS, 'status'))} `))
    .map((ps) => childNamed(ps, DAV_NS, 'prop'))
    .filter((p): p is XmlElement => p !== undefined);
}

/**
 * The resources of a `multistatus` answer to a PROPFIND on `requestUrl`.
 * @throws DavError('not-webdav') when the root is not `DAV:multistatus`,
 *   DavError('hostile-response') for hrefs outside the folder.
 */
export function parseMultistatus(root: XmlElement, requestUrl: string): DavResource[] {
  if (root.ns !== DAV_NS || root.local !== 'multistatus') throw new DavError('not-webdav', `The answer to PROPFIND is not a DAV multistatus but <${root.local}>.`);
  const resources: DavResource[] = [];
  for (const response of childrenNamed(root, DAV_NS, 'response')) {
    const href = deepText(childNamed(response, DAV_NS, 'href'));
    if (!href) continue;
    const url = resolveHref(href, requestUrl);
    const props = okPropstats(response);
    const propIn = (ns: string, local: string): XmlElement | undefined => {
      for (const p of props) {
        const found = childNamed(p, ns, local);
        if (found) return found;
      }
      return undefined;
    };
    const prop = (local: string): XmlElement | undefined => propIn(DAV_NS, local);
    const isCollection = childNamed(prop('resourcetype'), DAV_NS, 'collection') !== undefined;
    const path = new URL(url).pathname.replace(/\/$/, '');
    const lastSegment = decodeSegment(path.slice(path.lastIndexOf('/') + 1));
    const displayName = deepText(prop('displayname'));
    const sizeText = deepText(prop('getcontentlength'));
    const modifiedText = deepText(prop('getlastmodified'));
    const modified = modifiedText ? Date.parse(modifiedText) : NaN;
    const etag = deepText(prop('getetag'));
    const contentType = deepText(prop('getcontenttype'));
    const size = sizeText && /^\d{1,15}$/.test(sizeText) ? Number(sizeText) : undefined;
    // Nextcloud reports a folder's total size in oc:size.
    const ocSizeText = deepText(propIn(OC_NS, 'size')).trim();
    const ocSize = /^\d{1,15}$/.test(ocSizeText) ? Number(ocSizeText) : undefined;
    const shortProp = (ns: string, local: string): string | undefined => {
      const text = deepText(propIn(ns, local)).trim();
      return text && text.length <= MAX_SHORT_PROP ? text : undefined;
    };
    const permissions = shortProp(OC_NS, 'permissions');
    const locks = parseLockDiscovery(prop('lockdiscovery'), url);
    const platformLock = locks.length === 0 ? nextcloudLock(propIn) : undefined;
    resources.push({
      url: isCollection && !url.endsWith('/') ? url + '/' : url,
      name: lastSegment,
      displayName: displayName || undefined,
      isCollection,
      size: isCollection ? ocSize : (size ?? ocSize),
      lastModifiedMs: Number.isNaN(modified) ? undefined : modified,
      etag: etag || undefined,
      contentType: contentType || undefined,
      locks: platformLock ? [platformLock] : locks,
      fileId: shortProp(OC_NS, 'fileid'),
      permissions,
      readOnly: deniedByPermissions(permissions, isCollection),
    });
  }
  return resources;
}
