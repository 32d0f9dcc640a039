/** What a person does in Ostal, as reusable steps: by role and accessible name, in French. */
import type { Locator, Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from './fixtures.js';

/** Save as `<name>.<format>` in the dialog's starting folder; waits until the file is on disk. */
export async function saveAs(page: Page, docs: string, name: string, format: string): Promise<Uint8Array> {
  await page.getByRole('button', { name: 'Enregistrer sous…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Enregistrer sous' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption(format);
  await dialog.getByRole('textbox', { name: 'Nom du fichier' }).fill(name);
  await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(dialog).toBeHidden();
  const file = path.join(docs, `${name}.${format}`);
  await expect.poll(() => existsSync(file)).toBe(true);
  await expect(page.getByRole('tab', { name: `${name}.${format}`, exact: true })).toBeVisible();
  return new Uint8Array(readFileSync(file));
}

/**
 * On the start page: types the author name (comments and tracked changes are signed with it),
 * creates a new text document, types `text` in it and returns its editing area.
 */
export async function newTextDocumentBy(page: Page, author: string, text: string): Promise<Locator> {
  const name = page.getByRole('textbox', { name: 'Votre nom (auteur des commentaires et des modifications)' });
  await name.fill(author);
  await name.press('Enter');
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially(text);
  return editor;
}

/** Opens a file of the dialog's starting folder by name (double-click, as a person would). */
export async function openFile(page: Page, fileName: string): Promise<void> {
  await page.getByRole('button', { name: 'Ouvrir…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Ouvrir' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('option', { name: new RegExp(`^${fileName.replace(/\./g, '\\.')},`) }).dblclick();
  await expect(dialog).toBeHidden();
}

/** Closes the current document's tab (no unsaved changes expected). */
export async function closeTab(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: `Fermer ${title}`, exact: true }).click();
  await expect(page.getByRole('tab', { name: title, exact: true })).toHaveCount(0);
}

/** Adds Anne's eXo account (server `origin`) from the platform dialog, which stays open. */
export async function addPlatformAccount(page: Page, origin: string, password: string): Promise<void> {
  await page.getByRole('button', { name: 'Plateforme…' }).click();
  const platform = page.getByRole('dialog', { name: 'Documents de la plateforme' });
  await platform.getByRole('button', { name: 'Comptes…' }).click();
  const accounts = page.getByRole('dialog', { name: 'Comptes de la plateforme' });
  await accounts.getByRole('combobox', { name: 'Plateforme' }).selectOption({ label: 'eXo Platform' });
  await accounts.getByRole('textbox', { name: 'Adresse du serveur' }).fill(origin);
  await accounts.getByRole('textbox', { name: 'Identifiant' }).fill('anne');
  await accounts.getByLabel('Mot de passe').fill(password);
  await accounts.getByRole('textbox', { name: 'Nom du compte' }).fill('Intranet');
  await accounts.getByRole('button', { name: 'Ajouter le compte' }).click();
  await expect(accounts.getByText('Compte ajouté')).toBeVisible();
  await accounts.getByRole('button', { name: 'Fermer' }).click();
}

/** Opens the platform document `name` from the platform dialog (already open) by double-click. */
export async function openFromPlatformDialog(page: Page, name: string): Promise<void> {
  const platform = page.getByRole('dialog', { name: 'Documents de la plateforme' });
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await platform.getByRole('option', { name: new RegExp(`^${escaped}, `) }).dblclick();
  await expect(platform).toBeHidden();
}

/** Opens the platform accounts dialog from the toolbar, through the platform dialog. */
export async function openPlatformAccounts(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Plateforme…' }).click();
  await page.getByRole('dialog', { name: 'Documents de la plateforme' }).getByRole('button', { name: 'Comptes…' }).click();
  return page.getByRole('dialog', { name: 'Comptes de la plateforme' });
}

/** The person comes back to the window (focus), again and again, until `shown` is visible. */
export async function returnToWindowUntil(page: Page, shown: Locator): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.evaluate(() => window.dispatchEvent(new Event('focus')));
        return shown.isVisible();
      },
      { timeout: 60_000, intervals: [1_000, 2_000, 3_000] },
    )
    .toBe(true);
}

/** Opens the writer's footer (all pages) and types "Page <page number> sur <page count>" with the field buttons; the footer stays in editing. */
export async function typePageOfPagesFooter(page: Page): Promise<void> {
  await page.getByRole('note', { name: 'Pied de page' }).dblclick();
  await expect(page.getByRole('textbox', { name: 'Pied de page — Toutes les pages' })).toBeFocused();
  const tools = page.getByRole('toolbar', { name: 'En-tête et pied de page' });
  await page.keyboard.type('Page ');
  await tools.getByRole('button', { name: 'Numéro de page' }).click();
  await page.keyboard.type(' sur ');
  await tools.getByRole('button', { name: 'Nombre de pages' }).click();
}
