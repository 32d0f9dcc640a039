import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(),
  listeners: new Map<string, Set<(...args: unknown[]) => void>>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(listener);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => electron.listeners.get(channel)?.delete(listener),
  },
}));

interface Bridge {
  invoke(channel: unknown, ...args: unknown[]): Promise<unknown>;
}

async function loadBridge(): Promise<Bridge> {
  vi.resetModules();
  electron.exposeInMainWorld.mockClear();
  await import('./index.js');
  expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(2);
  const [name, bridge] = electron.exposeInMainWorld.mock.calls[0] as [string, Bridge];
  expect(name).toBe('ostalHost');
  return bridge;
}

interface MenuBridge {
  onMenuCommand(listener: unknown): () => void;
}

async function loadMenuBridge(): Promise<MenuBridge> {
  await loadBridge();
  const [name, bridge] = electron.exposeInMainWorld.mock.calls[1] as [string, MenuBridge];
  expect(name).toBe('ostalMenu');
  return bridge;
}

/** What the main process sends on the menu channel. */
function sendFromMain(command: unknown): void {
  for (const listener of electron.listeners.get('ostal:menu') ?? []) listener({ sender: 'ipc-event' }, command);
}

describe('preload menu bridge', () => {
  beforeEach(() => electron.listeners.clear());

  it('exposes only onMenuCommand, which passes known commands and nothing of the IPC event', async () => {
    const menu = await loadMenuBridge();
    expect(Object.keys(menu)).toEqual(['onMenuCommand']);
    const received: unknown[][] = [];
    menu.onMenuCommand((...args: unknown[]) => received.push(args));
    sendFromMain('format.bold');
    sendFromMain('file.save');
    expect(received).toEqual([['format.bold'], ['file.save']]);
  });

  it('drops unknown or malformed commands', async () => {
    const menu = await loadMenuBridge();
    const received: unknown[] = [];
    menu.onMenuCommand((command: unknown) => received.push(command));
    for (const bad of ['files.delete', '__proto__', 42, null, { command: 'file.save' }, 'FILE.SAVE']) sendFromMain(bad);
    expect(received).toEqual([]);
  });

  it('stops listening when asked, and ignores a listener that is not a function', async () => {
    const menu = await loadMenuBridge();
    const received: unknown[] = [];
    const stop = menu.onMenuCommand((command: unknown) => received.push(command));
    sendFromMain('edit.undo');
    stop();
    sendFromMain('edit.redo');
    expect(received).toEqual(['edit.undo']);
    expect(() => menu.onMenuCommand('not a function')()).not.toThrow();
    expect(electron.listeners.get('ostal:menu')?.size ?? 0).toBe(0);
  });
});

describe('preload', () => {
  beforeEach(() => {
    electron.invoke.mockReset();
  });

  it('exposes only invoke', async () => {
    const bridge = await loadBridge();
    expect(Object.keys(bridge)).toEqual(['invoke']);
  });

  it('forwards known channels to ipcRenderer.invoke', async () => {
    electron.invoke.mockResolvedValue({ ok: true, value: '/home/a/Documents' });
    const bridge = await loadBridge();
    await expect(bridge.invoke('files.documentsFolder')).resolves.toEqual({ ok: true, value: '/home/a/Documents' });
    const bytes = new Uint8Array([1, 2]);
    await bridge.invoke('files.save', '/a.odt', bytes);
    expect(electron.invoke).toHaveBeenLastCalledWith('files.save', '/a.odt', bytes);
  });

  it('refuses unknown channels without touching IPC', async () => {
    const bridge = await loadBridge();
    for (const channel of ['files.delete', 'ELECTRON_BROWSER_REQUIRE', '__proto__', 42]) {
      await expect(bridge.invoke(channel)).resolves.toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  it('turns an IPC failure into a result', async () => {
    electron.invoke.mockRejectedValue(new Error('No handler registered'));
    const bridge = await loadBridge();
    await expect(bridge.invoke('settings.get')).resolves.toMatchObject({ ok: false, error: { code: 'io-error' } });
  });
});
