/**
 * Printing the document (Ctrl+P, "Imprimer"): the pages the PDF export lays out
 * (`print-layout.ts`: each section's paper and margins, headers and footers, page numbers and
 * counts filled per page, pages cut where the page view cuts them) printed through the window's
 * print dialog (`print-frame.ts`; Chromium's dialog, which offers "Save as PDF" as a printer, in
 * Electron as in browser mode). The printout matches the exported PDF.
 *
 * The window's own print stylesheet (`writer-parts.css`, `@media print`) stays for a print
 * started from the browser's menu: the page alone, without the application around it.
 */
import type { RefObject } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { DocumentMeta, TextMedia } from '@ostal/model';
import { printLayout } from './print-layout.js';
import { printPages } from './print-frame.js';

/** The Print action over the editor of `viewRef`; `frameTitle` names the frame the pages print from. */
export function printAction(viewRef: RefObject<EditorView | null>, meta: DocumentMeta, media: TextMedia | undefined, frameTitle: string): () => void {
  return () => {
    const view = viewRef.current;
    if (!view) return;
    const layout = printLayout({ view, media, title: meta.title ?? '', lang: meta.language ?? 'fr' });
    void printPages(layout, frameTitle).catch(() => undefined);
  };
}
