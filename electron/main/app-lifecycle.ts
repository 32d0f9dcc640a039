/**
 * Electron application lifecycle: one instance per user, every renderer sandboxed, the `app://`
 * protocol and session hardening installed before the first window, host services bound to IPC.
 */
import path from 'node:path';
import { app, BrowserWindow, ipcMain, net, safeStorage, session, shell } from 'electron';
import { createHostServices } from '../services/create-host-services.js';
import { createHostDispatcher } from '../services/host-dispatcher.js';
import { handleAppProtocol, registerAppScheme } from './app-protocol.js';
import { registerIpcHandlers } from './ipc-binding.js';
import { safeStorageCipher } from './safe-storage-cipher.js';
import { registerUriScheme } from './uri-scheme.js';
import { createMainWindow } from './main-window.js';
import { secureSession } from './session-security.js';

/** Where the bundles live relative to each other in `dist/`. */
export interface AppPaths {
  /** `dist/electron/preload.cjs`. */
  readonly preload: string;
  /** `dist/renderer`. */
  readonly rendererDir: string;
}

/** Paths derived from the folder of the main bundle (`dist/electron`). */
export function appPathsFrom(bundleDir: string): AppPaths {
  return { preload: path.join(bundleDir, 'preload.cjs'), rendererDir: path.join(bundleDir, '..', 'renderer') };
}

/** The documents folder Electron knows (handles redirected folders on Windows), if any. */
function documentsFolder(): string | undefined {
  try {
    return app.getPath('documents');
  } catch {
    return undefined;
  }
}

/**
 * Starts the app. Returns false (and quits) when another instance already runs: that instance
 * gets focus instead.
 */
export function startApp(paths: AppPaths): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.enableSandbox();
  registerAppScheme();

  let mainWindow: BrowserWindow | null = null;
  const openWindow = (): void => {
    mainWindow = createMainWindow(paths.preload);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  const links = registerUriScheme(app, process.argv);
  app.on('second-instance', (_event, argv: string[] = []) => {
    links.fromArgv(argv);
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  void app.whenReady().then(async () => {
    secureSession(session.defaultSession);
    handleAppProtocol(paths.rendererDir);
    const folder = documentsFolder();
    // Links leave the app only through the links service's checks (http, https, mailto).
    const openExternal = (url: string) => shell.openExternal(url);
    const cipher = safeStorageCipher(safeStorage);
    if (!cipher) console.warn('ostal: no OS keychain; sync passwords are kept in a private file only.');
    const services = createHostServices({
      ...(folder === undefined ? {} : { documentsFolder: folder }),
      ...(cipher ? { secretCipher: cipher } : {}),
      openExternal,
      // Chromium's network stack: the OS certificate store, where IT deploys a custom CA.
      fetch: (input, init) => net.fetch(input, init),
    });
    await services.settings.get().catch(() => undefined);
    for (const problem of services.settings.policyProblems) console.warn(`ostal: ${problem}`);
    registerIpcHandlers(ipcMain, createHostDispatcher(services));
    links.deliverTo((link) => services.sync.receiveLink(link));
    openWindow();
  });
  return true;
}
