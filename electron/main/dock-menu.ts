/**
 * The macOS Dock menu (right click on Ostal's Dock icon): New text document / New spreadsheet /
 * New presentation (the same tasks as the Windows jump list and the Linux desktop actions, in the
 * interface language) and the recent documents. A click goes to the focused window, or opens one
 * (a Mac app keeps running without windows). Other systems have no Dock: nothing is installed.
 */
import type { App, Menu as MenuType, MenuItemConstructorOptions } from 'electron';
import type { RecentEntry } from '../shared/recent.js';
import type { NewDocumentKind } from '../shared/new-document-tasks.js';
import { NEW_DOCUMENT_TASKS } from '../shared/new-document-tasks.js';
import type { Locale } from '../shared/settings.js';

/** Most recent documents the Dock menu lists. */
export const DOCK_RECENT_LIMIT = 10;

const RECENT_HEADING: Readonly<Record<Locale, string>> = { fr: 'Documents récents', en: 'Recent documents' };

/** What a Dock menu click does. */
export interface DockMenuActions {
  newDocument(kind: NewDocumentKind): void;
  openRecent(path: string): void;
}

/** The Dock menu's items in `locale`: the three new-document tasks, then the recent documents. */
export function dockMenuTemplate(locale: Locale, recent: readonly RecentEntry[], actions: DockMenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = NEW_DOCUMENT_TASKS.map((task) => ({
    label: task.title[locale],
    click: () => actions.newDocument(task.kind),
  }));
  const shown = recent.slice(0, DOCK_RECENT_LIMIT);
  if (shown.length > 0) {
    items.push({ type: 'separator' }, { label: RECENT_HEADING[locale], enabled: false });
    for (const entry of shown) items.push({ label: entry.name, toolTip: entry.path, click: () => actions.openRecent(entry.path) });
  }
  return items;
}

/**
 * Sets the Dock menu (macOS only). Returns whether it was set; never throws (a Dock menu is a
 * convenience, not a reason to fail).
 */
export function installDockMenu(
  app: Pick<App, 'dock'>,
  menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): MenuType },
  locale: Locale,
  recent: readonly RecentEntry[],
  actions: DockMenuActions,
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (platform !== 'darwin' || !app.dock) return false;
  try {
    app.dock.setMenu(menu.buildFromTemplate(dockMenuTemplate(locale, recent, actions)));
    return true;
  } catch {
    return false;
  }
}
