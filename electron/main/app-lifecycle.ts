/**
 * Electron application lifecycle: one instance per user, every renderer sandboxed, the `app://`
 * protocol and session hardening installed before the first window, host services bound to IPC.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, powerMonitor, safeStorage, session, shell } from 'electron';
import type { BaseWindow } from 'electron';
import { createHostServices } from '../services/create-host-services.js';
import { electronPdfPrinter } from './pdf-printer.js';
import { createHostDispatcher } from '../services/host-dispatcher.js';
import type { RecentEntry } from '../shared/recent.js';
import type { OpenLink } from '../shared/sync.js';
import { DEFAULT_SETTINGS } from '../shared/settings.js';
import type { EffectiveSettings, Locale, SettingKey, Settings } from '../shared/settings.js';
import { guardUnsavedClose } from './unsaved-guard.js';
import { documentArgs } from '../services/launch-service.js';
import { handleAppProtocol, registerAppScheme } from './app-protocol.js';
import { registerIpcHandlers } from './ipc-binding.js';
import { safeStorageCipher } from './safe-storage-cipher.js';
import { registerUriScheme } from './uri-scheme.js';
import { createMainWindow } from './main-window.js';
import { guardNavigation } from './navigation-guard.js';
import { secureSession } from './session-security.js';
import { aboutBoxOptions, menuTemplate } from './app-menu.js';
import { WindowRegistry } from './window-registry.js';
import { installUserTasks } from './jump-list.js';
import { addRecentFile, clearRecentFiles } from '../services/linux-recent.js';
import { installDockMenu } from './dock-menu.js';
import { FILE_TYPES } from '../services/file-types.js';
import { newDocumentKinds } from '../shared/new-document-tasks.js';
import { trustPolicyCa } from './trusted-ca.js';
import type { HostDispatcher } from '../services/host-dispatcher.js';

/**
 * The application id: electron-builder's `appId`, which the Windows installers give the shortcuts
 * as their AppUserModelID. The running app uses the same, so that its taskbar button, jump list
 * and recent documents are the installed shortcut's (checked against electron-builder.yml).
 */
export const APP_ID = 'fr.ostal.suite';

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

