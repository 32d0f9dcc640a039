/**
 * The macOS Dock menu, with `electron` mocked (its binary is not available here): the new
 * document tasks and the recent documents in the interface language, clicks routed to the app,
 * nothing on other systems.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { RecentEntry } from '../shared/recent.js';

const fake = vi.hoisted(() => ({
  built: [] as MenuItemConstructorOptions[][],
  setMenu: vi.fn(),
}));

vi.mock('electron', () => ({
  app: { dock: { setMenu: fake.setMenu } },
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => {
      fake.built.push(template);
      return { template };
    },
  },
}));

const electron = await import('electron');
const { DOCK_RECENT_LIMIT, installDockMenu } = await import('./dock-menu.js');

const recent = (n: number): RecentEntry[] =>
  Array.from({ length: n }, (_, i) => ({ path: `/Users/anne/Documents/doc ${String(i)}.odt`, name: `doc ${String(i)}.odt`, kind: 'text', openedMs: i }));

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('macOS Dock menu', () => {
  it('offers the three new documents then the recent ones, in French, and routes the clicks', () => {
    const actions = { newDocument: vi.fn(), openRecent: vi.fn() };
    expect(installDockMenu(electron.app, electron.Menu, 'fr', recent(2), actions, 'darwin')).toBe(true);
    expect(fake.setMenu).toHaveBeenCalledWith({ template: fake.built.at(-1) });
    const items = fake.built.at(-1) ?? [];
    expect(items.map((i) => i.label ?? i.type)).toEqual(['Nouveau document texte', 'Nouveau classeur', 'Nouvelle présentation', 'separator', 'Documents récents', 'doc 0.odt', 'doc 1.odt']);
    expect(items[4]?.enabled).toBe(false);
    expect(items[5]?.toolTip).toBe('/Users/anne/Documents/doc 0.odt');

    click(items[1]);
    expect(actions.newDocument).toHaveBeenCalledWith('workbook');
    click(items[6]);
    expect(actions.openRecent).toHaveBeenCalledWith('/Users/anne/Documents/doc 1.odt');
  });

  it('speaks English when the interface does, lists at most ten recent documents, and has no recent part when there are none', () => {
    const actions = { newDocument: vi.fn(), openRecent: vi.fn() };
    installDockMenu(electron.app, electron.Menu, 'en', recent(15), actions, 'darwin');
    const items = fake.built.at(-1) ?? [];
    expect(items.slice(0, 3).map((i) => i.label)).toEqual(['New text document', 'New spreadsheet', 'New presentation']);
    expect(items[4]?.label).toBe('Recent documents');
    expect(items.length).toBe(5 + DOCK_RECENT_LIMIT);

    installDockMenu(electron.app, electron.Menu, 'en', [], actions, 'darwin');
    expect((fake.built.at(-1) ?? []).map((i) => i.label)).toEqual(['New text document', 'New spreadsheet', 'New presentation']);
  });

  it('does nothing on Windows and Linux, and never throws', () => {
    fake.setMenu.mockClear();
    const actions = { newDocument: vi.fn(), openRecent: vi.fn() };
    expect(installDockMenu(electron.app, electron.Menu, 'fr', recent(1), actions, 'linux')).toBe(false);
    expect(installDockMenu(electron.app, electron.Menu, 'fr', recent(1), actions, 'win32')).toBe(false);
    expect(fake.setMenu).not.toHaveBeenCalled();
    fake.setMenu.mockImplementationOnce(() => {
      throw new Error('no dock');
    });
    expect(installDockMenu(electron.app, electron.Menu, 'fr', recent(1), actions, 'darwin')).toBe(false);
  });
});
