import type { Page } from '@playwright/test';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { libreofficeSheetsCsv } from '../support/libreoffice.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { enterCell } from './sheets-actions.js';

function gridCell(page: Page, row: number, col: number) {
  return page.getByRole('region', { name: 'Feuille de calcul' }).locator(`.ht_master tbody tr:nth-child(${String(row)}) td:nth-of-type(${String(col)})`);
}

test('a spreadsheet with a formula on two sheets saves as ODS and XLSX, reopens, and LibreOffice computes the same', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  await enterCell(page, 'A1', '10');
  await enterCell(page, 'A2', '20,5');
  await enterCell(page, 'A3', '30');
  await enterCell(page, 'A4', '=SUM(A1:A3)');
  await expect(gridCell(page, 4, 1)).toHaveText(/60[,.]5/);
  await enterCell(page, 'B1', 'Total');

  await page.getByRole('button', { name: 'Nouvelle feuille' }).click();
  await enterCell(page, 'A1', 'Deuxième');

  const ods = await saveAs(page, host.docs, 'budget', 'ods');
  expect(odfSchemaErrors(ods)).toEqual([]);
  const xlsx = await saveAs(page, host.docs, 'budget', 'xlsx');

  for (const [name, bytes] of [['budget.ods', ods], ['budget.xlsx', xlsx]] as const) {
    const csv = libreofficeSheetsCsv(bytes, name);
    expect(csv).toMatch(/^10,Total\r?\n20\.5,?\r?\n30,?\r?\n60\.5,?\r?\n/);
    expect(csv).toContain('Deuxième');
  }

  await closeTab(page, 'budget.xlsx');
  for (const name of ['budget.ods', 'budget.xlsx']) {
    await openFile(page, name);
    await expect(gridCell(page, 4, 1)).toHaveText(/60[,.]5/);
    const nameBox = page.getByRole('textbox', { name: 'Cellule' });
    await nameBox.fill('A4');
    await nameBox.press('Enter');
    await expect(page.getByRole('combobox', { name: 'Barre de formule' })).toHaveValue('=SOMME(A1:A3)');
    await expect(page.getByRole('group', { name: 'Feuilles' }).getByRole('button')).toHaveCount(3); // two sheets + "new sheet"
    await closeTab(page, name);
  }
});
