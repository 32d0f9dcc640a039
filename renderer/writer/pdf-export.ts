/**
 * "Exporter en PDF" in the writer: the document is laid out on pages (`print-layout.ts`:
 * each section's paper and margins, headers and footers on every page, page numbers filled)
 * and the app prints that layout to a PDF through the host (`exports.pdf`), the same way in
 * Electron and in browser mode.
 */
import type { RefObject } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { DocumentMeta, TextMedia } from '@ostal/model';
import type { PrintLayout } from './print-layout.js';
import { printLayout } from './print-layout.js';

/** What the app does with the laid-out document (print it to PDF and save it). */
export type PdfExporter = (layout: PrintLayout) => Promise<void>;

/** The ribbon's "Exporter en PDF" action over `onExportPdf`, or undefined when the app offers no export. */
export function pdfExportAction(viewRef: RefObject<EditorView | null>, meta: DocumentMeta, media: TextMedia | undefined, onExportPdf: PdfExporter | undefined): (() => void) | undefined {
  if (!onExportPdf) return undefined;
  return () => {
    const view = viewRef.current;
    if (!view) return;
    const layout = printLayout({ view, media, title: meta.title ?? '', lang: meta.language ?? 'fr' });
    void onExportPdf(layout).catch(() => undefined);
  };
}
