/**
 * A platform document Anne has open changes on the server (a real Apache mod_dav): Bernard saves
 * it with his own WebDAV client while he holds the lock (Anne's copy is read-only), or the
 * platform's storage changes under a document Anne is typing in. When Anne comes back to the
 * window, Ostal shows "Modifié sur la plateforme par un collègue"; "Recharger leur version" shows
 * the new text, "Garder la mienne" keeps hers and puts the colleague's beside it on the platform
 * as a conflict copy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ApacheDav } from '../support/apache-dav.js';
import { ageServedFile, DAV_USERS, startApacheDav, writeServedFile } from '../support/apache-dav.js';
import { addPlatformAccount, openFromPlatformDialog, returnToWindowUntil } from './app-actions.js';
import { expect, test } from './fixtures.js';

let dav: ApacheDav;

test.beforeAll(async () => {
  dav = await startApacheDav();
});

test.afterAll(async () => {
  await dav.dispose();
});

const NAME = 'compte rendu.fodt';
const template = readFileSync(path.resolve('resources/templates/note.fodt'), 'utf8');

const BERNARD = `Basic ${Buffer.from(`bernard:${DAV_USERS.bernard}`).toString('base64')}`;
const URL_OF = (name: string): string => `${dav.origin}/webdav/drives/${encodeURIComponent(name)}`;

/** Bernard's own WebDAV client: LOCK, PUT with his lock token, UNLOCK. */
async function bernardLocks(name: string): Promise<string> {
  const response = await fetch(URL_OF(name), {
    method: 'LOCK',
    headers: { Authorization: BERNARD, 'Content-Type': 'application/xml; charset=utf-8', Depth: '0', Timeout: 'Second-3600' },
    body: '<?xml version="1.0" encoding="utf-8"?><d:lockinfo xmlns:d="DAV:"><d:lockscope><d:exclusive/></d:lockscope><d:locktype><d:write/></d:locktype><d:owner>Bernard Martin</d:owner></d:lockinfo>',
  });
  expect(response.status).toBe(200);
  return (response.headers.get('Lock-Token') ?? '').replace(/^<|>$/g, '');
}

async function bernardSaves(name: string, text: string, token: string): Promise<void> {
  const response = await fetch(URL_OF(name), {
    method: 'PUT',
    headers: { Authorization: BERNARD, If: `(<${token}>)`, 'Content-Type': 'application/vnd.oasis.opendocument.text' },
    body: template.replace('[Ce qui motive la note.]', text),
  });
  expect([200, 201, 204]).toContain(response.status);
}

/** Anne comes back to the window (focus) until the bar tells of the change. */
async function comeBackUntilChanged(page: Page): Promise<void> {
  const bar = page.getByRole('status').filter({ hasText: 'Modifié sur la plateforme par un collègue' });
  await returnToWindowUntil(page, bar);
}

async function openFromPlatform(page: Page, hostUrl: string, name: string): Promise<void> {
  await page.goto(hostUrl);
  await addPlatformAccount(page, dav.origin, DAV_USERS.anne);
  await openFromPlatformDialog(page, name);
}

test('Bernard, who is editing it, saves: Anne’s read-only copy offers to reload, and shows his text', async ({ page, host }) => {
  const name = 'ordre du jour.fodt';
  writeServedFile(dav.exoFolder, name, template.replace('[Ce qui motive la note.]', 'Première version.'));
  ageServedFile(dav.exoFolder, name);
  const token = await bernardLocks(name);
  await openFromPlatform(page, host.url, name);
  await expect(page.getByRole('tab', { name: `${name} (lecture seule)` })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Zone de texte du document' })).toContainText('Première version.');

  await bernardSaves(name, 'Version de Bernard.', token);
  await comeBackUntilChanged(page);
  await expect(page.getByText(`« ${name} » a été modifié sur la plateforme. Rechargez-le pour voir la nouvelle version.`)).toBeVisible();
  // Read-only: nothing of Anne's to keep, so reloading is the one choice.
  await expect(page.getByRole('button', { name: 'Garder la mienne' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Recharger leur version' }).click();
  await expect(page.getByRole('textbox', { name: 'Zone de texte du document' })).toContainText('Version de Bernard.');
  await expect(page.getByRole('tab', { name: `${name} (lecture seule)` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'À jour sur la plateforme' })).toBeVisible({ timeout: 30_000 });

  // The reloaded tab is still the platform's document: Bernard's next save shows again.
  await bernardSaves(name, 'Troisième version.', token);
  await comeBackUntilChanged(page);
  await page.getByRole('button', { name: 'Recharger leur version' }).click();
  await expect(page.getByRole('textbox', { name: 'Zone de texte du document' })).toContainText('Troisième version.');
});

test('changed on the platform while Anne types: keeping hers puts the colleague’s beside it as a conflict copy', async ({ page, host }) => {
  writeServedFile(dav.exoFolder, NAME, template.replace('[Ce qui motive la note.]', 'Version d’Anne.'));
  ageServedFile(dav.exoFolder, NAME);
  await openFromPlatform(page, host.url, NAME);
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await expect(editor).toContainText('Version d’Anne.');
  await editor.click();
  await page.keyboard.press('Control+Home');
  await editor.pressSequentially('Ajout d’Anne. ');

  // The platform's own online editor writes to its storage directly (not through WebDAV, so
  // Anne's WebDAV lock does not stop it).
  writeServedFile(dav.exoFolder, NAME, template.replace('[Ce qui motive la note.]', 'Version du collègue.'));
  await comeBackUntilChanged(page);
  // Anne has unsaved changes: the message says what reloading would cost.
  await expect(page.getByText('pendant que vous le modifiiez')).toBeVisible();
  await page.getByRole('button', { name: 'Garder la mienne' }).click();
  await expect(editor).toContainText('Ajout d’Anne.');

  // The colleague's version is on the platform beside the document, under the conflict name.
  const copies = () => readdirSync(dav.exoFolder).filter((n) => /^compte rendu \(conflit \d{4}-\d\d-\d\d \d{6}\)\.fodt$/.test(n));
  await expect.poll(() => copies().length, { timeout: 60_000 }).toBe(1);
  expect(readFileSync(path.join(dav.exoFolder, copies()[0] ?? ''), 'utf8')).toContain('Version du collègue.');

  // Anne saves: her text lands at the document's own name.
  await page.keyboard.press('Control+S');
  await expect.poll(() => readFileSync(path.join(dav.exoFolder, NAME), 'utf8'), { timeout: 60_000 }).toContain('Ajout d’Anne.');
  await expect(page.getByRole('status').filter({ hasText: 'À jour sur la plateforme' })).toBeVisible({ timeout: 60_000 });
});
