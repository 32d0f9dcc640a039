/**
 * A jump list task or a desktop action ("Nouveau classeur") starts Ostal with `--new=<kind>`: a
 * blank document of that kind opens at start, once (the browser-mode host takes the same flag).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures.js';
import { killHost, startHostProcess } from './host-process.js';

test('--new=workbook and --new=deck open a blank spreadsheet and a blank presentation at start, handed out once', async ({ page }) => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'ostal-e2e-new-home-'));
  const docs = mkdtempSync(path.join(os.tmpdir(), 'ostal-e2e-new-docs-'));
  const host = await startHostProcess(home, docs, ['--new=workbook', '--new=deck']);
  try {
    await page.goto(host.url);
    const tabs = page.getByRole('tablist', { name: 'Documents ouverts' }).getByRole('tab');
    await expect(tabs).toHaveCount(3);
    await expect(tabs.nth(1)).toHaveText(/Sans titre 1/);
    await expect(tabs.nth(2)).toHaveText(/Sans titre 2/);
    await tabs.nth(1).click();
    await expect(page.getByRole('textbox', { name: 'Cellule' })).toBeVisible();
    // Handed out once: a reload shows the start page alone.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Nouveau document texte' })).toBeVisible();
    await expect(tabs).toHaveCount(1);
  } finally {
    await killHost(host);
    rmSync(home, { recursive: true, force: true });
    rmSync(docs, { recursive: true, force: true });
  }
});
