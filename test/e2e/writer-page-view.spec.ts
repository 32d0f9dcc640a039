import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { read, write } from '@ostal/formats';
import type { PMNodeJSON, SectionProps, TextDocument } from '@ostal/model';
import { libreofficePdfText } from '../support/libreoffice.js';
import { closeTab, openFile, saveAs, typePageOfPagesFooter } from './app-actions.js';
import { expect, test } from './fixtures.js';

/** A4 at 96 px per inch: 297 mm. */
const A4_HEIGHT = (297 / 25.4) * 96;

async function newDocument(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  return editor;
}

/** Types `count` short paragraphs "Ligne n" after what is there. */
async function typeLines(page: Page, from: number, count: number): Promise<void> {
  for (let i = from; i < from + count; i++) {
    if (i > 1) await page.keyboard.press('Enter');
    await page.keyboard.insertText(`Ligne ${String(i)}`);
  }
}

/** The sheets' boxes on screen, top to bottom. */
async function sheetBoxes(page: Page): Promise<{ x: number; y: number; height: number; width: number }[]> {
  return page.locator('.writer-sheet').evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, height: r.height, width: r.width };
  }));
}

/** The 1-based sheet whose box holds the top of `locator` (0: none). */
async function sheetOf(page: Page, locator: Locator): Promise<number> {
  const top = (await locator.boundingBox())?.y ?? -1;
  const sheets = await sheetBoxes(page);
  return sheets.findIndex((s) => top >= s.y && top < s.y + s.height) + 1;
}

test('a three-page document shows three A4 sheets with their footers numbered, as many as the exported PDF has pages', async ({ page, host }) => {
  const editor = await newDocument(page, host.url);
  await typeLines(page, 1, 90);
  await expect(editor).toContainText('Ligne 90');

  // A footer "Page n sur N" (page number and page count fields).
  await typePageOfPagesFooter(page);
  await page.keyboard.press('Escape');

  const sheets = page.locator('.writer-sheet');
  await expect(sheets).toHaveCount(3);
  for (const box of await sheetBoxes(page)) {
    expect(Math.abs(box.height - A4_HEIGHT)).toBeLessThan(1);
    expect(Math.round(box.width)).toBe(794);
  }
  // The sheets stand apart, the grey desk between them.
  const [first, second] = await sheetBoxes(page);
  expect(second!.y - (first!.y + first!.height)).toBeGreaterThan(10);
  await expect(page.locator('.writer-sheet .writer-page__footer')).toHaveText(['Page 1 sur 3', 'Page 2 sur 3', 'Page 3 sur 3']);

  // Every line sits inside a sheet's body, none in a margin or between sheets.
  const stray = await editor.locator('p').evaluateAll((ps) => {
    const boxes = [...document.querySelectorAll('.writer-sheet')].map((s) => s.getBoundingClientRect());
    return ps.filter((p) => {
      const r = p.getBoundingClientRect();
      return !boxes.some((b) => r.top >= b.top + 90 && r.bottom <= b.bottom - 90);
    }).map((p) => p.textContent);
  });
  expect(stray).toEqual([]);
  // The cursor is at the end: the status line says which page.
  await expect(page.locator('.writer-status')).toContainText('Page 3 sur 3');
  await editor.locator('p', { hasText: /^Ligne 2$/ }).click();
  await expect(page.locator('.writer-status')).toContainText('Page 1 sur 3');

  // The PDF export has as many pages.
  await page.getByRole('button', { name: 'Exporter en PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporter' });
  await dialog.getByRole('textbox', { name: 'Nom du fichier' }).fill('pages');
  await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();
  const file = path.join(host.docs, 'pages.pdf');
  await expect(page.getByText(`Exporté en PDF : ${file}`)).toBeVisible({ timeout: 60_000 });
  expect(existsSync(file)).toBe(true);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(await sheets.count());
});

