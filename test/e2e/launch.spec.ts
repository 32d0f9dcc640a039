/** Documents named on the command line open at start, as a double-click on a file does. */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CORPUS } from '../fidelity/corpus.js';
import { expect, test } from './fixtures.js';
import { killHost, startHostProcess } from './host-process.js';

test('documents on the command line open in their tabs at start', async ({ page }) => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'ostal-e2e-launch-home-'));
  const docs = mkdtempSync(path.join(os.tmpdir(), 'ostal-e2e-launch-docs-'));
  copyFileSync(path.join(CORPUS, 'docx/mammoth-simple-list.docx'), path.join(docs, 'liste.docx'));
  const host = await startHostProcess(home, docs, [path.join(docs, 'liste.docx'), path.join(docs, 'absent.odt')]);
  try {
    await page.goto(host.url);
    await expect(page.getByRole('tab', { name: 'liste.docx', exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Zone de texte du document' }).locator('ul li').first()).toBeVisible();
    // Handed out once: a reload does not open it a second time.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Nouveau document texte' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'liste.docx', exact: true })).toHaveCount(0);
  } finally {
    await killHost(host);
    rmSync(home, { recursive: true, force: true });
    rmSync(docs, { recursive: true, force: true });
  }
});
