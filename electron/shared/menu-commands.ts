/**
 * Commands the native menus send to a window's page (main → preload → renderer), and the key
 * each editing command stands for. The key table is the single source of the menus'
 * accelerators and of what the renderer does with an editing command (it presses that key in
 * the active editor), so a menu item and its shortcut can never do different things.
 */

/** IPC channel of menu commands (main → renderer only). */
export const MENU_CHANNEL = 'ostal:menu';

/** Every command a menu may send to a page. */
export const MENU_COMMANDS = [
  'file.newText',
  'file.newWorkbook',
  'file.newDeck',
  'file.open',
  'file.openInNewWindow',
  'file.openPlatform',
  'file.save',
  'file.saveAs',
  'file.savePlatform',
  'file.close',
  'edit.undo',
  'edit.redo',
  'edit.find',
  'edit.replace',
  'view.home',
  'view.nextTab',
  'view.previousTab',
  'view.present',
  'insert.link',
  'insert.pageBreak',
  'format.bold',
  'format.italic',
  'format.underline',
  'format.alignLeft',
  'format.alignCenter',
  'format.alignRight',
  'format.justify',
  'format.normal',
  'format.heading1',
  'format.heading2',
  'format.heading3',
  'tools.accounts',
  'tools.localeFr',
  'tools.localeEn',
  /** Not a menu item: documents wait for this window (`launch.take`). */
  'launch.take',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** A key as the page sees it (`KeyboardEvent.key`), with its modifiers; Ctrl is Cmd on macOS. */
export interface CommandKey {
  readonly key: string;
  readonly ctrl?: boolean;
  readonly shift?: boolean;
  readonly alt?: boolean;
}

/**
 * The shortcut of each command that has one, exactly as the renderer handles it: the shell's
 * (`renderer/app/shell/use-shortcuts.ts`), the writer's (`renderer/writer/keymap.ts`, its find
 * bar), the slides editor's F5.
 */
export const COMMAND_KEYS: Readonly<Partial<Record<MenuCommand, CommandKey>>> = {
  'file.newText': { key: 'n', ctrl: true },
  'file.open': { key: 'o', ctrl: true },
  'file.save': { key: 's', ctrl: true },
  'file.saveAs': { key: 'S', ctrl: true, shift: true },
  'file.close': { key: 'w', ctrl: true },
  'edit.undo': { key: 'z', ctrl: true },
  'edit.redo': { key: 'y', ctrl: true },
  'edit.find': { key: 'f', ctrl: true },
  'edit.replace': { key: 'h', ctrl: true },
  'view.present': { key: 'F5' },
  'insert.link': { key: 'k', ctrl: true },
  'insert.pageBreak': { key: 'Enter', ctrl: true },
  'format.bold': { key: 'b', ctrl: true },
  'format.italic': { key: 'i', ctrl: true },
  'format.underline': { key: 'u', ctrl: true },
  'format.alignLeft': { key: 'l', ctrl: true },
  'format.alignCenter': { key: 'e', ctrl: true },
  'format.alignRight': { key: 'r', ctrl: true },
  'format.justify': { key: 'j', ctrl: true },
  'format.normal': { key: 'N', ctrl: true, shift: true },
  'format.heading1': { key: '1', ctrl: true, alt: true },
  'format.heading2': { key: '2', ctrl: true, alt: true },
  'format.heading3': { key: '3', ctrl: true, alt: true },
};

/** Commands the page's editors carry out themselves: the menu presses their key in the active editor. */
export const EDITOR_COMMANDS: readonly MenuCommand[] = [
  'edit.undo',
  'edit.redo',
  'edit.find',
  'edit.replace',
  'view.present',
  'insert.link',
  'insert.pageBreak',
  'format.bold',
  'format.italic',
  'format.underline',
  'format.alignLeft',
  'format.alignCenter',
  'format.alignRight',
  'format.justify',
  'format.normal',
  'format.heading1',
  'format.heading2',
  'format.heading3',
];

/** Electron's accelerator for a key (`CmdOrCtrl+Shift+S`, `F5`, `CmdOrCtrl+Enter`). */
export function acceleratorOf(key: CommandKey): string {
  const parts: string[] = [];
  if (key.ctrl === true) parts.push('CmdOrCtrl');
  if (key.alt === true) parts.push('Alt');
  if (key.shift === true) parts.push('Shift');
  parts.push(key.key.length === 1 ? key.key.toUpperCase() : key.key);
  return parts.join('+');
}
