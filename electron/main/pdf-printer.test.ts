import { existsSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Loaded {
  file: string;
  html: string;
}
const state = vi.hoisted(() => ({
  windows: [] as { options: unknown; destroyed: boolean; loaded: Loaded | undefined; printOptions: unknown; openHandler: (() => unknown) | undefined; navigate: ((e: { preventDefault: () => void }) => void) | undefined }[],
  failPrint: false,
}));

vi.mock('electron', () => {
  class FakeBrowserWindow {
    private readonly record: (typeof state.windows)[number];
    readonly webContents;
    constructor(options: unknown) {
      this.record = { options, destroyed: false, loaded: undefined, printOptions: undefined, openHandler: undefined, navigate: undefined };
      state.windows.push(this.record);
      const record = this.record;
      this.webContents = {
        on: (name: string, listener: (e: { preventDefault: () => void }) => void) => {
          if (name === 'will-navigate') record.navigate = listener;
        },
        setWindowOpenHandler: (handler: () => unknown) => {
          record.openHandler = handler;
        },
        printToPDF: (options: unknown) => {
          record.printOptions = options;
          if (state.failPrint) return Promise.reject(new Error('printing failed'));
          return Promise.resolve(Buffer.from(`%PDF-1.4 ${record.loaded?.html.length ?? 0}`));
        },
      };
    }
    loadFile(file: string): Promise<void> {
      this.record.loaded = { file, html: readFileSync(file, 'utf8') };
      return Promise.resolve();
    }
    destroy(): void {
      this.record.destroyed = true;
    }
  }
  return { BrowserWindow: FakeBrowserWindow };
});

const { electronPdfPrinter } = await import('./pdf-printer.js');

describe('exports.pdf in Electron', () => {
  beforeEach(() => {
    state.windows.length = 0;
    state.failPrint = false;
  });

  it('prints the page in a hidden sandboxed window without scripts, at the CSS page size, then cleans up', async () => {
    const bytes = await electronPdfPrinter().pdf('<html><head><style>@page{size:10in 5in}</style></head><body><p>Bonjour</p></body></html>');
    expect(new TextDecoder().decode(bytes)).toMatch(/^%PDF-1\.4 \d+$/);
    expect(state.windows).toHaveLength(1);
    const w = state.windows[0]!;
    expect(w.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false } });
    expect(w.printOptions).toMatchObject({ preferCSSPageSize: true, printBackground: true });
    // The host's policy comes before anything the renderer sent.
    expect(w.loaded?.html.indexOf('Content-Security-Policy')).toBeLessThan(w.loaded?.html.indexOf('<html>') ?? 0);
    expect(w.loaded?.html).toContain("default-src 'none'");
    expect(w.openHandler?.()).toEqual({ action: 'deny' });
    let prevented = false;
    w.navigate?.({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(w.destroyed).toBe(true);
    expect(existsSync(w.loaded!.file)).toBe(false);
  });

  it('closes the window and removes the file when printing fails', async () => {
    state.failPrint = true;
    await expect(electronPdfPrinter().pdf('<p>x</p>')).rejects.toThrow('printing failed');
    const w = state.windows[0]!;
    expect(w.destroyed).toBe(true);
    expect(existsSync(w.loaded!.file)).toBe(false);
  });
});
