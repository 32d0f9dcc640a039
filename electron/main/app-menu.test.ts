import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { COMMAND_KEYS, isMenuCommand, MENU_COMMANDS } from '../shared/menu-commands.js';
import { aboutBoxOptions, menuTemplate } from './app-menu.js';
import type { MenuActions } from './app-menu.js';

function actions(): MenuActions & { sent: unknown[][]; newWindows: number; abouts: unknown[] } {
  const result = {
    sent: [] as unknown[][],
    newWindows: 0,
    abouts: [] as unknown[],
    send: (window: unknown, command: unknown) => result.sent.push([window, command]),
    newWindow: () => {
      result.newWindows += 1;
    },
    about: (window: unknown) => result.abouts.push(window),
  };
  return result;
}

/** Every item of a template, depth first. */
function items(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function byId(template: readonly MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = items(template).find((item) => item.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

describe('native menus', () => {
  it('has the seven menus of an office suite, in French', () => {
    const template = menuTemplate({ locale: 'fr', localeLocked: false }, actions());
    expect(template.map((m) => m.label)).toEqual(['&Fichier', '&Édition', '&Affichage', '&Insertion', 'Forma&t', '&Outils', 'Aid&e']);
    const file = (template[0]!.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator').map((i) => i.label);
    expect(file).toEqual([
      'Nouveau &document texte',
      'Nouveau &classeur',
      'Nouvelle &présentation',
      'Nouvelle &fenêtre',
      '&Ouvrir…',
      'Ouvrir dans une nouvelle fe&nêtre…',
      'Ouvrir depuis la pla&teforme…',
      '&Enregistrer',
      'Enregistrer &sous…',
      'Enregistrer sur la p&lateforme…',
      'Fer&mer le document',
      'Fermer la fenêt&re',
      '&Quitter',
    ]);
    expect(byId(template, 'format.bold').label).toBe('&Gras');
    expect(byId(template, 'help.about').label).toBe('À &propos d’Ostal');
  });

  it('has the same menus in English', () => {
    const template = menuTemplate({ locale: 'en', localeLocked: false }, actions());
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Insert', 'F&ormat', '&Tools', '&Help']);
    expect(byId(template, 'file.saveAs').label).toBe('Save &as…');
    expect(byId(template, 'edit.find').label).toBe('&Find…');
    expect(byId(template, 'help.about').label).toBe('&About Ostal');
    // Same structure in both languages.
    const fr = menuTemplate({ locale: 'fr', localeLocked: false }, actions());
    expect(items(template).map((i) => i.id ?? i.role ?? i.type ?? 'submenu')).toEqual(items(fr).map((i) => i.id ?? i.role ?? i.type ?? 'submenu'));
  });

  it('gives each access key once per menu', () => {
    for (const locale of ['fr', 'en'] as const) {
      const template = menuTemplate({ locale, localeLocked: false }, actions());
      const top = template.map((m) => /&(.)/.exec(m.label!)![1]!.toLowerCase());
      expect(new Set(top).size, locale).toBe(top.length);
      for (const menu of template) {
        const keys = (menu.submenu as MenuItemConstructorOptions[]).filter((i) => i.label?.includes('&')).map((i) => /&(.)/.exec(i.label!)![1]!.toLowerCase());
        expect(new Set(keys).size, `${locale} ${menu.label!}`).toBe(keys.length);
      }
    }
  });

  it('shows each page shortcut as its accelerator without registering it, and registers the others', () => {
    const template = menuTemplate({ locale: 'fr', localeLocked: false }, actions());
    expect(byId(template, 'file.save')).toMatchObject({ accelerator: 'CmdOrCtrl+S', registerAccelerator: false });
    expect(byId(template, 'file.saveAs')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+S', registerAccelerator: false });
    expect(byId(template, 'format.heading2')).toMatchObject({ accelerator: 'CmdOrCtrl+Alt+2', registerAccelerator: false });
    expect(byId(template, 'insert.pageBreak')).toMatchObject({ accelerator: 'CmdOrCtrl+Enter', registerAccelerator: false });
    expect(byId(template, 'view.present')).toMatchObject({ accelerator: 'F5', registerAccelerator: false });
    for (const [command, key] of Object.entries(COMMAND_KEYS)) {
      const item = byId(template, command);
      expect(item.accelerator, command).toBeDefined();
      expect(item.accelerator!.toLowerCase().endsWith(key.key.toLowerCase()), command).toBe(true);
    }
    // Handled only by the menu: quit and full screen keep a registered accelerator.
    expect(byId(template, 'file.quit')).toMatchObject({ role: 'quit', accelerator: 'CmdOrCtrl+Q' });
    expect(byId(template, 'file.quit').registerAccelerator).toBeUndefined();
    expect(byId(template, 'file.closeWindow')).toMatchObject({ role: 'close', accelerator: 'CmdOrCtrl+Shift+W' });
    // No two items share an accelerator.
    const accelerators = items(template).flatMap((i) => (i.accelerator === undefined ? [] : [String(i.accelerator)]));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('sends the command of the item clicked to the window it was clicked in', () => {
    const a = actions();
    const template = menuTemplate({ locale: 'fr', localeLocked: false }, a);
    const window = { name: 'fenêtre 2' };
    const click = (id: string) => (byId(template, id).click as (item: unknown, window: unknown, event: unknown) => void)({}, window, {});
    click('format.bold');
    click('file.openInNewWindow');
    click('tools.localeEn');
    expect(a.sent).toEqual([
      [window, 'format.bold'],
      [window, 'file.openInNewWindow'],
      [window, 'tools.localeEn'],
    ]);
    click('file.newWindow');
    expect(a.newWindows).toBe(1);
    click('help.about');
    expect(a.abouts).toEqual([window]);
    // Every item that sends something sends a known command.
    for (const item of items(template)) if (item.id !== undefined && item.click && isMenuCommand(item.id)) expect(MENU_COMMANDS).toContain(item.id);
  });

  it('marks the interface language and disables the choice when policy fixes it', () => {
    const free = menuTemplate({ locale: 'en', localeLocked: false }, actions());
    expect(byId(free, 'tools.localeEn')).toMatchObject({ type: 'radio', checked: true, enabled: true });
    expect(byId(free, 'tools.localeFr')).toMatchObject({ type: 'radio', checked: false, enabled: true });
    const locked = menuTemplate({ locale: 'fr', localeLocked: true }, actions());
    expect(byId(locked, 'tools.localeFr')).toMatchObject({ checked: true, enabled: false });
    expect(byId(locked, 'tools.localeEn')).toMatchObject({ checked: false, enabled: false });
  });

  it('the About box names the product, its version, licence and runtime, in each language', () => {
    const versions = { version: '0.1.0', electron: '45.5.0', chrome: '140.0.1', node: '22.1.0' };
    const fr = aboutBoxOptions('fr', versions);
    expect(fr).toMatchObject({ type: 'info', title: 'À propos d’Ostal', message: 'Ostal', buttons: ['OK'] });
    expect(fr.detail).toContain('Version 0.1.0');
    expect(fr.detail).toContain('Licence : EUPL-1.2');
    expect(fr.detail).toContain('Electron 45.5.0 — Chromium 140.0.1 — Node.js 22.1.0');
    const en = aboutBoxOptions('en', versions);
    expect(en.title).toBe('About Ostal');
    expect(en.detail).toContain('Licence: EUPL-1.2');
    expect(en.detail).not.toMatch(/\{\w+\}/);
  });
});
