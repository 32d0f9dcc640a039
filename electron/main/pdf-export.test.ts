import { describe, expect, it, vi } from 'vitest';
import type { PdfPage } from '../shared/pdf.js';
import { createHostDispatcher } from '../services/host-dispatcher.js';
import type { HostServices } from '../shared/host-api.js';
import { pdfServiceFor, pdfServiceForSender } from './pdf-export.js';

// The module under test only takes web contents; `electron` itself is never loaded.
vi.mock('electron', () => ({}));

const A4: PdfPage = { widthMm: 210, heightMm: 297, marginsMm: { top: 25.4, right: 20, bottom: 25.4, left: 20 } };

describe('PDF export through printToPDF', () => {
  it('asks Chromium for the section paper and margins, in inches, with backgrounds, and hands back the bytes', async () => {
    const printToPDF = vi.fn((_options: Electron.PrintToPDFOptions) => Promise.resolve(Buffer.from('%PDF-1.7 test')));
    const bytes = await pdfServiceFor({ printToPDF }).render(A4);
    expect(new TextDecoder().decode(bytes!)).toBe('%PDF-1.7 test');
    const options = printToPDF.mock.calls[0]![0];
    expect(options.pageSize).toEqual({ width: 210 / 25.4, height: 297 / 25.4 });
    expect(options.margins).toEqual({ top: 1, right: 20 / 25.4, bottom: 1, left: 20 / 25.4 });
    expect(options.printBackground).toBe(true);
  });

  it('answers null when the window is gone', async () => {
    expect(await pdfServiceForSender(7, () => undefined).render(A4)).toBeNull();
  });

  it('refuses a page that is not one from the IPC boundary, before Chromium is asked', async () => {
    const printToPDF = vi.fn(() => Promise.resolve(Buffer.from('%PDF')));
    const dispatch = createHostDispatcher({ pdf: pdfServiceFor({ printToPDF }) } as unknown as HostServices);
    for (const bad of [{ widthMm: 210, heightMm: 297 }, { ...A4, widthMm: 1e9 }, { ...A4, marginsMm: { top: -1, right: 0, bottom: 0, left: 0 } }, { ...A4, marginsMm: { top: 0, right: 100, bottom: 0, left: 100 } }, { ...A4, extra: 1 }, 'A4']) {
      const result = await dispatch('pdf.render', [bad]);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(printToPDF).not.toHaveBeenCalled();
    const good = await dispatch('pdf.render', [A4]);
    expect(good.ok).toBe(true);
  });
});
