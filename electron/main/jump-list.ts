/**
 * The Windows jump list (right click on the taskbar button or the Start menu tile): the recent
 * documents Windows keeps from `app.addRecentDocument` (and clears with `clearRecentDocuments`),
 * and three tasks — New text document / New spreadsheet / New presentation — in the interface
 * language, each starting Ostal with `--new=<kind>` (a running Ostal gets it from the second
 * instance). Linux has the same three as desktop actions (electron/services/file-types.ts).
 */
import type { App, Task } from 'electron';
import { NEW_DOCUMENT_TASKS } from '../shared/new-document-tasks.js';
import type { Locale } from '../shared/settings.js';

/** The jump list's tasks in `locale`, for the program at `execPath`. */
export function userTasks(locale: Locale, execPath: string): Task[] {
  return NEW_DOCUMENT_TASKS.map((task) => ({
    program: execPath,
    arguments: task.argument,
    title: task.title[locale],
    description: task.description[locale],
    iconPath: execPath,
    iconIndex: 0,
  }));
}

/**
 * Sets the tasks (Windows only: Electron has no user tasks elsewhere). Returns whether the
 * jump list took them; never throws (a jump list is a convenience, not a reason to fail).
 */
export function installUserTasks(app: Pick<App, 'setUserTasks'>, locale: Locale, execPath: string, platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'win32') return false;
  try {
    return app.setUserTasks(userTasks(locale, execPath));
  } catch {
    return false;
  }
}
