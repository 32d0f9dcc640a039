/**
 * Platform sync in Chromium through the browser-mode host, against a real Apache httpd with
 * mod_dav: add an account, save a new document to the platform, reopen it from there, edit it
 * while the server is down, and see it uploaded once the server is back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApacheDav } from '../support/apache-dav.js';
import { DAV_USERS, startApacheDav } from '../support/apache-dav.js';
import { libreofficeConvert } from '../support/libreoffice.js';
import { closeTab } from './app-actions.js';
import { expect, test } from './fixtures.js';

let dav: ApacheDav;

test.beforeAll(async () => {
  dav = await startApacheDav();
});

test.afterAll(async () => {
  await dav.dispose();
});

test('add an account, save to the platform, reopen, edit offline, upload when back online', async ({ page, host }) => {
  await page.goto(host.url);

  // Add the account from the platform dialog; a wrong password is named as such.
  await page.getByRole('button', { name: 'Plateforme…' }).click();
  const platform = page.getByRole('dialog', { name: 'Documents de la plateforme' });
  await expect(platform).toContainText('Aucun compte');
  await platform.getByRole('button', { name: 'Comptes…' }).click();
  const accounts = page.getByRole('dialog', { name: 'Comptes de la plateforme' });
  await accounts.getByRole('combobox', { name: 'Plateforme' }).selectOption({ label: 'eXo Platform' });
  await accounts.getByRole('textbox', { name: 'Adresse du serveur' }).fill(dav.origin);
  await accounts.getByRole('textbox', { name: 'Identifiant' }).fill('anne');
  await accounts.getByLabel('Mot de passe').fill('faux');
  await accounts.getByRole('button', { name: 'Tester la connexion' }).click();
  await expect(accounts.getByText('Identifiant ou mot de passe refusé.')).toBeVisible();
  await accounts.getByLabel('Mot de passe').fill(DAV_USERS.anne);
  await accounts.getByRole('button', { name: 'Tester la connexion' }).click();
  await expect(accounts.getByText('Connexion réussie.')).toBeVisible();
  await accounts.getByRole('textbox', { name: 'Nom du compte' }).fill('Intranet');
  await accounts.getByRole('button', { name: 'Ajouter le compte' }).click();
  await expect(accounts.getByText('Compte ajouté')).toBeVisible();
  await accounts.getByRole('button', { name: 'Fermer' }).click();
  await expect(platform.getByRole('listbox', { name: 'Contenu du dossier distant' })).toContainText('Aucun document');
  await platform.getByRole('button', { name: 'Annuler' }).click();

  // A new document saved to the platform.
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Compte rendu du comité');
  await page.getByRole('button', { name: 'Enregistrer sur la plateforme' }).click();
  const saveDialog = page.getByRole('dialog', { name: 'Enregistrer sur la plateforme' });
  await saveDialog.getByRole('textbox', { name: 'Nom du fichier' }).fill('compte rendu');
  await saveDialog.getByRole('button', { name: 'Enregistrer ici' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'À jour sur la plateforme' })).toBeVisible();
  const served = path.join(dav.exoFolder, 'compte rendu.odt');
  expect(libreofficeConvert(new Uint8Array(readFileSync(served)), 'compte rendu.odt', 'txt')).toContain('Compte rendu du comité');
  await closeTab(page, 'compte rendu.odt');

  // Reopen from the platform, through the Open dialog: the listing shows size and date.
  await page.getByRole('button', { name: 'Ouvrir…' }).first().click();
  await page.getByRole('dialog', { name: 'Ouvrir' }).getByRole('button', { name: 'Plateforme…' }).click();
  await platform.getByRole('option', { name: /^compte rendu\.odt, .*, modifié le / }).dblclick();
  await expect(platform).toBeHidden();
  await expect(page.getByRole('tab', { name: 'compte rendu.odt', exact: true })).toBeVisible();

  // Offline: the save stays local and says so.
  await dav.stop();
  await editor.click();
  await page.keyboard.press('End');
  await editor.pressSequentially(' — relu dans le train');
  await page.keyboard.press('Control+S');
  await expect(page.getByText('Hors ligne – enregistré localement', { exact: true })).toBeVisible();
  await expect(page.getByRole('status', { name: /^Plateforme.*hors ligne.*1 envoi\(s\) en attente/ })).toBeVisible();
  expect(libreofficeConvert(new Uint8Array(readFileSync(served)), 'compte rendu.odt', 'txt')).not.toContain('relu dans le train');

  // Back online: uploaded.
  await dav.start();
  await page.getByRole('button', { name: 'Réessayer maintenant' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'À jour sur la plateforme' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('status', { name: /^Plateforme/ })).toHaveCount(0);
  expect(libreofficeConvert(new Uint8Array(readFileSync(served)), 'compte rendu.odt', 'txt')).toContain('relu dans le train');
});
