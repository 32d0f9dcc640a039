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

test('an EMF picture (a chart Chromium cannot draw itself) is drawn, translated to SVG', async ({ page, host }) => {
  copyFileSync(path.join(CORPUS, 'docx/tika-018367.docx'), path.join(host.docs, 'chart.docx'));
  await page.goto(host.url);
  await openFile(page, 'chart.docx');
  const chart = page.getByRole('textbox', { name: 'Zone de texte du document' }).getByRole('img', { name: /^This is a bar chart/ }).first();
  await expect(chart).toBeVisible();
  expect(await chart.getAttribute('src')).toMatch(/^blob:/);
  await expect.poll(() => chart.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  // Not a blank box: the bars, axes and title are on screen.
  const shot = (await chart.screenshot()).toString('base64');
  const inked = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 600) ink++;
    return ink / (c.width * c.height);
  }, shot);
  expect(inked).toBeGreaterThan(0.05);
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
