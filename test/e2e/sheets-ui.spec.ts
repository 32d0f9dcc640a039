import path from 'node:path';
import type { Page } from '@playwright/test';
import { read } from '@ostal/formats';
import type { Workbook } from '@ostal/model';
import { libreofficeConvert, libreofficeSheetsCsv } from '../support/libreoffice.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { enterCell, goToCell } from './sheets-actions.js';

/** Waits until the keyboard focus is in the grid. */
async function expectGridFocused(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.sheets-grid') !== null && document.activeElement !== null)).toBe(true);
}

function grid(page: Page) {
  return page.getByRole('region', { name: 'Feuille de calcul' });
}

/**
 * A cell by its 1-based row and column as drawn (ARIA indexes count the headers, not hidden
 * columns).
 */
function gridCell(page: Page, row: number, col: number) {
  return grid(page).locator(`.ht_master tbody tr[aria-rowindex="${String(row + 1)}"] td[aria-colindex="${String(col + 1)}"]`);
}

/** The grid's column header showing `letter`. */
function columnHeader(page: Page, letter: string) {
  return grid(page).locator('.ht_clone_top thead th').filter({ hasText: new RegExp(`^${letter}$`) });
}

/** Opens the active cell's context menu from the keyboard and picks `item`. */
async function cellMenu(page: Page, item: string): Promise<void> {
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Menu de la cellule' });
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: item }).click();
  await expect(menu).toBeHidden();
}

function firstSheet(doc: unknown) {
  const book = doc as Workbook;
  const sheet = book.sheets[0]!;
  const cell = (r: number, c: number) => sheet.rows[r]?.[c] ?? null;
  const style = (r: number, c: number) => {
    const index = cell(r, c)?.style;
    return index !== undefined ? (book.styles?.[index] ?? {}) : {};
  };
  return { book, sheet, cell, style };
}

