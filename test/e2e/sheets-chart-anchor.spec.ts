import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { read, write } from '@ostal/formats';
import { chartFromRange, sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

/** Column letter + row number, one-based, to the grid's cell (row and column indexes zero-based). */
function gridCell(page: Page, row: number, col: number): Locator {
  return page.getByRole('region', { name: 'Feuille de calcul' }).locator(`.ht_master tbody tr:nth-child(${String(row + 1)}) td:nth-of-type(${String(col + 1)})`);
}

async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
}

/** True when the top-left corners of `a` and `b` are within 2 pixels. */
async function sameCorner(a: Locator, b: Locator): Promise<boolean> {
  const [p, q] = [await a.boundingBox(), await b.boundingBox()];
  return p !== null && q !== null && Math.abs(p.x - q.x) <= 2 && Math.abs(p.y - q.y) <= 2;
}

function book(): Workbook {
  const base: Workbook = {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets: [
      sheetFromGrid('Ventes', [
        [{ value: 'Mois' }, { value: 'Nord' }],
        [{ value: 'Janvier' }, { value: 10 }],
        [{ value: 'Février' }, { value: 20 }],
        [{ value: 'Mars' }, { value: 15 }],
      ]),
    ],
  };
  // Anchored at C2 (row 1, column 2) down to I13.
  const chart = { ...chartFromRange(base, 'Ventes', { top: 0, left: 0, bottom: 3, right: 1 }, 'column'), title: 'Ventes', anchor: { from: { row: 1, col: 2 }, to: { row: 12, col: 8 } } };
  return { ...base, sheets: [{ ...base.sheets[0]!, charts: [chart] }] };
}

test('a chart floats at its anchor cell, scrolls with the grid, is dragged to another cell and saved there', async ({ page, host }) => {
  writeFileSync(path.join(host.docs, 'ancre.xlsx'), await write(book(), 'xlsx'));
  await page.goto(host.url);
  await openFile(page, 'ancre.xlsx');
  const chart = page.getByRole('group', { name: 'Graphique Ventes' });
  await expect(chart.getByRole('img', { name: /Ventes/ })).toBeVisible();
  await expect(gridCell(page, 1, 0)).toHaveText('Janvier');

  // Over C2, and it follows the cells when they scroll.
  await expect.poll(() => sameCorner(chart, gridCell(page, 1, 2))).toBe(true);
  const before = await box(chart);
  await gridCell(page, 3, 0).hover();
  await page.mouse.wheel(0, 60);
  await expect.poll(async () => (await box(chart)).y).toBeLessThan(before.y - 20);
  // The wheel over the chart scrolls the cells too.
  await chart.hover();
  await page.mouse.wheel(0, -600);
  await expect.poll(() => sameCorner(chart, gridCell(page, 1, 2))).toBe(true);

  // Dragged by its body onto E5 (row 4, column 4).
  const from = await box(gridCell(page, 1, 2));
  const to = await box(gridCell(page, 4, 4));
  const start = await box(chart);
  await page.mouse.move(start.x + 40, start.y + 40);
  await page.mouse.down();
  await page.mouse.move(start.x + 40 + (to.x - from.x) / 2, start.y + 40 + (to.y - from.y) / 2);
  await page.mouse.move(start.x + 40 + (to.x - from.x) + 3, start.y + 40 + (to.y - from.y) + 2);
  await page.mouse.up();
  await expect.poll(async () => Math.abs((await box(chart)).x - (to.x + 3))).toBeLessThanOrEqual(2);
  const moved = await box(chart);
  expect(Math.abs(moved.y - (to.y + 2))).toBeLessThanOrEqual(2);
  // The size stays.
  expect(Math.abs(moved.width - start.width)).toBeLessThanOrEqual(2);

  const xlsx = await saveAs(page, host.docs, 'ancre-2', 'xlsx');
  const ods = await saveAs(page, host.docs, 'ancre-2', 'ods');
  for (const bytes of [xlsx, ods]) {
    const saved = ((await read(bytes)).document as Workbook).sheets[0]?.charts?.[0];
    expect(saved?.anchor.from).toMatchObject({ row: 4, col: 4 });
  }

  // Reopened, the chart is at E5.
  await closeTab(page, 'ancre-2.ods');
  for (const name of ['ancre-2.xlsx', 'ancre-2.ods']) {
    await openFile(page, name);
    const reopened = page.getByRole('group', { name: 'Graphique Ventes' });
    await expect(reopened).toBeVisible();
    await expect(gridCell(page, 1, 0)).toHaveText('Janvier');
    await expect.poll(async () => {
      const [c, cell] = [await reopened.boundingBox(), await gridCell(page, 4, 4).boundingBox()];
      return c !== null && cell !== null && c.x >= cell.x && c.x <= cell.x + 6 && c.y >= cell.y && c.y <= cell.y + 6;
    }).toBe(true);
    await closeTab(page, name);
  }
});

