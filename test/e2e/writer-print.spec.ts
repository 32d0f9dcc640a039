import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures.js';

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-print-'));
  try {
    const file = path.join(dir, 'out.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('Ctrl+P and Imprimer open the print dialog, and what prints is the page alone', async ({ page, host }) => {
  // The browser's print dialog cannot be driven; count the calls to it instead.
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
  await editor.pressSequentially('Compte rendu de la réunion');
  await page.keyboard.press('Control+p');
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.getByRole('button', { name: 'Imprimer' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);

  // Chromium's own PDF of the print layout: the text, none of the application's controls.
  await page.emulateMedia({ media: 'print' });
  const text = pdfText(await page.pdf({ format: 'A4' }));
  expect(text).toContain('Compte rendu de la réunion');
  for (const chrome of ['Insertion', 'Enregistrer sous', 'Ruban', 'mots']) expect(text).not.toContain(chrome);
});
