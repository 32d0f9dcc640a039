/** Mise en page ▸ Notes…: endnotes numbered 1, 2, 3 from 5, shown so, undone at once, kept in DOCX and ODT. */
import { closeTab, newTextDocumentBy, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

test('endnotes set to "1, 2, 3" starting at 5 show 5, and show it again from DOCX and ODT', async ({ page, host }) => {
  test.slow();
  await page.goto(host.url);
  const editor = await newTextDocumentBy(page, 'Anne Martin', 'Le rapport');
  await page.keyboard.press('Control+Alt+d');
  const insert = page.getByRole('dialog', { name: 'Insérer une note de fin' });
  await insert.getByRole('textbox', { name: 'Texte de la note' }).fill('Source.');
  await insert.getByRole('button', { name: 'OK' }).click();
  await expect(insert).toBeHidden();
  const citation = editor.locator('.writer-note[data-kind="endnote"] .writer-note__citation');
  await expect(citation).toHaveText('i');

  await page.getByRole('tab', { name: 'Mise en page' }).click();
  await page.getByRole('button', { name: 'Notes de bas de page et de fin' }).click();
  const dialog = page.getByRole('dialog', { name: 'Notes de bas de page et de fin' });
  const endnotes = dialog.getByRole('group', { name: 'Notes de fin' });
  await expect(endnotes.getByRole('combobox', { name: 'Format de numérotation' })).toHaveValue('lower-roman');
  await endnotes.getByRole('combobox', { name: 'Format de numérotation' }).selectOption({ label: '1, 2, 3' });
  await endnotes.getByRole('textbox', { name: 'Commencer à' }).fill('5');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(citation).toHaveText('5');
  await expect(page.getByRole('region', { name: 'Notes de fin' }).getByRole('listitem')).toHaveText(['5Source.']);
  // One undo step brings i back, redo 5 again.
  await page.keyboard.press('Control+z');
  await expect(citation).toHaveText('i');
  await page.keyboard.press('Control+y');
  await expect(citation).toHaveText('5');

  await saveAs(page, host.docs, 'notes-reglees', 'docx');
  await saveAs(page, host.docs, 'notes-reglees', 'odt');
  await closeTab(page, 'notes-reglees.odt');
  for (const file of ['notes-reglees.docx', 'notes-reglees.odt']) {
    await openFile(page, file);
    await expect(page.locator('.writer-note[data-kind="endnote"] .writer-note__citation'), file).toHaveText('5');
    await closeTab(page, file);
  }
});
