/**
 * The renderer half of the native menus, in real Chromium: the page gets commands as Electron's
 * preload would hand them (`window.ostalMenu.onMenuCommand`), and they act on the active
 * document exactly as the shortcuts do. (The main half — the menu template and the IPC send —
 * is tested with Electron mocked in electron/main.)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

/** Installs a stand-in for the preload's menu bridge before the app starts. */
async function withMenuBridge(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const listeners: ((command: string) => void)[] = [];
    (window as unknown as { ostalMenu: unknown }).ostalMenu = {
      onMenuCommand: (listener: (command: string) => void) => {
        listeners.push(listener);
        return () => listeners.splice(listeners.indexOf(listener), 1);
      },
    };
    (window as unknown as { sendMenu: (c: string) => void }).sendMenu = (command) => {
      for (const l of [...listeners]) l(command);
    };
  });
}

function menu(page: Page, command: string): Promise<void> {
  return page.evaluate((c) => (window as unknown as { sendMenu: (c: string) => void }).sendMenu(c), command);
}

test('Fichier, Format, Édition and Affichage menu commands act on the active document', async ({ page, host }) => {
  await withMenuBridge(page);
  await page.goto(host.url);
  await menu(page, 'file.newText');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await expect(editor).toBeVisible();
  await editor.click();
  await editor.pressSequentially('Rapport annuel');
  await page.keyboard.press('Control+a');

  await menu(page, 'format.bold');
  await expect(editor.locator('strong, b').filter({ hasText: 'Rapport annuel' })).toHaveCount(1);
  await menu(page, 'format.heading1');
  await expect(editor.locator('h1')).toHaveText('Rapport annuel');
  await menu(page, 'format.alignCenter');
  await expect(editor.locator('h1')).toHaveCSS('text-align', 'center');
  await menu(page, 'edit.undo');
  await expect(editor.locator('h1')).not.toHaveCSS('text-align', 'center');
  await menu(page, 'edit.redo');
  await expect(editor.locator('h1')).toHaveCSS('text-align', 'center');

  // Édition > Rechercher opens the writer's find bar, as Ctrl+F does.
  await menu(page, 'edit.find');
  const bar = page.getByRole('search', { name: 'Rechercher et remplacer' });
  await expect(bar.getByRole('searchbox', { name: 'Rechercher' })).toBeVisible();
  await expect(bar.getByRole('textbox', { name: 'Remplacer par' })).toHaveCount(0);
  // Édition > Remplacer shows the replacement field too, as Ctrl+H does.
  await menu(page, 'edit.replace');
  await expect(bar.getByRole('textbox', { name: 'Remplacer par' })).toBeVisible();

  // Affichage > Accueil, then back with Document suivant.
  await menu(page, 'view.home');
  await expect(page.getByRole('tab', { name: 'Accueil', exact: true }).first()).toHaveAttribute('aria-selected', 'true');
  await menu(page, 'view.nextTab');
  await expect(editor).toBeVisible();

  // Fichier > Enregistrer sous… opens the Save as dialog; nothing happens to the page behind it.
  await menu(page, 'file.saveAs');
  const dialog = page.getByRole('dialog', { name: 'Enregistrer sous' });
  await expect(dialog).toBeVisible();
  await menu(page, 'file.close');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();

  // Outils > Langue: English.
  await menu(page, 'tools.localeEn');
  await expect(page.getByRole('textbox', { name: 'Document text area' })).toBeVisible();
  await menu(page, 'tools.localeFr');
  await expect(editor).toBeVisible();
});

test('Fichier > Ouvrir dans une nouvelle fenêtre opens the document (here, where the host has no windows)', async ({ page, host }) => {
  writeFileSync(path.join(host.docs, 'notes.csv'), 'a;b\n1;2\n');
  await withMenuBridge(page);
  await page.goto(host.url);
  await expect(page.getByRole('tab', { name: 'Accueil', exact: true }).first()).toBeVisible();
  await menu(page, 'file.openInNewWindow');
  const dialog = page.getByRole('dialog', { name: 'Ouvrir' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('option', { name: /^notes\.csv,/ }).dblclick();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('tab', { name: 'notes.csv', exact: true })).toBeVisible();
});
