import { writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { write } from '@ostal/formats';
import { sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { openFile } from './app-actions.js';
import { expect, test } from './fixtures.js';

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('.sheets').analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('axe-core finds no serious or critical violation on the sheets screen, its filter menu, dialogs and alerts', async ({ page, host }) => {
  // Four axe-core passes over the grid's cells: slow on a loaded two-core machine.
  test.setTimeout(240_000);
  const workbook: Workbook = {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets: [
      {
        ...sheetFromGrid('Budget', [
          [{ value: 'Poste' }, { value: 'Montant' }, { value: 'Statut' }],
          [{ value: 'Loyer' }, { value: 1200 }, { value: 'Payé' }],
          [{ value: 'Énergie' }, { value: 310.5 }, { value: 'À payer' }],
          [{ value: 'Total' }, { value: 1510.5, formula: '=SUM(B2:B3)' }, null],
        ]),
        autoFilter: { range: { top: 0, left: 0, bottom: 2, right: 2 } },
        validations: [
          { type: 'list', ranges: [{ top: 1, left: 2, bottom: 9, right: 2 }], formula1: '"Payé,À payer"', allowBlank: true, showError: true, showPrompt: true, prompt: { text: 'Choisissez un statut.' } },
        ],
      },
    ],
  };
  writeFileSync(path.join(host.docs, 'budget.xlsx'), await write(workbook, 'xlsx'));
  await page.goto(host.url);
  await openFile(page, 'budget.xlsx');
  const grid = page.getByRole('region', { name: 'Feuille de calcul' });
  await expect(grid.getByRole('button', { name: 'Filtrer la colonne Montant' })).toBeVisible();
  expect(await seriousViolations(page), 'sheets screen').toEqual([]);

  await grid.getByRole('button', { name: 'Filtrer la colonne Statut' }).click();
  await expect(page.getByRole('dialog', { name: 'Filtre de la colonne Statut' })).toBeVisible();
  const result = await new AxeBuilder({ page }).include('.sheets-filter-panel').analyze();
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), 'filter menu').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Filtre de la colonne Statut' })).toBeHidden();
  // The menu gives the grid its header cell back on the next frame (AutoFilterMenu.tsx): a go-to
  // typed before that frame would be undone by it.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));

  // The input message and the alert of a refused entry.
  const nameBox = page.getByRole('textbox', { name: 'Cellule' });
  await nameBox.fill('C3');
  await nameBox.press('Enter');
  await expect(page.getByRole('note', { name: 'Aide à la saisie' })).toBeVisible();
  const bar = page.getByRole('combobox', { name: 'Barre de formule' });
  await bar.fill('Peut-être');
  await bar.press('Enter');
  await expect(page.getByRole('alertdialog', { name: 'Valeur non valide' })).toBeVisible();
  expect(await seriousViolations(page), 'validation alert').toEqual([]);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Annuler' }).click();

  await page.getByRole('button', { name: 'Trier…' }).click();
  await expect(page.getByRole('dialog', { name: 'Trier' })).toBeVisible();
  expect(await seriousViolations(page), 'sort dialog').toEqual([]);
});
