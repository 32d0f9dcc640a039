import { odfSchemaErrors } from '../support/odf-schema.js';
import { libreofficeConvert } from '../support/libreoffice.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

test('a text document typed with a bold word saves as ODT and DOCX, reopens, and LibreOffice reads it', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await page.getByRole('combobox', { name: 'Style de paragraphe' }).selectOption({ label: 'Titre 1' });
  await editor.pressSequentially('Rapport annuel');
  await page.keyboard.press('Enter');
  await editor.pressSequentially('Le budget est ');
  await page.getByRole('button', { name: 'Gras', exact: true }).click();
  await editor.pressSequentially('validé');
  await page.getByRole('button', { name: 'Gras', exact: true }).click();
  await editor.pressSequentially(' par le conseil.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Liste à puces' }).click();
  await editor.pressSequentially('Premier point');
  await expect(page.getByRole('tab', { name: 'Sans titre 1, modifié' })).toBeVisible();

  const odt = await saveAs(page, host.docs, 'rapport', 'odt');
  expect(odfSchemaErrors(odt)).toEqual([]);
  const docx = await saveAs(page, host.docs, 'rapport', 'docx');

  for (const [name, bytes] of [['rapport.odt', odt], ['rapport.docx', docx]] as const) {
    const text = libreofficeConvert(bytes, name, 'txt').replace(/^\uFEFF/, '');
    const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    expect(lines.slice(0, 2)).toEqual(['Rapport annuel', 'Le budget est validé par le conseil.']);
    expect(lines[2]).toContain('Premier point');
  }

  await closeTab(page, 'rapport.docx');
  for (const name of ['rapport.odt', 'rapport.docx']) {
    await openFile(page, name);
    const reopened = page.getByRole('textbox', { name: 'Zone de texte du document' });
    await expect(reopened.locator('h1')).toHaveText('Rapport annuel');
    await expect(reopened.locator('strong')).toHaveText('validé');
    await expect(reopened.locator('ul li')).toHaveText('Premier point');
    await closeTab(page, name);
  }
});

test('undo and redo restore the text, and closing with changes asks first', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Brouillon');
  await page.getByRole('button', { name: 'Annuler l’action' }).click();
  await expect(editor).not.toContainText('Brouillon');
  await page.getByRole('button', { name: 'Rétablir l’action' }).click();
  await expect(editor).toContainText('Brouillon');

  await page.getByRole('button', { name: 'Fermer le document' }).click();
  const ask = page.getByRole('dialog', { name: 'Modifications non enregistrées' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Annuler', exact: true }).click();
  await expect(editor).toContainText('Brouillon');
  await page.getByRole('button', { name: 'Fermer le document' }).click();
  await ask.getByRole('button', { name: 'Ne pas enregistrer' }).click();
  await expect(page.getByRole('tab', { name: /Sans titre 1/ })).toHaveCount(0);
});
