import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { read, write } from '@ostal/formats';
import { chartFromRange, sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { libreofficeConvertBytes } from '../support/libreoffice.js';
import { openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

test('a chart’s type, title, range and legend are changed from its editing dialog and saved', async ({ page, host }) => {
  const base: Workbook = {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets: [
      sheetFromGrid('Ventes', [
        [{ value: 'Mois' }, { value: 'Nord' }, { value: 'Sud' }],
        [{ value: 'Janvier' }, { value: 10 }, { value: 4 }],
        [{ value: 'Février' }, { value: 20 }, { value: 8 }],
        [{ value: 'Mars' }, { value: 15 }, { value: 12 }],
      ]),
    ],
  };
  const chart = { ...chartFromRange(base, 'Ventes', { top: 0, left: 0, bottom: 3, right: 1 }, 'column'), title: 'Nord seul' };
  const workbook: Workbook = { ...base, sheets: [{ ...base.sheets[0]!, charts: [chart] }] };
  writeFileSync(path.join(host.docs, 'ventes.xlsx'), await write(workbook, 'xlsx'));
  await page.goto(host.url);
  await openFile(page, 'ventes.xlsx');
  const frame = page.getByRole('group', { name: 'Graphique Nord seul' });
  await expect(frame.getByRole('img', { name: /Nord seul/ })).toBeVisible();

  // A click selects the chart over the grid and shows its actions.
  await frame.click();
  await frame.getByRole('button', { name: 'Modifier le graphique… 1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modifier le graphique' });
  await expect(dialog.getByRole('textbox', { name: 'Plage de données' })).toHaveValue('A1:B4');
  await expect(dialog.getByRole('radio', { name: 'Colonnes' })).toBeChecked();
  await dialog.getByRole('textbox', { name: 'Plage de données' }).fill('A1:C4');
  await dialog.getByRole('radio', { name: 'Lignes' }).check();
  await dialog.getByRole('textbox', { name: 'Titre (facultatif)' }).fill('Nord et Sud');
  await dialog.getByRole('combobox', { name: 'Légende' }).selectOption({ label: 'En bas' });
  await dialog.getByRole('button', { name: 'Appliquer' }).click();
  await expect(dialog).toBeHidden();
  const edited = page.getByRole('img', { name: /Nord et Sud/ });
  await expect(edited).toHaveAttribute('aria-label', /\(Lignes\)\s: 2 série\(s\), 3 point\(s\)$/);

  const xlsx = await saveAs(page, host.docs, 'ventes-2', 'xlsx');
  const ods = await saveAs(page, host.docs, 'ventes-2', 'ods');
  for (const bytes of [xlsx, ods]) {
    const saved = ((await read(bytes)).document as Workbook).sheets[0]?.charts?.[0];
    expect(saved?.type).toBe('line');
    expect(saved?.title).toBe('Nord et Sud');
    expect(saved?.legend).toBe('bottom');
    expect(saved?.series).toHaveLength(2);
  }
  // LibreOffice reads the ODS chart as a line chart of two series.
  const back = ((await read(new Uint8Array(libreofficeConvertBytes(ods, 'ventes-2.ods', 'xlsx')))).document as Workbook).sheets[0]?.charts?.[0];
  expect(back?.type).toBe('line');
  expect(back?.series).toHaveLength(2);
});
