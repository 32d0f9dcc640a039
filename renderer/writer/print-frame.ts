/**
 * Printing laid-out pages: the print layout (`print-layout.ts`, the pages the PDF export prints)
 * is written into a hidden frame of its own and that frame is printed, so the printer gets the
 * same sheets as the PDF: each section's paper (named CSS pages), headers, footers and page
 * numbers. The frame has no address (it stays the empty document it starts as, written into,
 * so nothing navigates and the app's content security policy applies as is), and is removed
 * once printing is over or when the next print starts.
 */
import type { PrintLayout } from './print-layout.js';

/** The class of the frame that holds the pages being printed. */
export const PRINT_FRAME_CLASS = 'writer-print-frame';

/** Removes the frames of earlier prints still there (a print dialog that never said it closed). */
function removeFrames(doc: Document): void {
  for (const old of doc.querySelectorAll(`iframe.${PRINT_FRAME_CLASS}`)) old.remove();
}

/** Resolves once the pictures of `doc` are decoded (a picture that fails counts as done). */
async function picturesReady(doc: Document): Promise<void> {
  await Promise.all([...doc.images].map((img) => img.decode().catch(() => undefined)));
}

/**
 * Prints `layout` through the window's print dialog (Chromium's, in Electron as in browser
 * mode, which also offers "Save as PDF"). `title` names the frame for assistive technologies.
 * Resolves once the dialog has been asked for; the frame goes once printing is over.
 */
export async function printPages(layout: PrintLayout, title: string, doc: Document = document): Promise<void> {
  removeFrames(doc);
  const frame = doc.createElement('iframe');
  frame.className = PRINT_FRAME_CLASS;
  frame.title = title;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  // Laid out (printing needs a rendered frame) but out of sight and out of the way.
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;pointer-events:none;';
  doc.body.append(frame);
  const win = frame.contentWindow;
  const pages = frame.contentDocument;
  if (!win || !pages) {
    frame.remove();
    return;
  }
  pages.open();
  pages.write(layout.html);
  pages.close();
  await picturesReady(pages);
  await pages.fonts.ready;
  // Chromium's print() returns once the dialog closes; Electron's may return before. Either way
  // "afterprint" ends it; a dialog that never says so leaves the frame to the next print.
  win.addEventListener('afterprint', () => setTimeout(() => frame.remove(), 0), { once: true });
  win.focus();
  win.print();
}
