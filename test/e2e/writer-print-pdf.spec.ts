import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { read, write } from '@ostal/formats';
import { textSchema } from '@ostal/model';
import type { PMNodeJSON, SectionProps, TextDocument } from '@ostal/model';
import { writeFileSync } from 'node:fs';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { openFile, saveAs, typePageOfPagesFooter } from './app-actions.js';
import { expect, test } from './fixtures.js';

/** Pages of a PDF file as text (poppler's pdftotext, one call per page) and its page size line. */
function pdfPages(file: string): { pages: string[]; size: string } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const pages = Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }));
  return { pages, size: /Page size:\s+(.*)/.exec(info)?.[1] ?? '' };
}

/** "Exporter en PDF", the Export dialog with a file name; resolves once the file is there. */
async function exportPdf(page: Page, docs: string, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Exporter en PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporter' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Nom du fichier' }).fill(name);
  await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();
  await expect(dialog).toBeHidden();
  const file = path.join(docs, `${name}.pdf`);
  await expect(page.getByText(`Exporté en PDF : ${file}`)).toBeVisible({ timeout: 60_000 });
  expect(existsSync(file)).toBe(true);
  return file;
}

test('Ctrl+P and Imprimer print the laid-out pages: headers, footers and page numbers as in the PDF; a body page field shows its page', async ({ page, host }) => {
  // The browser's print dialog cannot be driven: in every frame, print() records what it would print.
  await page.addInitScript(() => {
    window.print = () => {
      const top = window.top as unknown as { printed?: string[][] };
      top.printed = [...(top.printed ?? []), [...document.querySelectorAll<HTMLElement>('.pdf-page')].map((sheet) => sheet.innerText)];
    };
  });
  const printed = () => page.evaluate(() => (window as unknown as { printed?: string[][] }).printed ?? []);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Compte rendu de la réunion');
  for (let i = 1; i <= 50; i++) {
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(`Ligne ${String(i)}`);
  }
  // A page-number field in the body, on the last page: Insertion ▸ Champ… ▸ Numéro de page.
  await page.keyboard.insertText(' — page ');
  await page.getByRole('tab', { name: 'Insertion' }).click();
  await page.getByRole('button', { name: 'Champ…', exact: true }).click();
  const insert = page.getByRole('dialog', { name: 'Insérer un champ' });
  await insert.getByRole('combobox', { name: 'Type de champ' }).selectOption({ label: 'Numéro de page' });
  await insert.getByRole('button', { name: 'OK' }).click();
  await expect(insert).toBeHidden();
  // The page view shows the number of the sheet the field is on (its stored result is "1").
  const sheets = page.locator('.writer-sheet');
  await expect.poll(() => sheets.count()).toBeGreaterThanOrEqual(2);
  const total = await sheets.count();
  await expect(editor.locator('[data-field="page-number"]')).toHaveText(String(total));
  await page.getByRole('note', { name: 'En-tête' }).dblclick();
  await page.keyboard.type('Mairie de Lyon');
  await page.keyboard.press('Escape');
  await typePageOfPagesFooter(page);
  await page.keyboard.press('Escape');

  await editor.focus();
  await page.keyboard.press('Control+p');
  await expect.poll(async () => (await printed()).length).toBe(1);
  const [pages = []] = await printed();
  expect(pages).toHaveLength(total);
  pages.forEach((text, i) => {
    expect(text, `page ${String(i + 1)}`).toContain('Mairie de Lyon');
    expect(text, `page ${String(i + 1)}`).toMatch(new RegExp(`Page ${String(i + 1)} sur ${String(total)}\\b`));
    for (const chrome of ['Insertion', 'Enregistrer sous', 'Ruban', 'mots']) expect(text).not.toContain(chrome);
  });
  expect(pages[0]).toContain('Compte rendu de la réunion');
  expect(pages[total - 1]).toMatch(new RegExp(`Ligne 50 — page ${String(total)}\\b`));
  // One frame at a time: the next print replaces it.
  await page.getByRole('button', { name: 'Imprimer' }).click();
  await expect.poll(async () => (await printed()).length).toBe(2);
  await expect(page.locator('iframe.writer-print-frame')).toHaveCount(1);
  // Saved, the field keeps its stored result (Word and LibreOffice compute it when they lay out).
  const docx = await saveAs(page, host.docs, 'compte-rendu', 'docx');
  const saved = (await read(docx)).document as TextDocument;
  const fields: string[] = [];
  textSchema.nodeFromJSON(saved.content).descendants((node) => {
    if (node.type.name === 'field') fields.push(String(node.attrs.result));
  });
  expect(fields).toEqual(['1']);

  // A print from the browser's own menu: its print stylesheet prints the page alone.
  await page.emulateMedia({ media: 'print' });
  const file = path.join(host.docs, 'print.pdf');
  await page.pdf({ format: 'A4', path: file });
  const text = pdfPages(file).pages.join('\n');
  expect(text).toContain('Compte rendu de la réunion');
  for (const chrome of ['Insertion', 'Enregistrer sous', 'Ruban', 'mots']) expect(text).not.toContain(chrome);
});

