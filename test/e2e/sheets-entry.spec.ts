import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { read, write } from '@ostal/formats';
import { sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { libreofficeConvertBytes, libreofficeSheetsCsv } from '../support/libreoffice.js';
import { openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { enterCell, goToCell } from './sheets-actions.js';

function gridCell(page: Page, row: number, col: number) {
  return page
    .getByRole('region', { name: 'Feuille de calcul' })
    .locator(`.ht_master tbody tr[aria-rowindex="${String(row + 1)}"] td[aria-colindex="${String(col + 1)}"]`);
}

test('dates, times and percentages typed in French are kept as values and shown back as typed', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  const bar = page.getByRole('combobox', { name: 'Barre de formule' });
  await expect(bar).toBeVisible();
  await enterCell(page, 'A1', '28/11/2026');
  await enterCell(page, 'A2', '=A1+3');
  await enterCell(page, 'B1', '14:30');
  await enterCell(page, 'C1', '12,5 %');
  await enterCell(page, 'D1', '3,25');
  await expect(gridCell(page, 1, 1)).toHaveText('28/11/2026');
  await expect(gridCell(page, 1, 2)).toHaveText('14:30');
  await expect(gridCell(page, 1, 3)).toHaveText('12,5%');
  await expect(gridCell(page, 1, 4)).toHaveText('3,25');
  // The date is a number: a formula computes with it.
  await enterCell(page, 'E1', '=A2-A1');
  await expect(gridCell(page, 1, 5)).toHaveText('3');
  // The formula bar shows what the user would type, not the serial number.
  await goToCell(page, 'A1');
  await expect(bar).toHaveValue('28/11/2026');
  await goToCell(page, 'C1');
  await expect(bar).toHaveValue('12,5%');
  await goToCell(page, 'B1');
  await expect(bar).toHaveValue('14:30:00');
  // Typed in the cell too (in-cell editor).
  await goToCell(page, 'A4');
  await page.keyboard.type('01/02/2027');
  await page.keyboard.press('Enter');
  await expect(gridCell(page, 4, 1)).toHaveText('01/02/2027');
  // Undo takes the value and its format back in one step.
  await page.keyboard.press('Control+z');
  await expect(gridCell(page, 4, 1)).toHaveText('');

  const xlsx = await saveAs(page, host.docs, 'dates', 'xlsx');
  const { document } = await read(xlsx);
  const row = (document as Workbook).sheets[0]?.rows[0];
  expect(row?.[0]?.value).toBe(46_354);
  expect(row?.[2]?.value).toBe(0.125);
  // LibreOffice's CSV (not "as shown") writes dates, times and percentages in its own en-US forms:
  // it read a date, a time and a percentage, not plain numbers.
  for (const [name, bytes] of [['dates.xlsx', xlsx], ['dates.ods', await saveAs(page, host.docs, 'dates', 'ods')]] as const)
    expect(libreofficeSheetsCsv(bytes, name)).toMatch(/^11\/28\/2026,02:30:00 PM,12\.5%,3\.25,3\r?\n/);
});

test('a data validation refuses an entry outside its rule, explains it in French and shows its input message', async ({ page, host }) => {
  const workbook: Workbook = {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets: [
      {
        ...sheetFromGrid('Saisie', [[{ value: 'Quantité' }, { value: 'Statut' }, { value: 'Remise' }]]),
        validations: [
          {
            type: 'whole',
            operator: 'between',
            ranges: [{ top: 1, left: 0, bottom: 20, right: 0 }],
            formula1: '1',
            formula2: '10',
            allowBlank: true,
            showError: true,
            showPrompt: true,
            prompt: { title: 'Quantité', text: 'Un nombre entier de 1 à 10.' },
          },
          { type: 'list', ranges: [{ top: 1, left: 1, bottom: 20, right: 1 }], formula1: '"Ouvert,Fermé"', allowBlank: true, showError: true, error: { style: 'stop', title: 'Statut inconnu', text: 'Choisissez Ouvert ou Fermé.' } },
          { type: 'decimal', operator: 'lessThanOrEqual', ranges: [{ top: 1, left: 2, bottom: 20, right: 2 }], formula1: '0.5', allowBlank: true, showError: true, error: { style: 'warning' } },
        ],
      },
    ],
  };
  writeFileSync(path.join(host.docs, 'saisie.xlsx'), await write(workbook, 'xlsx'));
  await page.goto(host.url);
  await openFile(page, 'saisie.xlsx');
  await expect(gridCell(page, 1, 1)).toHaveText('Quantité');

  await goToCell(page, 'A2');
  await expect(page.getByRole('note', { name: 'Aide à la saisie' })).toContainText('Un nombre entier de 1 à 10.');
  await page.keyboard.type('12');
  await page.keyboard.press('Enter');
  const alert = page.getByRole('alertdialog', { name: 'Valeur non valide' });
  await expect(alert).toContainText('La valeur doit être un nombre entier compris entre 1 et 10.');
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await expect(alert).toBeHidden();
  await expect(gridCell(page, 2, 1)).toHaveText('');
  // Réessayer opens the cell editor again on the refused entry, selected: typing replaces it.
  const editor = page.locator('textarea.handsontableInput');
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue('12');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(gridCell(page, 2, 1)).toHaveText('7');

  // A formula is judged by what it computes: 7 × 2 is out of bounds, 7 + 1 is not.
  await enterCell(page, 'A3', '=A2*2');
  await expect(alert).toContainText('La valeur doit être un nombre entier compris entre 1 et 10.');
  await alert.getByRole('button', { name: 'Annuler' }).click();
  await expect(alert).toBeHidden();
  await expect(gridCell(page, 3, 1)).toHaveText('');
  await enterCell(page, 'A3', '=A2+1');
  await expect(gridCell(page, 3, 1)).toHaveText('8');

  // A refused entry leaves what was undone to redo.
  await page.keyboard.press('Control+z');
  await expect(gridCell(page, 3, 1)).toHaveText('');
  await enterCell(page, 'A4', '=A2*3');
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'Annuler' }).click();
  await expect(alert).toBeHidden();
  await goToCell(page, 'A5');
  await page.keyboard.press('Control+y');
  await expect(gridCell(page, 3, 1)).toHaveText('8');

  // The file's own message and title.
  await enterCell(page, 'B2', 'Peut-être');
  const custom = page.getByRole('alertdialog', { name: 'Statut inconnu' });
  await expect(custom).toContainText('Choisissez Ouvert ou Fermé.');
  await custom.getByRole('button', { name: 'Annuler' }).click();
  await expect(gridCell(page, 2, 2)).toHaveText('');
  await enterCell(page, 'B2', 'fermé');
  await expect(gridCell(page, 2, 2)).toHaveText('fermé');

  // A warning lets the user keep the entry.
  await enterCell(page, 'C2', '0,8');
  const warning = page.getByRole('alertdialog', { name: 'Valeur non valide' });
  await expect(warning).toContainText('inférieur ou égal à 0,5');
  await warning.getByRole('button', { name: 'Oui' }).click();
  await expect(gridCell(page, 2, 3)).toHaveText('0,8');

  const ods = await saveAs(page, host.docs, 'saisie', 'ods');
  const { document } = await read(ods);
  const rows = (document as Workbook).sheets[0]?.rows;
  expect(rows?.[1]?.[0]?.value).toBe(7);
  expect(rows?.[1]?.[2]?.value).toBe(0.8);
  expect((document as Workbook).sheets[0]?.validations?.length).toBe(3);
});

