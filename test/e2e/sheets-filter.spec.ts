import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { read, write } from '@ostal/formats';
import { sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { libreofficeConvertBytes } from '../support/libreoffice.js';
import { openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

function gridCell(page: Page, row: number, col: number) {
  return page
    .getByRole('region', { name: 'Feuille de calcul' })
    .locator(`.ht_master tbody tr[aria-rowindex="${String(row + 1)}"] td[aria-colindex="${String(col + 1)}"]`);
}

/** Texts of a column's cells as drawn (hidden rows are not drawn). */
function columnTexts(page: Page, col: number) {
  return page.getByRole('region', { name: 'Feuille de calcul' }).locator(`.ht_master tbody td[aria-colindex="${String(col + 2)}"]`);
}

const table: Workbook = {
  kind: 'workbook',
  version: WORKBOOK_VERSION,
  meta: {},
  sheets: [
    sheetFromGrid('Dépenses', [
      [{ value: 'Ville' }, { value: 'Montant' }],
      [{ value: 'Sète' }, { value: 100 }],
      [{ value: 'Nîmes' }, { value: 250 }],
      [null, { value: 40 }],
      [{ value: 'Alès' }, { value: 900 }],
    ]),
  ],
};

test('an autofilter lists a column’s values, hides the rows unticked, is undone and saved for LibreOffice', async ({ page, host }) => {
  writeFileSync(path.join(host.docs, 'depenses.xlsx'), await write(table, 'xlsx'));
  await page.goto(host.url);
  await openFile(page, 'depenses.xlsx');
  await expect(gridCell(page, 1, 1)).toHaveText('Ville');
  await gridCell(page, 2, 1).click();
  await page.getByRole('button', { name: 'Filtre automatique' }).click();
  await expect(page.getByRole('button', { name: 'Filtre automatique' })).toHaveAttribute('aria-pressed', 'true');

  const cityButton = page.getByRole('button', { name: 'Filtrer la colonne Ville', exact: true });
  await cityButton.click();
  const panel = page.getByRole('dialog', { name: 'Filtre de la colonne Ville' });
  await expect(panel.getByRole('checkbox')).toHaveCount(5);
  await expect(panel.locator('.sheets-filter-panel__list label')).toHaveText(['Alès', 'Nîmes', 'Sète', '(Vides)']);
  await panel.getByRole('checkbox', { name: 'Nîmes' }).uncheck();
  await panel.getByRole('checkbox', { name: '(Vides)' }).uncheck();
  await panel.getByRole('button', { name: 'Appliquer' }).click();
  await expect(panel).toBeHidden();
  await expect(columnTexts(page, 0).filter({ hasText: /./ })).toHaveText(['Ville', 'Sète', 'Alès']);
  await expect(page.getByRole('status').filter({ hasText: 'affichée' })).toHaveText('2 ligne(s) sur 4 affichée(s)');
  await expect(page.getByRole('button', { name: 'Filtrer la colonne Ville (filtre actif)' })).toBeVisible();

  // Search narrows the list; a condition on the other column, opened from the keyboard.
  await gridCell(page, 1, 2).click();
  await page.keyboard.press('Alt+ArrowDown');
  const amounts = page.getByRole('dialog', { name: 'Filtre de la colonne Montant' });
  await expect(amounts.getByRole('searchbox', { name: 'Rechercher une valeur' })).toBeFocused();
  await amounts.getByRole('searchbox').fill('9');
  await expect(amounts.locator('.sheets-filter-panel__list label')).toHaveText(['900']);
  await amounts.getByRole('searchbox').fill('');
  // Only the amounts of the rows the city filter left are offered (250 and 40 are hidden), as in Excel.
  await expect(amounts.locator('.sheets-filter-panel__list label')).toHaveText(['100', '900']);
  await amounts.getByRole('combobox', { name: 'Condition' }).selectOption({ label: 'est supérieur à' });
  await amounts.getByRole('textbox', { name: 'Valeur de la condition' }).fill('150');
  await amounts.getByRole('textbox', { name: 'Valeur de la condition' }).press('Enter');
  await expect(columnTexts(page, 0).filter({ hasText: /./ })).toHaveText(['Ville', 'Alès']);

  // Undo brings the rows back one step at a time.
  await expect(page.getByRole('button', { name: 'Filtrer la colonne Montant (filtre actif)' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(columnTexts(page, 0).filter({ hasText: /./ })).toHaveText(['Ville', 'Sète', 'Alès']);
  await page.keyboard.press('Control+y');
  await expect(columnTexts(page, 0).filter({ hasText: /./ })).toHaveText(['Ville', 'Alès']);

  // The city list now follows the amount condition: Sète (100) and the blank (40) are not offered;
  // Nîmes (250) is, unticked by the city filter.
  await page.getByRole('button', { name: 'Filtrer la colonne Ville (filtre actif)' }).click();
  const cities = page.getByRole('dialog', { name: 'Filtre de la colonne Ville' });
  await expect(cities.locator('.sheets-filter-panel__list label')).toHaveText(['Alès', 'Nîmes']);
  await expect(cities.getByRole('checkbox', { name: 'Alès' })).toBeChecked();
  await expect(cities.getByRole('checkbox', { name: 'Nîmes' })).not.toBeChecked();
  await page.keyboard.press('Escape');
  await expect(cities).toBeHidden();

  const xlsx = await saveAs(page, host.docs, 'filtre', 'xlsx');
  const sheetXml = strFromU8(unzipSync(xlsx)['xl/worksheets/sheet1.xml']!);
  expect(sheetXml).toContain('<autoFilter ref="A1:B5">');
  expect(sheetXml).toMatch(/<filterColumn colId="0"><filters><filter val="Alès"\/><filter val="Sète"\/><\/filters><\/filterColumn>/);
  expect(sheetXml).toMatch(/<filterColumn colId="1"><customFilters><customFilter operator="greaterThan" val="150"\/><\/customFilters><\/filterColumn>/);
  const ods = await saveAs(page, host.docs, 'filtre', 'ods');
  expect(strFromU8(unzipSync(ods)['content.xml']!)).toContain('table:display-filter-buttons="true"');
  for (const [bytes, name] of [[xlsx, 'filtre.xlsx'], [ods, 'filtre.ods']] as const) {
    const mine = (await read(bytes)).document as Workbook;
    expect(mine.sheets[0]?.autoFilter?.columns?.length).toBe(2);
    // LibreOffice keeps the filter (its own ODS, read back by Ostal).
    const back = (await read(new Uint8Array(libreofficeConvertBytes(bytes, name, 'ods')))).document as Workbook;
    expect(back.sheets[0]?.autoFilter?.range).toEqual({ top: 0, left: 0, bottom: 4, right: 1 });
    expect(back.sheets[0]?.autoFilter?.columns?.length ?? 0).toBeGreaterThan(0);
  }

  // Taking the filter away shows every row again.
  await page.getByRole('button', { name: 'Filtre automatique' }).click();
  await expect(columnTexts(page, 0).filter({ hasText: /./ })).toHaveText(['Ville', 'Sète', 'Nîmes', 'Alès']);
  await expect(cityButton).toHaveCount(0);
});
