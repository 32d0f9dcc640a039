import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { read, write } from '@ostal/formats';
import { sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { libreofficeSheetsCsv } from '../support/libreoffice.js';
import { openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { enterCell, goToCell } from './sheets-actions.js';

/** The cell at a 1-based row and column, wherever the grid has scrolled (ARIA indexes count the headers). */
function gridCell(page: Page, row: number, col: number) {
  return page
    .getByRole('region', { name: 'Feuille de calcul' })
    .locator(`.ht_master tbody tr[aria-rowindex="${String(row + 1)}"] td[aria-colindex="${String(col + 1)}"]`);
}

async function newWorkbook(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  await expect(page.getByRole('combobox', { name: 'Barre de formule' })).toBeVisible();
}

/** Delivers a paste to the grid as the browser does when the user presses Ctrl+V with a table copied elsewhere. */
async function pasteIntoGrid(page: Page, data: Record<string, string>): Promise<void> {
  await page.evaluate((items) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(items)) transfer.setData(type, value);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

test('a French formula typed with autocomplete computes, shows in French and is saved with canonical names', async ({ page, host }) => {
  await newWorkbook(page, host.url);
  await enterCell(page, 'A1', '10');
  await enterCell(page, 'A2', '20,5');
  await enterCell(page, 'A3', '30');
  await goToCell(page, 'A4');
  const bar = page.getByRole('combobox', { name: 'Barre de formule' });
  await bar.click();
  await bar.pressSequentially('=som');
  const list = page.getByRole('listbox', { name: 'Fonctions' });
  await expect(list.getByRole('option', { name: 'SOMME', exact: true })).toBeVisible();
  await expect(bar).toHaveAttribute('aria-expanded', 'true');
  // Tab inserts the highlighted (first) suggestion with its parenthesis.
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await expect(list.getByRole('option').first()).toHaveText('SOMME');
  await bar.press('Tab');
  await expect(bar).toHaveValue('=SOMME(');
  await expect(page.getByRole('note', { name: 'Arguments de la fonction' })).toContainText('SOMME(nombre1; [nombre2]; …)');
  await bar.pressSequentially('A1:A3;2,5');
  await expect(page.getByRole('note', { name: 'Arguments de la fonction' }).locator('strong')).toHaveText('[nombre2]');
  await bar.pressSequentially(')');
  await bar.press('Enter');
  await expect(gridCell(page, 4, 1)).toHaveText('63');
  await goToCell(page, 'A4');
  await expect(bar).toHaveValue('=SOMME(A1:A3;2,5)');

  // Errors as French suites show them, explained for keyboard users under the bar.
  await enterCell(page, 'B1', '=1/0');
  await expect(gridCell(page, 1, 2)).toHaveText('#DIV/0!');
  await expect(gridCell(page, 1, 2)).toHaveAttribute('title', /Division par zéro/);
  await enterCell(page, 'B2', '=PASUNEFONCTION(1)');
  await expect(gridCell(page, 2, 2)).toHaveText('#NOM?');
  await enterCell(page, 'C1', '=C2+1');
  await enterCell(page, 'C2', '=C1*2');
  await expect(gridCell(page, 1, 3)).toHaveText('Err:522');
  await goToCell(page, 'C1');
  await expect(page.getByRole('status').filter({ hasText: 'Référence circulaire' })).toBeVisible();

  const xlsx = await saveAs(page, host.docs, 'somme', 'xlsx');
  const ods = await saveAs(page, host.docs, 'somme', 'ods');
  const sheetXml = strFromU8(unzipSync(xlsx)['xl/worksheets/sheet1.xml']!);
  expect(sheetXml).toMatch(/<f>SUM\(A1:A3,2\.5\)<\/f>/);
  const contentXml = strFromU8(unzipSync(ods)['content.xml']!);
  expect(contentXml).toContain('table:formula="of:=SUM([.A1:.A3];2.5)"');
  for (const bytes of [xlsx, ods]) {
    const { document } = await read(bytes);
    const cell = (document as Workbook).sheets[0]?.rows[3]?.[0];
    expect(cell?.formula).toBe('=SUM(A1:A3,2.5)');
    expect(cell?.value).toBe(63);
  }
  for (const [name, bytes] of [['somme.xlsx', xlsx], ['somme.ods', ods]] as const) {
    expect(libreofficeSheetsCsv(bytes, name)).toMatch(/\n63(,|\r?\n)/);
  }
});

test('a table pasted from LibreOffice or a browser lands in cells with French numbers, and Ctrl+Shift+V pastes values', async ({ page, host }) => {
  await newWorkbook(page, host.url);
  await gridCell(page, 2, 2).click();
  await pasteIntoGrid(page, {
    'text/plain': 'Ville\tMontant\nSète\t1 234,56\nNîmes\t100\n',
    'text/html': '<table><tr><td>Ville</td><td>Montant</td></tr><tr><td>Sète</td><td sdval="1234.56">1&nbsp;234,56</td></tr><tr><td>Nîmes</td><td>100</td></tr></table>',
  });
  await expect(gridCell(page, 3, 2)).toHaveText('Sète');
  await expect(gridCell(page, 3, 3)).toHaveText('1234,56');
  await enterCell(page, 'C5', '=SOMME(C3:C4)');
  await expect(gridCell(page, 5, 3)).toHaveText('1334,56');

  // Copy within Ostal through the real clipboard: the formula moves, Ctrl+Shift+V pastes its value.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await gridCell(page, 5, 3).click();
  await page.keyboard.press('Control+C');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('1334,56\r\n');
  await gridCell(page, 5, 4).click();
  await page.keyboard.press('Control+V');
  await expect(gridCell(page, 5, 4)).toHaveText('0');
  await goToCell(page, 'D5');
  await expect(page.getByRole('combobox', { name: 'Barre de formule' })).toHaveValue('=SOMME(D3:D4)');
  await gridCell(page, 7, 3).click();
  await page.keyboard.press('Control+Shift+V');
  await expect(gridCell(page, 7, 3)).toHaveText('1334,56');
  await goToCell(page, 'C7');
  await expect(page.getByRole('combobox', { name: 'Barre de formule' })).toHaveValue('1334,56');
});

test('pasted dates, grouped numbers and percentages are read per locale as typing reads them, in French then in English, and saved as such', async ({ page, host }) => {
  await newWorkbook(page, host.url);
  await gridCell(page, 1, 1).click();
  // Text from a mail or a web page: French day-first date, space-grouped decimal comma, percentage, time.
  await pasteIntoGrid(page, { 'text/plain': 'Échéance\tMontant\tTaux\tHeure\n29/11/2026\t1 234,5\t12,5 %\t14:30\n' });
  await expect(gridCell(page, 2, 1)).toHaveText('29/11/2026');
  await expect(gridCell(page, 2, 2)).toHaveText('1234,5');
  await expect(gridCell(page, 2, 3)).toHaveText('12,5%');
  await expect(gridCell(page, 2, 4)).toHaveText('14:30');
  // Values, not texts: formulas compute with them.
  await enterCell(page, 'E2', '=A2+1');
  await expect(gridCell(page, 2, 5)).toHaveText('46356');
  await enterCell(page, 'F2', '=B2*C2');
  await expect(gridCell(page, 2, 6)).toHaveText('154,3125');
  await goToCell(page, 'A2');
  await expect(page.getByRole('combobox', { name: 'Barre de formule' })).toHaveValue('29/11/2026');
  // One undo step takes the whole paste back.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(gridCell(page, 2, 1)).toHaveText('');
  await page.keyboard.press('Control+y');
  await expect(gridCell(page, 2, 1)).toHaveText('29/11/2026');

  const xlsx = await saveAs(page, host.docs, 'colle', 'xlsx');
  const ods = await saveAs(page, host.docs, 'colle', 'ods');
  for (const bytes of [xlsx, ods]) {
    const sheet = ((await read(bytes)).document as Workbook).sheets[0];
    expect(sheet?.rows[1]?.slice(0, 4).map((c) => c?.value)).toEqual([46_355, 1234.5, 0.125, 14.5 / 24]);
  }
  // LibreOffice reads a date, a number, a percentage and a time (its CSV writes them in en-US forms).
  for (const [name, bytes] of [['colle.xlsx', xlsx], ['colle.ods', ods]] as const) {
    expect(libreofficeSheetsCsv(bytes, name)).toMatch(/\n11\/29\/2026,1234\.5,12\.5%,02:30:00 PM\r?\n/);
  }

  // In English (British, as Ostal's English is): day first, comma grouping, decimal point.
  await page.getByRole('tablist', { name: 'Documents ouverts' }).getByRole('tab', { name: 'Accueil' }).click();
  await page.getByRole('combobox', { name: 'Langue de l’interface' }).selectOption({ label: 'English' });
  await page.getByRole('button', { name: 'New spreadsheet' }).click();
  await expect(page.getByRole('combobox', { name: 'Formula bar' })).toBeVisible();
  const englishCell = (row: number, col: number) =>
    page.getByRole('region', { name: 'Spreadsheet' }).locator(`.ht_master tbody tr[aria-rowindex="${String(row + 1)}"] td[aria-colindex="${String(col + 1)}"]`);
  await englishCell(1, 1).click();
  await pasteIntoGrid(page, { 'text/plain': '29/11/2026\t1,234.5\t12.5%\n' });
  await expect(englishCell(1, 1)).toHaveText('29/11/2026');
  await expect(englishCell(1, 2)).toHaveText('1234.5');
  await expect(englishCell(1, 3)).toHaveText('12.5%');
  const nameBox = page.getByRole('textbox', { name: 'Name box' });
  await nameBox.fill('A1');
  await nameBox.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Formula bar' })).toHaveValue('29/11/2026');
  await nameBox.fill('B1');
  await nameBox.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Formula bar' })).toHaveValue('1234.5');
});

/** Selects `from`..`to` (1-based row/col) and drags the fill handle onto `onto`. */
async function dragFill(page: Page, from: [number, number], to: [number, number], onto: [number, number]): Promise<void> {
  await gridCell(page, ...from).click();
  if (from[0] !== to[0] || from[1] !== to[1]) await gridCell(page, ...to).click({ modifiers: ['Shift'] });
  const handle = page.locator('.ht_master .wtBorder.corner:visible').first();
  await expect(handle).toBeVisible();
  const box = await handle.boundingBox();
  const target = await gridCell(page, ...onto).boundingBox();
  if (!box || !target) throw new Error('The fill handle or the target cell is not on screen.');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 8 });
  await page.mouse.up();
}

test('the fill handle continues lundi, mardi… and 1, 2 → 3, 4, and moves formula references', async ({ page, host }) => {
  await newWorkbook(page, host.url);
  await enterCell(page, 'A1', 'lundi');
  await enterCell(page, 'B1', '1');
  await enterCell(page, 'B2', '2');
  await enterCell(page, 'C1', '=B1*10');
  await enterCell(page, 'C2', '=B2*10');

  await dragFill(page, [1, 1], [1, 1], [4, 1]);
  await expect(gridCell(page, 2, 1)).toHaveText('mardi');
  await expect(gridCell(page, 4, 1)).toHaveText('jeudi');

  await dragFill(page, [1, 2], [2, 3], [5, 3]);
  await expect(gridCell(page, 3, 2)).toHaveText('3');
  await expect(gridCell(page, 5, 2)).toHaveText('5');
  await expect(gridCell(page, 5, 3)).toHaveText('50');
  await goToCell(page, 'C5');
  await expect(page.getByRole('combobox', { name: 'Barre de formule' })).toHaveValue('=B5*10');
});

test('a table sorts by a column in French order with its header kept, and find and replace changes every match at once', async ({ page, host }) => {
  await newWorkbook(page, host.url);
  const rows = [
    ['Ville', 'Habitants'],
    ['Sète', '44000'],
    ['Agde', '29000'],
    ['Éze', '2200'],
    ['Montpellier', '300000'],
  ];
  for (const [r, row] of rows.entries()) for (const [c, text] of row.entries()) await enterCell(page, `${'AB'[c]!}${String(r + 1)}`, text);

  await gridCell(page, 2, 1).click();
  await page.getByRole('toolbar', { name: 'Outils de données' }).getByRole('button', { name: 'Trier…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Trier' });
  await expect(dialog.getByRole('checkbox', { name: 'La première ligne contient les titres des colonnes' })).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: /Trier par/ })).toContainText('Ville');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(gridCell(page, 1, 1)).toHaveText('Ville');
  await expect(gridCell(page, 2, 1)).toHaveText('Agde');
  await expect(gridCell(page, 3, 1)).toHaveText('Éze');
  await expect(gridCell(page, 5, 1)).toHaveText('Sète');
  await expect(gridCell(page, 3, 2)).toHaveText('2200');

  // Descending by inhabitants.
  await page.getByRole('toolbar', { name: 'Outils de données' }).getByRole('button', { name: 'Trier…' }).click();
  await dialog.getByRole('combobox', { name: /Trier par/ }).selectOption({ label: 'Habitants' });
  await dialog.getByRole('combobox', { name: /Ordre/ }).first().selectOption({ label: 'Décroissant' });
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(gridCell(page, 2, 1)).toHaveText('Montpellier');
  await expect(gridCell(page, 5, 1)).toHaveText('Éze');

  await gridCell(page, 2, 1).click();
  await page.keyboard.press('Control+H');
  const bar = page.getByRole('search', { name: 'Rechercher et remplacer' });
  await expect(bar.getByRole('searchbox', { name: 'Rechercher' })).toBeFocused();
  await bar.getByRole('searchbox', { name: 'Rechercher' }).fill('e');
  await bar.getByRole('checkbox', { name: 'Respecter la casse' }).check();
  await expect(bar.getByRole('status')).toHaveText('0 sur 5');
  await bar.getByRole('searchbox', { name: 'Rechercher' }).press('Enter');
  await expect(bar.getByRole('status')).toHaveText('1 sur 5');
  await expect(page.getByRole('textbox', { name: 'Cellule' })).toHaveValue('A1');
  await bar.getByRole('searchbox', { name: 'Rechercher' }).press('Enter');
  await expect(page.getByRole('textbox', { name: 'Cellule' })).toHaveValue('A2');
  await bar.getByRole('textbox', { name: 'Remplacer par' }).fill('E');
  await bar.getByRole('button', { name: 'Tout remplacer' }).click();
  await expect(bar.getByRole('status')).toHaveText('Remplacements effectués\u00a0: 5');
  await expect(gridCell(page, 1, 1)).toHaveText('VillE');
  await expect(gridCell(page, 2, 1)).toHaveText('MontpElliEr');
  await expect(gridCell(page, 1, 2)).toHaveText('Habitants');
  await expect(gridCell(page, 3, 1)).toHaveText('SètE');
  await expect(gridCell(page, 4, 1)).toHaveText('AgdE');
  await expect(gridCell(page, 5, 1)).toHaveText('ÉzE');
  await bar.getByRole('searchbox', { name: 'Rechercher' }).press('Escape');
  await expect(bar).toBeHidden();
});