test('pages end on the same lines as the saved Word file in LibreOffice: line heights are multiples of the font\'s own line', async ({ page, host }) => {
  const editor = await newDocument(page, host.url);
  await typeLines(page, 1, 100);
  await expect(editor).toContainText('Ligne 100');
  // Word's layout, which LibreOffice follows for Word files: a line is the font's ascent, descent
  // and line gap. (LibreOffice lays ODF files out without the gap: about one line more a page.)
  const bytes = await saveAs(page, host.docs, 'lignes', 'docx');
  // LibreOffice's pages of the saved file: the first line after each form feed.
  const pages = libreofficePdfText(bytes, 'lignes.docx').split('\f').filter((t) => t.trim() !== '');
  expect(pages.length).toBeGreaterThanOrEqual(3);
  const lineNumber = (text: string): number => Number(/Ligne (\d+)/.exec(text)?.[1]);
  const firsts = pages.slice(1).map((t) => lineNumber(t.trim()));
  // The first line of each sheet after the first, in Ostal's page view: as many sheets.
  const sheetFirsts = (): Promise<string[]> =>
    editor.locator('p').evaluateAll((ps) => {
      const sheets = [...document.querySelectorAll('.writer-sheet')].map((s) => s.getBoundingClientRect());
      return sheets.slice(1).map((sheet) => ps.find((p) => p.getBoundingClientRect().top >= sheet.top)?.textContent ?? '');
    });
  await expect.poll(async () => (await sheetFirsts()).length).toBe(firsts.length);
  const ostal = await sheetFirsts();
  // The same line, or one off (fonts rounded differently): not the lines a height of 1.15 × 12 pt
  // (rather than 1.15 of the font's lines) gains on every page.
  firsts.forEach((n, i) => expect(Math.abs(n - lineNumber(ostal[i]!)), `page ${String(i + 2)} starts at Ligne ${String(n)}`).toBeLessThanOrEqual(1));
});

test('a page break starts the next paragraph at the top of a new sheet, and text typed at the foot of a page moves on to the next', async ({ page, host }) => {
  const editor = await newDocument(page, host.url);
  await page.keyboard.insertText('Avant le saut');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.insertText('Après le saut');
  const sheets = page.locator('.writer-sheet');
  await expect(sheets).toHaveCount(2);
  const after = editor.locator('p', { hasText: 'Après le saut' });
  await expect.poll(() => sheetOf(page, after)).toBe(2);
  // At the top of the second sheet's body: its top margin (2.5 cm) below the sheet's top.
  const top = async () => ((await after.boundingBox())?.y ?? 0) - (await sheetBoxes(page))[1]!.y;
  await expect.poll(async () => Math.abs((await top()) - 94.5)).toBeLessThan(3);

  // A full first page: lines typed near its end push its last lines onto the next sheet.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await typeLines(page, 2, 32);
  const last = editor.locator('p', { hasText: /^Ligne 33$/ });
  await expect.poll(() => sheetOf(page, last)).toBe(1);
  await editor.locator('p', { hasText: /^Ligne 20$/ }).click();
  await page.keyboard.press('End');
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ajout');
  }
  await expect.poll(() => sheetOf(page, last)).toBe(2);
  // The page break now ends page 2: what follows it starts page 3.
  await expect(sheets).toHaveCount(3);
  await expect.poll(() => sheetOf(page, after)).toBe(3);
});

test('Brouillon shows one continuous column without sheets or gaps, and stays chosen', async ({ page, host }) => {
  const editor = await newDocument(page, host.url);
  await typeLines(page, 1, 40);
  await expect(page.locator('.writer-sheet')).toHaveCount(2);
  await expect(editor.locator('.writer-page-gap')).toHaveCount(1);

  await page.getByRole('tab', { name: 'Affichage' }).click();
  const pageButton = page.getByRole('button', { name: 'Page', exact: true });
  const draft = page.getByRole('button', { name: 'Brouillon' });
  await expect(pageButton).toHaveAttribute('aria-pressed', 'true');
  await draft.click();
  await expect(draft).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.writer-sheet')).toHaveCount(0);
  await expect(editor.locator('.writer-page-gap')).toHaveCount(0);
  await expect(page.getByRole('note', { name: 'En-tête' })).toHaveCount(0);
  await expect(page.locator('.writer-status')).not.toContainText('sur');
  // One column: each paragraph right below the one before.
  const tops = await editor.locator('p').evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect().top));
  const steps = tops.slice(1).map((t, i) => t - tops[i]!);
  expect(Math.max(...steps) - Math.min(...steps)).toBeLessThan(2);

  // Another tab and back: still Brouillon; Page brings the sheets back.
  await page.getByRole('tablist', { name: 'Ruban' }).getByRole('tab', { name: 'Accueil' }).click();
  await page.getByRole('tab', { name: 'Affichage' }).click();
  await expect(draft).toHaveAttribute('aria-pressed', 'true');
  await editor.click();
  await page.keyboard.insertText(' encore');
  await expect(page.locator('.writer-sheet')).toHaveCount(0);
  await pageButton.click();
  await expect(page.locator('.writer-sheet')).toHaveCount(2);
  await expect(editor.locator('.writer-page-gap')).toHaveCount(1);

  // Insertion > En-tête in Brouillon: the page view comes back, as in Word, with the header of
  // the cursor's sheet (the second) open to type in.
  await draft.click();
  await expect(page.locator('.writer-sheet')).toHaveCount(0);
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.getByRole('tab', { name: 'Insertion' }).click();
  await page.getByRole('button', { name: 'En-tête', exact: true }).click();
  const sheets = page.locator('.writer-sheet');
  await expect(sheets).toHaveCount(2);
  const header = sheets.nth(1).locator('.writer-page__header').getByRole('textbox', { name: /^En-tête/ });
  await expect(header).toBeFocused();
  await page.keyboard.type('Rapport');
  await page.keyboard.press('Escape');
  await expect(sheets.nth(0).locator('.writer-page__header')).toHaveText('Rapport');
  await page.getByRole('tab', { name: 'Affichage' }).click();
  await expect(pageButton).toHaveAttribute('aria-pressed', 'true');
});

