import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { libreofficeConvertBytes } from '../support/libreoffice.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { enterCell } from './sheets-actions.js';

function gridCell(page: Page, row: number, col: number) {
  return page.getByRole('region', { name: 'Feuille de calcul' }).locator(`.ht_master tbody tr:nth-child(${String(row)}) td:nth-of-type(${String(col)})`);
}

test('a column chart inserted from A1:B4 is drawn, follows edits, and is saved into XLSX and ODS', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  const rows = [
    ['Mois', 'Ventes'],
    ['Janvier', '10'],
    ['Février', '20'],
    ['Mars', '15'],
  ];
  for (const [i, [a, b]] of rows.entries()) {
    await enterCell(page, `A${String(i + 1)}`, a!);
    await enterCell(page, `B${String(i + 1)}`, b!);
  }
  await expect(gridCell(page, 4, 2)).toHaveText('15');

  // Select A1:B4 with the mouse, then insert a column chart.
  await gridCell(page, 1, 1).click();
  await gridCell(page, 4, 2).click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'Insérer un graphique' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insérer un graphique' });
  await expect(dialog.getByRole('textbox', { name: 'Plage de données' })).toHaveValue('A1:B4');
  await expect(dialog.getByRole('radio', { name: 'Colonnes' })).toBeChecked();
  await dialog.getByRole('textbox', { name: 'Titre (facultatif)' }).fill('Ventes du trimestre');
  await dialog.getByRole('button', { name: 'Insérer', exact: true }).click();
  await expect(dialog).toBeHidden();

  // The chart floats over the grid, beside its data.
  const frame = page.getByRole('group', { name: 'Graphique Ventes du trimestre' });
  const chart = frame.getByRole('img', { name: /Ventes du trimestre/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('.ui-chart__bar')).toHaveCount(3);
  await expect(chart).toHaveAttribute('aria-label', /^Graphique «\sVentes du trimestre\s» \(Colonnes\)\s: 1 série\(s\), 3 point\(s\)$/);

  // Values follow the cells.
  await enterCell(page, 'B3', '25');
  await expect(frame.locator('table td').nth(1)).toHaveText('25');

  const xlsx = await saveAs(page, host.docs, 'ventes', 'xlsx');
  const ods = await saveAs(page, host.docs, 'ventes', 'ods');
  expect(odfSchemaErrors(ods)).toEqual([]);
  expect(new TextDecoder().decode(unzipSync(xlsx)['xl/charts/chart1.xml'])).toContain('<c:f>Feuille1!$B$2:$B$4</c:f>');

  // LibreOffice turns the ODS into an XLSX that still has the chart and its ranges.
  const converted = unzipSync(new Uint8Array(libreofficeConvertBytes(ods, 'ventes.ods', 'xlsx')));
  // A LibreOffice kept running numbers its chart parts on from earlier conversions: find the part.
  const loChartPart = Object.keys(converted).find((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
  const loChart = new TextDecoder().decode(converted[loChartPart ?? '']);
  expect(loChart).toContain('<c:f>Feuille1!$B$2:$B$4</c:f>');
  expect(loChart).toContain('<c:f>Feuille1!$A$2:$A$4</c:f>');

  await closeTab(page, 'ventes.ods');
  for (const name of ['ventes.xlsx', 'ventes.ods']) {
    await openFile(page, name);
    const reopened = page.getByRole('group', { name: 'Graphique Ventes du trimestre' }).getByRole('img', { name: /Ventes du trimestre/ });
    await expect(reopened).toBeVisible();
    await expect(reopened.locator('.ui-chart__bar')).toHaveCount(3);
    await closeTab(page, name);
  }
});
