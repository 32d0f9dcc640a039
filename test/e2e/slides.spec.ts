import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { libreofficeConvertBytes } from '../support/libreoffice.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { canvas, typeInPlaceholder } from './slides-actions.js';
import { CORPUS } from '../fidelity/corpus.js';

/** What LibreOffice shows of a presentation: its PDF export turned back into text. */
function libreofficeSlidesText(bytes: Uint8Array, name: string): string {
  const pdf = libreofficeConvertBytes(bytes, name, 'pdf');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-pdf-'));
  try {
    writeFileSync(path.join(dir, 'x.pdf'), pdf);
    execFileSync('pdftotext', [path.join(dir, 'x.pdf'), path.join(dir, 'x.txt')]);
    return readFileSync(path.join(dir, 'x.txt'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a two-slide presentation saves as ODP and PPTX, reopens, presents, and LibreOffice shows it', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouvelle présentation' }).click();
  await typeInPlaceholder(page, 'title', 'Bilan 2026');
  await typeInPlaceholder(page, 'body', 'Objectifs atteints\nBudget maîtrisé');
  await page.getByRole('button', { name: 'Nouvelle diapositive' }).click();
  await typeInPlaceholder(page, 'title', 'Perspectives');
  await typeInPlaceholder(page, 'body', 'Sobriété numérique');
  await expect(page.getByRole('listbox', { name: 'Liste des diapositives' }).getByRole('option')).toHaveCount(2);

  const odp = await saveAs(page, host.docs, 'bilan', 'odp');
  expect(odfSchemaErrors(odp)).toEqual([]);
  const pptx = await saveAs(page, host.docs, 'bilan', 'pptx');

  for (const [name, bytes] of [['bilan.odp', odp], ['bilan.pptx', pptx]] as const) {
    const text = libreofficeSlidesText(bytes, name);
    for (const words of ['Bilan 2026', 'Objectifs atteints', 'Budget maîtrisé', 'Perspectives', 'Sobriété numérique']) {
      expect(text).toContain(words);
    }
  }

  await closeTab(page, 'bilan.pptx');
  for (const name of ['bilan.odp', 'bilan.pptx']) {
    await openFile(page, name);
    const list = page.getByRole('listbox', { name: 'Liste des diapositives' });
    await expect(list.getByRole('option')).toHaveCount(2);
    await list.getByRole('option').nth(1).click();
    await expect(canvas(page)).toHaveAccessibleName(/^Diapositive 2\s:\sPerspectives/);
    await expect(canvas(page)).toContainText('Sobriété numérique');
    await closeTab(page, name);
  }
});

test('Present shows the slides full window, arrows move, Esc returns to the editor', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouvelle présentation' }).click();
  await typeInPlaceholder(page, 'title', 'Première');
  await page.getByRole('button', { name: 'Nouvelle diapositive' }).click();
  await typeInPlaceholder(page, 'title', 'Seconde');
  await page.getByRole('button', { name: /^Présenter/ }).click();
  const show = page.getByRole('region', { name: 'Présentation' });
  await expect(show).toBeVisible();
  await expect(show.locator('section.present')).toContainText('Première');
  await page.keyboard.press('ArrowRight');
  await expect(show.locator('section.present')).toContainText('Seconde');
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
  await expect(canvas(page)).toBeVisible();
});

test('a PowerPoint deck with a picture shows it on the canvas and keeps it when the title is edited in place and saved', async ({ page, host }) => {
  const corpus = path.join(CORPUS, 'pptx/oxsdk-Image_Small.pptx');
  writeFileSync(path.join(host.docs, 'image.pptx'), readFileSync(corpus));
  await page.goto(host.url);
  await openFile(page, 'image.pptx');
  await expect(canvas(page).getByRole('img')).toHaveCount(1);
  // Double-click the title and replace its text.
  const title = canvas(page).locator('[data-shape-id]').filter({ hasText: /\S/ }).first();
  await title.waitFor();
  const p = await title.boundingBox();
  await page.mouse.dblclick(p!.x + p!.width / 2, p!.y + p!.height / 2);
  const box = page.getByRole('textbox', { name: 'Titre de la diapositive' });
  await expect(box).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Titre revu');
  await page.keyboard.press('Escape');
  await expect(canvas(page)).toContainText('Titre revu');
  const saved = await saveAs(page, host.docs, 'image-revu', 'pptx');
  const { unzipSync, strFromU8 } = await import('fflate');
  const parts = unzipSync(saved);
  expect(Object.keys(parts).filter((n) => n.startsWith('ppt/media/'))).toHaveLength(1);
  const slide = strFromU8(parts['ppt/slides/slide1.xml']!);
  expect(slide).toContain('Titre revu');
  expect(slide).toContain('<p:pic>');
  const text = libreofficeSlidesText(saved, 'image-revu.pptx');
  expect(text).toContain('Titre revu');
});
