import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { write } from '@ostal/formats';
import { sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

function gridCell(page: Page, row: number, col: number) {
  return page
    .getByRole('region', { name: 'Feuille de calcul' })
    .locator(`.ht_master tbody tr[aria-rowindex="${String(row + 1)}"] td[aria-colindex="${String(col + 1)}"]`);
}

test('expression rules, data bars and icon sets from an xlsx are drawn and follow edits', async ({ page, host }) => {
  const workbook: Workbook = {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets: [
      {
        ...sheetFromGrid('Suivi', [
          [{ value: 'Dossier' }, { value: 'Avancement' }, { value: 'Tendance' }, { value: 'En retard' }],
          [{ value: 'A' }, { value: 10 }, { value: 10 }, { value: true }],
          [{ value: 'B' }, { value: 50 }, { value: 50 }, { value: false }],
          [{ value: 'C' }, { value: 100 }, { value: 100 }, { value: false }],
        ]),
        conditionalFormats: [
          { ranges: [{ top: 1, left: 0, bottom: 3, right: 0 }], rules: [{ type: 'expression', formulas: ['$D2=TRUE'], style: { fill: '#FFC7CE' }, priority: 1 }] },
          {
            ranges: [{ top: 1, left: 1, bottom: 3, right: 1 }],
            rules: [{ type: 'dataBar', priority: 2, xml: '<cfRule type="dataBar" priority="2"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar></cfRule>' }],
          },
          {
            ranges: [{ top: 1, left: 2, bottom: 3, right: 2 }],
            rules: [
              {
                type: 'iconSet',
                priority: 3,
                xml: '<cfRule type="iconSet" priority="3"><iconSet iconSet="3Arrows"><cfvo type="percent" val="0"/><cfvo type="percent" val="33"/><cfvo type="percent" val="67"/></iconSet></cfRule>',
              },
            ],
          },
        ],
      },
    ],
  };
  writeFileSync(path.join(host.docs, 'suivi.xlsx'), await write(workbook, 'xlsx'));
  await page.goto(host.url);
  await openFile(page, 'suivi.xlsx');
  await expect(gridCell(page, 2, 1)).toHaveText('A');
  // Expression: the file (dossier) is late.
  await expect(gridCell(page, 2, 1)).toHaveCSS('background-color', 'rgb(255, 199, 206)');
  await expect(gridCell(page, 3, 1)).not.toHaveCSS('background-color', 'rgb(255, 199, 206)');
  // Data bars: the longest for the maximum, the shortest for the minimum.
  await expect(gridCell(page, 4, 2)).toHaveCSS('background-image', /linear-gradient\(to right, rgb\(99, 142, 198\) 0px, rgb\(99, 142, 198\) 90%/);
  await expect(gridCell(page, 2, 2)).toHaveCSS('background-image', /rgb\(99, 142, 198\) 10%/);
  // Icons: down for the lowest, up for the highest.
  await expect(gridCell(page, 2, 3).locator('.sheets-cell-icon')).toHaveText('↓');
  await expect(gridCell(page, 4, 3).locator('.sheets-cell-icon')).toHaveText('↑');
  await expect(gridCell(page, 4, 3)).toContainText('100');

  // Edits re-evaluate: B is now late, A no more.
  const nameBox = page.getByRole('textbox', { name: 'Cellule' });
  const bar = page.getByRole('combobox', { name: 'Barre de formule' });
  for (const [cell, value] of [['D2', 'FAUX'], ['D3', 'VRAI'], ['C2', '200']] as const) {
    await nameBox.fill(cell);
    await nameBox.press('Enter');
    await expect(nameBox).toHaveValue(cell);
    await bar.fill(value);
    await bar.press('Enter');
  }
  await expect(gridCell(page, 3, 1)).toHaveCSS('background-color', 'rgb(255, 199, 206)');
  await expect(gridCell(page, 2, 1)).not.toHaveCSS('background-color', 'rgb(255, 199, 206)');
  await expect(gridCell(page, 2, 3).locator('.sheets-cell-icon')).toHaveText('↑');

  // Saved back to XLSX with the rules as they were.
  const xlsx = await saveAs(page, host.docs, 'suivi-2', 'xlsx');
  const sheetXml = strFromU8(unzipSync(xlsx)['xl/worksheets/sheet1.xml']!);
  expect(sheetXml).toContain('<dataBar>');
  expect(sheetXml).toContain('iconSet="3Arrows"');
  expect(sheetXml).toMatch(/<cfRule type="expression"[^>]*><formula>\$D2=TRUE<\/formula>/);
});
