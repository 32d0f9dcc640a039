import { ZipArchive } from '../../packages/formats/src/container/zip-reader.js';
import { DEFAULT_LIMITS } from '../../packages/formats/src/limits.js';
import { closeTab, newTextDocumentBy, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

test('a footer edited while changes are recorded keeps a tracked change: shown, saved in DOCX, reopened, accepted', async ({ page, host }) => {
  await page.goto(host.url);
  const editor = await newTextDocumentBy(page, 'Anne Martin', 'Rapport');
  // A footer written before recording.
  await page.getByRole('note', { name: 'Pied de page' }).dblclick();
  await page.keyboard.type('Page');
  await page.keyboard.press('Escape');
  await expect(editor).toBeFocused();

  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByText('Suivi des modifications activé')).toBeVisible();
  await page.getByRole('note', { name: 'Pied de page' }).dblclick();
  const footer = page.getByRole('textbox', { name: 'Pied de page — Toutes les pages' });
  await expect(footer).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' interne');
  await expect(footer.locator('ins.tracked-insertion')).toHaveText(' interne');
  await page.keyboard.press('Escape');
  const zone = page.getByRole('note', { name: 'Pied de page' });
  await expect(zone).toHaveText('Page interne');
  await expect(zone.locator('ins.tracked-insertion')).toHaveText(' interne');
  await expect(zone.locator('ins.tracked-insertion')).toHaveAttribute('title', /Insertion de Anne Martin/);

  const docx = await saveAs(page, host.docs, 'rapport', 'docx');
  const zip = ZipArchive.open(docx, DEFAULT_LIMITS);
  const footers = zip.names().filter((e) => /^word\/footer\d*\.xml$/.test(e)).map((e) => zip.readText(e)).join('');
  expect(footers).toMatch(/<w:ins [^>]*w:author="Anne Martin"[^>]*>.*? interne/);
  await closeTab(page, 'rapport.docx');

  await openFile(page, 'rapport.docx');
  const reopened = page.getByRole('note', { name: 'Pied de page' });
  await expect(reopened.locator('ins.tracked-insertion')).toHaveText(' interne');
  await page.getByRole('tab', { name: 'Révision' }).click();
  await page.getByRole('button', { name: 'Tout accepter' }).click();
  await expect(reopened.locator('ins')).toHaveCount(0);
  await expect(reopened).toHaveText('Page interne');
});