test('conditional formats from an xlsx colour cells by value rules and colour scales', async ({ page, host }) => {
  const styles = [{}];
  const workbook: Workbook = {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    styles,
    sheets: [
      {
        ...sheetFromGrid('Notes', [[{ value: 10 }, { value: 5 }], [{ value: 60 }, { value: 50 }], [{ value: 95 }, { value: 100 }]]),
        conditionalFormats: [
          { ranges: [{ top: 0, left: 0, bottom: 2, right: 0 }], rules: [{ type: 'cellIs', operator: 'greaterThan', formulas: ['50'], style: { fill: '#FFC7CE', font: { color: '#9C0006' } }, priority: 1 }] },
          {
            ranges: [{ top: 0, left: 1, bottom: 2, right: 1 }],
            rules: [
              {
                type: 'colorScale',
                priority: 2,
                xml: '<cfRule type="colorScale" priority="2"><colorScale><cfvo type="min"/><cfvo type="max"/><color rgb="FFF8696B"/><color rgb="FF63BE7B"/></colorScale></cfRule>',
              },
            ],
          },
        ],
      },
    ],
  };
  writeFileSync(path.join(host.docs, 'notes.xlsx'), await write(workbook, 'xlsx'));
  await page.goto(host.url);
  await openFile(page, 'notes.xlsx');
  await expect(gridCell(page, 2, 1)).toHaveText('60');
  await expect(gridCell(page, 2, 1)).toHaveCSS('background-color', 'rgb(255, 199, 206)');
  await expect(gridCell(page, 2, 1)).toHaveCSS('color', 'rgb(156, 0, 6)');
  await expect(gridCell(page, 1, 1)).not.toHaveCSS('background-color', 'rgb(255, 199, 206)');
  await expect(gridCell(page, 1, 2)).toHaveCSS('background-color', 'rgb(248, 105, 107)');
  await expect(gridCell(page, 3, 2)).toHaveCSS('background-color', 'rgb(99, 190, 123)');
  // Editing a value re-colours it.
  await enterCell(page, 'A1', '70');
  await expect(gridCell(page, 1, 1)).toHaveCSS('background-color', 'rgb(255, 199, 206)');
});

