/**
 * A long document (the 180-page `large/poi-bug65649.docx` of the shared corpus) opens without
 * freezing the interface: the first pages show at once, the rest arrives in slices, and once it
 * is all in, the document is whole, editable, unmodified, and undo does not unload it.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { read } from '@ostal/formats';
import { textDocumentPlainText } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import { CORPUS } from '../fidelity/corpus.js';
import { openFile } from './app-actions.js';
import { expect, test } from './fixtures.js';

const NAME = 'poi-bug65649.docx';

test('a 180-page report opens progressively, then is whole, editable and unmodified', async ({ page, host }) => {
  test.setTimeout(240_000);
  const source = path.join(CORPUS, 'large', NAME);
  copyFileSync(source, path.join(host.docs, NAME));
  const { document } = await read(new Uint8Array(readFileSync(source)));
  const lines = textDocumentPlainText(document as TextDocument)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 12 && !l.includes('\t'));
  const last = lines[lines.length - 1]!;

  await page.goto(host.url);
  await openFile(page, NAME);
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await expect(editor).toBeVisible({ timeout: 120_000 });
  // The status line counts words once every slice is in.
  const status = page.locator('.writer-status__words');
  await expect(status).toHaveText(/^[\d\s\u202f\u00a0]+ mots$/, { timeout: 180_000 });
  // The page view counts the pages of what is loaded: the status line says how many.
  await expect(page.locator('.writer-status__page')).toHaveText(/^Page 1 sur \d{2,}$/);
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  const tab = page.getByRole('tab', { name: NAME, exact: true });
  await expect(tab).toBeVisible();

  // The end of the document is there, and loading steps are not undoable edits.
  const lastBlock = editor.locator(':scope > *').filter({ hasText: last.slice(0, 40) });
  await expect(lastBlock.first()).toBeAttached();
  const blocks = await editor.evaluate((el) => el.childElementCount);
  await editor.press('Control+Home');
  await page.keyboard.press('Control+z');
  expect(await editor.evaluate((el) => el.childElementCount)).toBe(blocks);
  await expect(tab).toBeVisible();

  await page.keyboard.type('Note : ');
  await expect(page.getByRole('tab', { name: `${NAME}, modifié` })).toBeVisible();
});
