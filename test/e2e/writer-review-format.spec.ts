import { ZipArchive } from '../../packages/formats/src/container/zip-reader.js';
import { DEFAULT_LIMITS } from '../../packages/formats/src/limits.js';
import { newTextDocumentBy, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

test('formatting made while changes are recorded is a tracked change: shown, saved in DOCX, rejected back to the former format', async ({ page, host }) => {
  await page.goto(host.url);
  const editor = await newTextDocumentBy(page, 'Anne Martin', 'Le budget est voté.');
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByText('Suivi des modifications activé')).toBeVisible();

  // "budget" in bold, the paragraph centred: two changes, nothing typed.
  await page.keyboard.press('Home');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+b');
  await expect(editor.locator('.tracked-format')).toHaveText('budget');
  await expect(editor.locator('.tracked-format')).toHaveAttribute('title', /Anne Martin/);
  await expect(editor.locator('strong')).toHaveText('budget');
  await page.keyboard.press('Control+e');
  await expect(editor.locator('p').first()).toHaveCSS('text-align', 'center');
  await expect(editor.locator('ins.tracked-insertion, del.tracked-deletion')).toHaveCount(0);

  // Saved as Word's format changes (w:rPrChange, w:pPrChange) with the author.
  const docx = await saveAs(page, host.docs, 'budget', 'docx');
  const xml = ZipArchive.open(docx, DEFAULT_LIMITS).readText('word/document.xml');
  expect(xml).toMatch(/<w:rPrChange[^>]*w:author="Anne Martin"/);
  expect(xml).toMatch(/<w:pPrChange[^>]*w:author="Anne Martin"/);

  // Rejected, one after the other: the text is plain and left-aligned again.
  await page.getByRole('tab', { name: 'Révision' }).click();
  await editor.click();
  await page.keyboard.press('Control+Home');
  await page.getByRole('button', { name: 'Modification suivante' }).click();
  await page.getByRole('button', { name: 'Refuser', exact: true }).click();
  await expect(editor.locator('strong')).toHaveCount(0);
  await page.getByRole('button', { name: 'Refuser', exact: true }).click();
  await expect(editor.locator('p').first()).toHaveCSS('text-align', 'start');
  await expect(editor.locator('.tracked-format')).toHaveCount(0);
  await expect(editor).toHaveText('Le budget est voté.');
});