test('a chart is resized by its handle, moved and resized from the keyboard, removed with Delete and brought back by undo', async ({ page, host }) => {
  writeFileSync(path.join(host.docs, 'clavier.xlsx'), await write(book(), 'xlsx'));
  await page.goto(host.url);
  await openFile(page, 'clavier.xlsx');
  const chart = page.getByRole('group', { name: 'Graphique Ventes' });
  await expect(chart.getByRole('img', { name: /Ventes/ })).toBeVisible();
  await expect.poll(() => sameCorner(chart, gridCell(page, 1, 2))).toBe(true);

  // The bottom-right handle of the selected chart makes it wider and taller.
  await chart.click();
  const handle = chart.locator('[data-handle="se"]');
  await expect(handle).toBeVisible();
  // The selected chart, its handles and actions: no serious accessibility fault.
  const axe = await new AxeBuilder({ page }).include('.sheets').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  const start = await box(chart);
  const h = await box(handle);
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(h.x + 30, h.y + 20);
  await page.mouse.move(h.x + 60, h.y + 40);
  await page.mouse.up();
  await expect.poll(async () => (await box(chart)).width).toBeGreaterThan(start.width + 40);
  const resized = await box(chart);
  expect(Math.abs(resized.x - start.x)).toBeLessThanOrEqual(1);

  // Keyboard: Right moves it (its size stays), Shift+Down makes it taller.
  await chart.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await box(chart)).x).toBeGreaterThan(resized.x + 4);
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => (await box(chart)).height).toBeGreaterThan(resized.height + 4);

  // Delete removes it; Ctrl+Z (back in the grid) brings it back.
  await page.keyboard.press('Delete');
  await expect(chart).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(chart).toBeVisible();
  // Undo again: the keyboard resize is undone.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.abs((await box(chart)).height - resized.height)).toBeLessThanOrEqual(2);
});

test('a picture of an XLSX file floats at its anchor and is saved where it was dragged', async ({ page, host }) => {
  copyFileSync(path.resolve(import.meta.dirname, '../../../shared/corpus/xlsx/tika-testEXCEL_1img.xlsx'), path.join(host.docs, 'logo.xlsx'));
  await page.goto(host.url);
  await openFile(page, 'logo.xlsx');
  // Anchored at A12 (row 11, column 0), named by its alternative text.
  const picture = page.getByRole('group', { name: 'Image alfresco-logo.png' });
  await expect(picture.getByRole('img')).toBeVisible();
  await expect.poll(() => sameCorner(picture, gridCell(page, 11, 0))).toBe(true);
  const start = await box(picture);
  const target = await box(gridCell(page, 2, 3));
  await page.mouse.move(start.x + 10, start.y + 10);
  await page.mouse.down();
  await page.mouse.move(start.x + 10 + (target.x - start.x) / 2, start.y + 10 + (target.y - start.y) / 2);
  await page.mouse.move(target.x + 10, target.y + 10);
  await page.mouse.up();
  await expect.poll(() => sameCorner(picture, gridCell(page, 2, 3))).toBe(true);
  // Its own size stays.
  expect(Math.abs((await box(picture)).width - start.width)).toBeLessThanOrEqual(2);

  const xlsx = await saveAs(page, host.docs, 'logo-2', 'xlsx');
  const ods = await saveAs(page, host.docs, 'logo-2', 'ods');
  for (const bytes of [xlsx, ods]) {
    const saved = ((await read(bytes)).document as Workbook).sheets[0]?.images?.[0];
    expect(saved?.anchor.from).toMatchObject({ row: 2, col: 3 });
    expect(saved?.size?.width).toBeCloseTo(141.75, 0);
  }
});
