/**
 * Commands from the native menus (Electron: `window.ostalMenu.onMenuCommand`, see
 * `electron/preload/menu-bridge.ts`) dispatched in this window: shell commands run the shell's
 * actions; editing commands press their shortcut in the active document's editor, so that a
 * menu item does exactly what its key does in whichever module (writer, sheets, slides) has the
 * document. Commands that make no sense here (no document open, a dialog open) do nothing.
 */
import { useEffect, useRef } from 'react';
import { COMMAND_KEYS, EDITOR_COMMANDS } from '../../../electron/shared/menu-commands.js';
import type { CommandKey, MenuCommand } from '../../../electron/shared/menu-commands.js';
import type { Locale } from '../../../electron/shared/settings.js';

/** What the shell does for its own commands. */
export interface MenuShellActions {
  readonly newDocument: (kind: 'text' | 'workbook' | 'deck') => void;
  readonly open: () => void;
  readonly openInNewWindow: () => void;
  readonly openPlatform: () => void;
  readonly save: () => void;
  readonly saveAs: () => void;
  readonly savePlatform: () => void;
  readonly close: () => void;
  readonly home: () => void;
  /** +1 next tab, -1 previous (wrapping). */
  readonly cycleTab: (step: 1 | -1) => void;
  readonly accounts: () => void;
  readonly setLocale: (locale: Locale) => void;
  /** Takes the documents waiting for this window (`launch.take`). */
  readonly takeLaunched: () => void;
  /** Presses a key in the active document's editor. */
  readonly pressKey: (key: CommandKey) => void;
}

/** Runs one command; `dialogOpen` blocks everything but taking waiting documents. */
export function runMenuCommand(command: MenuCommand, actions: MenuShellActions, dialogOpen: boolean): void {
  if (command === 'launch.take') {
    actions.takeLaunched();
    return;
  }
  if (dialogOpen) return;
  if (EDITOR_COMMANDS.includes(command)) {
    const key = COMMAND_KEYS[command];
    if (key) actions.pressKey(key);
    return;
  }
  const shell: Partial<Record<MenuCommand, () => void>> = {
    'file.newText': () => actions.newDocument('text'),
    'file.newWorkbook': () => actions.newDocument('workbook'),
    'file.newDeck': () => actions.newDocument('deck'),
    'file.open': actions.open,
    'file.openInNewWindow': actions.openInNewWindow,
    'file.openPlatform': actions.openPlatform,
    'file.save': actions.save,
    'file.saveAs': actions.saveAs,
    'file.savePlatform': actions.savePlatform,
    'file.close': actions.close,
    'view.home': actions.home,
    'view.nextTab': () => actions.cycleTab(1),
    'view.previousTab': () => actions.cycleTab(-1),
    'tools.accounts': actions.accounts,
    'tools.localeFr': () => actions.setLocale('fr'),
    'tools.localeEn': () => actions.setLocale('en'),
  };
  shell[command]?.();
}

/** `KeyboardEvent.code` for a key (`KeyB`, `Digit1`, `Enter`, `F5`). */
function codeOf(key: string): string {
  if (/^[a-z]$/i.test(key)) return `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return `Digit${key}`;
  return key;
}

/** The legacy `keyCode` ProseMirror's keymap still reads for Shift/Alt combinations. */
function keyCodeOf(key: string): number {
  if (/^[a-z0-9]$/i.test(key)) return key.toUpperCase().charCodeAt(0);
  if (key === 'Enter') return 13;
  const f = /^F(\d{1,2})$/.exec(key);
  return f ? 111 + Number(f[1]) : 0;
}

/**
 * Presses `key` where the user is working in `panel` (the active document's tab panel): the
 * focused element when it is inside, else the panel's editing surface, else the panel. The
 * event is what a real key press gives the page, so the module's own shortcut handling acts.
 */
export function pressKeyIn(panel: HTMLElement, key: CommandKey, doc: Document = panel.ownerDocument): void {
  const focused = doc.activeElement;
  const target =
    focused instanceof HTMLElement && panel.contains(focused) && focused !== panel
      ? focused
      : (panel.querySelector<HTMLElement>('[contenteditable="true"]') ?? panel);
  if (target !== focused) target.focus();
  const ctrl = key.ctrl === true;
  const init = {
    key: key.key,
    code: codeOf(key.key),
    keyCode: keyCodeOf(key.key),
    which: keyCodeOf(key.key),
    ctrlKey: ctrl,
    shiftKey: key.shift === true,
    altKey: key.alt === true,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  target.dispatchEvent(new KeyboardEvent('keydown', init));
  target.dispatchEvent(new KeyboardEvent('keyup', init));
}

/** The bridge the Electron preload exposes as `window.ostalMenu`. */
export interface OstalMenuBridge {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

declare global {
  interface Window {
    ostalMenu?: OstalMenuBridge;
  }
}

/** Listens to the native menus while this window's shell is mounted (nothing in a browser). */
export function useMenuCommands(actions: MenuShellActions, dialogOpen: boolean): void {
  const ref = useRef({ actions, dialogOpen });
  ref.current = { actions, dialogOpen };
  useEffect(() => {
    const bridge = window.ostalMenu;
    if (!bridge) return undefined;
    return bridge.onMenuCommand((command) => runMenuCommand(command, ref.current.actions, ref.current.dialogOpen));
  }, []);
}
