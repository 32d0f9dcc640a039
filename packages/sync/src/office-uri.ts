/**
 * Office URI scheme links, as platforms emit them for "open in desktop": `<scheme>:<command>|u|<url>`
 * with `ofe` (open for edit) or `ofv` (open for view), e.g. `ostal:ofe|u|https://exo.region.fr/webdav/drives/a.odt`
 * (the abstract syntax of Microsoft's "Office URI Schemes" specification, which eXo's action follows).
 */

export interface OfficeUri {
  readonly mode: 'edit' | 'view';
  /** The document's http(s) URL. */
  readonly url: string;
}

/**
 * Parses `ostal:ofe|u|https://…` (or `ofv`, or the bare form `ostal:https://…`, opened for edit).
 * Returns undefined for anything else (another scheme, a non-http URL, credentials in the URL).
 */
export function parseOfficeUri(link: string, scheme = 'ostal'): OfficeUri | undefined {
  const prefix = `${scheme}:`;
  if (!link.toLowerCase().startsWith(prefix)) return undefined;
  const rest = link.slice(prefix.length);
  const m = /^(ofe|ofv)\|u\|(.+)$/i.exec(rest);
  const mode = m?.[1]?.toLowerCase() === 'ofv' ? 'view' : 'edit';
  const target = m ? (m[2] ?? '') : rest;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) return undefined;
  return { mode, url: url.href };
}
