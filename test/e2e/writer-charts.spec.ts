import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');

test('the charts of a Word document are drawn from their values, and Save As DOCX keeps them', async ({ page, host }) => {
  // Seven charts: line, column, area, pie, scatter, radar and bubble.
  copyFileSync(path.join(CORPUS, 'docx/oxsdk-chart3.docx'), path.join(host.docs, 'graphiques.docx'));
  await page.goto(host.url);
  await openFile(page, 'graphiques.docx');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  const charts = editor.locator('.writer-chart');
  await expect(charts).toHaveCount(7);
  await expect(charts.locator('svg[role="img"]')).toHaveCount(7);
  // Bars, pie slices and lines are really drawn, at the size the file gives.
  await expect.poll(() => editor.locator('.writer-chart .ui-chart__bar').count()).toBeGreaterThan(0);
  await expect.poll(() => editor.locator('.writer-chart .ui-chart__slice').count()).toBeGreaterThan(0);
  await expect.poll(() => editor.locator('.writer-chart .ui-chart__line').count()).toBeGreaterThan(0);
  const box = (await charts.first().boundingBox())!;
  expect(box.width).toBeGreaterThan(100);
  expect(box.height).toBeGreaterThan(60);

  await saveAs(page, host.docs, 'graphiques-copie', 'docx');
  await closeTab(page, 'graphiques-copie.docx');
  await openFile(page, 'graphiques-copie.docx');
  const again = page.getByRole('textbox', { name: 'Zone de texte du document' }).locator('.writer-chart');
  await expect(again).toHaveCount(7);
  await expect.poll(() => again.locator('.ui-chart__bar').count()).toBeGreaterThan(0);
});
