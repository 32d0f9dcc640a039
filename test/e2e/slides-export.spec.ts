import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { canvas, pngFacts, solidPng, typeInPlaceholder } from './slides-actions.js';

/** Runs one export: the button, the Export dialog with a file name, then the announced result. */
async function exportAs(page: Page, button: string, name: string, file: string): Promise<Buffer> {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporter' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Nom du fichier' }).fill(name);
  await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /^Export/ })).toHaveText(`Exporté : ${file}`, { timeout: 60_000 });
  expect(existsSync(file)).toBe(true);
  return readFileSync(file);
}

test('a deck is exported as a PDF (a page per slide at slide size, text as text), a slide as PNG and every slide as PNG in a zip', async ({ page, host }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouvelle présentation' }).click();
  await expect(canvas(page)).toBeVisible();
  await typeInPlaceholder(page, 'title', 'Budget 2027');
  await page.getByRole('button', { name: 'Nouvelle diapositive' }).click();
  await typeInPlaceholder(page, 'title', 'Calendrier des travaux');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Image…' }).click();
  await (await chooser).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: solidPng(240, 120, [0, 0, 145]) });
  await expect(canvas(page).getByRole('img', { name: 'logo' })).toBeVisible();
  await page.getByRole('button', { name: 'Nouvelle diapositive' }).click();
  await typeInPlaceholder(page, 'title', 'Questions');

  // PDF: printed by the host's Chromium; poppler reads three 960 x 540 pt pages with the titles as text.
  const pdfFile = path.join(host.docs, 'budget.pdf');
  await exportAs(page, 'Exporter en PDF…', 'budget', pdfFile);
  const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(3);
  expect(info).toMatch(/Tagged:\s+yes/);
  const [w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!.slice(1).map(Number);
  expect(Math.abs(w! - 960)).toBeLessThan(1);
  expect(Math.abs(h! - 540)).toBeLessThan(1);
  const pages = [1, 2, 3].map((n) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdfFile, '-'], { encoding: 'utf8' }));
  expect(pages[0]).toContain('Budget 2027');
  expect(pages[1]).toContain('Calendrier des travaux');
  expect(pages[2]).toContain('Questions');

  // PNG of the slide shown (the second after going back): 1280 x 720, the picture's blue and the title's ink in it.
  await page.getByRole('listbox', { name: 'Liste des diapositives' }).getByRole('option').nth(1).click();
  await expect(canvas(page).getByRole('img', { name: 'logo' })).toBeVisible();
  const png = await exportAs(page, 'Diapositive en PNG…', 'calendrier', path.join(host.docs, 'calendrier.png'));
  const facts = await pngFacts(page, png);
  expect({ width: facts.width, height: facts.height }).toEqual({ width: 1280, height: 720 });
  expect(facts.blue).toBeGreaterThan(240 * 120 * 0.5);
  expect(facts.dark).toBeGreaterThan(500);
  expect(facts.white).toBeGreaterThan(facts.width * facts.height * 0.5);

  // Every slide in a zip, in slide order; each picture is a drawn slide, not a blank one.
  const zipFile = path.join(host.docs, 'toutes.zip');
  await exportAs(page, 'Toutes les diapositives en PNG (zip)…', 'toutes', zipFile);
  const listing = execFileSync('unzip', ['-Z1', zipFile], { encoding: 'utf8' }).trim().split('\n');
  expect(listing).toEqual(['diapositive-01.png', 'diapositive-02.png', 'diapositive-03.png']);
  const first = execFileSync('unzip', ['-p', zipFile, 'diapositive-01.png']);
  const firstFacts = await pngFacts(page, first);
  expect(firstFacts.width).toBe(1280);
  expect(firstFacts.dark).toBeGreaterThan(500);
  expect(firstFacts.blue).toBe(0);
});