/** The MIME type of a document by its extension (`application/octet-stream` when not one of Ostal's). */
function mimeOfPath(file: string): string {
  const ext = path.extname(file).slice(1).toLowerCase();
  return FILE_TYPES.find((t) => t.ext === ext)?.mime ?? 'application/octet-stream';
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
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  registerAppScheme();

  /** `<OSTAL_HOME>/window.json` once the services are up. */
  let windowStateFile: string | undefined;
  /** The interface language, for the menus and the questions the main process asks itself. */
  let locale: Locale = DEFAULT_SETTINGS.locale;
  let localeLocked = false;
  /** The platform's CA file set by policy or settings ('' for none). */
  let trustedCaFile = '';
  /** Rebuilds the macOS Dock menu (new documents, recent ones) once the services are up. */
  let refreshDock = (): void => undefined;
  // `ostal:` links, from the OS or clicked in a page, all pass the sync service's one check and go
  // to exactly one window (the page they were clicked in, else the focused window).
  let checkLink: ((raw: string) => OpenLink | undefined) | undefined;
  const routeLink = (raw: string, contentsId?: number): void => {
    const link = checkLink?.(raw);
    if (!link) return;
    windows.deliverLinks([link], (contentsId === undefined ? undefined : windows.byContents(contentsId)) ?? windows.target());
  };
  const windows = new WindowRegistry((cascade) => {
    const win = createMainWindow(paths.preload, windowStateFile, cascade, (contents, url) => routeLink(url, contents.id));
    guardUnsavedClose(win, () => locale);
    return win;
  });
  /** (Re)builds the menus in the interface language. */
  const installMenu = (): void => {
    const template = menuTemplate(
      { locale, localeLocked },
      {
        send: (window: BaseWindow | undefined, command) => {
          const target = windows.find(window) ?? windows.target();
          if (target) windows.send(target, command);
        },
        newWindow: () => windows.open(),
        about: (window: BaseWindow | undefined) => {
          const versions = { version: app.getVersion(), electron: process.versions.electron ?? '', chrome: process.versions.chrome ?? '', node: process.versions.node };
          const options = aboutBoxOptions(locale, versions);
          const parent = windows.find(window);
          void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
        },
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    // The jump list's tasks (Windows) and the Dock menu (macOS) speak the menus' language.
    installUserTasks(app, locale, process.execPath);
    refreshDock();
  };
  const applySettings = (effective: EffectiveSettings): void => {
    const changed = effective.values.locale !== locale || effective.locked.includes('locale') !== localeLocked;
    locale = effective.values.locale;
    localeLocked = effective.locked.includes('locale');
    trustedCaFile = effective.values.trustedCaFile;
    if (changed) installMenu();
  };

  const links = registerUriScheme(app, process.argv);
  // Documents named on the command line wait for the first window (`launch.take`), and so do
  // the blank documents a jump list task or desktop action asks for (`--new=text`).
  const startDocuments = documentArgs(process.argv.slice(1), process.cwd());
  const startNew = newDocumentKinds(process.argv.slice(1));

  // A file double-clicked (or an `ostal:` link followed) while Ostal runs starts a second
  // instance, which quits at once and hands its arguments here: they go to the focused window
  // (or the last one focused), which is brought to the front and told to take them.
  app.on('second-instance', (_event, argv: string[] = [], workingDirectory: string = process.cwd()) => {
    links.fromArgv(argv);
    const documents = documentArgs(argv.slice(1), workingDirectory);
    if (!app.isReady()) return;
    windows.deliver(documents);
    windows.deliverNew(newDocumentKinds(argv.slice(1)));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) windows.open();
  });
  // Every web contents, whatever created it: no navigation away, no window.open, no <webview>
  // (Ostal's windows and their presenter views also route the `ostal:` links clicked in them).
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents));

  void app.whenReady().then(async () => {
    secureSession(session.defaultSession);
    // An internal PKI's CA named by machine policy is trusted for the platform (sync uses net.fetch).
    trustPolicyCa(session.defaultSession, () => trustedCaFile);
    handleAppProtocol(paths.rendererDir);
    const folder = documentsFolder();
    // Links leave the app only through the links service's checks (http, https, mailto).
    const openExternal = (url: string) => shell.openExternal(url);
    const cipher = safeStorageCipher(safeStorage);
    if (!cipher) console.warn('ostal: no OS keychain; sync passwords are kept in a private file only.');
    // resources/ sits beside dist/ (unpackaged) and inside the app archive (packaged) alike.
    const templatesFolders = [path.join(paths.rendererDir, '..', '..', 'resources', 'templates')];
    const base = createHostServices({
      templatesFolders,
      ...(folder === undefined ? {} : { documentsFolder: folder }),
      ...(cipher ? { secretCipher: cipher } : {}),
      openExternal,
      // Chromium's network stack: the OS certificate store, where IT deploys a custom CA.
      fetch: (input, init) => net.fetch(input, init),
      // The platform change checks wait while the computer runs on battery.
      remoteChecksPaused: () => {
        try {
          return powerMonitor.isOnBatteryPower();
        } catch {
          return false;
        }
      },
    });
    refreshDock = () => {
      void base.recent
        .list()
        .then((list) =>
          installDockMenu(app, Menu, locale, list, {
            newDocument: (kind) => windows.deliverNew([kind]),
            openRecent: (file) => windows.deliver([file]),
          }),
        )
        .catch(() => undefined);
    };
    // Documents opened or saved also go to the system's recent list (the jump list's "Recent"
    // on Windows), and clearing Ostal's list clears the system's too.
    const afterRecent = async <T>(changed: Promise<T>): Promise<T> => {
      const value = await changed;
      refreshDock();
      return value;
    };
    const recent = {
      list: () => base.recent.list(),
      remove: (file: string) => afterRecent(base.recent.remove(file)),
      clear: async () => {
        app.clearRecentDocuments();
        // Linux: Ostal's uses leave the desktop's recently-used.xbel too (other programs' stay).
        if (process.platform === 'linux') await clearRecentFiles();
        return afterRecent(base.recent.clear());
      },
      add: (entry: RecentEntry) => {
        app.addRecentDocument(entry.path);
        // Electron keeps no list on Linux: the desktop's recently-used.xbel gets it (GTK, GNOME Files,
        // KDE dialogs), reopening with this program (an AppImage's own file, not its mount point).
        if (process.platform === 'linux') {
          void addRecentFile({ path: entry.path, mime: mimeOfPath(entry.path), now: new Date(), exec: process.env['APPIMAGE'] ?? process.execPath });
        }
        return afterRecent(base.recent.add(entry));
      },
    };
    const initial = await base.settings.get().catch(() => undefined);
    if (initial) applySettings(initial);
    const settings = {
      get: async () => {
        const effective = await base.settings.get();
        applySettings(effective);
        return effective;
      },
      set: async <K extends SettingKey>(key: K, value: Settings[K]) => {
        const effective = await base.settings.set(key, value);
        applySettings(effective);
        return effective;
      },
    };
    // PDF exports print in a hidden window of Chromium's own (no external browser needed).
    const services = { ...base, recent, settings, exports: electronPdfPrinter() };
    for (const problem of base.settings.policyProblems) console.warn(`ostal: ${problem}`);
    // Each window's page has its own documents to take and its own recovery session.
    const dispatchers = new Map<number, HostDispatcher>();
    registerIpcHandlers(ipcMain, {
      forSender: (senderId) => {
        let dispatcher = dispatchers.get(senderId);
        if (!dispatcher) {
          dispatcher = createHostDispatcher({
            ...services,
            launch: windows.launchFor(senderId),
            sync: windows.syncFor(senderId, services.sync),
            recovery: windows.recoveryFor(senderId, base.recovery),
            locks: windows.locksFor(senderId, base.locks),
          });
          dispatchers.set(senderId, dispatcher);
        }
        return dispatcher;
      },
    });
    windowStateFile = path.join(services.ostalHome, 'window.json');
    // Lock files of documents still open go with the app (a crash leaves them stale, and known).
    app.on('will-quit', () => services.locks.releaseAllSync());
    installMenu();
    windows.open(startDocuments, { newDocuments: startNew });
    // Links from the command line (and any that came before the services) go to that first window.
    checkLink = (raw) => services.sync.parseLink(raw);
    links.deliverTo((raw) => routeLink(raw));
  });
  return true;
}
