/**
 * "Exporter en PDF" of a writer tab: the user picks where (the in-app Export dialog, named after
 * the document), the host prints the writer's print layout to PDF (`exports.pdf`: Electron's
 * `printToPDF` in a sandboxed window, or the machine's headless Chromium in browser mode) and
 * the bytes are saved there; a notice says where, or why it failed.
 */
import type { HostServices } from '../../../electron/shared/index.js';
import type { OpenDocument } from '../documents/open-document.js';
import type { PrintLayout } from '../modules.js';
import { baseName } from '../files/save-formats.js';
import type { Translator } from '../i18n/translator.js';
import { errorMessage } from '../i18n/error-message.js';
import type { AppNotice } from './notices.js';

export async function exportPdf(host: HostServices, doc: OpenDocument, layout: PrintLayout, translator: Translator, choose: (extension: string, name: string) => Promise<string | null>, notify: (notice: Omit<AppNotice, 'id'>) => void): Promise<void> {
  const { t } = translator;
  const path = await choose('pdf', baseName(doc.title));
  if (path === null) return;
  try {
    const bytes = await host.exports.pdf(layout.html);
    await host.files.save(path, bytes, { keepBackup: false });
    notify({ tone: 'info', docId: doc.id, message: t('notice.pdfExported', { path }) });
  } catch (error) {
    notify({ tone: 'error', docId: doc.id, message: t('error.pdfExport', { name: doc.title, reason: errorMessage(translator, error) }) });
  }
}
