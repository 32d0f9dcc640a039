import { ZipArchive } from '../../packages/formats/src/container/zip-reader.js';
import { DEFAULT_LIMITS } from '../../packages/formats/src/limits.js';
import { libreofficeConvert } from '../support/libreoffice.js';
import { closeTab, newTextDocumentBy, openFile, saveAs } from './app-actions.js';
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

test('a format change saved in DOCX keeps the former format: reopened and rejected, the text and paragraph look as before', async ({ page, host }) => {
  await page.goto(host.url);
  const editor = await newTextDocumentBy(page, 'Anne Martin', 'Le budget est voté.');
  // "budget" in italic and the paragraph right-aligned before recording.
  await page.keyboard.press('Home');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('Shift+ArrowRight');
  // The keys land in order; the formatting waits until the editor holds the selection.
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('budget');
  await page.keyboard.press('Control+i');
  await page.keyboard.press('Control+r');
  await expect(editor.locator('em')).toHaveText('budget');
  await expect(editor.locator('p').first()).toHaveCSS('text-align', 'right');

  // Recorded: bold instead of italic, and centred.
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByText('Suivi des modifications activé')).toBeVisible();
  await page.keyboard.press('Control+b');
  await page.keyboard.press('Control+i');
  await page.keyboard.press('Control+e');
  await expect(editor.locator('strong')).toHaveText('budget');
  await expect(editor.locator('em')).toHaveCount(0);
  await expect(editor.locator('p').first()).toHaveCSS('text-align', 'center');

  const docx = await saveAs(page, host.docs, 'budget-format', 'docx');
  const xml = ZipArchive.open(docx, DEFAULT_LIMITS).readText('word/document.xml');
  expect(xml).toMatch(/<w:rPrChange[^>]*w:author="Anne Martin"[^>]*><w:rPr><w:i\/><\/w:rPr><\/w:rPrChange>/);
  expect(xml).toMatch(/<w:pPrChange[^>]*w:author="Anne Martin"[^>]*><w:pPr><w:jc w:val="right"\/><\/w:pPr><\/w:pPrChange>/);
  // LibreOffice opens it with the text whole.
  expect(libreofficeConvert(docx, 'budget-format.docx', 'txt')).toContain('Le budget est voté.');
  await closeTab(page, 'budget-format.docx');

  await openFile(page, 'budget-format.docx');
  const reopened = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await expect(reopened.locator('.tracked-format')).toHaveText('budget');
  await expect(reopened.locator('strong')).toHaveText('budget');
  await page.getByRole('tab', { name: 'Révision' }).click();
  await page.getByRole('button', { name: 'Tout refuser' }).click();
  await expect(reopened.locator('.tracked-format')).toHaveCount(0);
  await expect(reopened.locator('em')).toHaveText('budget');
  await expect(reopened.locator('strong')).toHaveCount(0);
  await expect(reopened.locator('p').first()).toHaveCSS('text-align', 'right');
  await expect(reopened).toHaveText('Le budget est voté.');
});
