/**
 * Exports service contract: printing a document the renderer laid out (slides one per page) to a
 * PDF by the host's own Chromium (Electron's `printToPDF`, or a headless Chromium in browser
 * mode). Text stays text; pages take the document's CSS `@page` size.
 */
export interface ExportsService {
  /**
   * Prints a self-contained HTML document to PDF and returns the PDF bytes. The host adds a
   * content security policy (no scripts, no remote content: pictures and fonts as `data:` only).
   * Fails with `print-unavailable` when the host has no Chromium to print with.
   */
  pdf(html: string): Promise<Uint8Array>;
}

/** Longest HTML accepted by `exports.pdf` (pictures are inlined as `data:` addresses). */
export const MAX_EXPORT_HTML_LENGTH = 256 * 1024 * 1024;

/** The policy the host puts first in every document it prints: nothing runs, nothing is fetched. */
export const EXPORT_CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'";

/** The document as printed: the policy `<meta>` before anything the renderer sent. */
export function guardedExportHtml(html: string): string {
  return `<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="${EXPORT_CONTENT_SECURITY_POLICY}">${html.replace(/^\s*<!doctype[^>]*>/i, '')}`;
}
