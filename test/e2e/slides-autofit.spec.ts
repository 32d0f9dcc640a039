/**
 * "Shrink text on overflow": a body placeholder whose master says a:normAutofit draws its text
 * smaller when too much is typed in it, on the canvas and in its thumbnail, and again when the
 * saved file is opened; Ctrl+Z gives the text its size back.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { CORPUS } from '../fidelity/corpus.js';
import { openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { canvas } from './slides-actions.js';

/** The drawn text of the shape holding `text`, on the canvas shown. */
function drawnText(page: Page, text: string): Locator {
  return canvas(page).filter({ visible: true }).locator('[data-shape-id]').filter({ hasText: text }).last().locator('.slides-text');
}

/** How far the last paragraph's bottom passes the text area's bottom, in pixels (≤ 0: it fits). */
async function overflow(text: Locator): Promise<number> {
  return text.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const last = el.lastElementChild!.getBoundingClientRect();
    return last.bottom - (box.bottom - parseFloat(getComputedStyle(el).paddingBottom));
  });
}

const scaleOf = async (text: Locator) => Number(await text.getAttribute('data-font-scale'));

test('text typed past its box shrinks to fit it, in the canvas, the thumbnail and after saving', async ({ page, host }) => {
  copyFileSync(path.join(CORPUS, 'pptx/poi-layouts.pptx'), path.join(host.docs, 'ajuste.pptx'));
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(host.url);
  await openFile(page, 'ajuste.pptx');
  const list = page.getByRole('listbox', { name: 'Liste des diapositives' });
  await list.getByRole('option').nth(1).click();
  const body = drawnText(page, 'Level 9');
  await expect(body).toBeVisible();
  const before = await scaleOf(body);

  // Twelve more lines at the end of the body.
  const b = (await body.boundingBox())!;
  await page.mouse.dblclick(b.x + b.width / 2, b.y + 10);
  const editor = page.getByRole('textbox', { name: 'Contenu de la diapositive' });
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+End');
  for (let i = 1; i <= 12; i += 1) await page.keyboard.type(`\nLigne ajoutée ${String(i)}`);
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();

  const grown = drawnText(page, 'Ligne ajoutée 12');
  await expect.poll(() => scaleOf(grown)).toBeLessThan(before);
  expect(await overflow(grown)).toBeLessThanOrEqual(1);
  // The thumbnail draws the same text at the same scale.
  const thumb = list.getByRole('option').nth(1).locator('.slides-text').filter({ hasText: 'Ligne ajoutée 12' });
  await expect.poll(async () => scaleOf(thumb)).toBe(await scaleOf(grown));

  // Edited again, the text starts at the size it is drawn at.
  const drawnSize = await grown.locator('p').first().evaluate((p) => getComputedStyle(p).fontSize);
  const g = (await grown.boundingBox())!;
  await page.mouse.dblclick(g.x + g.width / 2, g.y + 10);
  await expect(editor).toBeFocused();
  expect(await editor.locator('p').first().evaluate((p) => getComputedStyle(p).fontSize)).toBe(drawnSize);
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();

  // Undo: the added lines go, the text is as large as it was.
  await canvas(page).filter({ visible: true }).focus();
  await page.keyboard.press('Control+z');
  await expect(canvas(page).filter({ visible: true })).not.toContainText('Ligne ajoutée');
  await expect.poll(() => scaleOf(drawnText(page, 'Level 9'))).toBe(before);
  await page.keyboard.press('Control+y');
  await expect(canvas(page).filter({ visible: true })).toContainText('Ligne ajoutée 12');

  await saveAs(page, host.docs, 'ajuste-revu', 'pptx');
  await openFile(page, 'ajuste-revu.pptx');
  await page.getByRole('listbox', { name: 'Liste des diapositives' }).filter({ visible: true }).getByRole('option').nth(1).click();
  const reopened = drawnText(page, 'Ligne ajoutée 12');
  await expect.poll(() => scaleOf(reopened)).toBeLessThan(before);
  expect(await overflow(reopened)).toBeLessThanOrEqual(1);
});
