/**
 * The account's sync state in the window does not depend on the document being open: a save made
 * offline, whose tab is then closed (and even the page reloaded), stays shown as waiting, and
 * lands on the real Apache when it is back, without reopening the document.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApacheDav } from '../support/apache-dav.js';
import { DAV_USERS, startApacheDav } from '../support/apache-dav.js';
import { libreofficeConvert } from '../support/libreoffice.js';
import { addPlatformAccount, closeTab } from './app-actions.js';
import { expect, test } from './fixtures.js';

let dav: ApacheDav;

test.beforeAll(async () => {
  dav = await startApacheDav();
});

test.afterAll(async () => {
  await dav.dispose();
});

test('an upload waiting after its document closed is shown in the window and lands when the server is back', async ({ page, host }) => {
  await page.goto(host.url);
  await addPlatformAccount(page, dav.origin, DAV_USERS.anne);
  const platform = page.getByRole('dialog', { name: 'Documents de la plateforme' });
  await platform.getByRole('button', { name: 'Annuler' }).click();

  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Ordre du jour');
  await page.getByRole('button', { name: 'Enregistrer sur la plateforme' }).click();
  const saveDialog = page.getByRole('dialog', { name: 'Enregistrer sur la plateforme' });
  await saveDialog.getByRole('textbox', { name: 'Nom du fichier' }).fill('ordre du jour');
  await saveDialog.getByRole('button', { name: 'Enregistrer ici' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'À jour sur la plateforme' })).toBeVisible();
  const served = path.join(dav.exoFolder, 'ordre du jour.odt');

  // Offline: saved locally, then the tab is closed.
  await dav.stop();
  try {
    await editor.click();
    await page.keyboard.press('End');
    await editor.pressSequentially(' — point 3 ajouté hors ligne');
    await page.keyboard.press('Control+S');
    await expect(page.getByText('Hors ligne – enregistré localement', { exact: true })).toBeVisible();
    await closeTab(page, 'ordre du jour.odt');
    const badge = page.getByRole('status', { name: /^Plateforme.*1 envoi\(s\) en attente/ });
    await expect(badge).toBeVisible();
    // A new start of the page still shows it (the queue is the host's, on disk).
    await page.reload();
    await expect(badge).toBeVisible();
  } finally {
    await dav.start();
  }

  // Back online: uploaded without reopening the document, and the window says nothing is waiting.
  await expect(page.getByRole('status', { name: /^Plateforme/ })).toHaveCount(0, { timeout: 90_000 });
  expect(libreofficeConvert(new Uint8Array(readFileSync(served)), 'ordre du jour.odt', 'txt')).toContain('point 3 ajouté hors ligne');
});
