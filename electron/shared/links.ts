/**
 * Opening a document's link outside the app (Ctrl+click in the writer, after the user confirmed).
 * Only web and mail addresses leave the app: `http:`, `https:` and `mailto:`.
 */

export interface LinksService {
  /**
   * Hands `url` to the system (the default browser or mail program). Resolves true when it was
   * handed over, false when the host has nothing to open it with (browser mode: the address was
   * checked and allowed, nothing more). Rejects with `invalid-argument` for any other address.
   */
  open(url: string): Promise<boolean>;
}

/** Longest address accepted. */
export const MAX_LINK_URL = 4096;

/**
 * True for an address the host may open: an absolute `http:`/`https:` URL with a host and no
 * user name or password, or a `mailto:` address; no control characters or spaces.
 */
export function isOpenableUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LINK_URL) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f]/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return url.pathname.length > 0;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return url.hostname !== '' && url.username === '' && url.password === '';
}
