/**
 * Keeps a window on the app's own pages: navigation and redirects elsewhere are cancelled,
 * `window.open` is denied except for the slides presenter view, and `<webview>` tags are refused. A document's hyperlink can
 * therefore never turn the privileged window into a browser for a remote site.
 */
import type { WebContents } from 'electron';
import { isAppUrl } from './app-url.js';

/** Hash of the slides presenter view (renderer/slides/PresenterView.tsx). */
const PRESENTER_HASH = '#ostal-presenter';

/** True for the one page a window may open: the app's start page showing the presenter view. */
export function isPresenterViewUrl(url: string): boolean {
  if (!isAppUrl(url)) return false;
  const parsed = new URL(url);
  return parsed.pathname === '/index.html' && parsed.search === '' && parsed.hash === PRESENTER_HASH;
}

/**
 * What `window.open` gets: the presenter view opens as a plain app window (it inherits the
 * opener's secure web preferences and is guarded the same way); anything else is denied.
 */
export function windowOpenAction(url: string): { action: 'deny' } | { action: 'allow'; overrideBrowserWindowOptions: { width: number; height: number; autoHideMenuBar: boolean; title: string } } {
  return isPresenterViewUrl(url) ? { action: 'allow', overrideBrowserWindowOptions: { width: 1200, height: 760, autoHideMenuBar: true, title: 'Ostal' } } : { action: 'deny' };
}

/** True for an `ostal:` link ("open in desktop"), which never navigates but is handed to `onLink`. */
export function isOstalLink(url: string): boolean {
  return /^ostal:/i.test(url);
}

/**
 * Attaches the guards to a window's web contents. An `ostal:` link followed inside the page (a
 * link in a document or in a platform page) does not navigate: it goes to `onLink`, the same
 * handler as links the OS hands over, which checks it.
 */
export function guardNavigation(contents: WebContents, onLink?: (contents: WebContents, url: string) => void): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    if (isOstalLink(event.url)) onLink?.(contents, event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  // Frames inside the page (none are expected) stay on the app's pages too.
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isOstalLink(url)) onLink?.(contents, url);
    return windowOpenAction(url);
  });
  contents.on('did-create-window', (child) => guardNavigation(child.webContents, onLink));
}
