import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
}));

interface Bridge {
  invoke(channel: unknown, ...args: unknown[]): Promise<unknown>;
}

async function loadBridge(): Promise<Bridge> {
  vi.resetModules();
  electron.exposeInMainWorld.mockClear();
  await import('./index.js');
  expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, bridge] = electron.exposeInMainWorld.mock.calls[0] as [string, Bridge];
  expect(name).toBe('ostalHost');
  return bridge;
}

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
