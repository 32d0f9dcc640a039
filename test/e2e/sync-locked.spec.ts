/**
 * A platform document a colleague is editing (a WebDAV lock on a real Apache mod_dav): Ostal
 * opens it read-only with a banner naming the colleague, and the agent keeps their own changes in
 * a copy; the colleague's file on the platform is never touched.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ApacheDav } from '../support/apache-dav.js';
import { DAV_USERS, startApacheDav, writeServedFile } from '../support/apache-dav.js';
import { libreofficeConvert } from '../support/libreoffice.js';
import { addPlatformAccount } from './app-actions.js';
import { expect, test } from './fixtures.js';

let dav: ApacheDav;

test.beforeAll(async () => {
  dav = await startApacheDav();
});

test.afterAll(async () => {
  await dav.dispose();
});

test('a document locked by a colleague opens read-only with a banner, and "Enregistrer une copie" keeps the changes', async ({ page, host }) => {
  const original = readFileSync(path.resolve('resources/templates/note.fodt'));
  writeServedFile(dav.exoFolder, 'note de service.fodt', original);
  // Bernard opens it for editing elsewhere: a WebDAV lock in his name.
  const lock = await fetch(`${dav.origin}/webdav/drives/note%20de%20service.fodt`, {
    method: 'LOCK',
    headers: {
      Authorization: `Basic ${Buffer.from(`bernard:${DAV_USERS.bernard}`).toString('base64')}`,
      'Content-Type': 'application/xml; charset=utf-8',
      Depth: '0',
      Timeout: 'Second-3600',
    },
    body: '<?xml version="1.0" encoding="utf-8"?><d:lockinfo xmlns:d="DAV:"><d:lockscope><d:exclusive/></d:lockscope><d:locktype><d:write/></d:locktype><d:owner>Bernard Martin</d:owner></d:lockinfo>',
  });
  expect(lock.status).toBe(200);

  await page.goto(host.url);
  await addPlatformAccount(page, dav.origin, DAV_USERS.anne);
  const platform = page.getByRole('dialog', { name: 'Documents de la plateforme' });
  const entry = platform.getByRole('option', { name: /^note de service\.fodt, / });
  await expect(entry).toContainText('Bernard Martin');
  await entry.dblclick();
  await expect(platform).toBeHidden();

  // Read-only, and said so: the tab, and a banner naming Bernard with a way out.
  await expect(page.getByRole('tab', { name: 'note de service.fodt (lecture seule)' })).toBeVisible();
  await expect(page.getByText('« note de service.fodt » est en cours de modification par Bernard Martin sur la plateforme')).toBeVisible();

  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await page.keyboard.press('Control+Home');
  await editor.pressSequentially('Remarques d’Anne. ');
  // Ctrl+S cannot write over Bernard's document: it offers Save as.
  await page.keyboard.press('Control+S');
  const saveAs = page.getByRole('dialog', { name: 'Enregistrer sous' });
  await expect(saveAs).toBeVisible();
  await saveAs.getByRole('button', { name: 'Annuler' }).click();
  await expect(saveAs).toBeHidden();

  await page.getByRole('button', { name: 'Enregistrer une copie…' }).click();
  await expect(saveAs).toBeVisible();
  await saveAs.getByRole('combobox', { name: 'Format' }).selectOption('odt');
  await saveAs.getByRole('textbox', { name: 'Nom du fichier' }).fill('note de service (Anne)');
  await saveAs.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(saveAs).toBeHidden();
  await expect(page.getByRole('tab', { name: 'note de service (Anne).odt', exact: true })).toBeVisible();

  const copy = path.join(host.docs, 'note de service (Anne).odt');
  await expect.poll(() => libreofficeConvert(new Uint8Array(readFileSync(copy)), 'copie.odt', 'txt')).toContain('Remarques d’Anne.');
  // Bernard's file on the platform is exactly what it was.
  expect(readFileSync(path.join(dav.exoFolder, 'note de service.fodt')).equals(original)).toBe(true);
});

test('the platform set by machine policy fills in the accounts form; its account cannot be removed', async ({ page, host }) => {
  writeFileSync(path.join(host.home, 'no-policy.json'), JSON.stringify({ version: 1, values: { platformUrl: dav.origin, platformKind: 'exo' } }));
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Plateforme…' }).click();
  const platform = page.getByRole('dialog', { name: 'Documents de la plateforme' });
  await platform.getByRole('button', { name: 'Comptes…' }).click();
  const accounts = page.getByRole('dialog', { name: 'Comptes de la plateforme' });
  const address = accounts.getByRole('textbox', { name: 'Adresse du serveur' });
  await expect(address).toHaveValue(dav.origin);
  await expect(address).not.toBeEditable();
  await expect(accounts.getByRole('combobox', { name: 'Plateforme' })).toBeDisabled();
  await expect(accounts.getByRole('combobox', { name: 'Plateforme' })).toHaveValue('exo');
  await expect(accounts.getByText('Plateforme définie par votre administrateur.')).toBeVisible();
  await accounts.getByRole('textbox', { name: 'Identifiant' }).fill('anne');
  await accounts.getByLabel('Mot de passe').fill(DAV_USERS.anne);
  await accounts.getByRole('button', { name: 'Ajouter le compte' }).click();
  await expect(accounts.getByText('Compte ajouté')).toBeVisible();
  await expect(accounts.getByText('Compte de l’administration (ne peut pas être supprimé)')).toBeVisible();
  await expect(accounts.getByRole('button', { name: /^Retirer/ })).toHaveCount(0);
});
