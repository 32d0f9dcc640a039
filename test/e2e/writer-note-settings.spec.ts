/** Mise en page ▸ Notes…: endnotes numbered 1, 2, 3 from 5, shown so, undone at once, kept in DOCX and ODT; footnotes restarting on each page in the page view. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { write } from '@ostal/formats';
import type { PMNodeJSON, TextDocument } from '@ostal/model';
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

test('Notes… restarting on each page numbers each page’s footnotes from 1 in the page view; applied to "Cette section" it letters the second section’s footnotes alone, kept in DOCX and ODT', async ({ page, host }) => {
  const para = (...content: PMNodeJSON[]): PMNodeJSON => ({ type: 'paragraph', content });
  const footnote = (text: string): PMNodeJSON => ({ type: 'note', attrs: { kind: 'footnote', mark: null }, content: [para({ type: 'text', text })] });
  const document: TextDocument = {
    kind: 'text',
    version: 4,
    meta: {},
    content: { type: 'doc', content: [para({ type: 'text', text: 'Rapport' }, footnote('Un.')), { type: 'section_break', attrs: { section: { start: 'next-page' } } }, para({ type: 'text', text: 'Annexe' }, footnote('Deux.'))] },
    media: {},
  };
  writeFileSync(path.join(host.docs, 'sections.docx'), await write(document, 'docx'));
  await page.goto(host.url);
  await openFile(page, 'sections.docx');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  const citations = editor.locator('.writer-note[data-kind="footnote"] .writer-note__citation');
  await expect(citations).toHaveText(['1', '2']);

  // Restarting on each page: the page view numbers the second page's note 1 again; Brouillon, without pages, counts on.
  await page.getByRole('tab', { name: 'Mise en page' }).click();
  await page.getByRole('button', { name: 'Notes de bas de page et de fin' }).click();
  const dialog = page.getByRole('dialog', { name: 'Notes de bas de page et de fin' });
  const footnotes = dialog.getByRole('group', { name: 'Notes de bas de page' });
  await footnotes.getByRole('combobox', { name: 'Numérotation', exact: true }).selectOption({ label: 'Recommencer à chaque page' });
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(citations).toHaveText(['1', '1']);
  await page.getByRole('tab', { name: 'Affichage' }).click();
  await page.getByRole('button', { name: 'Brouillon' }).click();
  await expect(citations).toHaveText(['1', '2']);
  await page.getByRole('button', { name: 'Page', exact: true }).click();
  await expect(citations).toHaveText(['1', '1']);
  await editor.getByText('Annexe').click();
  await page.keyboard.press('Control+z');
  await expect(citations).toHaveText(['1', '2']);

  await editor.getByText('Annexe').click();
  await page.getByRole('tab', { name: 'Mise en page' }).click();
  await page.getByRole('button', { name: 'Notes de bas de page et de fin' }).click();
  await footnotes.getByRole('combobox', { name: 'Format de numérotation' }).selectOption({ label: 'a, b, c' });
  await footnotes.getByRole('combobox', { name: 'Numérotation', exact: true }).selectOption({ label: 'Recommencer à chaque section' });
  await expect(dialog.getByRole('combobox', { name: 'Appliquer à' })).toHaveValue('document');
  await dialog.getByRole('combobox', { name: 'Appliquer à' }).selectOption({ label: 'Cette section (2)' });
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(citations).toHaveText(['1', 'a']);

  for (const format of ['docx', 'odt'] as const) {
    await saveAs(page, host.docs, `sections-notes-${format}`, format);
    await closeTab(page, `sections-notes-${format}.${format}`);
    await openFile(page, `sections-notes-${format}.${format}`);
    await expect(page.getByRole('textbox', { name: 'Zone de texte du document' }).locator('.writer-note[data-kind="footnote"] .writer-note__citation'), format).toHaveText(['1', 'a']);
  }
  // The dialog opens on the section's own settings, applied to it.
  await page.getByRole('textbox', { name: 'Zone de texte du document' }).getByText('Annexe').click();
  await page.getByRole('tab', { name: 'Mise en page' }).click();
  await page.getByRole('button', { name: 'Notes de bas de page et de fin' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Appliquer à' })).toHaveValue('section');
  await expect(dialog.getByRole('group', { name: 'Notes de bas de page' }).getByRole('combobox', { name: 'Format de numérotation' })).toHaveValue('lower-letter');
});
