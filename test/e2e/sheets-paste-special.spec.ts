import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { read, write } from '@ostal/formats';
import { sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { libreofficeSheetsCsv } from '../support/libreoffice.js';
import { openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { goToCell } from './sheets-actions.js';

function gridCell(page: Page, row: number, col: number) {
  return page
    .getByRole('region', { name: 'Feuille de calcul' })
    .locator(`.ht_master tbody tr[aria-rowindex="${String(row + 1)}"] td[aria-colindex="${String(col + 1)}"]`);
}

const book: Workbook = {
  kind: 'workbook',
  version: WORKBOOK_VERSION,
  meta: {},
  styles: [{}, { font: { bold: true }, fill: '#FFFF00' }],
  sheets: [
    sheetFromGrid('Tarifs', [
      [{ value: 'Article', style: 1 }, { value: 'Prix', style: 1 }],
      [{ value: 'Stylo' }, { value: 2 }],
      [{ value: 'Cahier' }, { value: 5 }],
      [{ value: 'Total' }, { value: 7, formula: '=SUM(B2:B3)' }],
      [],
      [null, { value: 100 }],
      [null, { value: 200 }],
    ]),
  ],
};

test('paste special pastes values, transposes, adds to the numbers there; formats follow pasted and sorted cells', async ({ page, host }) => {
  writeFileSync(path.join(host.docs, 'tarifs.xlsx'), await write(book, 'xlsx'));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(host.url);
  await openFile(page, 'tarifs.xlsx');
  await expect(gridCell(page, 4, 2)).toHaveText('7');

  // A plain paste of a copied block brings its formats.
  await gridCell(page, 1, 1).click();
  await gridCell(page, 1, 2).click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+C');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('Article\tPrix\r\n');
  await gridCell(page, 1, 4).click();
  await page.keyboard.press('Control+V');
  await expect(gridCell(page, 1, 4)).toHaveText('Article');
  await expect(gridCell(page, 1, 4)).toHaveCSS('font-weight', '700');

  // Values only, transposed, from the data toolbar.
  await gridCell(page, 2, 2).click();
  await gridCell(page, 4, 2).click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+C');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('2\r\n5\r\n7\r\n');
  await gridCell(page, 9, 1).click();
  await page.getByRole('button', { name: 'Collage spécial…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Collage spécial' });
  await dialog.getByRole('radio', { name: 'Valeurs seulement' }).check();
  await dialog.getByRole('checkbox', { name: 'Transposer' }).check();
  await dialog.getByRole('button', { name: 'Coller' }).click();
  await expect(dialog).toBeHidden();
  await expect(gridCell(page, 9, 1)).toHaveText('2');
  await expect(gridCell(page, 9, 3)).toHaveText('7');
  await goToCell(page, 'C9');
  await expect(page.getByRole('combobox', { name: 'Barre de formule' })).toHaveValue('7');

  // Add the copied prices to B6:B7, from the cell's context menu.
  await gridCell(page, 2, 2).click();
  await gridCell(page, 3, 2).click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+C');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('2\r\n5\r\n');
  await gridCell(page, 6, 2).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Collage spécial…' }).click();
  await dialog.getByRole('combobox', { name: 'Opération' }).selectOption({ label: 'Addition' });
  await dialog.getByRole('button', { name: 'Coller' }).click();
  await expect(gridCell(page, 6, 2)).toHaveText('102');
  await expect(gridCell(page, 7, 2)).toHaveText('205');
  await page.keyboard.press('Control+z');
  await expect(gridCell(page, 6, 2)).toHaveText('100');
  await page.keyboard.press('Control+y');
  await expect(gridCell(page, 6, 2)).toHaveText('102');

  // A sort moves the formats with their rows.
  await gridCell(page, 1, 1).click();
  await gridCell(page, 3, 2).click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'Trier…' }).click();
  const sort = page.getByRole('dialog', { name: 'Trier' });
  await sort.getByRole('checkbox', { name: 'La première ligne contient les titres des colonnes' }).uncheck();
  await sort.getByRole('combobox', { name: 'Ordre' }).first().selectOption({ label: 'Décroissant' });
  await sort.getByRole('button', { name: 'OK' }).click();
  await expect(gridCell(page, 1, 1)).toHaveText('Stylo');
  await expect(gridCell(page, 3, 1)).toHaveText('Article');
  await expect(gridCell(page, 3, 1)).toHaveCSS('font-weight', '700');
  await expect(gridCell(page, 1, 1)).toHaveCSS('font-weight', '400');

  const ods = await saveAs(page, host.docs, 'tarifs-colles', 'ods');
  const saved = (await read(ods)).document as Workbook;
  const rows = saved.sheets[0]?.rows;
  expect(rows?.[8]?.map((c) => c?.value ?? null).slice(0, 3)).toEqual([2, 5, 7]);
  expect(rows?.[5]?.[1]?.value).toBe(102);
  expect(libreofficeSheetsCsv(ods, 'tarifs-colles.ods')).toContain('\n2,5,7');
});
