import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { write } from '@ostal/formats';
import { emptyDeck, makeSlide, plainTextBody } from '@ostal/model';
import type { Deck } from '@ostal/model';
import { openFile } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { startHostProcess } from './host-process.js';
import { canvas, pngFacts, solidPng } from './slides-actions.js';

test('without a Chromium, Chrome or Edge on the host, Export to PDF writes a page per shown slide from pictures of the slides, and says so', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const home = mkdtempSync(path.join(os.tmpdir(), 'ostal-e2e-home-'));
  const docs = mkdtempSync(path.join(os.tmpdir(), 'ostal-e2e-docs-'));
  // A host that finds no browser to print with, as on a machine without one.
  const { child, url } = await startHostProcess(home, docs, [], { OSTAL_CHROMIUM: path.join(home, 'no-such-browser') });
  try {
    const deck: Deck = {
      ...emptyDeck({ language: 'fr-FR' }),
      media: { 'image1.png': { type: 'image/png', data: solidPng(240, 120, [0, 0, 145]) } },
      slides: [
        makeSlide('Rapport annuel', ['Service des archives']),
        { ...makeSlide('Brouillon'), hidden: true },
        { ...makeSlide('Logo'), shapes: [{ kind: 'shape', id: 2, geometry: 'rect', placeholder: { type: 'title' }, text: plainTextBody(['Logo']) }, { kind: 'picture', id: 3, name: 'logo', media: 'image1.png', xfrm: { x: 0, y: 0, cx: 12_192_000, cy: 6_858_000 } }] },
      ],
    };
    writeFileSync(path.join(docs, 'rapport.pptx'), await write(deck, 'pptx'));
    await page.goto(url);
    await openFile(page, 'rapport.pptx');
    await expect(canvas(page)).toBeVisible();

    await page.getByRole('button', { name: 'Exporter en PDF…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Exporter' });
    await dialog.getByRole('textbox', { name: 'Nom du fichier' }).fill('rapport');
    await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();
    const file = path.join(docs, 'rapport.pdf');
    await expect(page.getByRole('status').filter({ hasText: /^Export/ })).toHaveText(`Exporté en images des diapositives (aucun navigateur Chromium, Chrome ou Edge pour garder le texte) : ${file}`, { timeout: 60_000 });

    // Poppler: two pages (the hidden slide left out) at the slide's size, each one picture of twice its pixels (1280 x 720).
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+2\n/);
    expect(info).toMatch(/Page size:\s+960 x 540 pts/);
    expect(info).toMatch(/Title:\s+rapport/);
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').filter((l) => /\bjpeg\b/.test(l));
    expect(images).toHaveLength(2);
    for (const line of images) expect(line).toMatch(/\s2560\s+1440\s/);
    // The pages drawn: the first mostly white with dark title text, the second the blue picture.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-pdf-pages-'));
    try {
      execFileSync('pdftoppm', ['-r', '24', '-png', file, path.join(dir, 'p')]);
      const facts = await Promise.all(['p-1.png', 'p-2.png'].map((n) => pngFacts(page, readFileSync(path.join(dir, n)), true)));
      expect(facts[0]!.white / facts[0]!.total).toBeGreaterThan(0.8);
      expect(facts[0]!.dark).toBeGreaterThan(20);
      expect(facts[1]!.blue / facts[1]!.total).toBeGreaterThan(0.5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    child.kill('SIGTERM');
    rmSync(home, { recursive: true, force: true });
    rmSync(docs, { recursive: true, force: true });
  }
});
