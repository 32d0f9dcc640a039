/**
 * Closing a window whose documents have unsaved changes: the page refuses to unload
 * (`beforeunload`), Electron reports it here, and the person chooses — back to the documents
 * (the default) or leave without saving. The last automatic copies stay in the recovery area and
 * are offered at the next start either way.
 */
import { dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import type { Locale } from '../shared/settings.js';

/** The question, in each interface language (the main process has no renderer i18n). */
export const LEAVE_MESSAGES: Readonly<Record<Locale, { title: string; message: string; detail: string; stay: string; leave: string }>> = {
  fr: {
    title: 'Modifications non enregistrées',
    message: 'Des documents ont des modifications non enregistrées. Quitter quand même ?',
    detail: 'Si vous quittez, ces modifications ne sont pas enregistrées dans vos fichiers ; la dernière copie de sauvegarde automatique vous sera proposée au prochain démarrage.',
    stay: 'Revenir aux documents',
    leave: 'Quitter sans enregistrer',
  },
  en: {
    title: 'Unsaved changes',
    message: 'Some documents have unsaved changes. Quit anyway?',
    detail: 'If you quit, these changes are not saved to your files; the last automatic backup copy will be offered at the next start.',
    stay: 'Back to the documents',
    leave: 'Quit without saving',
  },
};

/** Asks before a window with unsaved documents closes; `locale` is read when the question comes. */
export function guardUnsavedClose(win: BrowserWindow, locale: () => Locale): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const m = LEAVE_MESSAGES[locale()];
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      title: m.title,
      message: m.message,
      detail: m.detail,
      buttons: [m.stay, m.leave],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    // Preventing the prevention lets the window close.
    if (choice === 1) event.preventDefault();
  });
}
