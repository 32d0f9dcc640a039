import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../shared/host-api.js';
import type { IpcResult } from '../shared/ipc-result.js';

type Listener = (...args: unknown[]) => unknown;

/** A minimal stand-in for the parts of Electron the main process uses. */
const fake = vi.hoisted(() => {
  let nextContentsId = 1;
  class FakeWebContents {
    readonly id = nextContentsId++;
    sent: unknown[][] = [];
    send(...args: unknown[]): void {
      this.sent.push(args);
    }
    listeners = new Map<string, Listener>();
    windowOpenHandler: Listener | undefined;
    on(event: string, listener: Listener): this {
      this.listeners.set(event, listener);
      return this;
    }
    setWindowOpenHandler(handler: Listener): void {
      this.windowOpenHandler = handler;
    }
  }
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    static getAllWindows = () => FakeBrowserWindow.instances;
    webContents = new FakeWebContents();
    loadedUrl: string | undefined;
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.instances.push(this);
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    windowListeners = new Map<string, Listener>();
    maximized = false;
    once(): this {
      return this;
    }
    on(event: string, listener: Listener): this {
      this.windowListeners.set(event, listener);
      return this;
    }
    maximize(): void {
      this.maximized = true;
    }
    isMaximized(): boolean {
      return this.maximized;
    }
    getNormalBounds() {
      return { x: 100, y: 50, width: 1400, height: 850 };
    }
    show(): void {}
    isMinimized(): boolean {
      return false;
    }
    focused = 0;
    focus(): void {
      this.focused += 1;
      for (const w of FakeBrowserWindow.instances) w.hasFocus = w === this;
      this.windowListeners.get('focus')?.();
    }
    hasFocus = false;
    isFocused(): boolean {
      return this.hasFocus;
    }
    restore(): void {}
  }
  const handlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, Listener>();
  const appListeners = new Map<string, Listener>();
  const headerListeners: Listener[] = [];
  const state = { lock: true, documents: '/' };
  const menus: { template: unknown[] }[] = [];
  let ready: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => {
    ready = resolve;
  });
  return {
    FakeBrowserWindow,
    menus,
    handlers,
    protocolHandlers,
    appListeners,
    headerListeners,
    state,
    fireReady: () => ready(),
    readyPromise,
    app: {
      requestSingleInstanceLock: vi.fn(() => state.lock),
      quit: vi.fn(),
      enableSandbox: vi.fn(),
      setAsDefaultProtocolClient: vi.fn(() => true),
      on: vi.fn((event: string, listener: Listener) => appListeners.set(event, listener)),
      whenReady: vi.fn(() => readyPromise),
      getPath: vi.fn(() => state.documents),
      isReady: vi.fn(() => true),
      addRecentDocument: vi.fn(),
      clearRecentDocuments: vi.fn(),
      setUserTasks: vi.fn(() => true),
      getVersion: vi.fn(() => '0.1.0'),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn((menu: { template: unknown[] }) => menus.push(menu)),
    },
    dialog: { showMessageBoxSync: vi.fn(() => 0), showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })) },
    ipcMain: { handle: vi.fn((channel: string, handler: Listener) => handlers.set(channel, handler)) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((scheme: string, handler: Listener) => protocolHandlers.set(scheme, handler)),
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: vi.fn((listener: Listener) => headerListeners.push(listener)) },
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        setDisplayMediaRequestHandler: vi.fn(),
        setCertificateVerifyProc: vi.fn(),
        on: vi.fn(),
      },
    },
  };
});

vi.mock('electron', () => ({
  dialog: fake.dialog,
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
  app: fake.app,
  Menu: fake.Menu,
  BrowserWindow: fake.FakeBrowserWindow,
  ipcMain: fake.ipcMain,
  protocol: fake.protocol,
  session: fake.session,
  powerMonitor: { isOnBatteryPower: () => false },
  net: { fetch: vi.fn(() => Promise.reject(new Error('no network in this test'))) },
  safeStorage: {
    isEncryptionAvailable: () => true,
    encryptString: (plain: string) => Buffer.from(plain).reverse(),
    decryptString: (sealed: Buffer) => Buffer.from(sealed).reverse().toString(),
  },
}));

const { startApp } = await import('./app-lifecycle.js');

