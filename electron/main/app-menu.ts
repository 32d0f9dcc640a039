/**
 * The native application menus (Fichier, Édition, Affichage, Insertion, Format, Outils, Aide),
 * built from a template in the interface language. An item either sends a {@link MenuCommand}
 * to the page of the window it was chosen in, or is handled here (new window, about, quit,
 * full screen, clipboard roles).
 *
 * Shortcuts: the accelerators shown come from `COMMAND_KEYS`, the keys the page itself handles.
 * They are displayed but not registered with the system (`registerAccelerator: false`): the
 * key press keeps going to the page, whose own handler is the one place a shortcut acts, and a
 * click on the item sends the command that presses that same key. Nothing runs twice.
 */
import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import { acceleratorOf, COMMAND_KEYS } from '../shared/menu-commands.js';
import type { MenuCommand } from '../shared/menu-commands.js';
import type { Locale } from '../shared/settings.js';
import { MENU_LABELS } from './menu-labels.js';
import type { MenuLabels } from './menu-labels.js';

/** What the menus do outside the page. */
export interface MenuActions {
  /** Sends `command` to the page of `window` (the window the item was chosen in), if it is an Ostal window. */
  send(window: BaseWindow | undefined, command: MenuCommand): void;
  /** Opens a new, empty Ostal window. */
  newWindow(): void;
  /** Shows the About box over `window`. */
  about(window: BaseWindow | undefined): void;
}

/** What the menus depend on. */
export interface MenuState {
  readonly locale: Locale;
  /** The interface language is fixed by machine policy: the language items are disabled. */
  readonly localeLocked: boolean;
}

/** The full menu template for `state`. */
export function menuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const l: MenuLabels = MENU_LABELS[state.locale];
  const command = (label: string, id: MenuCommand): MenuItemConstructorOptions => {
    const key = COMMAND_KEYS[id];
    return {
      id,
      label,
      ...(key ? { accelerator: acceleratorOf(key), registerAccelerator: false } : {}),
      click: (_item, window) => actions.send(window, id),
    };
  };
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  return [
    {
      label: l.file,
      submenu: [
        command(l.newText, 'file.newText'),
        command(l.newWorkbook, 'file.newWorkbook'),
        command(l.newDeck, 'file.newDeck'),
        { id: 'file.newWindow', label: l.newWindow, click: () => actions.newWindow() },
        separator,
        command(l.open, 'file.open'),
        command(l.openInNewWindow, 'file.openInNewWindow'),
        command(l.openPlatform, 'file.openPlatform'),
        separator,
        command(l.save, 'file.save'),
        command(l.saveAs, 'file.saveAs'),
        command(l.savePlatform, 'file.savePlatform'),
        separator,
        command(l.close, 'file.close'),
        // Not the close role's default Ctrl+W: that key closes the document in the page.
        { id: 'file.closeWindow', label: l.closeWindow, role: 'close', accelerator: 'CmdOrCtrl+Shift+W' },
        { id: 'file.quit', label: l.quit, role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: l.edit,
      submenu: [
        command(l.undo, 'edit.undo'),
        command(l.redo, 'edit.redo'),
        separator,
        { id: 'edit.cut', label: l.cut, role: 'cut' },
        { id: 'edit.copy', label: l.copy, role: 'copy' },
        { id: 'edit.paste', label: l.paste, role: 'paste' },
        { id: 'edit.selectAll', label: l.selectAll, role: 'selectAll' },
        separator,
        command(l.find, 'edit.find'),
        command(l.replace, 'edit.replace'),
      ],
    },
    {
      label: l.view,
      submenu: [
        command(l.home, 'view.home'),
        command(l.nextTab, 'view.nextTab'),
        command(l.previousTab, 'view.previousTab'),
        separator,
        command(l.present, 'view.present'),
        { id: 'view.fullScreen', label: l.fullScreen, role: 'togglefullscreen', accelerator: 'F11' },
      ],
    },
    {
      label: l.insert,
      submenu: [command(l.link, 'insert.link'), command(l.pageBreak, 'insert.pageBreak')],
    },
    {
      label: l.format,
      submenu: [
        command(l.bold, 'format.bold'),
        command(l.italic, 'format.italic'),
        command(l.underline, 'format.underline'),
        separator,
        command(l.alignLeft, 'format.alignLeft'),
        command(l.alignCenter, 'format.alignCenter'),
        command(l.alignRight, 'format.alignRight'),
        command(l.justify, 'format.justify'),
        separator,
        command(l.normal, 'format.normal'),
        command(l.heading1, 'format.heading1'),
        command(l.heading2, 'format.heading2'),
        command(l.heading3, 'format.heading3'),
      ],
    },
    {
      label: l.tools,
      submenu: [
        command(l.accounts, 'tools.accounts'),
        {
          label: l.language,
          submenu: [
            { ...command('Français', 'tools.localeFr'), type: 'radio', checked: state.locale === 'fr', enabled: !state.localeLocked },
            { ...command('English', 'tools.localeEn'), type: 'radio', checked: state.locale === 'en', enabled: !state.localeLocked },
          ],
        },
      ],
    },
    {
      label: l.help,
      submenu: [{ id: 'help.about', label: l.about, click: (_item, window) => actions.about(window) }],
    },
  ];
}

/** Versions shown in the About box. */
export interface AboutVersions {
  readonly version: string;
  readonly electron: string;
  readonly chrome: string;
  readonly node: string;
}

/**
 * The About box as a plain message box, the same on Windows and Linux (no macOS about panel):
 * product, version, licence, and the runtime versions IT asks for in support calls.
 */
export function aboutBoxOptions(locale: Locale, versions: AboutVersions): { type: 'info'; title: string; message: string; detail: string; buttons: string[]; noLink: boolean } {
  const l = MENU_LABELS[locale];
  const detail = l.aboutDetail.replace(/\{(version|electron|chrome|node)\}/g, (_m, name: keyof AboutVersions) => versions[name]);
  return { type: 'info', title: l.aboutTitle, message: 'Ostal', detail, buttons: [l.ok], noLink: true };
}