test('Exporter en PDF writes a PDF file of the pages: header and footer on every page, first and even pages apart, page numbers and count filled', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Rapport annuel');
  await page.keyboard.press('Enter');
  // A long paragraph (it runs over a page boundary) and short ones: about three A4 pages.
  const sentences = Array.from({ length: 80 }, (_, i) => `Phrase numéro ${String(i + 1)} du long paragraphe qui continue sur la page suivante.`);
  await page.keyboard.insertText(sentences.join(' '));
  for (let i = 1; i <= 40; i++) {
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(`Ligne ${String(i)}`);
  }
  await expect(editor).toContainText('Ligne 40');

  // Header on every page, "Page n sur N" in the footer, a cover header on the first page.
  await page.getByRole('note', { name: 'En-tête' }).dblclick();
  await expect(page.getByRole('textbox', { name: 'En-tête — Toutes les pages' })).toBeFocused();
  await page.keyboard.type('Mairie de Lyon');
  await page.keyboard.press('Escape');
  await typePageOfPagesFooter(page);
  await page.getByRole('checkbox', { name: 'Première page différente' }).check();
  await expect(page.getByRole('textbox', { name: 'Pied de page — Première page' })).toBeFocused();
  await page.keyboard.type('Document interne');
  await page.getByRole('button', { name: 'Fermer l’en-tête et le pied de page' }).click();
  await page.getByRole('note', { name: 'En-tête' }).dblclick();
  await page.getByRole('combobox', { name: 'Pages' }).selectOption({ label: 'Première page' });
  await expect(page.getByRole('textbox', { name: 'En-tête — Première page' })).toBeFocused();
  await page.keyboard.type('Page de garde');
  // Even pages: a header of their own, and the page number in their footer too.
  await page.getByRole('checkbox', { name: 'Pages paires et impaires différentes' }).check();
  await expect(page.getByRole('textbox', { name: 'En-tête — Pages paires' })).toBeFocused();
  await page.keyboard.type('Direction des finances');
  await page.keyboard.press('Escape');
  await page.getByRole('note', { name: 'Pied de page' }).dblclick();
  await page.getByRole('combobox', { name: 'Pages' }).selectOption({ label: 'Pages paires' });
  await expect(page.getByRole('textbox', { name: 'Pied de page — Pages paires' })).toBeFocused();
  const tools = page.getByRole('toolbar', { name: 'En-tête et pied de page' });
  await page.keyboard.type('Page ');
  await tools.getByRole('button', { name: 'Numéro de page' }).click();
  await page.keyboard.type(' sur ');
  await tools.getByRole('button', { name: 'Nombre de pages' }).click();
  await page.keyboard.press('Escape');

  const { pages, size } = pdfPages(await exportPdf(page, host.docs, 'rapport'));
  expect(size).toContain('A4');
  expect(pages.length).toBeGreaterThanOrEqual(3);
  const total = pages.length;
  pages.forEach((text, i) => {
    const n = i + 1;
    if (n === 1) {
      expect(text, 'page 1').toContain('Page de garde');
      expect(text, 'page 1').toContain('Document interne');
      expect(text, 'page 1').not.toContain('Mairie de Lyon');
      expect(text, 'page 1').toContain('Rapport annuel');
    } else {
      const [header, other] = n % 2 === 0 ? ['Direction des finances', 'Mairie de Lyon'] : ['Mairie de Lyon', 'Direction des finances'];
      expect(text, `page ${String(n)}`).toContain(header);
      expect(text, `page ${String(n)}`).not.toContain(other);
      expect(text, `page ${String(n)}`).toMatch(new RegExp(`Page ${String(n)} sur ${String(total)}\\b`));
    }
    for (const chrome of ['Insertion', 'Enregistrer sous', 'Ruban', 'mots', 'Saut de page']) expect(text, `page ${String(n)}`).not.toContain(chrome);
  });
  // Nothing lost or printed twice where pages end (within the paragraph as between paragraphs).
  const all = pages.join('\n').replace(/\s+/g, ' ');
  for (let i = 1; i <= 80; i++) expect(all.split(`Phrase numéro ${String(i)} du`).length - 1, `phrase ${String(i)}`).toBe(1);
  for (let i = 1; i <= 40; i++) expect(all.match(new RegExp(`Ligne ${String(i)}\\b`, 'g'))?.length ?? 0, `ligne ${String(i)}`).toBe(1);
  // The long paragraph goes on from page 1 to page 2.
  expect(pages[0]).toContain('Phrase numéro 1 du');
  expect(pages[1]?.replace(/\s+/g, ' ')).toMatch(/Phrase numéro \d+ du/);

  // The even-page stories are saved as such (DOCX w:evenAndOddHeaders, ODF style:header-left).
  const odt = await saveAs(page, host.docs, 'rapport', 'odt');
  expect(odfSchemaErrors(odt)).toEqual([]);
  const docx = await saveAs(page, host.docs, 'rapport', 'docx');
  for (const [label, bytes] of [['odt', odt], ['docx', docx]] as const) {
    const { document } = await read(bytes);
    const section = ((document as TextDocument).content.attrs?.section ?? {}) as SectionProps;
    const text = (json: unknown) => (json ? textSchema.nodeFromJSON(json).textContent : '');
    expect(text(section.headers?.even), label).toBe('Direction des finances');
    expect(text(section.headers?.default), label).toBe('Mairie de Lyon');
    expect(text(section.headers?.first), label).toBe('Page de garde');
  }
});