test('a landscape section shows on a wider-than-tall sheet between portrait ones, its text on its width; a tall header pushes the text down', async ({ page, host }) => {
  const para = (text: string): PMNodeJSON => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const margins = { top: 1417, right: 1417, bottom: 1417, left: 1417, header: 709, footer: 709 };
  // A header of five lines: taller than the 2.5 cm top margin.
  const header = { default: { type: 'doc', content: ['En-tête 1', 'En-tête 2', 'En-tête 3', 'En-tête 4', 'En-tête 5'].map(para) } };
  const portrait = { page: { width: 11906, height: 16838, orientation: 'portrait' as const }, margins, headers: header };
  const document: TextDocument = {
    kind: 'text',
    version: 4,
    meta: {},
    content: {
      type: 'doc',
      attrs: { section: portrait },
      content: [
        para('Début en portrait'),
        { type: 'section_break', attrs: { section: portrait } },
        para('Annexe en paysage'),
        para('Un paragraphe de la feuille en paysage.'),
        { type: 'section_break', attrs: { section: { ...portrait, page: { width: 16838, height: 11906, orientation: 'landscape' } } } },
        para('Fin en portrait'),
      ],
    },
  };
  writeFileSync(path.join(host.docs, 'paysage.odt'), await write(document, 'odt'));
  await page.goto(host.url);
  await openFile(page, 'paysage.odt');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await expect(editor).toContainText('Fin en portrait');

  const sheets = page.locator('.writer-sheet');
  await expect(sheets).toHaveCount(3);
  const [first, second, third] = await sheetBoxes(page);
  expect(first!.height).toBeGreaterThan(first!.width);
  expect(second!.width).toBeGreaterThan(second!.height);
  expect(Math.abs(second!.width - A4_HEIGHT)).toBeLessThan(1);
  expect(third!.height).toBeGreaterThan(third!.width);
  await expect.poll(() => sheetOf(page, editor.locator('p', { hasText: 'Annexe en paysage' }))).toBe(2);
  expect(await sheetOf(page, editor.locator('p', { hasText: 'Fin en portrait' }))).toBe(3);
  // The landscape text spans its sheet's width less its margins (2.5 cm each side).
  const wide = (await editor.locator('p', { hasText: 'Un paragraphe' }).boundingBox())!;
  expect(Math.abs(wide.x - (second!.x + 94.5))).toBeLessThan(2);
  expect(Math.abs(wide.width - (second!.width - 189))).toBeLessThan(2);

  // The header's five lines end above the first line of text.
  const headerBox = (await page.locator('.writer-sheet').first().locator('.writer-page__header').boundingBox())!;
  expect(headerBox.y + headerBox.height).toBeGreaterThan(first!.y + 94.5);
  await expect.poll(async () => ((await editor.locator('p', { hasText: 'Début en portrait' }).boundingBox())?.y ?? 0) - (headerBox.y + headerBox.height)).toBeGreaterThanOrEqual(0);
});