test('a custom validation formula refuses a duplicate and questions an age, judged with the entry in place, and survives ODS and LibreOffice', async ({ page, host }) => {
  const workbook: Workbook = {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets: [
      {
        ...sheetFromGrid('Inscriptions', [
          [{ value: 'Code' }, { value: 'Âge' }],
          [{ value: 'AB12' }, { value: 30 }],
        ]),
        validations: [
          // Excel's "no duplicates", written for A2: the relative A2 follows each cell.
          { type: 'custom', ranges: [{ top: 1, left: 0, bottom: 49, right: 0 }], formula1: 'COUNTIF($A$2:$A$50,A2)=1', allowBlank: true, showError: true },
          {
            type: 'custom',
            ranges: [{ top: 1, left: 1, bottom: 49, right: 1 }],
            formula1: 'AND(ISNUMBER(B2),B2>=18)',
            allowBlank: true,
            showError: true,
            error: { style: 'warning', title: 'Âge', text: 'Les inscrits sont majeurs.' },
          },
        ],
      },
    ],
  };
  writeFileSync(path.join(host.docs, 'inscriptions.xlsx'), await write(workbook, 'xlsx'));
  await page.goto(host.url);
  await openFile(page, 'inscriptions.xlsx');
  await expect(gridCell(page, 2, 1)).toHaveText('AB12');

  // A code already in the column: refused, with the rule's formula in French.
  await enterCell(page, 'A3', 'AB12');
  const alert = page.getByRole('alertdialog', { name: 'Valeur non valide' });
  await expect(alert).toContainText('La valeur doit vérifier la condition =NB.SI($A$2:$A$50;A3)=1.');
  await alert.getByRole('button', { name: 'Annuler' }).click();
  await expect(alert).toBeHidden();
  await expect(gridCell(page, 3, 1)).toHaveText('');
  await enterCell(page, 'A3', 'CD34');
  await expect(gridCell(page, 3, 1)).toHaveText('CD34');
  await expect(alert).toBeHidden();

  // A warning with the file's title and text; Non opens the editor again on the entry.
  await enterCell(page, 'B3', '15');
  const warning = page.getByRole('alertdialog', { name: 'Âge' });
  await expect(warning).toContainText('Les inscrits sont majeurs.');
  await warning.getByRole('button', { name: 'Non' }).click();
  await expect(warning).toBeHidden();
  const editor = page.locator('textarea.handsontableInput');
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue('15');
  await page.keyboard.type('21');
  await page.keyboard.press('Enter');
  await expect(gridCell(page, 3, 2)).toHaveText('21');
  await expect(warning).toBeHidden();

  // Saved as ODS (table:condition is-true-formula), reopened: the rule still holds.
  const ods = await saveAs(page, host.docs, 'inscriptions', 'ods');
  const saved = (await read(ods)).document as Workbook;
  expect(saved.sheets[0]?.rows[2]?.map((c) => c?.value)).toEqual(['CD34', 21]);
  expect(saved.sheets[0]?.validations?.map((v) => [v.type, v.formula1])).toEqual([
    ['custom', 'COUNTIF($A$2:$A$50,A2)=1'],
    ['custom', 'AND(ISNUMBER(B2),B2>=18)'],
  ]);
  await page.getByRole('button', { name: 'Fermer inscriptions.ods', exact: true }).click();
  await openFile(page, 'inscriptions.ods');
  await expect(gridCell(page, 3, 1)).toHaveText('CD34');
  await enterCell(page, 'A4', 'CD34');
  await expect(alert).toContainText('=NB.SI($A$2:$A$50;A4)=1');
  await alert.getByRole('button', { name: 'Annuler' }).click();
  await expect(gridCell(page, 4, 1)).toHaveText('');
  // LibreOffice reads the rule from our ODS and writes it to XLSX as a custom one.
  const back = (await read(new Uint8Array(libreofficeConvertBytes(ods, 'inscriptions.ods', 'xlsx')))).document as Workbook;
  expect(back.sheets[0]?.validations?.find((v) => v.ranges[0]?.left === 0)).toMatchObject({ type: 'custom', formula1: expect.stringMatching(/^COUNTIF\(\$A\$2:\$A\$50,A2\)=1$/i) });
});