test('a long table runs over pages with its header row on each, and a landscape section prints on landscape paper', async ({ page, host }) => {
  const para = (text: string): PMNodeJSON => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const cell = (type: string, text: string): PMNodeJSON => ({ type, content: [para(text)] });
  const rows: PMNodeJSON[] = [{ type: 'table_row', content: [cell('table_header', 'Service'), cell('table_header', 'Budget')] }];
  for (let i = 1; i <= 70; i++) rows.push({ type: 'table_row', content: [cell('table_cell', `Service ${String(i)}`), cell('table_cell', `${String(i * 1000)} €`)] });
  const footer = { default: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Feuille ' }, { type: 'field', attrs: { kind: 'page-number', result: '1' } }] }] } };
  const margins = { top: 1417, right: 1417, bottom: 1417, left: 1417, header: 709, footer: 709 };
  const document: TextDocument = {
    kind: 'text',
    version: 4,
    meta: {},
    content: {
      type: 'doc',
      attrs: { section: { page: { width: 16838, height: 11906, orientation: 'landscape' }, margins, footers: footer } },
      content: [
        para('Budget par service'),
        { type: 'table', content: rows },
        { type: 'section_break', attrs: { section: { page: { width: 11906, height: 16838, orientation: 'portrait' }, margins, footers: footer } } },
        para('Annexe en paysage'),
      ],
    },
  };
  writeFileSync(path.join(host.docs, 'budget.odt'), await write(document, 'odt'));
  await page.goto(host.url);
  await openFile(page, 'budget.odt');
  await expect(page.getByRole('textbox', { name: 'Zone de texte du document' })).toContainText('Service 70');

  const file = await exportPdf(page, host.docs, 'budget');
  const { pages } = pdfPages(file);
  expect(pages.length).toBeGreaterThanOrEqual(3);
  const last = pages.length;
  const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', String(last), file], { encoding: 'utf8' });
  const pageSize = (n: number) => new RegExp(`Page\\s+${String(n)} size:\\s+([\\d.]+) x ([\\d.]+)`).exec(sizes)?.slice(1).map(Number) ?? [];
  // The table's pages are portrait A4, the last section's page landscape.
  for (let n = 1; n < last; n++) expect(pageSize(n)[0], `page ${String(n)}`).toBeLessThan(pageSize(n)[1] ?? 0);
  expect(pageSize(last)[0]).toBeGreaterThan(pageSize(last)[1] ?? Infinity);
  expect(pages[last - 1]).toContain('Annexe en paysage');
  pages.forEach((text, i) => expect(text, `page ${String(i + 1)}`).toMatch(new RegExp(`Feuille ${String(i + 1)}\\b`)));
  // The header row on every page of the table, each row once.
  for (let n = 1; n < last; n++) expect(pages[n - 1], `page ${String(n)}`).toMatch(/Service\s+Budget/);
  const all = pages.join('\n');
  for (let i = 1; i <= 70; i++) expect(all.match(new RegExp(`Service ${String(i)}\\s+${String(i * 1000)} €`, 'g'))?.length ?? 0, `row ${String(i)}`).toBe(1);
});
