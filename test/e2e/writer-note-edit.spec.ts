/** Editing a footnote's text from its citation, saving to DOCX and finding the edit on reopening. */
import AxeBuilder from '@axe-core/playwright';
import { read } from '@ostal/formats';
import { textDocumentToNode } from '@ostal/model';
import { ZipArchive } from '../../packages/formats/src/container/zip-reader.js';
import { DEFAULT_LIMITS } from '../../packages/formats/src/limits.js';
import type { TextDocument } from '@ostal/model';
import { closeTab, newTextDocumentBy, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

test('a footnote is edited from its citation, undone in one step, and saved to DOCX with the new text', async ({ page, host }) => {
  await page.goto(host.url);
  const editor = await newTextDocumentBy(page, 'Anne Martin', 'Voir la loi sur les archives');

  // A footnote at the end of the sentence, typed in the insert dialog.
  await page.getByRole('tab', { name: 'Insertion' }).click();
  await page.getByRole('button', { name: 'Insérer une note de bas de page' }).click();
  const insert = page.getByRole('dialog', { name: 'Insérer une note de bas de page' });
  await insert.getByRole('textbox', { name: 'Texte de la note' }).fill('Loi du 3 janvier 1979.');
  await insert.getByRole('button', { name: 'OK' }).click();
  const note = editor.locator('.writer-note');
  await expect(note).toHaveAttribute('aria-label', 'Note de bas de page 1 : Loi du 3 janvier 1979.');

  // Double-click on the citation: the note's text, in an editor of its own.
  await note.locator('.writer-note__citation').dblclick();
  const dialog = page.getByRole('dialog', { name: 'Modifier la note de bas de page' });
  const text = dialog.getByRole('textbox', { name: 'Texte de la note' });
  await expect(text).toHaveText('Loi du 3 janvier 1979.');
  await expect(text).toBeFocused();
  // axe-core finds no serious or critical violation in the note editor.
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Backspace');
  await text.pressSequentially(' relative aux archives.');
  // A second paragraph in bold.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+b');
  await text.pressSequentially('Article 3.');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(note).toHaveAttribute('aria-label', 'Note de bas de page 1 : Loi du 3 janvier 1979 relative aux archives.Article 3.');
  await expect(note.locator('.writer-note__box').locator('p')).toHaveCount(2);
  await expect(note.locator('.writer-note__box').locator('strong')).toHaveText('Article 3.');

  // One undo step takes the whole edit back, and redo brings it again.
  await editor.focus();
  await page.keyboard.press('Control+z');
  await expect(note).toHaveAttribute('aria-label', 'Note de bas de page 1 : Loi du 3 janvier 1979.');
  await page.keyboard.press('Control+y');
  await expect(note).toHaveAttribute('aria-label', /relative aux archives\.Article 3\.$/);

  // Enter on the selected citation, the ribbon's and the context menu's "Modifier la note…" open
  // the same editor; Escape leaves the note as it is.
  await note.locator('.writer-note__citation').click();
  await page.keyboard.press('Enter');
  await expect(text).toHaveText('Loi du 3 janvier 1979 relative aux archives.Article 3.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The citation is still selected.
  await page.getByRole('button', { name: 'Modifier la note…' }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await note.locator('.writer-note__citation').click({ button: 'right' });
  await page.getByRole('menu', { name: 'Menu contextuel' }).getByRole('menuitem', { name: 'Modifier la note…' }).click();
  await expect(dialog).toBeVisible();
  await text.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(note).toHaveAttribute('aria-label', /relative aux archives\.Article 3\.$/);

  const docx = await saveAs(page, host.docs, 'note-modifiee', 'docx');
  const saved = textDocumentToNode((await read(docx)).document as TextDocument);
  let savedNote = '';
  saved.descendants((n) => {
    if (n.type.name === 'note') savedNote = n.textBetween(0, n.content.size, '|');
    return true;
  });
  expect(savedNote).toBe('Loi du 3 janvier 1979 relative aux archives.|Article 3.');

  // Reopened by Ostal: the edited note is there.
  await closeTab(page, 'note-modifiee.docx');
  await openFile(page, 'note-modifiee.docx');
  const reopened = page.getByRole('textbox', { name: 'Zone de texte du document' }).locator('.writer-note');
  await expect(reopened).toHaveAttribute('aria-label', 'Note de bas de page 1 : Loi du 3 janvier 1979 relative aux archives.Article 3.');
  await expect(reopened.locator('.writer-note__box').locator('strong')).toHaveText('Article 3.');
});

test('a footnote edited while changes are recorded is a tracked change, saved in DOCX with its author', async ({ page, host }) => {
  await page.goto(host.url);
  const editor = await newTextDocumentBy(page, 'Anne Martin', 'Voir la loi');
  await page.getByRole('tab', { name: 'Insertion' }).click();
  await page.getByRole('button', { name: 'Insérer une note de bas de page' }).click();
  const insert = page.getByRole('dialog', { name: 'Insérer une note de bas de page' });
  await insert.getByRole('textbox', { name: 'Texte de la note' }).fill('Loi du 3 janvier 1979.');
  await insert.getByRole('button', { name: 'OK' }).click();
  await expect(insert).toBeHidden();
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByText('Suivi des modifications activé')).toBeVisible();

  // 1979 becomes 1978 in the note editor.
  const note = editor.locator('.writer-note');
  await note.locator('.writer-note__citation').dblclick();
  const dialog = page.getByRole('dialog', { name: 'Modifier la note de bas de page' });
  const text = dialog.getByRole('textbox', { name: 'Texte de la note' });
  await expect(text).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');
  await text.pressSequentially('8');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  // The note keeps the former digit, marked deleted, beside the new one, marked inserted.
  await expect(note.locator('.writer-note__box ins')).toHaveText('8');
  await expect(note.locator('.writer-note__box del')).toHaveText('9');

  const docx = await saveAs(page, host.docs, 'note-suivie', 'docx');
  const footnotes = ZipArchive.open(docx, DEFAULT_LIMITS).readText('word/footnotes.xml');
  expect(footnotes).toMatch(/<w:ins [^>]*w:author="Anne Martin"[^>]*>.*?<w:t[^>]*>8<\/w:t>/s);
  expect(footnotes).toMatch(/<w:del [^>]*w:author="Anne Martin"[^>]*>.*?<w:delText[^>]*>9<\/w:delText>/s);
});
