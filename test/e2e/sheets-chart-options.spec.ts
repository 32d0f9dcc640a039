/**
 * The chart dialog's options, as a person sets them: a series on the secondary value axis of a
 * column chart, a stock chart without its high-low lines. Each is drawn at once, kept in the
 * XLSX Ostal saves (reopened: the chart and the dialog show it again), and found by Ostal in the
 * ODS LibreOffice makes of that XLSX.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { read } from '@ostal/formats';
import type { Chart, Workbook } from '@ostal/model';
import { libreofficeConvertBytes } from '../support/libreoffice.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { enterCell } from './sheets-actions.js';

function gridCell(page: Page, row: number, col: number) {
  return page.getByRole('region', { name: 'Feuille de calcul' }).locator(`.ht_master tbody tr:nth-child(${String(row)}) td:nth-of-type(${String(col)})`);
}

async function typeRows(page: Page, rows: readonly (readonly string[])[]): Promise<void> {
  for (const [i, row] of rows.entries()) for (const [j, text] of row.entries()) await enterCell(page, `${'ABCDE'[j]!}${String(i + 1)}`, text);
  await expect(gridCell(page, rows.length, rows[0]!.length)).toHaveText(rows.at(-1)!.at(-1)!);
}

/** The first chart Ostal reads from `bytes`, after LibreOffice made an ODS of them. */
async function throughLibreOffice(xlsx: Uint8Array, name: string): Promise<Chart | undefined> {
  const ods = new Uint8Array(libreofficeConvertBytes(xlsx, name, 'ods'));
  return ((await read(ods, { format: 'ods' })).document as Workbook).sheets[0]?.charts?.[0];
}

test('a series put on the secondary axis in the chart dialog is drawn there, saved in XLSX, and still there through LibreOffice’s ODS', async ({ page, host }) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  await typeRows(page, [
    ['Mois', 'Montant', 'Taux'],
    ['Janvier', '1200', '0,2'],
    ['Février', '2000', '0,35'],
    ['Mars', '1500', '0,3'],
  ]);
  await gridCell(page, 1, 1).click();
  await gridCell(page, 4, 3).click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'Insérer un graphique' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insérer un graphique' });
  await expect(dialog.getByRole('textbox', { name: 'Plage de données' })).toHaveValue('A1:C4');
  const secondary = dialog.getByRole('group', { name: 'Séries sur l’axe secondaire' });
  await expect(secondary.getByRole('checkbox')).toHaveCount(2);
  await secondary.getByRole('checkbox', { name: 'Taux' }).check();
  // One series stays on the primary axis.
  await expect(secondary.getByRole('checkbox', { name: 'Montant' })).toBeDisabled();
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await dialog.getByRole('textbox', { name: 'Titre (facultatif)' }).fill('Montant et taux');
  await dialog.getByRole('button', { name: 'Insérer', exact: true }).click();
  await expect(dialog).toBeHidden();
  const chart = page.getByRole('group', { name: 'Graphique Montant et taux' }).getByRole('img', { name: /Montant et taux/ });
  await expect(chart.locator('.ui-chart__secondary-axis')).toHaveCount(1);
  // Its own scale, up to 0,4 on the right, where the primary one goes to 2 000.
  await expect(chart.locator('.ui-chart__secondary-tick').last()).toHaveText('0,4');

  const xlsx = await saveAs(page, host.docs, 'taux', 'xlsx');
  expect(((await read(xlsx)).document as Workbook).sheets[0]?.charts?.[0]?.series.map((s) => s.secondaryAxis)).toEqual([undefined, true]);
  await closeTab(page, 'taux.xlsx');
  await openFile(page, 'taux.xlsx');
  const frame = page.getByRole('group', { name: 'Graphique Montant et taux' });
  await expect(frame.getByRole('img', { name: /Montant et taux/ }).locator('.ui-chart__secondary-axis')).toHaveCount(1);
  await frame.click();
  await frame.getByRole('button', { name: 'Modifier le graphique… 1' }).click();
  const edit = page.getByRole('dialog', { name: 'Modifier le graphique' });
  await expect(edit.getByRole('group', { name: 'Séries sur l’axe secondaire' }).getByRole('checkbox', { name: 'Taux' })).toBeChecked();
  await expect(edit.getByRole('group', { name: 'Séries sur l’axe secondaire' }).getByRole('checkbox', { name: 'Montant' })).not.toBeChecked();
  await edit.getByRole('button', { name: 'Annuler' }).click();

  const fromLibreOffice = await throughLibreOffice(xlsx, 'taux.xlsx');
  expect(fromLibreOffice?.series.map((s) => [s.name, s.secondaryAxis])).toEqual([
    ['Montant', undefined],
    ['Taux', true],
  ]);
});

test('a stock chart whose high-low lines are turned off in the dialog draws none, and stays so in XLSX and through LibreOffice’s ODS', async ({ page, host }) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  await typeRows(page, [
    ['Jour', 'Ouverture', 'Haut', 'Bas', 'Clôture'],
    ['Lundi', '10', '14', '9', '12'],
    ['Mardi', '12', '15', '11', '11'],
    ['Mercredi', '11', '13', '8', '13'],
  ]);
  await gridCell(page, 1, 1).click();
  await gridCell(page, 4, 5).click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'Insérer un graphique' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insérer un graphique' });
  await dialog.getByRole('radio', { name: 'Boursier' }).check();
  const options = dialog.getByRole('group', { name: 'Options' });
  await expect(options.getByRole('checkbox', { name: 'Lignes haut-bas' })).toBeChecked();
  await expect(options.getByRole('checkbox', { name: /^Barres hausse-baisse/ })).toBeChecked();
  await options.getByRole('checkbox', { name: 'Lignes haut-bas' }).uncheck();
  await dialog.getByRole('textbox', { name: 'Titre (facultatif)' }).fill('Cours');
  await dialog.getByRole('button', { name: 'Insérer', exact: true }).click();
  await expect(dialog).toBeHidden();
  const chart = page.getByRole('group', { name: 'Graphique Cours' }).getByRole('img', { name: /Cours/ });
  await expect(chart.locator('.ui-chart__updown--up')).toHaveCount(2);
  await expect(chart.locator('.ui-chart__hilow')).toHaveCount(0);

  const xlsx = await saveAs(page, host.docs, 'cours', 'xlsx');
  expect(((await read(xlsx)).document as Workbook).sheets[0]?.charts?.[0]?.stock).toEqual({ hiLowLines: false, upDownBars: true });
  await closeTab(page, 'cours.xlsx');
  await openFile(page, 'cours.xlsx');
  const frame = page.getByRole('group', { name: 'Graphique Cours' });
  const reopened = frame.getByRole('img', { name: /Cours/ });
  await expect(reopened.locator('.ui-chart__updown--up')).toHaveCount(2);
  await expect(reopened.locator('.ui-chart__hilow')).toHaveCount(0);
  await frame.click();
  await frame.getByRole('button', { name: 'Modifier le graphique… 1' }).click();
  const edit = page.getByRole('dialog', { name: 'Modifier le graphique' });
  await expect(edit.getByRole('checkbox', { name: 'Lignes haut-bas' })).not.toBeChecked();
  await edit.getByRole('button', { name: 'Annuler' }).click();

  expect((await throughLibreOffice(xlsx, 'cours.xlsx'))?.stock).toEqual({ hiLowLines: false, upDownBars: true });
});
