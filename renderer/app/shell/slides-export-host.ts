/**
 * What the slides editor exports through: the in-app dialog for where (named after the
 * document), the host's `exports.pdf` printer and its atomic `files.save`, the document worker's
 * zip writer (the formats package's); host failures come back as translated sentences.
 */
import type { HostServices } from '../../../electron/shared/index.js';
import type { SlidesExportHost } from '../modules.js';
import { baseName } from '../files/save-formats.js';
import { errorMessage } from '../i18n/error-message.js';
import { HostCallError } from '../host/host-call-error.js';
import type { Translator } from '../i18n/translator.js';

export function slidesExportHost(host: HostServices, translator: Translator, choose: (extension: string, name: string) => Promise<string | null>, title: string, zip: SlidesExportHost['zip']): SlidesExportHost {
  const translated = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (e) {
      throw new Error(errorMessage(translator, e), { cause: e });
    }
  };
  return {
    chooseFile: (extension) => choose(extension, baseName(title)),
    // No browser to print with (browser mode without Chromium, Chrome or Edge): the editor writes a PDF of pictures.
    printPdf: (html) =>
      translated(async () => {
        try {
          return await host.exports.pdf(html);
        } catch (e) {
          if (e instanceof HostCallError && e.code === 'print-unavailable') return null;
          throw e;
        }
      }),
    zip,
    save: (path, bytes) => translated(() => host.files.save(path, bytes, { keepBackup: false })).then(() => undefined),
  };
}
