import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures.js';

/** Text, page count, and the top of the first word of pages 1 and 2 (points from the page's top). */
function pdfInfo(pdf: Buffer): { text: string; pages: number; firstTop: number[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-pdf-'));
  try {
    const file = path.join(dir, 'out.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const firstTop = [1, 2].map((n) => {
      const bbox = execFileSync('pdftotext', ['-bbox', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' });
      return Number(/<word[^>]*yMin="([\d.]+)"/.exec(bbox)?.[1] ?? -1);
    });
    return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0), firstTop };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('Exporter en PDF: in browser mode the print dialog makes the PDF; the export layout keeps only the page, on the section’s margins', async ({ page, host }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Note de service');
  // A second page's worth of text, to see the margins repeat.
  for (let i = 0; i < 45; i++) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(`Ligne ${String(i + 1)}`);
  }
  // The browser-mode host has no window to render: the writer falls back to the print dialog.
  await page.getByRole('button', { name: 'Exporter en PDF' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // What Electron's printToPDF draws (same Chromium, same print stylesheet, A4 with the section's 2.5 cm margins).
  await page.evaluate(() => document.querySelector('.writer')?.classList.add('writer--pdf'));
  await page.emulateMedia({ media: 'print' });
  const pdf = pdfInfo(await page.pdf({ width: '210mm', height: '297mm', margin: { top: '25mm', bottom: '25mm', left: '25mm', right: '25mm' } }));
  expect(pdf.text).toContain('Note de service');
  expect(pdf.text).toContain('Ligne 45');
  expect(pdf.pages).toBeGreaterThanOrEqual(2);
  // Pages after the first start at the 25 mm margin (71 pt), without the page's own 2.5 cm padding
  // added to it (they would start near 180 pt).
  const [first = -1, second = -1] = pdf.firstTop;
  expect(second).toBeGreaterThan(65);
  expect(second).toBeLessThan(100);
  // The first page starts at the same margin: the hidden application takes no room above it.
  expect(Math.abs(first - second)).toBeLessThan(6);
  for (const chrome of ['Insertion', 'Exporter en PDF', 'Enregistrer sous', 'mots']) expect(pdf.text).not.toContain(chrome);
});
