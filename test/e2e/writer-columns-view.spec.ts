/** A section in columns shows in columns on screen, balanced at its end, the text after it across the page. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { write } from '@ostal/formats';
import type { PMNodeJSON, SectionProps, TextDocument } from '@ostal/model';
import { openFile } from './app-actions.js';
import { expect, test } from './fixtures.js';

const para = (text: string): PMNodeJSON => ({ type: 'paragraph', content: [{ type: 'text', text }] });

test('a two-column section with a rule shows in two balanced columns on screen, between one-column text', async ({ page, host }) => {
  const margins = { top: 1417, right: 1417, bottom: 1417, left: 1417, header: 709, footer: 709 };
  const a4 = { width: 11906, height: 16838, orientation: 'portrait' as const };
  const intro: SectionProps = { page: a4, margins };
  const columns: SectionProps = { page: a4, margins, start: 'continuous', columns: { count: 2, gap: 709, separator: true } };
  const last: SectionProps = { page: a4, margins, start: 'continuous' };
  const body = Array.from({ length: 20 }, (_, i) => para(`Col${String(i + 1)} texte de la lettre.`));
  const doc: TextDocument = {
    kind: 'text',
    version: 4,
    meta: {},
    content: { type: 'doc', attrs: { section: last }, content: [para('Lettre d’information'), { type: 'section_break', attrs: { section: intro } }, ...body, { type: 'section_break', attrs: { section: columns } }, para('Fin du document')] },
  };
  writeFileSync(path.join(host.docs, 'colonnes.docx'), await write(doc, 'docx'));
  await page.goto(host.url);
  await openFile(page, 'colonnes.docx');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await expect(editor).toContainText('Fin du document');

  // Two columns, 1.25 cm apart, a line between them.
  await expect(editor).toHaveCSS('column-count', '2');
  await expect(editor).toHaveCSS('column-rule-style', 'solid');
  const box = async (text: string) => (await editor.getByText(text, { exact: true }).boundingBox())!;
  const first = await box('Col1 texte de la lettre.');
  const eleventh = await box('Col11 texte de la lettre.');
  const twentieth = await box('Col20 texte de la lettre.');
  // Balanced: Col11 tops the second column, level with Col1; Col20 ends it.
  expect(eleventh.x - first.x).toBeGreaterThan(250);
  expect(Math.abs(eleventh.y - first.y)).toBeLessThan(4);
  expect(twentieth.x).toBeCloseTo(eleventh.x, 0);
  // The title and the end run across the page, above and below the columns.
  const title = await box('Lettre d’information');
  const end = await box('Fin du document');
  expect(title.y).toBeLessThan(first.y);
  expect(end.y).toBeGreaterThan(twentieth.y);
  expect(end.x).toBeCloseTo(first.x, 0);
  // Typing in the second column stays there.
  await editor.getByText('Col15 texte de la lettre.', { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Ajout.');
  await expect(editor.getByText('Col15 texte de la lettre. Ajout.', { exact: true })).toBeVisible();
  expect((await box('Col15 texte de la lettre. Ajout.')).x).toBeCloseTo(eleventh.x, 0);
});
