import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { ZipArchive } from '../../packages/formats/src/container/zip-reader.js';
import { DEFAULT_LIMITS } from '../../packages/formats/src/limits.js';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');

test('pictures of a docx are shown, and Save As ODT keeps them', async ({ page, host }) => {
  copyFileSync(path.join(CORPUS, 'docx/odrtest-sample3.docx'), path.join(host.docs, 'accessible.docx'));
  await page.goto(host.url);
  await openFile(page, 'accessible.docx');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  const pictures = editor.locator('.writer-image img');
  await expect(pictures).toHaveCount(2);
  const symbol = editor.getByRole('img', { name: 'Web Access Symbol' });
  await expect(symbol).toBeVisible();
  // The picture is really drawn (from a blob: URL), at its size from the file (1339850 EMU ≈ 141 px).
  await expect.poll(() => symbol.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  expect(await symbol.getAttribute('src')).toMatch(/^blob:/);
  expect(Math.round((await symbol.boundingBox())!.width)).toBe(141);

  const odt = await saveAs(page, host.docs, 'accessible', 'odt');
  expect(odfSchemaErrors(odt)).toEqual([]);
  const pictureParts = ZipArchive.open(odt, DEFAULT_LIMITS)
    .names()
    .filter((n) => n.startsWith('Pictures/'));
  expect(pictureParts).toHaveLength(2);

  await closeTab(page, 'accessible.odt');
  await openFile(page, 'accessible.odt');
  const reopened = page.getByRole('textbox', { name: 'Zone de texte du document' }).getByRole('img', { name: 'Web Access Symbol' });
  await expect.poll(() => reopened.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
});

test('a picture the browser cannot draw (EMF) is a box of its size with its alternative text', async ({ page, host }) => {
  copyFileSync(path.join(CORPUS, 'docx/tika-018367.docx'), path.join(host.docs, 'chart.docx'));
  await page.goto(host.url);
  await openFile(page, 'chart.docx');
  // The document's other EMF (its embedded OLE object's picture) is a box too: this one is described.
  const box = page.locator('.writer-image--placeholder').filter({ hasText: 'This is a bar chart' });
  await expect(box).toBeVisible();
  await expect(box).toHaveAttribute('aria-label', /^Image non affichable — This is a bar chart/);
  await expect(box).toContainText('This is a bar chart');
});

test('a text box shows as a framed block holding its text, after its paragraph', async ({ page, host }) => {
  copyFileSync(path.join(CORPUS, 'docx/mammoth-text-box.docx'), path.join(host.docs, 'box.docx'));
  await page.goto(host.url);
  await openFile(page, 'box.docx');
  const frame = page.getByRole('textbox', { name: 'Zone de texte du document' }).locator('.text-frame');
  await expect(frame).toHaveCount(1);
  await expect(frame).toHaveText('Datum plane');
  // 2374265 EMU ≈ 249 px wide, as in the file.
  expect(Math.round((await frame.boundingBox())!.width)).toBe(249);
});
