/**
 * The renderer's own address in Electron: `app://ostal/...`, a privileged custom scheme served
 * from `dist/renderer`. Anything else is foreign: not navigable, not an IPC caller.
 */

/** Scheme of the app's pages. */
export const APP_SCHEME = 'app';
/** Host part of the app's URLs. */
export const APP_HOST = 'ostal';
/** The page the main window loads. */
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True when `url` is one of the app's own pages (`app://ostal/...`). */
export function isAppUrl(url: string | null | undefined): boolean {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    // Node's URL gives custom schemes an opaque 'null' origin, so compare scheme and host.
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
