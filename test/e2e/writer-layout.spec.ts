import { unzipSync, strFromU8 } from 'fflate';
import { libreofficeConvert } from '../support/libreoffice.js';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

test('page setup changes the page shown and the file; a footnote and a table of contents are inserted and updated; all saved', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Rapport annuel');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+1');
  await editor.pressSequentially('Contexte');
  await page.keyboard.press('Enter');
  await editor.pressSequentially('Le budget a augmenté');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+2');
  await editor.pressSequentially('Chiffres');

  // Page setup: Letter, landscape, 3 cm left margin.
  await page.getByRole('tab', { name: 'Mise en page' }).click();
  await page.getByRole('button', { name: 'Format de page' }).click();
  const setup = page.getByRole('dialog', { name: 'Format de page' });
  await expect(setup.getByRole('combobox', { name: 'Format du papier' })).toHaveValue('A4');
  await setup.getByRole('combobox', { name: 'Format du papier' }).selectOption('Letter');
  await setup.getByRole('radio', { name: 'Paysage' }).check();
  await setup.getByRole('textbox', { name: 'Marge de gauche (cm)' }).fill('3');
  await setup.getByRole('button', { name: 'OK' }).click();
  await expect(setup).toBeHidden();
  const sheet = page.locator('.writer-page');
  await expect.poll(async () => Math.round((await sheet.boundingBox())!.width)).toBe(1056); // 11 in at 96 px
  await expect(editor).toHaveCSS('padding-left', '113px'); // 3 cm

  // A footnote after "augmenté", its text typed in the dialog.
  await editor.locator('p', { hasText: 'Le budget' }).click();
  await page.keyboard.press('End');
  await page.getByRole('tab', { name: 'Insertion' }).click();
  await page.getByRole('button', { name: 'Insérer une note de bas de page' }).click();
  const note = page.getByRole('dialog', { name: 'Insérer une note de bas de page' });
  await note.getByRole('textbox', { name: 'Texte de la note' }).fill('Source : compte administratif 2024.');
  await note.getByRole('button', { name: 'OK' }).click();
  await expect(editor.locator('.writer-note__citation')).toHaveText('1');
  await expect(editor.locator('.writer-note')).toHaveAttribute('aria-label', /^Note de bas de page 1 : Source : compte administratif 2024\./);

  // A table of contents at the top, then a heading renamed and the table updated.
  await editor.locator('p', { hasText: 'Rapport annuel' }).click();
  await page.keyboard.press('Home');
  await page.getByRole('button', { name: 'Insérer une table des matières' }).click();
  const toc = editor.locator('.table-of-contents');
  await expect(toc.locator('p')).toHaveText(['Contexte', 'Chiffres']);
  await expect(toc.getByRole('link', { name: 'Chiffres' })).toHaveAttribute('href', /^#_Toc\d+$/);
  await editor.locator('h2').click();
  await page.keyboard.press('End');
  await editor.pressSequentially(' clés');
  await page.getByRole('button', { name: 'Mettre à jour la table des matières' }).click();
  await expect(toc.locator('p')).toHaveText(['Contexte', 'Chiffres clés']);
  // The entry is a link to its heading.
  await toc.getByRole('link', { name: 'Chiffres clés' }).click({ modifiers: ['Control'] });
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  const odt = await saveAs(page, host.docs, 'rapport', 'odt');
  expect(odfSchemaErrors(odt)).toEqual([]);
  expect(strFromU8(unzipSync(odt)['styles.xml']!)).toMatch(/fo:page-width="792pt" fo:page-height="612pt"[^>]*style:print-orientation="landscape"[^>]*fo:margin-left="85\.05pt"/);
  const docx = await saveAs(page, host.docs, 'rapport', 'docx');
  expect(strFromU8(unzipSync(docx)['word/document.xml']!)).toMatch(/<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"\/>/);
  for (const [name, bytes] of [['rapport.odt', odt], ['rapport.docx', docx]] as const) {
    const html = libreofficeConvert(bytes, name, 'html');
    expect(html, name).toContain('compte administratif 2024');
    expect(html, name).toMatch(/Chiffres\s+clés[\s\S]*Chiffres\s+clés/); // in the table and as the heading
  }
  await closeTab(page, 'rapport.docx');
  for (const name of ['rapport.odt', 'rapport.docx']) {
    await openFile(page, name);
    const reopened = page.getByRole('textbox', { name: 'Zone de texte du document' });
    await expect.poll(async () => Math.round((await page.locator('.writer-page').boundingBox())!.width), { message: name }).toBe(1056);
    await expect(reopened.locator('.table-of-contents p')).toHaveText(['Contexte', 'Chiffres clés']);
    await expect(reopened.locator('.writer-note__citation')).toHaveText('1');
    await closeTab(page, name);
  }
});
