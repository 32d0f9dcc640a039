import { ZipArchive } from '../../packages/formats/src/container/zip-reader.js';
import { DEFAULT_LIMITS } from '../../packages/formats/src/limits.js';
import { libreofficeConvert } from '../support/libreoffice.js';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { closeTab, newTextDocumentBy, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

test('table rows added and deleted while changes are recorded are tracked: shown, saved in DOCX, reopened, rejected', async ({ page, host }) => {
  await page.goto(host.url);
  const editor = await newTextDocumentBy(page, 'Anne Martin', 'Communes');
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name: 'Insertion' }).click();
  await page.getByRole('button', { name: 'Insérer un tableau' }).click();
  const table = editor.locator('table');
  await expect(table.locator('tr')).toHaveCount(3);
  const cells = ['Commune', 'Population', 'Note', 'Naves', '2 401', 'rurale', 'Tulle', '14 811', 'préfecture'];
  for (const [i, text] of cells.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(text);
  }

  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByText('Suivi des modifications activé')).toBeVisible();
  // "Naves" row deleted: it stays, struck through, with who deleted it.
  await table.getByText('Naves').click();
  await page.getByRole('button', { name: 'Supprimer la ligne' }).click();
  const deleted = table.locator('tr.tracked-row-deletion');
  await expect(deleted).toHaveCount(1);
  await expect(deleted).toContainText('Naves');
  await expect(deleted).toHaveAttribute('title', /Ligne de tableau supprimée par Anne Martin/);
  await expect(table.locator('tr')).toHaveCount(3);
  // A row added after "Tulle", typed in.
  await table.getByText('Tulle').click();
  await page.getByRole('button', { name: 'Ajouter une ligne' }).click();
  const inserted = table.locator('tr.tracked-row-insertion');
  await expect(inserted).toHaveCount(1);
  await expect(inserted).toHaveAttribute('title', /Ligne de tableau insérée par Anne Martin/);
  await inserted.locator('td').first().click();
  await page.keyboard.type('Brive');
  await expect(inserted).toContainText('Brive');

  const docx = await saveAs(page, host.docs, 'communes', 'docx');
  const xml = ZipArchive.open(docx, DEFAULT_LIMITS).readText('word/document.xml');
  expect(xml).toMatch(/<w:trPr><w:del w:id="\d+" w:author="Anne Martin"/);
  expect(xml).toMatch(/<w:trPr><w:ins w:id="\d+" w:author="Anne Martin"/);
  const seen = libreofficeConvert(docx, 'communes.docx', 'txt');
  for (const text of ['Commune', 'Tulle', 'Brive']) expect(seen).toContain(text);
  // ODF has no row changes: the deleted row's text is a tracked deletion, and the file is valid.
  const odt = await saveAs(page, host.docs, 'communes', 'odt');
  expect(odfSchemaErrors(odt)).toEqual([]);
  await closeTab(page, 'communes.odt');

  await openFile(page, 'communes.docx');
  const reopened = page.getByRole('textbox', { name: 'Zone de texte du document' }).locator('table');
  await expect(reopened.locator('tr.tracked-row-deletion')).toContainText('Naves');
  await expect(reopened.locator('tr.tracked-row-insertion')).toContainText('Brive');
  await page.getByRole('tab', { name: 'Révision' }).click();
  await page.getByRole('button', { name: 'Tout refuser' }).click();
  await expect(reopened.locator('tr.tracked-row')).toHaveCount(0);
  await expect(reopened.locator('tr')).toHaveCount(3);
  await expect(reopened.locator('tr').nth(1)).toHaveText(/Naves\s*2 401\s*rurale/);
  await expect(reopened).not.toContainText('Brive');
});
