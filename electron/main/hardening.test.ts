/**
 * The Electron security checklist of issue 10, one test per item, on the functions every window
 * and the session go through (Electron itself mocked: its binary is not available here). The
 * fuses are checked on a packaged binary by test/build/packaging-offline.test.ts, IPC argument
 * validation by electron/services/host-dispatcher.fuzz.test.ts, links leaving the app by
 * electron/services/links-service.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: class {}, screen: { getAllDisplays: () => [] } }));

const { secureWebPreferences } = await import('./main-window.js');
const { guardNavigation } = await import('./navigation-guard.js');
const { secureSession } = await import('./session-security.js');

type Listener = (...args: unknown[]) => unknown;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | undefined;
  const contents = {
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: Listener) => {
      openHandler = handler;
    },
  };
  return { contents, listeners, open: (details: unknown) => openHandler?.(details) };
}

function fakeSession() {
  const calls: Record<string, Listener> = {};
  const session = {
    webRequest: { onHeadersReceived: (l: Listener) => (calls.headers = l) },
    setPermissionRequestHandler: (l: Listener) => (calls.permission = l),
    setPermissionCheckHandler: (l: Listener) => (calls.check = l),
    setDevicePermissionHandler: (l: Listener) => (calls.device = l),
    setDisplayMediaRequestHandler: (l: Listener) => (calls.displayMedia = l),
    on: (event: string, l: Listener) => (calls[event] = l),
  };
  return { session, calls };
}

const event = (url: string) => ({ url, preventDefault: vi.fn() });

describe('Electron hardening', () => {
  it('every window: context isolation, sandbox, no Node, web security, no webview, no insecure content', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toEqual({
      preload: '/app/preload.cjs',
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
    });
  });

  it('navigation, redirects and frame navigation leave the app’s pages for nothing', () => {
    const { contents, listeners } = fakeContents();
    guardNavigation(contents as never);
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      for (const url of ['https://evil.example/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://other/index.html', 'data:text/html,x']) {
        const e = event(url);
        listeners.get(name)!(e);
        expect(e.preventDefault, `${name} ${url}`).toHaveBeenCalled();
      }
      const own = event('app://ostal/index.html#doc');
      listeners.get(name)!(own);
      expect(own.preventDefault, name).not.toHaveBeenCalled();
    }
  });

  it('window.open is always denied and <webview> never attaches', () => {
    const { contents, listeners, open } = fakeContents();
    guardNavigation(contents as never);
    for (const url of ['https://example.org', 'app://ostal/index.html', 'about:blank']) expect(open({ url })).toEqual({ action: 'deny' });
    const attach = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')!(attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('the session refuses every permission but the app’s own full screen, every device, screen capture and download', () => {
    const { session, calls } = fakeSession();
    secureSession(session as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown']) {
      const callback = vi.fn();
      calls.permission!({}, permission, callback, { requestingUrl: 'app://ostal/index.html' });
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(calls.check!({}, permission, 'app://ostal', {}), permission).toBe(false);
    }
    // A slide show goes full screen from the app's pages, never from anything else.
    for (const [url, granted] of [['app://ostal/index.html', true], ['https://example.org/', false], ['app://other/index.html', false], ['file:///tmp/x.html', false], [undefined, false]] as const) {
      const callback = vi.fn();
      calls.permission!({}, 'fullscreen', callback, url === undefined ? {} : { requestingUrl: url });
      expect(callback, url).toHaveBeenCalledWith(granted);
      expect(calls.check!({}, 'fullscreen', url ?? '', {}), url).toBe(granted);
    }
    expect(calls.device!({ deviceType: 'usb', origin: 'app://ostal' })).toBe(false);
    const streams = vi.fn();
    calls.displayMedia!({}, streams);
    expect(streams).toHaveBeenCalledWith(null);
    const download = { preventDefault: vi.fn() };
    calls['will-download']!(download, {}, {});
    expect(download.preventDefault).toHaveBeenCalled();
  });

  it('every response carries Ostal’s strict CSP, whatever the server said', () => {
    const { session, calls } = fakeSession();
    secureSession(session as never);
    const callback = vi.fn();
    calls.headers!({ responseHeaders: { 'Content-Security-Policy': ["default-src *; script-src 'unsafe-eval'"] } }, callback);
    const headers = (callback.mock.calls[0]![0] as { responseHeaders: Record<string, string[]> }).responseHeaders;
    const csp = headers['Content-Security-Policy']!.join(';');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('default-src *');
  });
});
