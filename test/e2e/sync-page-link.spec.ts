/**
 * "Open in desktop" links inside the page go to the same handler as the OS's: a document's
 * hyperlink `ostal:ofe|u|<WebDAV URL>` (Ctrl+click, confirmed) and an `ostal:` anchor elsewhere in
 * the page open the platform document from a real Apache with the account that covers it;
 * a link to a server no account covers opens nothing and says so.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ApacheDav } from '../support/apache-dav.js';
import { DAV_USERS, startApacheDav, writeServedFile } from '../support/apache-dav.js';
import { addPlatformAccount, openFile } from './app-actions.js';
import { expect, test } from './fixtures.js';

let dav: ApacheDav;

test.beforeAll(async () => {
  dav = await startApacheDav();
});

test.afterAll(async () => {
  await dav.dispose();
});

/** A flat ODF text whose one paragraph links to `href`. */
function linkingDocument(href: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text><text:p>Voir <text:a xlink:type="simple" xlink:href="${href}">la note de service</text:a> sur la plateforme.</text:p></office:text></office:body>
</office:document>`;
}

test('an ostal: link in a document, and one elsewhere in the page, open the platform document like an OS link', async ({ page, host }) => {
  const template = readFileSync(path.resolve('resources/templates/rapport.fodt'));
  writeServedFile(dav.exoFolder, 'note de service.fodt', template);
  writeServedFile(dav.exoFolder, 'annexe.fodt', template);
  writeFileSync(path.join(host.docs, 'sommaire.fodt'), linkingDocument(`ostal:ofe|u|${dav.origin}/webdav/drives/note%20de%20service.fodt`));

  await page.goto(host.url);
  await addPlatformAccount(page, dav.origin, DAV_USERS.anne);
  const platform = page.getByRole('dialog', { name: 'Documents de la plateforme' });
  await platform.getByRole('button', { name: 'Annuler' }).click();
  await expect(platform).toBeHidden();

  await openFile(page, 'sommaire.fodt');
  await expect(page.getByRole('tab', { name: 'sommaire.fodt', exact: true })).toBeVisible();
  const link = page.getByRole('link', { name: 'la note de service' });
  await link.click({ modifiers: ['Control'] });
  await page.getByRole('alertdialog', { name: 'Ouvrir le lien ?' }).getByRole('button', { name: 'Ouvrir' }).click();
  await expect(page.getByRole('tab', { name: 'note de service.fodt', exact: true })).toBeVisible({ timeout: 30_000 });

  // An ostal: anchor outside any editor (as a platform page or panel would show it).
  const addAnchor = (href: string) =>
    page.evaluate((target) => {
      const anchor = document.createElement('a');
      anchor.href = target;
      anchor.textContent = 'Ouvrir dans Ostal';
      anchor.id = 'lien-plateforme';
      document.querySelector('.shell__bar')?.append(anchor);
    }, href);
  await addAnchor(`ostal:ofv|u|${dav.origin}/webdav/drives/annexe.fodt`);
  await page.locator('#lien-plateforme').click();
  await expect(page.getByRole('tab', { name: 'annexe.fodt', exact: true })).toBeVisible({ timeout: 30_000 });
  expect(page.url()).toContain(host.url.split('?')[0]!);

  // A server no account covers: nothing opens, the agent is told and sent to the accounts.
  await page.evaluate(() => document.getElementById('lien-plateforme')?.remove());
  await addAnchor('ostal:ofe|u|https://ailleurs.example/webdav/drives/x.odt');
  await page.locator('#lien-plateforme').click();
  await expect(page.getByRole('dialog', { name: 'Comptes de la plateforme' })).toBeVisible();
  // Home, the linking document and the two platform documents: nothing more opened.
  await expect(page.getByRole('tablist', { name: 'Documents ouverts' }).getByRole('tab')).toHaveCount(4);
});
