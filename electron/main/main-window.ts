/**
 * The document window: sandboxed, context-isolated, no Node in the page, web security on, the
 * boring preload as its only bridge, kept on the app's own pages.
 */
import { BrowserWindow, screen } from 'electron';
import type { WebContents, WebPreferences } from 'electron';
import { APP_START_URL } from './app-url.js';
import { guardNavigation } from './navigation-guard.js';
import { CASCADE_STEP } from './window-registry.js';
import { loadWindowState, MIN_WINDOW, placeWindow, saveWindowState } from './window-state.js';

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

/**
 * Creates and shows a window on the app's start page, where it was last time when `stateFile`
 * (`<OSTAL_HOME>/window.json`) says so; its place is saved there again when it closes.
 * `cascade` (the number of windows already open) shifts a further window down and right, so it
 * does not hide the others exactly; only the first window opens maximized. `ostal:` links
 * followed in its page go to `onLink` instead of navigating.
 */
export function createMainWindow(preloadPath: string, stateFile?: string, cascade = 0, onLink?: (contents: WebContents, url: string) => void): BrowserWindow {
  const place = stateFile === undefined ? { maximized: false } : placeWindow(loadWindowState(stateFile), screen.getAllDisplays().map((d) => d.workArea));
  const { maximized: savedMaximized, ...placed } = place;
  const maximized = savedMaximized && cascade === 0;
  const bounds = cascade > 0 && placed.x !== undefined && placed.y !== undefined ? { ...placed, x: placed.x + cascade * CASCADE_STEP, y: placed.y + cascade * CASCADE_STEP } : placed;
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    ...bounds,
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    title: 'Ostal',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  });
  guardNavigation(win.webContents, onLink);
  if (maximized) win.maximize();
  if (stateFile !== undefined) {
    win.on('close', () => saveWindowState(stateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized() }));
  }
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_START_URL);
  return win;
}
