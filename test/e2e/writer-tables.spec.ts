import { odfSchemaErrors } from '../support/odf-schema.js';
import { libreofficeConvert } from '../support/libreoffice.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

/** Cells of LibreOffice's HTML export: text and spans, in document order. */
function htmlCells(html: string): { text: string; colspan: number }[] {
  return [...html.matchAll(/<t[dh]\b([^>]*)>([\s\S]*?)<\/t[dh]>/gi)].map(([, attrs, inner]) => ({
    text: inner!.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim(),
    colspan: Number(/colspan="?(\d+)/i.exec(attrs!)?.[1] ?? 1),
  }));
}

test('a table typed cell by cell, with a row added and two cells merged, saves as ODT and DOCX and reopens', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Budget du service');
  await page.keyboard.press('Enter');

  // Tables live in the ribbon's Insertion tab.
  await page.getByRole('tab', { name: 'Insertion' }).click();
  const mergeButton = page.getByRole('button', { name: 'Fusionner les cellules' });
  await expect(page.getByRole('button', { name: 'Ajouter une ligne' })).toBeDisabled();
  await page.getByRole('button', { name: 'Insérer un tableau' }).click();
  const table = editor.locator('table');
  await expect(table).toHaveCount(1);
  await expect(table.locator('th')).toHaveCount(3);

  // Type the 3 × 3 grid, Tab moving from cell to cell.
  const cells = ['Poste', 'Montant', 'Note', 'Loyer', '1 200 €', 'mensuel', 'Total', '1 200 €', 'fin'];
  for (const [i, text] of cells.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(text);
  }
  await expect(mergeButton).toBeDisabled();
  await page.getByRole('button', { name: 'Ajouter une ligne' }).click();
  await expect(table.locator('tr')).toHaveCount(4);
  await page.keyboard.press('Tab'); // from the last cell of row 3 to the first cell of the new row
  await page.keyboard.type('Commentaire');

  // Shift+→ at the end of a cell selects it and the next one; merge them.
  await page.keyboard.press('Shift+ArrowRight');
  await expect(mergeButton).toBeEnabled();
  await mergeButton.click();
  await expect(table.locator('td[colspan="2"]')).toHaveText('Commentaire');
  await expect(page.getByRole('button', { name: 'Scinder la cellule' })).toBeEnabled();

  const odt = await saveAs(page, host.docs, 'budget', 'odt');
  expect(odfSchemaErrors(odt)).toEqual([]);
  const docx = await saveAs(page, host.docs, 'budget', 'docx');

  for (const [name, bytes] of [['budget.odt', odt], ['budget.docx', docx]] as const) {
    const seen = htmlCells(libreofficeConvert(bytes, name, 'html'));
    expect(seen.map((c) => c.text).slice(0, 9), name).toEqual(cells);
    expect(seen.find((c) => c.text === 'Commentaire')?.colspan, name).toBe(2);
  }

  await closeTab(page, 'budget.docx');
  for (const name of ['budget.odt', 'budget.docx']) {
    await openFile(page, name);
    const reopened = page.getByRole('textbox', { name: 'Zone de texte du document' }).locator('table');
    await expect(reopened).toHaveCount(1);
    await expect(reopened.locator('th')).toHaveText(['Poste', 'Montant', 'Note']);
    await expect(reopened.locator('tr')).toHaveCount(4);
    await expect(reopened.locator('td[colspan="2"]')).toHaveText('Commentaire');
    await closeTab(page, name);
  }
});

test('Ctrl+Enter inserts a page break shown as "Saut de page", kept through ODT', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Page un');
  await page.keyboard.press('Enter');
  await editor.pressSequentially('Page deux');
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+Enter');
  await expect(editor.getByRole('separator', { name: 'Saut de page' })).toBeVisible();

  await saveAs(page, host.docs, 'pages', 'odt');
  await closeTab(page, 'pages.odt');
  await openFile(page, 'pages.odt');
  const reopened = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await expect(reopened.getByRole('separator', { name: 'Saut de page' })).toHaveCount(1);
  await expect(reopened.locator('p')).toHaveText(['Page un', 'Page deux']);
});