test('typing a formula in the cell offers French functions and hints their arguments', async ({ page, host }) => {
  await newWorkbook(page, host.url);
  await enterCell(page, 'A1', '4');
  await enterCell(page, 'A2', '8');
  await gridCell(page, 3, 1).dblclick();
  const editor = page.getByRole('region', { name: 'Feuille de calcul' }).locator('textarea:focus');
  await expect(editor).toBeVisible();
  await page.keyboard.type('=moy');
  const list = page.getByRole('listbox', { name: 'Fonctions' });
  await expect(list.getByRole('option', { name: 'MOYENNE', exact: true })).toBeVisible();
  await expect(editor).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await expect(editor).toHaveValue('=MOYENNE(');
  await expect(page.getByRole('note', { name: 'Arguments de la fonction' })).toContainText('MOYENNE(nombre1; [nombre2]; …)');
  await page.keyboard.type('A1:A2)');
  await page.keyboard.press('Enter');
  await expect(gridCell(page, 3, 1)).toHaveText('6');
  await goToCell(page, 'A3');
  await expect(page.getByRole('combobox', { name: 'Barre de formule' })).toHaveValue('=MOYENNE(A1:A2)');
});

test('a validation list from an xlsx shows a drop-down in its cells, by keyboard and by mouse', async ({ page, host }) => {
  const workbook: Workbook = {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets: [
      {
        ...sheetFromGrid('Suivi', [[{ value: 'Statut' }, null, null, { value: 'Villes' }], [null, null, null, { value: 'Nîmes' }], [null, null, null, { value: 'Sète' }]]),
        validations: [
          { type: 'list', ranges: [{ top: 1, left: 0, bottom: 9, right: 0 }], formula1: '"En cours,Terminé,Abandonné"', allowBlank: true },
          { type: 'list', ranges: [{ top: 1, left: 1, bottom: 9, right: 1 }], formula1: '$D$2:$D$3', allowBlank: true },
        ],
      },
    ],
  };
  writeFileSync(path.join(host.docs, 'suivi.xlsx'), await write(workbook, 'xlsx'));
  await page.goto(host.url);
  await openFile(page, 'suivi.xlsx');
  await expect(gridCell(page, 2, 1)).toHaveClass(/sheets-cell--list/);
  await expect(gridCell(page, 1, 1)).not.toHaveClass(/sheets-cell--list/);

  await gridCell(page, 2, 1).click();
  await page.keyboard.press('Alt+ArrowDown');
  const list = page.getByRole('listbox', { name: 'Valeurs autorisées' });
  await expect(list).toBeFocused();
  await expect(list.getByRole('option')).toHaveText(['En cours', 'Terminé', 'Abandonné']);
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('option', { name: 'Terminé' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(list).toBeHidden();
  await expect(gridCell(page, 2, 1)).toHaveText('Terminé');

  // The arrow at the right edge of a cell whose list is a range of the sheet.
  const cell = gridCell(page, 3, 2);
  await cell.click();
  const box = await cell.boundingBox();
  if (!box) throw new Error('The cell is not on screen.');
  await page.mouse.click(box.x + box.width - 6, box.y + box.height / 2);
  await expect(list.getByRole('option')).toHaveText(['Nîmes', 'Sète']);
  await list.getByRole('option', { name: 'Sète' }).click();
  await expect(gridCell(page, 3, 2)).toHaveText('Sète');
});