test('formatting, rows, hidden columns, frozen panes and tab colours are undoable and saved in ODS and XLSX', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  const toolbar = page.getByRole('toolbar', { name: 'Mise en forme du tableur' });
  await expect(toolbar).toBeVisible();

  await enterCell(page, 'A1', 'Titre');
  await enterCell(page, 'B1', 'caché');
  await enterCell(page, 'A2', '10');
  await enterCell(page, 'A3', '20');
  await enterCell(page, 'A4', '=SUM(A2:A3)');
  await expect(gridCell(page, 4, 1)).toHaveText('30');

  // Bold title with borders; the toolbar follows the active cell.
  await goToCell(page, 'A1');
  await toolbar.getByRole('button', { name: 'Gras' }).click();
  await expect(gridCell(page, 1, 1)).toHaveCSS('font-weight', '700');
  await expect(toolbar.getByRole('button', { name: 'Gras' })).toHaveAttribute('aria-pressed', 'true');
  await toolbar.getByRole('combobox', { name: 'Bordures' }).selectOption({ label: 'Toutes les bordures' });
  await expect(gridCell(page, 1, 1)).not.toHaveCSS('box-shadow', 'none');
  await toolbar.getByLabel('Couleur de remplissage').fill('#ffde59');
  await expect(gridCell(page, 1, 1)).toHaveCSS('background-color', 'rgb(255, 222, 89)');
  await goToCell(page, 'A2');
  await expect(toolbar.getByRole('button', { name: 'Gras' })).toHaveAttribute('aria-pressed', 'false');

  // Currency through the number format dialog, with its preview.
  await goToCell(page, 'A3');
  await toolbar.getByRole('button', { name: 'Format de nombre…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Format de nombre' });
  await dialog.getByRole('listbox', { name: 'Catégorie' }).selectOption({ label: 'Monétaire (€)' });
  await expect(dialog.getByRole('status', { name: 'Aperçu' })).toHaveText('20,00\u00a0€');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(gridCell(page, 3, 1)).toHaveText('20,00\u00a0€');

  // Insert a row above A3: the value, its format and the sum move down; undo and redo.
  await goToCell(page, 'A3');
  await cellMenu(page, 'Insérer des lignes au-dessus');
  await expect(gridCell(page, 4, 1)).toHaveText('20,00\u00a0€');
  await expect(gridCell(page, 5, 1)).toHaveText('30');
  await expect(gridCell(page, 3, 1)).toHaveText('');
  await page.keyboard.press('Control+z');
  await expect(gridCell(page, 3, 1)).toHaveText('20,00\u00a0€');
  await expect(gridCell(page, 4, 1)).toHaveText('30');
  await toolbar.getByRole('button', { name: 'Rétablir' }).click();
  await expect(gridCell(page, 5, 1)).toHaveText('30');

  // Delete row 2 (the 10): the sum follows.
  await goToCell(page, 'A2');
  await cellMenu(page, 'Supprimer les lignes');
  await expect(gridCell(page, 4, 1)).toHaveText('20');
  await goToCell(page, 'A4');
  await expect(page.getByRole('combobox', { name: 'Barre de formule' })).toHaveValue('=SOMME(A2:A3)');

  // Hide column B from its header's menu.
  await columnHeader(page, 'B').click({ button: 'right' });
  const colMenu = page.getByRole('menu', { name: 'Menu des colonnes' });
  await colMenu.getByRole('menuitem', { name: 'Masquer les colonnes' }).click();
  await expect(columnHeader(page, 'B')).toHaveCount(0);

  // Freeze the first row.
  await goToCell(page, 'A2');
  await toolbar.getByRole('button', { name: 'Figer les volets à la cellule active' }).click();
  await expect(toolbar.getByRole('button', { name: 'Libérer les volets' })).toBeVisible();

  // Today's date with Ctrl+;
  await goToCell(page, 'C1');
  await page.keyboard.press('Control+;');
  const today = new Date();
  const shown = `${String(today.getDate()).padStart(2, '0')}/${String(today.getMonth() + 1).padStart(2, '0')}/${String(today.getFullYear())}`;
  // C1 is the second column drawn (B is hidden); row 1 is frozen, drawn in a pane over the grid.
  await expect(grid(page).locator('tbody tr[aria-rowindex="2"] td[aria-colindex="3"]').filter({ hasText: shown }).first()).toBeVisible();

  // Colour the tab from its menu (keyboard).
  const tabs = page.getByRole('group', { name: 'Feuilles' });
  await tabs.getByRole('button', { name: 'Feuille1' }).focus();
  await page.keyboard.press('Shift+F10');
  const tabMenu = page.getByRole('menu', { name: 'Menu de la feuille' });
  await tabMenu.getByRole('menuitemradio', { name: 'Vert' }).click();
  await expect(tabs.getByRole('button', { name: 'Feuille1' })).toHaveCSS('border-bottom-color', 'rgb(42, 157, 63)');

  // A second sheet, deleted with confirmation, then brought back by undo.
  await tabs.getByRole('button', { name: 'Nouvelle feuille' }).click();
  await tabs.getByRole('button', { name: 'Feuille2' }).click({ button: 'right' });
  await tabMenu.getByRole('menuitem', { name: 'Supprimer la feuille' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Supprimer la feuille' });
  await confirm.getByRole('button', { name: 'Supprimer' }).click();
  await expect(tabs.getByRole('button', { name: 'Feuille2' })).toHaveCount(0);
  await toolbar.getByRole('button', { name: 'Annuler' }).click();
  await expect(tabs.getByRole('button', { name: 'Feuille2' })).toBeVisible();
  await tabs.getByRole('button', { name: 'Feuille1' }).click();

  if (process.env.OSTAL_SCREENSHOTS) {
    await page.screenshot({ path: path.join(process.cwd(), 'docs', 'screenshots', 'sheets-toolbar.png') });
  }

  const ods = await saveAs(page, host.docs, 'mise-en-forme', 'ods');
  const xlsx = await saveAs(page, host.docs, 'mise-en-forme', 'xlsx');

  for (const [name, bytes] of [
    ['mise-en-forme.ods', ods],
    ['mise-en-forme.xlsx', xlsx],
  ] as const) {
    // Ostal's own readers.
    const { sheet, cell, style } = firstSheet((await read(bytes)).document);
    expect(cell(0, 0)?.value).toBe('Titre');
    expect(style(0, 0).font?.bold).toBe(true);
    expect(style(0, 0).borders?.bottom?.style).toBe('thin');
    expect(style(0, 0).fill?.toUpperCase()).toBe('#FFDE59');
    expect(cell(1, 0)).toBeNull();
    expect(cell(2, 0)?.value).toBe(20);
    expect(style(2, 0).numberFormat).toContain('€');
    expect(cell(3, 0)?.formula?.replace(/^=/, '')).toBe('SUM(A2:A3)');
    expect(sheet.columns?.some((c) => c.first <= 1 && c.last >= 1 && c.hidden)).toBe(true);
    expect(sheet.frozen).toEqual({ rows: 1, cols: 0 });
    expect(sheet.tabColor?.toUpperCase()).toBe('#2A9D3F');

    // LibreOffice: the moved values where expected, the title bold.
    const csv = libreofficeSheetsCsv(bytes, name).split(/\r?\n/);
    expect(csv[0]).toMatch(/^Titre,caché,/);
    expect(csv[2]).toMatch(/^20(\.00)? ?€?,/);
    expect(csv[3]).toMatch(/^20,/);
    const fods = libreofficeConvert(bytes, name, 'fods');
    expect(fods).toMatch(/fo:font-weight="bold"/);
  }

  // Reopened by Ostal.
  await closeTab(page, 'mise-en-forme.xlsx');
  await openFile(page, 'mise-en-forme.xlsx');
  await expect(grid(page).locator('tbody tr[aria-rowindex="2"] td[aria-colindex="2"]').filter({ hasText: 'Titre' }).first()).toHaveCSS('font-weight', '700');
  await expect(gridCell(page, 3, 1)).toHaveText('20,00\u00a0€');
  await expect(columnHeader(page, 'B')).toHaveCount(0);
});

test('columns resize by dragging and fit their content on double-click; tabs move and hide from the keyboard', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  await enterCell(page, 'A1', 'Une cellule au texte bien plus long que la colonne');
  await enterCell(page, 'A2', '5');

  // Ctrl+B in the grid.
  await gridCell(page, 2, 1).click();
  await page.keyboard.press('Control+b');
  await expect(gridCell(page, 2, 1)).toHaveCSS('font-weight', '700');

  // Ctrl+arrows jump over data blocks as in Excel.
  const nameBox = page.getByRole('textbox', { name: 'Cellule' });
  await gridCell(page, 1, 1).click();
  await page.keyboard.press('Control+ArrowDown');
  await expect(nameBox).toHaveValue('A2');
  await page.keyboard.press('Control+ArrowDown');
  await expect(nameBox).toHaveValue(/^A1\d\d$/);
  await page.keyboard.press('Control+ArrowUp');
  await expect(nameBox).toHaveValue('A2');
  await page.keyboard.press('Control+ArrowUp');
  await expect(nameBox).toHaveValue('A1');

  // F6 goes round the panes (the grid keeps Tab): grid, tabs, toolbar, name box; Shift+F6 back.
  await page.keyboard.press('F6');
  await expect(page.getByRole('group', { name: 'Feuilles' }).getByRole('button', { name: 'Feuille1' })).toBeFocused();
  await page.keyboard.press('F6');
  await expect(page.getByRole('toolbar', { name: 'Mise en forme du tableur' }).getByRole('button', { name: 'Annuler' })).toBeFocused();
  await page.keyboard.press('F6');
  await expect(nameBox).toBeFocused();
  await page.keyboard.press('F6');
  await expectGridFocused(page);
  await page.keyboard.press('Control+ArrowDown');
  await expect(nameBox).toHaveValue('A2');
  await page.keyboard.press('Shift+F6');
  await expect(nameBox).toBeFocused();
  await page.keyboard.press('F6');
  await expectGridFocused(page);
  await page.keyboard.press('Control+ArrowUp');
  await expect(nameBox).toHaveValue('A1');

  // Drag column A's right edge.
  const header = columnHeader(page, 'A');
  const before = (await header.boundingBox())!.width;
  await header.hover();
  const handle = grid(page).locator('.manualColumnResizer');
  await expect(handle).toBeVisible();
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await header.boundingBox())!.width).toBeGreaterThan(before + 40);
  await gridCell(page, 2, 1).click();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await header.boundingBox())!.width)).toBe(Math.round(before));

  // Double-click the edge: the column fits its longest text.
  await header.hover();
  await expect(handle).toBeVisible();
  await handle.dblclick();
  await expect.poll(async () => (await header.boundingBox())!.width).toBeGreaterThan(before * 2);

  // Drag row 2's bottom edge, then double-click it: the row fits its content again.
  const rowHeader = grid(page).locator('.ht_clone_inline_start tbody th').filter({ hasText: /^2$/ });
  const rowBefore = (await rowHeader.boundingBox())!.height;
  await rowHeader.hover();
  const rowHandle = grid(page).locator('.manualRowResizer');
  await expect(rowHandle).toBeVisible();
  const rbox = (await rowHandle.boundingBox())!;
  await page.mouse.move(rbox.x + rbox.width / 2, rbox.y + rbox.height / 2);
  await page.mouse.down();
  await page.mouse.move(rbox.x + rbox.width / 2, rbox.y + rbox.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await rowHeader.boundingBox())!.height).toBeGreaterThan(rowBefore + 25);
  await rowHeader.hover();
  await rowHandle.dblclick();
  await expect.poll(async () => Math.round((await rowHeader.boundingBox())!.height)).toBe(Math.round(rowBefore));

  // Merge A1:B1 (a click, a Shift+click, the toolbar), with the wrap toggle on.
  const toolbar = page.getByRole('toolbar', { name: 'Mise en forme du tableur' });
  await gridCell(page, 1, 1).click();
  await gridCell(page, 1, 2).click({ modifiers: ['Shift'] });
  await toolbar.getByRole('button', { name: 'Fusionner les cellules' }).click();
  await expect(gridCell(page, 1, 1)).toHaveAttribute('colspan', '2');
  await expect(toolbar.getByRole('button', { name: 'Fusionner les cellules' })).toHaveAttribute('aria-pressed', 'true');
  await toolbar.getByRole('button', { name: 'Renvoyer à la ligne automatiquement' }).click();
  await expect(gridCell(page, 1, 1)).toHaveCSS('white-space', 'pre-wrap');

  // Insert a row below row 1 from the row header's menu: 5 moves to A3.
  await grid(page).locator('.ht_clone_inline_start tbody th').filter({ hasText: /^1$/ }).click({ button: 'right' });
  await page.getByRole('menu', { name: 'Menu des lignes' }).getByRole('menuitem', { name: 'Insérer des lignes en dessous' }).click();
  await expect(gridCell(page, 3, 1)).toHaveText('5');

  // A second sheet, moved by dragging and with Alt+Shift+arrows, then hidden and shown again.
  const tabs = page.getByRole('group', { name: 'Feuilles' });
  await tabs.getByRole('button', { name: 'Nouvelle feuille' }).click();
  await tabs.getByRole('button', { name: 'Feuille1' }).dragTo(tabs.getByRole('button', { name: 'Feuille2' }));
  await expect(tabs.getByRole('button').first()).toHaveText('Feuille2');
  await tabs.getByRole('button', { name: 'Feuille2' }).focus();
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(tabs.getByRole('button').first()).toHaveText('Feuille1');
  await expect(tabs.getByRole('button', { name: 'Feuille2' })).toBeFocused();
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(tabs.getByRole('button').first()).toHaveText('Feuille2');
  await expect(tabs.getByRole('button', { name: 'Feuille2' })).toBeFocused();
  await page.keyboard.press('Shift+F10');
  const tabMenu = page.getByRole('menu', { name: 'Menu de la feuille' });
  await expect(tabMenu.getByRole('menuitem', { name: 'Renommer' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await expect(tabMenu.getByRole('menuitem', { name: 'Masquer la feuille' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tabs.getByRole('button', { name: 'Feuille2' })).toHaveCount(0);
  await expect(tabs.getByRole('button', { name: 'Feuille1' })).toHaveAttribute('aria-pressed', 'true');

  const xlsx = await saveAs(page, host.docs, 'colonnes', 'xlsx');
  const { book } = firstSheet((await read(xlsx)).document);
  expect(book.sheets.map((s) => s.name)).toEqual(['Feuille2', 'Feuille1']);
  expect(book.sheets[0]?.visibility).toBe('hidden');
  const sheet1 = book.sheets[1]!;
  expect(sheet1.rows[2]?.[0]?.value).toBe(5);
  expect(sheet1.columns?.find((c) => c.first === 0)?.width).toBeGreaterThan((before * 2 * 3) / 4);
  expect(sheet1.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);

  await tabs.getByRole('button', { name: 'Feuille1' }).click({ button: 'right' });
  await tabMenu.getByRole('menuitem', { name: 'Afficher la feuille\u00a0«\u00a0Feuille2\u00a0»' }).click();
  await expect(tabs.getByRole('button', { name: 'Feuille2' })).toHaveAttribute('aria-pressed', 'true');
});
