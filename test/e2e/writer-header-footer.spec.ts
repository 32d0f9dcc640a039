import { read } from '@ostal/formats';
import { textSchema } from '@ostal/model';
import type { SectionProps, TextDocument } from '@ostal/model';
import { ZipArchive } from '../../packages/formats/src/container/zip-reader.js';
import { DEFAULT_LIMITS } from '../../packages/formats/src/limits.js';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { libreofficeConvertBytes } from '../support/libreoffice.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

/** The first section of a file as Ostal's readers see it. */
async function sectionOf(bytes: Uint8Array): Promise<SectionProps> {
  const { document } = await read(bytes);
  const content = (document as TextDocument).content;
  const brk = (content.content ?? []).find((b) => b.type === 'section_break');
  return ((brk ? brk.attrs?.section : content.attrs?.section) ?? {});
}

const textOf = (json: unknown): string => (json ? textSchema.nodeFromJSON(json).textContent : '');

test('the header and footer are edited in place, with a page number and a different first page, and saved', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Rapport annuel');

  // Double-click the header zone, type, Escape.
  await page.getByRole('note', { name: 'En-tête' }).dblclick();
  const header = page.getByRole('textbox', { name: 'En-tête — Toutes les pages' });
  await expect(header).toBeFocused();
  await page.keyboard.type('Mairie de Lyon');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('note', { name: 'En-tête' })).toHaveText('Mairie de Lyon');
  await expect(editor).toBeFocused();

  // Insertion > Pied de page: "Page " and the page number field.
  await page.getByRole('tab', { name: 'Insertion' }).click();
  await page.getByRole('button', { name: 'Pied de page' }).click();
  const footer = page.getByRole('textbox', { name: 'Pied de page — Toutes les pages' });
  await expect(footer).toBeFocused();
  await page.keyboard.type('Page ');
  await page.getByRole('toolbar', { name: 'En-tête et pied de page' }).getByRole('button', { name: 'Numéro de page' }).click();
  await expect(footer.locator('[data-field="page-number"]')).toHaveText('1');
  await page.getByRole('button', { name: 'Fermer l’en-tête et le pied de page' }).click();
  await expect(page.getByRole('note', { name: 'Pied de page' })).toHaveText('Page 1');

  // A different first page, with its own header.
  await page.getByRole('note', { name: 'En-tête' }).dblclick();
  await page.getByRole('checkbox', { name: 'Première page différente' }).check();
  const first = page.getByRole('textbox', { name: 'En-tête — Première page' });
  await expect(first).toBeFocused();
  await page.keyboard.type('Page de garde');
  await page.keyboard.press('Escape');
  // The first sheet shows the first page's header (page view).
  await expect(page.getByRole('note', { name: 'En-tête' })).toHaveText('Page de garde');

  const docx = await saveAs(page, host.docs, 'entetes', 'docx');
  const odt = await saveAs(page, host.docs, 'entetes', 'odt');
  expect(odfSchemaErrors(odt)).toEqual([]);
  for (const [label, bytes] of [['docx', docx], ['odt', odt]] as const) {
    const section = await sectionOf(bytes);
    expect(section.titlePage, label).toBe(true);
    expect(textOf(section.headers?.default), label).toBe('Mairie de Lyon');
    expect(textOf(section.headers?.first), label).toBe('Page de garde');
    expect(JSON.stringify(section.footers?.default), label).toContain('"kind":"page-number"');
  }

  // LibreOffice keeps them: our ODT saved by it as DOCX.
  const zip = ZipArchive.open(new Uint8Array(libreofficeConvertBytes(odt, 'entetes.odt', 'docx')), DEFAULT_LIMITS);
  const parts = zip.names().filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n)).map((n) => zip.readText(n)).join('\n');
  expect(parts).toContain('Mairie de Lyon');
  expect(parts).toContain('Page de garde');
  expect(parts).toMatch(/PAGE/);
  expect(zip.readText('word/document.xml')).toContain('<w:titlePg');

  await closeTab(page, 'entetes.odt');
  await openFile(page, 'entetes.docx');
  // The first sheet shows the first page's stories (no footer of its own); the others are kept.
  await expect(page.getByRole('note', { name: 'En-tête' })).toHaveText('Page de garde');
  await expect(page.getByRole('note', { name: 'Pied de page' })).toHaveText('');
  await page.getByRole('note', { name: 'En-tête' }).dblclick();
  await page.getByRole('combobox', { name: 'Pages' }).selectOption({ label: 'Toutes les pages' });
  await expect(page.getByRole('textbox', { name: 'En-tête — Toutes les pages' })).toHaveText('Mairie de Lyon');
  await page.keyboard.press('Escape');
  await page.getByRole('note', { name: 'Pied de page' }).dblclick();
  await page.getByRole('combobox', { name: 'Pages' }).selectOption({ label: 'Toutes les pages' });
  await expect(page.getByRole('textbox', { name: 'Pied de page — Toutes les pages' })).toHaveText('Page 1');
});
