/**
 * A platform document Anne is editing is renamed on the platform (a real Apache mod_dav; the
 * platform renames the file in its own storage). When Anne comes back to the window, Ostal tells
 * her of the new name, the tab takes it, and her save lands under it: the old name does not come
 * back.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { ApacheDav } from '../support/apache-dav.js';
import { DAV_USERS, startApacheDav, writeServedFile } from '../support/apache-dav.js';
import { addPlatformAccount, openFromPlatformDialog, returnToWindowUntil } from './app-actions.js';
import { expect, test } from './fixtures.js';

let dav: ApacheDav;

test.beforeAll(async () => {
  dav = await startApacheDav();
});

test.afterAll(async () => {
  await dav.dispose();
});

const template = readFileSync(path.resolve('resources/templates/note.fodt'), 'utf8');

test('renamed on the platform while Anne edits it: the tab follows the new name and her save lands there', async ({ page, host }) => {
  writeServedFile(dav.exoFolder, 'projet.fodt', template.replace('[Ce qui motive la note.]', 'Texte du projet.'));
  await page.goto(host.url);
  await addPlatformAccount(page, dav.origin, DAV_USERS.anne);
  await openFromPlatformDialog(page, 'projet.fodt');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await expect(editor).toContainText('Texte du projet.');

  renameSync(path.join(dav.exoFolder, 'projet.fodt'), path.join(dav.exoFolder, 'projet validé.fodt'));
  const notice = page.getByText('« projet.fodt » a été renommé « projet validé.fodt » sur la plateforme');
  // Anne comes back to the window (focus) until she is told.
  await returnToWindowUntil(page, notice);
  await expect(page.getByRole('tab', { name: 'projet validé.fodt', exact: true })).toBeVisible();

  await editor.click();
  await page.keyboard.press('Control+Home');
  await editor.pressSequentially('Relu par Anne. ');
  await page.keyboard.press('Control+S');
  await expect.poll(() => readFileSync(path.join(dav.exoFolder, 'projet validé.fodt'), 'utf8'), { timeout: 60_000 }).toContain('Relu par Anne.');
  await expect(page.getByRole('status').filter({ hasText: 'À jour sur la plateforme' })).toBeVisible({ timeout: 60_000 });
  expect(existsSync(path.join(dav.exoFolder, 'projet.fodt'))).toBe(false);
});
