/**
 * A Nextcloud account in Chromium, against Apache shaped like Nextcloud (its computed properties
 * given as dead properties): set up from the address of the Files page with an e-mail login and
 * an app password (the form says to use one), the user's files listed, a file shared read-only
 * marked so and opened read-only with a banner that says why.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApacheDav } from '../support/apache-dav.js';
import { DAV_USERS, NEXTCLOUD_EMAIL_LOGIN, startApacheDav, writeServedFile } from '../support/apache-dav.js';
import { expect, test } from './fixtures.js';

let dav: ApacheDav;

async function proppatch(url: string, props: string): Promise<void> {
  const response = await fetch(url, {
    method: 'PROPPATCH',
    headers: { Authorization: `Basic ${btoa(`anne:${DAV_USERS.anne}`)}`, 'Content-Type': 'application/xml' },
    body: `<d:propertyupdate xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns"><d:set><d:prop>${props}</d:prop></d:set></d:propertyupdate>`,
  });
  expect(response.status).toBe(207);
  await response.text();
}

test.beforeAll(async () => {
  dav = await startApacheDav();
  await proppatch(`${dav.origin}/remote.php/dav/`, '<d:current-user-principal><d:href>/remote.php/dav/principals/users/anne/</d:href></d:current-user-principal>');
  writeServedFile(dav.nextcloudFolder, 'circulaire.fodt', readFileSync(path.resolve('resources/templates/rapport.fodt')));
  await proppatch(`${dav.origin}/remote.php/dav/files/anne/circulaire.fodt`, '<oc:permissions>SRGDNV</oc:permissions>');
});

test.afterAll(async () => {
  await dav.dispose();
});

test('a Nextcloud account from the Files page address and an e-mail login; a read-only share opens read-only', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Plateforme…' }).click();
  const platform = page.getByRole('dialog', { name: 'Documents de la plateforme' });
  await platform.getByRole('button', { name: 'Comptes…' }).click();
  const accounts = page.getByRole('dialog', { name: 'Comptes de la plateforme' });
  await accounts.getByRole('combobox', { name: 'Plateforme' }).selectOption({ label: 'Nextcloud ou ownCloud' });
  await expect(accounts.getByText('Un mot de passe d’application est recommandé')).toBeVisible();
  await accounts.getByRole('textbox', { name: 'Adresse du serveur' }).fill(`${dav.origin}/index.php/apps/files/`);
  await accounts.getByRole('textbox', { name: 'Identifiant' }).fill(NEXTCLOUD_EMAIL_LOGIN.username);
  await accounts.getByLabel('Mot de passe').fill(NEXTCLOUD_EMAIL_LOGIN.password);
  await accounts.getByRole('textbox', { name: 'Nom du compte' }).fill('Cloud de la Région');
  await accounts.getByRole('button', { name: 'Ajouter le compte' }).click();
  await expect(accounts.getByText('Compte ajouté')).toBeVisible();
  // Her files are under her user id, which the server gave.
  await expect(accounts.getByText(`${dav.origin}/remote.php/dav/files/anne/`)).toBeVisible();
  await accounts.getByRole('button', { name: 'Fermer' }).click();

  const entry = platform.getByRole('option', { name: /^circulaire\.fodt, .*, lecture seule$/ });
  await expect(entry).toContainText('lecture seule');
  await entry.dblclick();
  await expect(platform).toBeHidden();
  await expect(page.getByRole('tab', { name: 'circulaire.fodt (lecture seule)' })).toBeVisible();
  await expect(page.getByText('« circulaire.fodt » est en lecture seule pour vous sur la plateforme')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enregistrer une copie…' })).toBeVisible();
});
