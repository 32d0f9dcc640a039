/**
 * "Exporter en PDF" of a writer tab: the host renders the window's page (Electron's
 * `printToPDF`) and the PDF is saved beside the document (in the documents folder for a new
 * one) under the document's name, which a notice gives. A host that cannot make PDFs (browser
 * mode) answers null: the writer then opens the print dialog, whose PDF printer does it.
 */
import type { HostServices, PdfPage } from '../../../electron/shared/index.js';
import type { OpenDocument } from '../documents/open-document.js';
import type { Translator } from '../i18n/translator.js';
import { errorMessage } from '../i18n/error-message.js';
import type { AppNotice } from './notices.js';

/** Where the PDF of `doc` goes: its folder (or `fallbackFolder`), its name with `.pdf`. */
export function pdfPathFor(doc: Pick<OpenDocument, 'path' | 'title'>, fallbackFolder: string): string {
  const folder = doc.path ? doc.path.replace(/[\\/][^\\/]*$/, '') || '/' : fallbackFolder;
  const separator = /^[A-Za-z]:\\/.test(folder) || (folder.includes('\\') && !folder.includes('/')) ? '\\' : '/';
  const base = doc.title.replace(/\.[A-Za-z0-9]+$/, '').replace(/[\\/:*?"<>|]/g, '_') || 'document';
  return `${folder.replace(/[\\/]+$/, '')}${separator}${base}.pdf`;
}

/**
 * Exports `doc` as PDF on `page`. Resolves false when the host has no PDF of its own (the caller
 * prints instead), true otherwise (saved, or the failure given as a notice).
 */
export async function exportPdf(host: HostServices, doc: OpenDocument, page: PdfPage, translator: Translator, notify: (notice: Omit<AppNotice, 'id'>) => void): Promise<boolean> {
  const { t } = translator;
  try {
    const bytes = await host.pdf.render(page);
    if (bytes === null) return false;
    const path = pdfPathFor(doc, await host.files.documentsFolder());
    await host.files.save(path, bytes);
    notify({ tone: 'info', docId: doc.id, message: t('notice.pdfExported', { path }) });
  } catch (error) {
    notify({ tone: 'error', docId: doc.id, message: t('error.pdfExport', { name: doc.title, reason: errorMessage(translator, error) }) });
  }
  return true;
}
