/**
 * A large block of tab-separated text pasted with Ctrl+V under the last row of a workbook: the grid
 * grows to hold it, the pasted rows show, the whole-column total counts them, and the saved file
 * (read back by LibreOffice) has them. 7,000 rows x 20 columns: past 125,000 cells, where the grid
 * once stopped drawing after a paste.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { read, write } from '@ostal/formats';
import { sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Cell, Workbook } from '@ostal/model';
import { libreofficeSheetsCsv } from '../support/libreoffice.js';
import { openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { goToCell } from './sheets-actions.js';

const ROWS = 40;
const PASTED = 7_000;
const COLS = 20;

function gridCell(page: Page, row: number, col: number) {
  return page
    .getByRole('region', { name: 'Feuille de calcul' })
    .locator(`.ht_master tbody tr[aria-rowindex="${String(row + 1)}"] td[aria-colindex="${String(col + 1)}"]`);
}

/** 40 rows: ids in A, amounts in B, the total of the whole column B in E2 (saved with a stale result, 0). */
function book(): Workbook {
  const rows: (Cell | null)[][] = [];
  for (let r = 0; r < ROWS; r++) rows.push([{ value: r + 1 }, { value: 10 }, null, null, r === 1 ? { value: 0, formula: '=SUM(B:B)' } : null]);
  return { kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: [sheetFromGrid('Ventes', rows)] };
}

/** The pasted rows: an id in A, an amount in B (1 to 9), labels in the other columns. */
function pastedText(): { text: string; total: number } {
  const lines: string[] = [];
  let total = 0;
  for (let i = 0; i < PASTED; i++) {
    const amount = (i % 9) + 1;
    total += amount;
    lines.push(Array.from({ length: COLS }, (_, c) => (c === 0 ? String(ROWS + i + 1) : c === 1 ? String(amount) : `Collé ${String(i)}-${String(c)}`)).join('\t'));
  }
  return { text: lines.join('\r\n') + '\r\n', total };
}

test('7,000 rows x 20 columns pasted under the data show, count in the column total and are saved', async ({ page, host }) => {
  test.setTimeout(240_000);
  writeFileSync(path.join(host.docs, 'ventes.xlsx'), await write(book(), 'xlsx'));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(host.url);
  await openFile(page, 'ventes.xlsx');
  // The first cells show the file's results; once the formulas are live, the total is computed.
  await expect(gridCell(page, 2, 5)).toHaveText('400');
  await expect(page.getByRole('status').filter({ hasText: 'Calcul en cours' })).toHaveCount(0);

  const pasted = pastedText();
  await page.evaluate((text) => navigator.clipboard.writeText(text), pasted.text);
  await goToCell(page, `A${String(ROWS + 1)}`);
  await page.keyboard.press('Control+V');
  await expect(gridCell(page, ROWS + 1, 1)).toHaveText(String(ROWS + 1), { timeout: 60_000 });
  await expect(gridCell(page, ROWS + 1, 4)).toHaveText('Collé 0-3');

  // The last pasted row, past the rows the grid had.
  await goToCell(page, `T${String(ROWS + PASTED)}`);
  await expect(gridCell(page, ROWS + PASTED, COLS)).toHaveText(`Collé ${String(PASTED - 1)}-${String(COLS - 1)}`);
  await expect(gridCell(page, ROWS + PASTED, COLS - 1)).toHaveText(`Collé ${String(PASTED - 1)}-${String(COLS - 2)}`);

  // The whole-column total counts the pasted amounts.
  const total = 400 + pasted.total;
  await goToCell(page, 'E2');
  await expect.poll(async () => Number((await gridCell(page, 2, 5).textContent())?.replace(/[\s\u202f\u00a0]/g, ''))).toBe(total);

  const xlsx = await saveAs(page, host.docs, 'ventes-collees', 'xlsx');
  const rows = ((await read(xlsx)).document as Workbook).sheets[0]?.rows ?? [];
  expect(rows.length).toBe(ROWS + PASTED);
  expect(rows[ROWS + PASTED - 1]?.[COLS - 1]?.value).toBe(`Collé ${String(PASTED - 1)}-${String(COLS - 1)}`);
  const csv = libreofficeSheetsCsv(xlsx, 'ventes-collees.xlsx').split('\n');
  expect(csv[1]?.split(',')[4]).toBe(String(total));
  expect(csv[ROWS + PASTED - 1]?.split(',').slice(0, 2)).toEqual([String(ROWS + PASTED), String(((PASTED - 1) % 9) + 1)]);
});
