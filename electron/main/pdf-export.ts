/**
 * The PDF service of one window: Chromium's `printToPDF` on its web contents, the paper the
 * writer asks for, backgrounds printed, the page's own print stylesheet applied (only the
 * document page is drawn: `renderer/writer/writer.css`, `@media print`).
 */
import type { WebContents } from 'electron';
import type { PdfPage, PdfService } from '../shared/pdf.js';

const MM_PER_INCH = 25.4;

/** The PDF service of the window whose page is `contents`. */
export function pdfServiceFor(contents: Pick<WebContents, 'printToPDF'>): PdfService {
  return {
    async render(page: PdfPage): Promise<Uint8Array | null> {
      const data = await contents.printToPDF({
        pageSize: { width: page.widthMm / MM_PER_INCH, height: page.heightMm / MM_PER_INCH },
        printBackground: true,
        // The section's margins on every page (the page's own padding is dropped while exporting).
        margins: { top: page.marginsMm.top / MM_PER_INCH, right: page.marginsMm.right / MM_PER_INCH, bottom: page.marginsMm.bottom / MM_PER_INCH, left: page.marginsMm.left / MM_PER_INCH },
      });
      return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    },
  };
}

/** The PDF service of the page with web contents `senderId`, looked up when it is asked (null when that page is gone). */
export function pdfServiceForSender(senderId: number, fromId: (id: number) => Pick<WebContents, 'printToPDF'> | undefined): PdfService {
  return {
    render: (page) => {
      const contents = fromId(senderId);
      return contents ? pdfServiceFor(contents).render(page) : Promise.resolve(null);
    },
  };
}
