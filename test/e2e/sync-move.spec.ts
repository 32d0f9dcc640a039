/**
 * A platform document Anne is editing is filed away into another folder on the platform (a real
 * Apache mod_dav; the platform moves the file in its own storage). When Anne comes back to the
 * window, Ostal tells her where it went, and her save lands there: the old place does not get the
 * file back.
 */
import { chownSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
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

test('moved to another folder while Anne edits it: she is told where, and her save lands there', async ({ page, host }) => {
  writeServedFile(dav.exoFolder, 'compte rendu.fodt', template.replace('[Ce qui motive la note.]', 'Texte du compte rendu.'));
  await page.goto(host.url);
  await addPlatformAccount(page, dav.origin, DAV_USERS.anne);
  await openFromPlatformDialog(page, 'compte rendu.fodt');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await expect(editor).toContainText('Texte du compte rendu.');

  // The platform files it into Archives/2026 (Apache, running as www-data, may write there).
  for (const folder of ['Archives', 'Archives/2026']) {
    mkdirSync(path.join(dav.exoFolder, folder));
    if (process.getuid?.() === 0) chownSync(path.join(dav.exoFolder, folder), 33, 33);
  }
  renameSync(path.join(dav.exoFolder, 'compte rendu.fodt'), path.join(dav.exoFolder, 'Archives/2026/compte rendu.fodt'));
  const notice = page.getByText('« compte rendu.fodt » a été déplacé dans « Archives/2026 » sur la plateforme');
  // Anne comes back to the window (focus) until she is told.
  await returnToWindowUntil(page, notice);

  await editor.click();
  await page.keyboard.press('Control+Home');
  await editor.pressSequentially('Relu par Anne. ');
  await page.keyboard.press('Control+S');
  await expect.poll(() => readFileSync(path.join(dav.exoFolder, 'Archives/2026/compte rendu.fodt'), 'utf8'), { timeout: 60_000 }).toContain('Relu par Anne.');
  await expect(page.getByRole('status').filter({ hasText: 'À jour sur la plateforme' })).toBeVisible({ timeout: 60_000 });
  expect(existsSync(path.join(dav.exoFolder, 'compte rendu.fodt'))).toBe(false);
});
