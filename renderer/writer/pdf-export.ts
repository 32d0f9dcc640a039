/**
 * "Exporter en PDF" in the writer: the page is laid on the first section's paper
 * (`pdf-page.ts`) and handed to the app's exporter; when the host has no PDF of its own, the
 * print dialog opens instead (its PDF printer does the same).
 */
import type { RefObject } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { PdfPage } from '../../electron/shared/pdf.js';
import { pdfPageOf } from './pdf-page.js';
import { printDocument } from './print.js';

/**
 * The ribbon's "Exporter en PDF" action over `onExportPdf` (resolves false when the host cannot
 * make PDFs), or undefined when the app offers no export.
 */
export function pdfExportAction(viewRef: RefObject<EditorView | null>, rootRef: RefObject<HTMLElement | null>, onExportPdf: ((page: PdfPage) => Promise<boolean>) | undefined): (() => void) | undefined {
  if (!onExportPdf) return undefined;
  return () => {
    const view = viewRef.current;
    const root = rootRef.current;
    if (!view || !root) return;
    // The page's padding gives way to the PDF's own margins, on every page (writer.css).
    root.classList.add('writer--pdf');
    void onExportPdf(pdfPageOf(view.state.doc))
      .catch(() => true)
      .then((done) => {
        root.classList.remove('writer--pdf');
        if (!done) printDocument();
      });
  };
}
