/**
 * A large workbook (20,000 rows with 20,000 formulas) opens showing the results stored in the file
 * before the formula engine is built; "Calcul en cours…" shows over the grid meanwhile without
 * moving it; then the engine is built on its own and an edit recomputes the formulas that depend on it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { write } from '@ostal/formats';
import { sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Cell, Workbook } from '@ostal/model';
import { openFile } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { enterCell } from './sheets-actions.js';

const ROWS = 20_000;
/** The total the file stores for F2: out of date, as a program that did not recompute saved it. */
const STALE_TOTAL = 111;

function gridCell(page: Page, row: number, col: number) {
  return page
    .getByRole('region', { name: 'Feuille de calcul' })
    .locator(`.ht_master tbody tr[aria-rowindex="${String(row + 1)}"] td[aria-colindex="${String(col + 1)}"]`);
}

/** Ids in A, amounts in B, C = B × the rate in F1 (results stored), F2 = the total of column C. */
function book(): { workbook: Workbook; total: number } {
  const rows: (Cell | null)[][] = [];
  let total = 0;
  for (let r = 0; r < ROWS; r++) {
    const n = String(r + 1);
    const amount = (r % 10) + 1;
    total += amount * 2;
    const f = r === 0 ? { value: 2 } : r === 1 ? { value: STALE_TOTAL, formula: '=SUM(C:C)' } : null;
    rows.push([{ value: r + 1 }, { value: amount }, { value: amount * 2, formula: `=B${n}*$F$1` }, { value: `Réf. ${n}` }, null, f]);
  }
  return { workbook: { kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: [sheetFromGrid('Données', rows)] }, total };
}

const number = (text: string | null) => Number(text?.replace(/[\s\u202f\u00a0]/g, ''));

test('a 20,000-row workbook shows its stored results first, then computes an edit', async ({ page, host }) => {
  test.setTimeout(180_000);
  const { workbook, total } = book();
  writeFileSync(path.join(host.docs, 'grand.xlsx'), await write(workbook, 'xlsx'));
  await page.goto(host.url);
  // Everything F2 shows and where the grid stands while "Calcul en cours…" shows, as it happens.
  await page.evaluate(() => {
    const seen = { totals: [] as string[], gridTops: [] as number[], calculating: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      const f2 = document.querySelector('.sheets-grid .ht_master tbody tr[aria-rowindex="3"] td[aria-colindex="7"]');
      const text = f2?.textContent ?? '';
      if (text !== '' && seen.totals.at(-1) !== text) seen.totals.push(text);
      const grid = document.querySelector('.sheets-grid');
      const status = document.querySelector('.sheets-calc-status')?.textContent ?? '';
      if (grid) seen.gridTops.push(grid.getBoundingClientRect().top);
      if (status.includes('Calcul en cours')) seen.calculating = true;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const started = Date.now();
  await openFile(page, 'grand.xlsx');
  await expect(gridCell(page, 1, 3)).toHaveText('2', { timeout: 60_000 });
  const firstScreenMs = Date.now() - started;
  test.info().annotations.push({ type: 'first screen', description: `${String(firstScreenMs)} ms` });

  // The engine is built on its own a moment after: the total is computed and the status goes.
  await expect.poll(async () => number(await gridCell(page, 2, 6).textContent()), { timeout: 60_000 }).toBe(total);
  await expect(page.getByRole('status').filter({ hasText: 'Calcul en cours' })).toHaveCount(0);
  const seen = await page.evaluate(() => (window as unknown as { seen: { totals: string[]; gridTops: number[]; calculating: boolean } }).seen);
  // The first screen showed the file's result, then the computed one; the grid never moved.
  expect(seen.calculating).toBe(true);
  expect(number(seen.totals[0] ?? null)).toBe(STALE_TOTAL);
  expect(number(seen.totals.at(-1) ?? null)).toBe(total);
  expect(new Set(seen.gridTops).size).toBe(1);

  // An edit of the rate recomputes the formulas that read it.
  await enterCell(page, 'F1', '3');
  await expect(gridCell(page, 1, 3)).toHaveText('3');
  await expect.poll(async () => number(await gridCell(page, 2, 6).textContent())).toBe((total / 2) * 3);
});

test('a large workbook under a licence key the engine refuses fails in its tab with the reason, as a small one does', async ({ page, host }) => {
  test.setTimeout(120_000);
  writeFileSync(path.join(host.home, 'no-policy.json'), JSON.stringify({ version: 1, values: { calcLicenseKey: 'not-a-valid-key' } }));
  writeFileSync(path.join(host.docs, 'grand.xlsx'), await write(book().workbook, 'xlsx'));
  await page.goto(host.url);
  await openFile(page, 'grand.xlsx');
  await expect(page.getByRole('alert')).toContainText('Impossible d’afficher « grand.xlsx »');
  await expect(page.getByRole('alert')).toContainText('licence');
  await page.getByRole('button', { name: 'Fermer grand.xlsx', exact: true }).click();
  await page.getByRole('tablist', { name: 'Documents ouverts' }).getByRole('tab', { name: 'Accueil' }).click();
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  await expect(page.getByRole('textbox', { name: 'Zone de texte du document' })).toBeVisible();
});

test('a workbook of 60,000 rows shows its first rows, read-only, while the rest is read, then the whole of it', async ({ page, host }) => {
  test.setTimeout(180_000);
  const rows: (Cell | null)[][] = [];
  for (let r = 0; r < 60_000; r++) rows.push([{ value: r + 1 }, { value: `Libellé ${String(r % 97)}` }, { value: (r % 10) + 0.5 }, { value: `Réf. ${String(r + 1)}` }]);
  const workbook: Workbook = { kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: [sheetFromGrid('Données', rows)] };
  writeFileSync(path.join(host.docs, 'tres-grand.xlsx'), await write(workbook, 'xlsx'));
  await page.goto(host.url);
  // What the screen went through: the "reading the rest" status over a read-only (inert) sheet.
  await page.evaluate(() => {
    const seen = { reading: false, firstRowsInert: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      if ((document.querySelector('.doc-pane__reading')?.textContent ?? '').includes('Lecture du reste du classeur')) seen.reading = true;
      const a1 = document.querySelector('.sheets[inert] .ht_master tbody tr[aria-rowindex="2"] td[aria-colindex="2"]');
      if (a1?.textContent === '1') seen.firstRowsInert = true;
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await openFile(page, 'tres-grand.xlsx');
  // The first rows, then the whole workbook in their place: its last row is there, and the sheet takes edits.
  await expect(page.getByRole('status').filter({ hasText: 'Lecture du reste du classeur' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Lecture du reste' })).toHaveCount(0, { timeout: 90_000 });
  await expect(gridCell(page, 1, 1)).toHaveText('1');
  const seen = await page.evaluate(() => (window as unknown as { seen: { reading: boolean; firstRowsInert: boolean } }).seen);
  expect(seen).toEqual({ reading: true, firstRowsInert: true });
  expect(await page.locator('.sheets[inert]').count()).toBe(0);
  const nameBox = page.getByRole('textbox', { name: 'Cellule' });
  await nameBox.fill('D60000');
  await nameBox.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Barre de formule' })).toHaveValue('Réf. 60000');
  await enterCell(page, 'E1', '=SUM(A1:A60000)');
  await expect.poll(async () => number(await gridCell(page, 1, 5).textContent())).toBe((60_000 * 60_001) / 2);
});
