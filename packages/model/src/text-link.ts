/**
 * Link targets a text document may hold. Documents come from anywhere, so the `link` mark only
 * keeps targets that cannot run code or reach the file system when followed: web addresses
 * (`http:`, `https:`), mail addresses (`mailto:`), anchors inside the document (`#name`) and
 * the platform's "open in desktop" links (`ostal:ofe|u|https://…`, which the host checks again and
 * only opens for an account whose WebDAV root covers them).
 */

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'ostal']);
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Longest target kept; longer ones are refused rather than cut. */
const MAX_HREF = 4096;

/**
 * The link target as the model stores it (trimmed), or null when it is not allowed.
 *
 * Allowed: `http(s)://...`, `mailto:...`, `ostal:...` and internal anchors `#bookmark`. Everything else —
 * `javascript:`, `data:`, `file:`, `vbscript:`, relative paths, targets with control
 * characters — is refused.
 *
 * @example safeLinkHref(' https://exemple.fr ') // 'https://exemple.fr'
 * @example safeLinkHref('javascript:alert(1)') // null
 */
export function safeLinkHref(href: string | null | undefined): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.length > MAX_HREF || CONTROL.test(trimmed)) return null;
  if (trimmed.startsWith('#')) return trimmed.length > 1 && !/[\s<>"]/.test(trimmed) ? trimmed : null;
  const scheme = SCHEME.exec(trimmed);
  return scheme && ALLOWED_SCHEMES.has(scheme[1]!.toLowerCase()) ? trimmed : null;
}