test("the second section's header is edited on its own sheet and saved; the first one's logo is drawn and pushes the text", async ({ page, host }) => {
  const para = (...content: PMNodeJSON[]): PMNodeJSON => ({ type: 'paragraph', content });
  const text = (t: string): PMNodeJSON => ({ type: 'text', text: t });
  const story = (...content: PMNodeJSON[]): PMNodeJSON => ({ type: 'doc', content: [para(...content)] });
  const margins = { top: 1417, right: 1417, bottom: 1417, left: 1417, header: 709, footer: 709 };
  const a4 = { width: 11906, height: 16838, orientation: 'portrait' as const };
  // A 4 × 2 cm logo beside the text: 47 px from the edge plus 76 px, below the 2.5 cm margin.
  const logo: PMNodeJSON = { type: 'image', attrs: { src: 'media:logo.png', width: 1440000, height: 720000, alt: 'Logo' } };
  const first: SectionProps = { page: a4, margins, headers: { default: story(logo, text(' Mairie de Lyon')) } };
  const second: SectionProps = { page: a4, margins, headers: { default: story(text('Annexe')) } };
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAECAIAAAA8r+mnAAAAEUlEQVR4nGM4IKCAFTFQTwIA8K8eATwpKiUAAAAASUVORK5CYII=', 'base64');
  const document: TextDocument = {
    kind: 'text',
    version: 4,
    meta: {},
    content: { type: 'doc', attrs: { section: second }, content: [para(text('Lettre')), { type: 'section_break', attrs: { section: first } }, para(text('Annexe technique'))] },
    media: { 'logo.png': { mime: 'image/png', bytes: new Uint8Array(png) } },
  };
  writeFileSync(path.join(host.docs, 'sections.docx'), await write(document, 'docx'));
  await page.goto(host.url);
  await openFile(page, 'sections.docx');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await expect(editor).toContainText('Annexe technique');
  const sheets = page.locator('.writer-sheet');
  await expect(sheets).toHaveCount(2);
  const headerOf = (sheet: number) => sheets.nth(sheet).locator('.writer-page__header');

  // The logo is drawn (decoded from the document's media) and the text starts below it.
  const img = headerOf(0).locator('img[alt="Logo"]');
  await expect(img).toBeVisible();
  expect(await img.evaluate((el: HTMLImageElement) => el.decode().then(() => el.naturalWidth))).toBe(8);
  const logoBox = (await img.boundingBox())!;
  expect(Math.round(logoBox.height)).toBe(76);
  await expect.poll(async () => ((await editor.locator('p', { hasText: 'Lettre' }).boundingBox())?.y ?? 0) - (logoBox.y + logoBox.height)).toBeGreaterThanOrEqual(0);

  // The second sheet's header is its section's: edited there, the first one's stays.
  await expect(headerOf(1)).toHaveText('Annexe');
  // Opened and left unchanged, a header does not mark the document modified.
  await headerOf(1).dblclick();
  // Named with its section, as Word does in a document of several sections.
  const header = page.getByRole('textbox', { name: 'En-tête (section 2) — Toutes les pages' });
  await expect(header).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(header).toBeHidden();
  await expect(page.getByRole('tab', { name: 'sections.docx', exact: true })).toBeVisible();
  await headerOf(1).dblclick();
  await expect(header).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' modifiée');
  await page.keyboard.press('Escape');
  await expect(headerOf(1)).toHaveText('Annexe modifiée');
  await expect(headerOf(0)).toHaveText('Mairie de Lyon');
  // Insertion > En-tête with the cursor in section 2: its header, on its sheet, as Word does.
  await editor.getByText('Annexe technique').click();
  await page.getByRole('tab', { name: 'Insertion' }).click();
  await page.getByRole('button', { name: 'En-tête', exact: true }).click();
  await expect(header).toBeFocused();
  await expect(headerOf(1).getByRole('textbox')).toHaveText('Annexe modifiée');
  await page.keyboard.press('Escape');
  await expect(headerOf(0)).toHaveText('Mairie de Lyon');

  const stories = async (bytes: Uint8Array): Promise<string[]> => {
    const content = ((await read(bytes)).document as TextDocument).content;
    const sections = [...(content.content ?? []).filter((b) => b.type === 'section_break').map((b) => b.attrs?.section), content.attrs?.section] as SectionProps[];
    return sections.map((s) => JSON.stringify(s.headers?.default ?? null));
  };
  for (const format of ['docx', 'odt']) {
    const [one, two] = await stories(await saveAs(page, host.docs, 'sections-modifiees', format));
    expect(one, format).toContain('Mairie de Lyon');
    expect(one, format).toContain('"type":"image"');
    expect(two, format).toContain('Annexe modifiée');
  }
  await closeTab(page, 'sections-modifiees.odt');
  await openFile(page, 'sections-modifiees.docx');
  await expect(headerOf(1)).toHaveText('Annexe modifiée');
  await expect(headerOf(0).locator('img[alt="Logo"]')).toBeVisible();
});
