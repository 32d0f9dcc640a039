/**
 * The document window: sandboxed, context-isolated, no Node in the page, web security on, the
 * boring preload as its only bridge, kept on the app's own pages.
 */
import { BrowserWindow } from 'electron';
import type { WebPreferences } from 'electron';
import { APP_START_URL } from './app-url.js';
import { guardNavigation } from './navigation-guard.js';

/** The web preferences of every Ostal window: the security flags are not negotiable. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** Creates and shows a window on the app's start page. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: 'Ostal',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  });
  guardNavigation(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_START_URL);
  return win;
}
