import { describe, expect, it } from 'vitest';
import { COMMAND_KEYS, EDITOR_COMMANDS, MENU_COMMANDS } from '../../../electron/shared/menu-commands.js';
import type { MenuCommand } from '../../../electron/shared/menu-commands.js';
import { runMenuCommand } from './menu-commands.js';
import type { MenuShellActions } from './menu-commands.js';
import { shortcutFor } from './use-shortcuts.js';

function actions(): MenuShellActions & { calls: string[] } {
  const calls: string[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push(args.length ? `${name}:${args.map((a) => (typeof a === 'string' || typeof a === 'number' ? String(a) : JSON.stringify(a))).join(',')}` : name);
    };
  return {
    calls,
    newDocument: record('new'),
    open: record('open'),
    openInNewWindow: record('openInNewWindow'),
    openPlatform: record('openPlatform'),
    save: record('save'),
    saveAs: record('saveAs'),
    savePlatform: record('savePlatform'),
    close: record('close'),
    home: record('home'),
    cycleTab: record('cycleTab'),
    accounts: record('accounts'),
    setLocale: record('locale'),
    takeLaunched: record('take'),
    pressKey: record('key'),
  };
}

describe('menu commands in the window', () => {
  it('runs the shell’s own commands', () => {
    const a = actions();
    for (const command of ['file.newWorkbook', 'file.save', 'file.saveAs', 'file.openInNewWindow', 'view.previousTab', 'tools.localeEn', 'tools.accounts'] as MenuCommand[]) {
      runMenuCommand(command, a, false);
    }
    expect(a.calls).toEqual(['new:workbook', 'save', 'saveAs', 'openInNewWindow', 'cycleTab:-1', 'locale:en', 'accounts']);
  });

  it('presses the shortcut of an editing command in the active editor', () => {
    const a = actions();
    runMenuCommand('format.bold', a, false);
    runMenuCommand('format.heading2', a, false);
    runMenuCommand('insert.pageBreak', a, false);
    expect(a.calls).toEqual(['key:{"key":"b","ctrl":true}', 'key:{"key":"2","ctrl":true,"alt":true}', 'key:{"key":"Enter","ctrl":true}']);
  });

  it('does nothing while a dialog is open, except taking documents sent to the window', () => {
    const a = actions();
    runMenuCommand('file.close', a, true);
    runMenuCommand('format.bold', a, true);
    runMenuCommand('launch.take', a, true);
    expect(a.calls).toEqual(['take']);
  });

  it('every command does something', () => {
    for (const command of MENU_COMMANDS) {
      const a = actions();
      runMenuCommand(command, a, false);
      expect(a.calls.length, command).toBe(1);
    }
    for (const command of EDITOR_COMMANDS) expect(COMMAND_KEYS[command], command).toBeDefined();
  });

  it('the File menu’s accelerators are the shell’s own shortcuts', () => {
    const pairs: [MenuCommand, string][] = [
      ['file.save', 'save'],
      ['file.saveAs', 'saveAs'],
      ['file.close', 'close'],
      ['file.open', 'open'],
      ['file.newText', 'newText'],
    ];
    for (const [command, action] of pairs) {
      const key = COMMAND_KEYS[command]!;
      expect(shortcutFor({ key: key.key, ctrlKey: key.ctrl === true, metaKey: false, shiftKey: key.shift === true, altKey: key.alt === true }), command).toBe(action);
    }
  });
});