test('typing in the last column adds the next one, which takes entries, formulas and the save', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  const grid = page.getByRole('region', { name: 'Feuille de calcul' });
  // A new workbook shows columns A to Z; Ctrl+Right from an empty row goes to the last one.
  await goToCell(page, 'A1');
  await page.keyboard.press('Control+ArrowRight');
  await expect(page.getByRole('textbox', { name: 'Cellule' })).toHaveValue('Z1');
  await page.keyboard.type('40');
  await page.keyboard.press('Tab');
  // The entry in Z added AA, and Tab went there.
  await expect(page.getByRole('textbox', { name: 'Cellule' })).toHaveValue('AA1');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Cellule' })).toHaveValue('AB1');
  await expect(grid.locator('.ht_clone_top th', { hasText: /^AB$/ })).toBeVisible();
  await enterCell(page, 'A1', '=Z1+AA1');
  await expect(gridCell(page, 1, 1)).toHaveText('42');
  await enterCell(page, 'AA1', '5');
  await goToCell(page, 'B2');
  await expect(gridCell(page, 1, 1)).toHaveText('45');

  const bytes = await saveAs(page, host.docs, 'derniere-colonne', 'xlsx');
  const sheet = ((await read(bytes)).document as Workbook).sheets[0]!;
  expect(sheet.rows[0]?.[25]?.value).toBe(40);
  expect(sheet.rows[0]?.[26]?.value).toBe(5);
  // LibreOffice computes the formula over the new column too.
  expect(libreofficeSheetsCsv(bytes, 'derniere-colonne.xlsx')).toMatch(/^45,/);
});

