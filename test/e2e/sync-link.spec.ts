/**
 * "Open in desktop" from the platform in browser mode: the host started with an `ostal:` link
 * (as a desktop launcher would start it) opens that WebDAV document in the page, and Save sends
 * it back to the same URL on a real Apache.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApacheDav } from '../support/apache-dav.js';
import { DAV_USERS, startApacheDav, writeServedFile } from '../support/apache-dav.js';
import { libreofficeConvert } from '../support/libreoffice.js';
import { addPlatformAccount } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { startHostProcess } from './host-process.js';

let dav: ApacheDav;
let home: string;
let docs: string;

test.beforeAll(async () => {
  dav = await startApacheDav();
  home = mkdtempSync(path.join(os.tmpdir(), 'ostal-e2e-link-home-'));
  docs = mkdtempSync(path.join(os.tmpdir(), 'ostal-e2e-link-docs-'));
});

test.afterAll(async () => {
  await dav.dispose();
  rmSync(home, { recursive: true, force: true });
  rmSync(docs, { recursive: true, force: true });
});

test('an ostal: link given to the browser-mode host opens the platform document for editing, and Save goes back to it', async ({ page }) => {
  writeServedFile(dav.exoFolder, 'rapport annuel.fodt', readFileSync(path.resolve('resources/templates/rapport.fodt')));

  // First start: the agent sets up the account once.
  const first = await startHostProcess(home, docs);
  try {
    await page.goto(first.url);
    await addPlatformAccount(page, dav.origin, DAV_USERS.anne);
  } finally {
    first.child.kill('SIGTERM');
  }

  // "Ouvrir dans l'application" on the platform: the host starts with the link.
  const link = `ostal:ofe|u|${dav.origin}/webdav/drives/rapport%20annuel.fodt`;
  const second = await startHostProcess(home, docs, [link]);
  try {
    await page.goto(second.url);
    await expect(page.getByRole('tab', { name: 'rapport annuel.fodt', exact: true })).toBeVisible({ timeout: 30_000 });
    const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
    await editor.click();
    await page.keyboard.press('Control+Home');
    await editor.pressSequentially('Relu par Anne. ');
    await page.keyboard.press('Control+S');
    // The document is flat XML: its text on the server shows when the upload has landed.
    const onServer = path.join(dav.exoFolder, 'rapport annuel.fodt');
    await expect.poll(() => readFileSync(onServer, 'utf8'), { timeout: 60_000 }).toContain('Relu par Anne.');
    await expect(page.getByRole('status').filter({ hasText: 'À jour sur la plateforme' })).toBeVisible({ timeout: 60_000 });
    const served = new Uint8Array(readFileSync(onServer));
    expect(libreofficeConvert(served, 'rapport annuel.fodt', 'txt')).toContain('Relu par Anne.');
  } finally {
    second.child.kill('SIGTERM');
  }
});