let tmp: string;
let rendererDir: string;
const savedEnv = { ...process.env };

// One app per file (its ready promise resolves once), so one set of folders too.
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-main-'));
  rendererDir = path.join(tmp, 'renderer');
  await fs.mkdir(rendererDir);
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html>');
  await fs.writeFile(path.join(tmp, 'secret.txt'), 'secret');
  await fs.mkdir(path.join(tmp, 'Documents'));
  process.env.OSTAL_HOME = path.join(tmp, 'home');
  process.env.OSTAL_POLICY_FILE = path.join(tmp, 'policy.json');
  // The Linux desktop's recent files go here, not to the real home.
  process.env.XDG_DATA_HOME = path.join(tmp, 'data');
  fake.state.documents = path.join(tmp, 'Documents');
  // Started by the OS from an "open in desktop" link.
  process.argv.push('ostal:ofv|u|https://exo.region.fr/webdav/drives/au-demarrage.odt');
  // ... and a jump list task (`--new=<kind>`).
  process.argv.push('--new=workbook');
});
afterAll(async () => {
  process.argv.splice(-2);
  process.env = { ...savedEnv };
  await fs.rm(tmp, { recursive: true, force: true });
});

/** Starts the app once (the fake ready promise resolves once) and waits for the window. */
let started: Promise<void> | undefined;
function startOnce(): Promise<void> {
  started ??= (async () => {
    expect(startApp({ preload: '/dist/electron/preload.cjs', rendererDir })).toBe(true);
    fake.fireReady();
    await vi.waitFor(() => expect(fake.FakeBrowserWindow.instances.length).toBe(1));
  })();
  return started;
}