test('Ctrl+Shift+Enter enters an array formula over the selection, part of it cannot be changed, and it survives XLSX', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  const bar = page.getByRole('combobox', { name: 'Barre de formule' });
  await enterCell(page, 'A1', '1');
  await enterCell(page, 'A2', '2');
  await enterCell(page, 'A3', '3');
  // Select B1:B3, type the formula in the cell editor, Ctrl+Shift+Enter.
  await goToCell(page, 'B1');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.type('=A1:A3*2');
  await page.keyboard.press('Control+Shift+Enter');
  await expect(gridCell(page, 1, 2)).toHaveText('2');
  await expect(gridCell(page, 2, 2)).toHaveText('4');
  await expect(gridCell(page, 3, 2)).toHaveText('6');
  await goToCell(page, 'B2');
  await expect(bar).toHaveValue('{=A1:A3*2}');
  // One undo step takes the whole array away; redo brings it back.
  await page.keyboard.press('Control+z');
  await expect(gridCell(page, 3, 2)).toHaveText('');
  await page.keyboard.press('Control+y');
  await expect(gridCell(page, 3, 2)).toHaveText('6');
  // Typing into part of the array is refused.
  await goToCell(page, 'B3');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  const alert = page.getByRole('alertdialog', { name: 'Formule matricielle' });
  await expect(alert).toContainText("Impossible de modifier une partie d'une matrice.");
  await alert.getByRole('button', { name: 'OK' }).click();
  await expect(gridCell(page, 3, 2)).toHaveText('6');
  // Sorting rows that hold the array is refused the same way.
  await goToCell(page, 'A1');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowRight');
  await page.getByRole('toolbar', { name: 'Outils de données' }).getByRole('button', { name: 'Trier…' }).click();
  await page.getByRole('dialog', { name: 'Trier' }).getByRole('button', { name: 'OK' }).click();
  await expect(alert).toContainText("Impossible de modifier une partie d'une matrice.");
  await alert.getByRole('button', { name: 'OK' }).click();
  await expect(gridCell(page, 3, 2)).toHaveText('6');

  const bytes = await saveAs(page, host.docs, 'matrice', 'xlsx');
  const rows = ((await read(bytes)).document as Workbook).sheets[0]!.rows;
  expect(rows[0]?.[1]).toMatchObject({ formula: '=A1:A3*2', value: 2, matrix: { rows: 3, cols: 1 } });
  expect(rows[2]?.[1]?.value).toBe(6);
  // LibreOffice computes it as an array formula too.
  expect(libreofficeSheetsCsv(bytes, 'matrice.xlsx')).toMatch(/^1,2\r?\n2,4\r?\n3,6\r?\n/);
  await openFile(page, 'matrice.xlsx');
  await goToCell(page, 'B3');
  await expect(bar).toHaveValue('{=A1:A3*2}');
  await expect(gridCell(page, 3, 2)).toHaveText('6');
  // Delete over the whole area removes the array.
  await goToCell(page, 'B1');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Delete');
  await expect(gridCell(page, 3, 2)).toHaveText('');
  await expect(bar).toHaveValue('');
});
