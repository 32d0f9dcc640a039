import { libreofficeConvert } from '../support/libreoffice.js';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

test('the paragraph dialog sets indents, spacing, line height and borders; lists go down a level (Tab) and up (button) and restart numbering; all saved', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Un paragraphe en retrait.');

  await page.getByRole('tab', { name: 'Mise en page' }).click();
  await page.getByRole('button', { name: 'Paragraphe', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Paragraphe' });
  await dialog.getByRole('textbox', { name: 'Retrait à gauche (cm)' }).fill('2,54');
  await dialog.getByRole('textbox', { name: 'Espacement avant (pt)' }).fill('douze');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog.getByText('Saisissez un nombre.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Espacement avant (pt)' }).fill('12');
  await dialog.getByRole('textbox', { name: 'Espacement après (pt)' }).fill('6');
  await dialog.getByRole('combobox', { name: 'Interligne' }).selectOption({ label: '1,5 ligne' });
  await expect(dialog.getByRole('combobox', { name: 'Style de trait' })).toBeDisabled();
  await dialog.getByRole('combobox', { name: 'Bordure' }).selectOption({ label: 'Encadré' });
  await dialog.getByRole('combobox', { name: 'Style de trait' }).selectOption({ label: 'Double' });
  await dialog.getByRole('combobox', { name: 'Épaisseur (pt)' }).selectOption({ label: '1,5' });
  await dialog.getByLabel('Couleur de la bordure').fill('#c00000');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  const para = editor.locator('p').first();
  await expect(para).toHaveCSS('margin-left', '96px'); // 2.54 cm = 1 in
  // The page view, like the PDF, shows no space above a page's first paragraph; Brouillon shows the paragraph's own.
  await expect(para).toHaveCSS('margin-top', '0px');
  await page.getByRole('tab', { name: 'Affichage' }).click();
  await page.getByRole('button', { name: 'Brouillon' }).click();
  await expect(para).toHaveCSS('margin-top', '16px'); // 12 pt
  await page.getByRole('tab', { name: 'Mise en page' }).click();
  await expect(para).toHaveCSS('margin-bottom', '8px'); // 6 pt
  await expect(para).toHaveCSS('border-left-style', 'double');
  await expect(para).toHaveCSS('border-top-color', 'rgb(192, 0, 0)');
  // The dialog opens again on what the paragraph has.
  await page.getByRole('button', { name: 'Paragraphe', exact: true }).click();
  await expect(dialog.getByRole('textbox', { name: 'Retrait à gauche (cm)' })).toHaveValue('2,54');
  await expect(dialog.getByRole('combobox', { name: 'Interligne' })).toHaveValue('1.5');
  await expect(dialog.getByRole('combobox', { name: 'Bordure' })).toHaveValue('box');
  await dialog.getByRole('button', { name: 'Annuler' }).click();

  // A numbered list: second level with Tab, back with Shift+Tab, then numbering restarted at "trois".
  await editor.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.getByRole('tablist', { name: 'Ruban' }).getByRole('tab', { name: 'Accueil' }).click();
  await page.getByRole('button', { name: 'Liste numérotée' }).click();
  await editor.pressSequentially('un');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await editor.pressSequentially('sous-point');
  await expect(editor.locator('ol ol li')).toHaveText('sous-point');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Diminuer le niveau de liste' }).click();
  await editor.pressSequentially('deux');
  await page.keyboard.press('Enter');
  await editor.pressSequentially('trois');
  await expect(editor.locator('ol').first().locator(':scope > li')).toHaveCount(3);
  await page.getByRole('button', { name: 'Recommencer la numérotation' }).click();
  await expect(editor.locator(':scope > ol')).toHaveCount(2);
  await expect(editor.locator(':scope > ol').nth(1)).toHaveText('trois');
  await expect(editor.locator(':scope > ol').nth(1)).not.toHaveAttribute('start', /.*/);

  const odt = await saveAs(page, host.docs, 'paragraphes', 'odt');
  expect(odfSchemaErrors(odt)).toEqual([]);
  const docx = await saveAs(page, host.docs, 'paragraphes', 'docx');
  for (const [name, bytes] of [['paragraphes.odt', odt], ['paragraphes.docx', docx]] as const) {
    const txt = libreofficeConvert(bytes, name, 'txt');
    expect(txt, name).toMatch(/1\.\s*un/);
    expect(txt, name).toMatch(/2\.\s*deux/);
    expect(txt, name).toMatch(/1\.\s*trois/);
    const html = libreofficeConvert(bytes, name, 'html');
    expect(html, name).toMatch(/<p[^>]*margin-left: 1in[^>]*border[^>]*double[^>]*#c00000[^>]*>\s*Un paragraphe|<p[^>]*border[^>]*double[^>]*#c00000[^>]*margin-left: 1in[^>]*>\s*Un paragraphe/);
  }
  await closeTab(page, 'paragraphes.docx');
  for (const name of ['paragraphes.odt', 'paragraphes.docx']) {
    await openFile(page, name);
    const reopened = page.getByRole('textbox', { name: 'Zone de texte du document' });
    await expect(reopened.locator('p').first()).toHaveCSS('margin-left', '96px');
    await page.getByRole('tab', { name: 'Affichage' }).click();
    await page.getByRole('button', { name: 'Brouillon' }).click();
    await expect(reopened.locator('p').first()).toHaveCSS('margin-top', '16px');
    await expect(reopened.locator('p').first()).toHaveCSS('border-right-style', 'double');
    await expect(reopened.locator(':scope > ol')).toHaveCount(2);
    await expect(reopened.locator('ol ol li')).toHaveText('sous-point');
    await closeTab(page, name);
  }
});
