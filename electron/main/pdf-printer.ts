/**
 * `exports.pdf` in Electron: the renderer's HTML loaded from a temporary file into a hidden,
 * sandboxed window of its own in-memory session (scripts off, no navigation, no pop-ups, the
 * host's content security policy first in the document), printed by `webContents.printToPDF`
 * at the document's CSS page size, then the window and the file are gone.
 */
import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ExportsService } from '../shared/exports.js';
import { guardedExportHtml } from '../shared/exports.js';

/** Web preferences of the print window: nothing in it can run or reach out. */
export const PRINT_WINDOW_PREFERENCES = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  javascript: false,
  webSecurity: true,
  spellcheck: false,
  partition: 'ostal-print',
} as const;

export function electronPdfPrinter(): ExportsService {
  return {
    async pdf(html: string): Promise<Uint8Array> {
      const folder = await mkdtemp(path.join(os.tmpdir(), 'ostal-print-'));
      const win = new BrowserWindow({ show: false, webPreferences: { ...PRINT_WINDOW_PREFERENCES } });
      try {
        win.webContents.on('will-navigate', (event) => event.preventDefault());
        win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
        const page = path.join(folder, 'document.html');
        await writeFile(page, guardedExportHtml(html), 'utf8');
        await win.loadFile(page);
        const pdf = await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, margins: { top: 0, bottom: 0, left: 0, right: 0 }, generateTaggedPDF: true });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        win.destroy();
        await rm(folder, { recursive: true, force: true }).catch(() => undefined);
      }
    },
  };
}