/** A call from the first window's page. */
/** The item with `id` in the menus installed last. */
function menuItem(id: string): { click: (...args: unknown[]) => void; label: string } {
  type Item = { id?: string; submenu?: Item[]; click: (...args: unknown[]) => void; label: string };
  const walk = (list: Item[]): Item | undefined => {
    for (const item of list) {
      if (item.id === id) return item;
      const inner = item.submenu ? walk(item.submenu) : undefined;
      if (inner) return inner;
    }
    return undefined;
  };
  const found = walk(fake.menus.at(-1)!.template as Item[]);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

/** Closes a window the test opened, so that later tests find the first one last again. */
function closeWindow(window: InstanceType<typeof fake.FakeBrowserWindow>): void {
  window.windowListeners.get('closed')!();
  fake.FakeBrowserWindow.instances.splice(fake.FakeBrowserWindow.instances.indexOf(window), 1);
}

const trusted = { senderFrame: { url: 'app://ostal/index.html' }, sender: { id: 1 } };

describe('Electron main', () => {
  it('creates the window with the security flags and the app URL', async () => {
    await startOnce();
    const win = fake.FakeBrowserWindow.instances[0]!;
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: '/dist/electron/preload.cjs',
    });
    expect(win.loadedUrl).toBe('app://ostal/index.html');
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
  });

  it('registers the ostal: scheme; the command line’s link and --new=<kind> wait for the first window', async () => {
    await startOnce();
    const takeNew = fake.handlers.get('launch.takeNew')!;
    expect(await takeNew(trusted)).toEqual({ ok: true, value: ['workbook'] });
    expect(await takeNew(trusted)).toEqual({ ok: true, value: [] });
    expect(fake.app.setAsDefaultProtocolClient).toHaveBeenCalledWith('ostal');
    const take = fake.handlers.get('sync.takeLinks')!;
    expect(await take(trusted)).toEqual({ ok: true, value: [{ mode: 'view', url: 'https://exo.region.fr/webdav/drives/au-demarrage.odt' }] });
    expect(await take(trusted)).toEqual({ ok: true, value: [] });
  });

  it('a link from the OS goes to ONE window (the focused one), checked; the others never see it', async () => {
    await startOnce();
    const first = fake.FakeBrowserWindow.instances.at(-1)!;
    menuItem('file.newWindow').click({}, first, {});
    const second = fake.FakeBrowserWindow.instances.at(-1)!;
    const from = (w: InstanceType<typeof fake.FakeBrowserWindow>) => ({ ...trusted, sender: { id: w.webContents.id } });
    const take = fake.handlers.get('sync.takeLinks')!;
    first.focus();
    const sentBefore = second.webContents.sent.length;
    // Windows/Linux: the second instance's command line.
    fake.appListeners.get('second-instance')!({}, ['/usr/bin/ostal', 'ostal:ofe|u|https://exo.region.fr/webdav/drives/a%20b.odt', 'ostal:ofe|u|file:///etc/passwd', 'ostal:ofe|u|https://u:p@exo.region.fr/x.odt']);
    expect(first.webContents.sent.at(-1)).toEqual(['ostal:menu', 'launch.take']);
    expect(second.webContents.sent.length).toBe(sentBefore);
    expect(await take(from(second))).toEqual({ ok: true, value: [] });
    expect(await take(from(first))).toEqual({ ok: true, value: [{ mode: 'edit', url: 'https://exo.region.fr/webdav/drives/a%20b.odt' }] });
    expect(await take(from(first))).toEqual({ ok: true, value: [] });
    // macOS: open-url, to the window focused now.
    second.focus();
    const openUrl = { preventDefault: vi.fn() };
    fake.appListeners.get('open-url')!(openUrl, 'ostal:ofv|u|https://exo.region.fr/webdav/drives/lire.odt');
    expect(openUrl.preventDefault).toHaveBeenCalled();
    expect(second.webContents.sent.at(-1)).toEqual(['ostal:menu', 'launch.take']);
    expect(await take(from(first))).toEqual({ ok: true, value: [] });
    expect(await take(from(second))).toEqual({ ok: true, value: [{ mode: 'view', url: 'https://exo.region.fr/webdav/drives/lire.odt' }] });
    closeWindow(second);
  });

  it('an ostal: link followed inside a page goes to that page’s window, never navigates, and is checked the same way', async () => {
    await startOnce();
    const first = fake.FakeBrowserWindow.instances.at(-1)!;
    menuItem('file.newWindow').click({}, first, {});
    const second = fake.FakeBrowserWindow.instances.at(-1)!;
    const from = (w: InstanceType<typeof fake.FakeBrowserWindow>) => ({ ...trusted, sender: { id: w.webContents.id } });
    const take = fake.handlers.get('sync.takeLinks')!;
    first.focus();
    const link = 'ostal:ofe|u|https://exo.region.fr/webdav/drives/Collaboration/rapport.odt';
    const navigation = { url: link, preventDefault: vi.fn() };
    second.webContents.listeners.get('will-navigate')!(navigation);
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(await take(from(first))).toEqual({ ok: true, value: [] });
    expect(await take(from(second))).toEqual({ ok: true, value: [{ mode: 'edit', url: 'https://exo.region.fr/webdav/drives/Collaboration/rapport.odt' }] });
    // window.open('ostal:…') is denied as a window and routed as a link.
    expect(second.webContents.windowOpenHandler!({ url: link })).toEqual({ action: 'deny' });
    expect(await take(from(second))).toEqual({ ok: true, value: [{ mode: 'edit', url: 'https://exo.region.fr/webdav/drives/Collaboration/rapport.odt' }] });
    // A hostile link is dropped: nothing waits, nothing is sent.
    const sent = second.webContents.sent.length;
    second.webContents.listeners.get('will-navigate')!({ url: 'ostal:ofe|u|javascript:alert(1)', preventDefault: vi.fn() });
    expect(second.webContents.sent.length).toBe(sent);
    expect(await take(from(second))).toEqual({ ok: true, value: [] });
    // The page's own route (a document's hyperlink): the same check, over IPC.
    expect(await fake.handlers.get('sync.followLink')!(from(second), link)).toEqual({ ok: true, value: { mode: 'edit', url: 'https://exo.region.fr/webdav/drives/Collaboration/rapport.odt' } });
    expect(await fake.handlers.get('sync.followLink')!(from(second), 'ostal:ofe|u|file:///etc/passwd')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await fake.handlers.get('sync.followLink')!(from(second), 42)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    closeWindow(second);
  });

  it('a second instance hands its documents to the running one, which focuses its window', async () => {
    await startOnce();
    const folder = path.join(tmp, 'Documents');
    await fs.writeFile(path.join(folder, 'double-clic.odt'), 'x');
    const win = fake.FakeBrowserWindow.instances[0]!;
    const before = win.focused;
    fake.appListeners.get('second-instance')!({}, ['/opt/Ostal/ostal', '--allow-file-access-from-files', 'double-clic.odt', 'absent.docx'], folder);
    expect(win.focused).toBe(before + 1);
    expect(await fake.handlers.get('launch.take')!(trusted)).toEqual({ ok: true, value: [path.join(folder, 'double-clic.odt')] });
    expect(await fake.handlers.get('launch.take')!(trusted)).toEqual({ ok: true, value: [] });
  });

  it('remembers the window’s place and size for the next start', async () => {
    await startOnce();
    const first = fake.FakeBrowserWindow.instances[0]!;
    first.maximized = true;
    first.windowListeners.get('close')!();
    const saved = JSON.parse(await fs.readFile(path.join(tmp, 'home', 'window.json'), 'utf8')) as unknown;
    expect(saved).toEqual({ version: 1, bounds: { x: 100, y: 50, width: 1400, height: 850 }, maximized: true });
    // All windows closed, then the app is activated again: the new window opens there.
    first.windowListeners.get('closed')!();
    fake.FakeBrowserWindow.instances.length = 0;
    fake.appListeners.get('activate')!();
    const second = fake.FakeBrowserWindow.instances[0]!;
    expect(second.options).toMatchObject({ x: 100, y: 50, width: 1400, height: 850 });
    expect(second.maximized).toBe(true);
  });

  it('puts documents opened or saved in the system’s recent documents too', async () => {
    await startOnce();
    const file = path.join(tmp, 'Documents', 'recent.odt');
    const added = (await fake.handlers.get('recent.add')!(trusted, { path: file, name: 'recent.odt', kind: 'text', openedMs: 1 })) as IpcResult<unknown>;
    expect(added.ok).toBe(true);
    expect(fake.app.addRecentDocument).toHaveBeenCalledWith(file);
    if (process.platform === 'linux') {
      // Linux: in the desktop's recently-used.xbel, which GTK and GNOME Files read.
      const xbel = path.join(tmp, 'data', 'recently-used.xbel');
      await vi.waitFor(async () => expect(await fs.readFile(xbel, 'utf8')).toContain('<mime:mime-type type="application/vnd.oasis.opendocument.text"/>'));
      expect(await fs.readFile(xbel, 'utf8')).toContain(`href="file://${tmp}/Documents/recent.odt"`);
    }
    // Clearing Ostal's list clears the system's (the jump list's "Recent") too.
    expect(await fake.handlers.get('recent.clear')!(trusted)).toMatchObject({ ok: true });
    expect(fake.app.clearRecentDocuments).toHaveBeenCalled();
    if (process.platform === 'linux') {
      // ... and Ostal's entries in recently-used.xbel.
      expect(await fs.readFile(path.join(tmp, 'data', 'recently-used.xbel'), 'utf8')).not.toContain('recent.odt');
    }
  });

  it('a jump list task or desktop action (--new=<kind>) from a second instance makes a blank document in the focused window only', async () => {
    await startOnce();
    const takeNew = fake.handlers.get('launch.takeNew')!;
    const first = fake.FakeBrowserWindow.instances.at(-1)!;
    menuItem('file.newWindow').click({}, first, {});
    const second = fake.FakeBrowserWindow.instances.at(-1)!;
    const from = (w: InstanceType<typeof fake.FakeBrowserWindow>) => ({ ...trusted, sender: { id: w.webContents.id } });
    second.focus();
    fake.appListeners.get('second-instance')!({}, ['C:\\Program Files\\Ostal\\Ostal.exe', '--new=deck'], tmp);
    expect(second.webContents.sent.at(-1)).toEqual(['ostal:menu', 'launch.take']);
    expect(await takeNew(from(first))).toEqual({ ok: true, value: [] });
    expect(await takeNew(from(second))).toEqual({ ok: true, value: ['deck'] });
    expect(await takeNew(from(second), 'extra')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    closeWindow(second);
  });

  it('asks before closing a window with unsaved documents, in the interface language', async () => {
    await startOnce();
    const contents = fake.FakeBrowserWindow.instances[0]!.webContents;
    const unload = contents.listeners.get('will-prevent-unload')!;
    const stay = { preventDefault: vi.fn() };
    fake.dialog.showMessageBoxSync.mockReturnValueOnce(0);
    unload(stay);
    expect(stay.preventDefault).not.toHaveBeenCalled();
    const options = (fake.dialog.showMessageBoxSync.mock.calls.at(-1) as unknown[])[1] as { buttons: string[]; defaultId: number };
    expect(options.buttons).toEqual(['Revenir aux documents', 'Quitter sans enregistrer']);
    expect(options.defaultId).toBe(0);
    await fake.handlers.get('settings.set')!(trusted, 'locale', 'en');
    const leave = { preventDefault: vi.fn() };
    fake.dialog.showMessageBoxSync.mockReturnValueOnce(1);
    unload(leave);
    expect(leave.preventDefault).toHaveBeenCalled();
    expect(((fake.dialog.showMessageBoxSync.mock.calls.at(-1) as unknown[])[1] as { buttons: string[] }).buttons).toEqual(['Back to the documents', 'Quit without saving']);
    await fake.handlers.get('settings.set')!(trusted, 'locale', 'fr');
  });

  it('registers a handler for every channel', async () => {
    await startOnce();
    expect([...fake.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers an invalid argument with an invalid-argument result', async () => {
    await startOnce();
    const read = fake.handlers.get('files.read')!;
    expect(await read(trusted, 'relative/path.odt')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await fake.handlers.get('files.save')!(trusted, '/tmp/a.odt', 'text')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('serves real calls from the app page and refuses foreign senders', async () => {
    await startOnce();
    const docs = fake.state.documents;
    expect(await fake.handlers.get('files.documentsFolder')!(trusted)).toEqual({ ok: true, value: docs });
    const target = path.join(docs, 'a.odt');
    const saved = (await fake.handlers.get('files.save')!(trusted, target, new Uint8Array([1, 2]))) as IpcResult<unknown>;
    expect(saved.ok).toBe(true);
    expect([...(await fs.readFile(target))]).toEqual([1, 2]);
    for (const event of [{ senderFrame: { url: 'https://evil.example/' } }, { senderFrame: null }, { senderFrame: { url: 'file:///x.html' } }]) {
      expect(await fake.handlers.get('files.read')!(event, target)).toMatchObject({ ok: false, error: { code: 'access-denied' } });
    }
  });

  it('prevents navigation to a remote URL and denies window.open', async () => {
    await startOnce();
    const contents = fake.FakeBrowserWindow.instances[0]!.webContents;
    const navigate = contents.listeners.get('will-navigate')!;
    const remote = { url: 'https://evil.example/phish', preventDefault: vi.fn() };
    navigate(remote);
    expect(remote.preventDefault).toHaveBeenCalled();
    const local = { url: 'app://ostal/index.html?doc=1', preventDefault: vi.fn() };
    navigate(local);
    expect(local.preventDefault).not.toHaveBeenCalled();
    const redirect = { url: 'file:///etc/passwd', preventDefault: vi.fn() };
    contents.listeners.get('will-redirect')!(redirect);
    expect(redirect.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler!({ url: 'https://example.org' })).toEqual({ action: 'deny' });
  });

  it('sets the strict CSP on responses and refuses permissions but the app’s full screen', async () => {
    await startOnce();
    const callback = vi.fn();
    fake.headerListeners[0]!({ responseHeaders: { 'content-security-policy': ['default-src *'], 'X-A': ['1'] } }, callback);
    const headers = (callback.mock.calls[0]![0] as { responseHeaders: Record<string, string[]> }).responseHeaders;
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['X-A']).toEqual(['1']);
    const csp = headers['Content-Security-Policy']![0]!;
    for (const part of ["default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "connect-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(part);
    }
    const permission = fake.session.defaultSession.setPermissionRequestHandler.mock.calls[0]![0] as Listener;
    const grant = vi.fn();
    permission({}, 'geolocation', grant, { requestingUrl: 'app://ostal/index.html' });
    expect(grant).toHaveBeenCalledWith(false);
    // The one permission granted: full screen for the app's own page (a slide show).
    const fullScreen = vi.fn();
    permission({}, 'fullscreen', fullScreen, { requestingUrl: 'app://ostal/index.html' });
    expect(fullScreen).toHaveBeenCalledWith(true);
  });

  it('serves the renderer over app:// and refuses traversal', async () => {
    await startOnce();
    const handle = fake.protocolHandlers.get('app')!;
    const page = (await handle(new Request('app://ostal/index.html'))) as Response;
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe('<!doctype html>');
    const escape = (await handle(new Request('app://ostal/..%2fsecret.txt'))) as Response;
    expect(escape.status).toBe(403);
    // The URL parser already folds `%2e%2e` away; whatever the route, the secret never comes back.
    for (const url of ['app://ostal/%2e%2e/secret.txt', 'app://ostal/../secret.txt', 'app://ostal/a/..%5c..%5csecret.txt']) {
      const response = (await handle(new Request(url))) as Response;
      expect(response.status).not.toBe(200);
    }
    expect(((await handle(new Request('app://other/index.html'))) as Response).status).toBe(404);
  });

  it('installs the native menus in the interface language and rebuilds them when it changes', async () => {
    await startOnce();
    const labels = () => (fake.menus.at(-1)!.template as { label: string }[]).map((m) => m.label);
    expect(labels()).toEqual(['&Fichier', '&Édition', '&Affichage', '&Insertion', 'Forma&t', '&Outils', 'Aid&e']);
    await fake.handlers.get('settings.set')!(trusted, 'locale', 'en');
    expect(labels()).toEqual(['&File', '&Edit', '&View', '&Insert', 'F&ormat', '&Tools', '&Help']);
    await fake.handlers.get('settings.set')!(trusted, 'locale', 'fr');
    expect(labels()[0]).toBe('&Fichier');
  });

  it('a menu click sends the command to the page of the window it was clicked in', async () => {
    await startOnce();
    const win = fake.FakeBrowserWindow.instances.at(-1)!;
    menuItem('format.bold').click({}, win, {});
    expect(win.webContents.sent.at(-1)).toEqual(['ostal:menu', 'format.bold']);
    // Without a window (a menu reached by keyboard with no focus), the last focused one gets it.
    menuItem('file.save').click({}, undefined, {});
    expect(win.webContents.sent.at(-1)).toEqual(['ostal:menu', 'file.save']);
    // A window that is not an Ostal window is never written to.
    const stranger = { webContents: { send: vi.fn() } };
    menuItem('file.close').click({}, stranger, {});
    expect(stranger.webContents.send).not.toHaveBeenCalled();
  });

  it('Aide > À propos shows the version and licence over the window', async () => {
    await startOnce();
    const win = fake.FakeBrowserWindow.instances.at(-1)!;
    menuItem('help.about').click({}, win, {});
    const [parent, options] = fake.dialog.showMessageBox.mock.calls.at(-1) as unknown as [unknown, { title: string; detail: string }];
    expect(parent).toBe(win);
    expect(options.title).toBe('À propos d’Ostal');
    expect(options.detail).toContain('Version 0.1.0');
    expect(options.detail).toContain('EUPL-1.2');
  });

  it('opens several windows, each with its own documents; a double-clicked file goes to the focused one', async () => {
    await startOnce();
    const first = fake.FakeBrowserWindow.instances.at(-1)!;
    const count = fake.FakeBrowserWindow.instances.length;
    menuItem('file.newWindow').click({}, first, {});
    expect(fake.FakeBrowserWindow.instances.length).toBe(count + 1);
    const second = fake.FakeBrowserWindow.instances.at(-1)!;
    expect(second.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(second.loadedUrl).toBe('app://ostal/index.html');
    expect(second.webContents.listeners.has('will-navigate')).toBe(true);
    expect(second.webContents.listeners.has('will-prevent-unload')).toBe(true);
    const from = (w: InstanceType<typeof fake.FakeBrowserWindow>) => ({ ...trusted, sender: { id: w.webContents.id } });

    const folder = path.join(tmp, 'Documents');
    await fs.writeFile(path.join(folder, 'deuxième.ods'), 'x');
    second.focus();
    fake.appListeners.get('second-instance')!({}, ['/opt/Ostal/ostal', 'deuxième.ods'], folder);
    expect(second.webContents.sent.at(-1)).toEqual(['ostal:menu', 'launch.take']);
    expect(await fake.handlers.get('launch.take')!(from(first))).toEqual({ ok: true, value: [] });
    expect(await fake.handlers.get('launch.take')!(from(second))).toEqual({ ok: true, value: [path.join(folder, 'deuxième.ods')] });

    // File > Open in a new window, from the first window: a third window gets the document.
    const target = path.join(folder, 'à-part.odt');
    await fs.writeFile(target, 'x');
    expect(await fake.handlers.get('launch.openWindow')!(from(first), [target])).toEqual({ ok: true, value: undefined });
    const third = fake.FakeBrowserWindow.instances.at(-1)!;
    expect(third).not.toBe(second);
    expect(await fake.handlers.get('launch.take')!(from(first))).toEqual({ ok: true, value: [] });
    expect(await fake.handlers.get('launch.take')!(from(third))).toEqual({ ok: true, value: [target] });
    expect(await fake.handlers.get('launch.openWindow')!(from(first), ['relative.odt'])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await fake.handlers.get('launch.openWindow')!(from(first), [])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    third.windowListeners.get('closed')!();
    second.windowListeners.get('closed')!();
  });

  it('never offers another open window’s automatic copies as documents to recover', async () => {
    await startOnce();
    const first = fake.FakeBrowserWindow.instances.at(-1)!;
    menuItem('file.newWindow').click({}, first, {});
    const second = fake.FakeBrowserWindow.instances.at(-1)!;
    const from = (w: InstanceType<typeof fake.FakeBrowserWindow>) => ({ ...trusted, sender: { id: w.webContents.id } });
    const input = { id: 'sB-1', session: 'sB', title: 'Sans titre 1', kind: 'text', format: 'odt', originalPath: null, originalFormat: null, originalModifiedMs: null };
    expect(await fake.handlers.get('recovery.store')!(from(second), input, new Uint8Array([1, 2, 3]))).toMatchObject({ ok: true });
    const listed = async (w: InstanceType<typeof fake.FakeBrowserWindow>, session: string) =>
      ((await fake.handlers.get('recovery.list')!(from(w), session)) as { value: { id: string }[] }).value.map((e) => e.id);
    // The second window is alive: the first window's page (another session) does not see its copy.
    expect(await listed(first, 'sA')).not.toContain('sB-1');
    // The second window is gone without cleaning up (a crash of its page): now it is offered.
    second.windowListeners.get('closed')!();
    expect(await listed(first, 'sA')).toContain('sB-1');
    await fake.handlers.get('recovery.remove')!(from(first), 'sB-1');
  });

  it('closing a window releases the lock files of its documents, unless another window has them open', async () => {
    await startOnce();
    const first = fake.FakeBrowserWindow.instances.at(-1)!;
    menuItem('file.newWindow').click({}, first, {});
    const a = fake.FakeBrowserWindow.instances.at(-1)!;
    menuItem('file.newWindow').click({}, first, {});
    const b = fake.FakeBrowserWindow.instances.at(-1)!;
    const from = (w: InstanceType<typeof fake.FakeBrowserWindow>) => ({ ...trusted, sender: { id: w.webContents.id } });
    const doc = path.join(tmp, 'Documents', 'partagé.odt');
    await fs.writeFile(doc, 'x');
    const lockFile = path.join(tmp, 'Documents', '.~lock.partagé.odt#');
    expect(await fake.handlers.get('locks.acquire')!(from(a), doc)).toMatchObject({ ok: true, value: { status: 'acquired' } });
    expect(await fake.handlers.get('locks.acquire')!(from(b), doc)).toMatchObject({ ok: true, value: { status: 'acquired' } });
    await expect(fs.stat(lockFile)).resolves.toBeTruthy();
    a.windowListeners.get('closed')!();
    await new Promise((r) => setTimeout(r, 50));
    await expect(fs.stat(lockFile)).resolves.toBeTruthy();
    b.windowListeners.get('closed')!();
    await vi.waitFor(async () => expect(await fs.stat(lockFile).then(() => true, () => false)).toBe(false));
  });

  it('quits at once when another instance holds the lock', () => {
    fake.state.lock = false;
    fake.app.quit.mockClear();
    try {
      expect(startApp({ preload: '/p.cjs', rendererDir })).toBe(false);
      expect(fake.app.quit).toHaveBeenCalled();
    } finally {
      fake.state.lock = true;
    }
  });
});
