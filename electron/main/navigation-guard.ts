/**
 * Keeps a window on the app's own pages: navigation and redirects elsewhere are cancelled,
 * `window.open` is always denied, and `<webview>` tags are refused. A document's hyperlink can
 * therefore never turn the privileged window into a browser for a remote site.
 */
import type { WebContents } from 'electron';
import { isAppUrl } from './app-url.js';

/** Attaches the guards to a window's web contents. */
export function guardNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  // Frames inside the page (none are expected) stay on the app's pages too.
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
