import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { read } from '@ostal/formats';
import type { Workbook } from '@ostal/model';
import { libreofficeConvertBytes } from '../support/libreoffice.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { enterCell } from './sheets-actions.js';

function gridCell(page: Page, row: number, col: number) {
  return page.getByRole('region', { name: 'Feuille de calcul' }).locator(`.ht_master tbody tr:nth-child(${String(row)}) td:nth-of-type(${String(col)})`);
}

test('a stock chart inserted from a typed range draws high-low lines and boxes, is saved into XLSX and ODS, and LibreOffice reads it as a stock chart', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  const rows = [
    ['Jour', 'Ouverture', 'Haut', 'Bas', 'Clôture'],
    ['Lundi', '10', '14', '9', '12'],
    ['Mardi', '12', '15', '11', '11'],
    ['Mercredi', '11', '13', '8', '13'],
  ];
  for (const [i, row] of rows.entries()) for (const [j, text] of row.entries()) await enterCell(page, `${'ABCDE'[j]!}${String(i + 1)}`, text);
  await expect(gridCell(page, 4, 5)).toHaveText('13');

  // Too few columns for a stock chart: the dialog says why and stays open.
  await gridCell(page, 1, 1).click();
  await gridCell(page, 4, 3).click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'Insérer un graphique' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insérer un graphique' });
  const range = dialog.getByRole('textbox', { name: 'Plage de données' });
  await expect(range).toHaveValue('A1:C4');
  await dialog.getByRole('radio', { name: 'Boursier' }).check();
  await expect(dialog.getByText(/^Boursier\s: dates ou noms dans la première colonne/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Insérer', exact: true }).click();
  await expect(dialog.getByText(/^Un graphique boursier demande 4 ou 5 colonnes/)).toBeVisible();
  await expect(range).toHaveAttribute('aria-invalid', 'true');

  await range.fill('A1:E4');
  await dialog.getByRole('textbox', { name: 'Titre (facultatif)' }).fill('Cours de la semaine');
  await dialog.getByRole('button', { name: 'Insérer', exact: true }).click();
  await expect(dialog).toBeHidden();
  const chart = page.getByRole('group', { name: 'Graphique Cours de la semaine' }).getByRole('img', { name: /Cours de la semaine/ });
  await expect(chart).toHaveAttribute('aria-label', /\(Boursier\)\s: 4 série\(s\), 3 point\(s\)$/);
  await expect(chart.locator('.ui-chart__hilow')).toHaveCount(3);
  // Monday and Wednesday close above their open (white boxes), Tuesday below.
  await expect(chart.locator('.ui-chart__updown--up')).toHaveCount(2);
  await expect(chart.locator('.ui-chart__updown--down')).toHaveCount(1);

  const xlsx = await saveAs(page, host.docs, 'cours', 'xlsx');
  const ods = await saveAs(page, host.docs, 'cours', 'ods');
  expect(new TextDecoder().decode(unzipSync(xlsx)['xl/charts/chart1.xml'])).toContain('<c:stockChart>');
  for (const bytes of [xlsx, ods]) {
    const saved = ((await read(bytes)).document as Workbook).sheets[0]?.charts?.[0];
    expect(saved?.type).toBe('stock');
    expect(saved?.series.map((s) => s.name)).toEqual(['Ouverture', 'Haut', 'Bas', 'Clôture']);
    expect(saved?.series[1]?.cachedValues).toEqual([14, 15, 13]);
  }

  // LibreOffice turns our XLSX into an ODS whose embedded chart is a stock chart.
  const converted = unzipSync(new Uint8Array(libreofficeConvertBytes(xlsx, 'cours.xlsx', 'ods')));
  const chartContent = Object.entries(converted).find(([name, bytes]) => name.endsWith('content.xml') && name !== 'content.xml' && new TextDecoder().decode(bytes).includes('<chart:chart'));
  expect(chartContent && new TextDecoder().decode(chartContent[1])).toContain('chart:class="chart:stock"');

  await closeTab(page, 'cours.ods');
  for (const name of ['cours.xlsx', 'cours.ods']) {
    await openFile(page, name);
    const reopened = page.getByRole('group', { name: 'Graphique Cours de la semaine' }).getByRole('img', { name: /Cours de la semaine/ });
    await expect(reopened).toHaveAttribute('aria-label', /\(Boursier\)\s: 4 série\(s\), 3 point\(s\)$/);
    await expect(reopened.locator('.ui-chart__updown--down')).toHaveCount(1);
    await closeTab(page, name);
  }
});
