import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const run = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const cell = (text: string): string => `<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/></w:tcPr><w:p>${run(text)}</w:p></w:tc>`;
const FLOW = 'Le texte de ce paragraphe coule à côté du tableau flottant, comme dans Word et LibreOffice. '.repeat(6);

/**
 * A DOCX as Word writes a floating table: A4 with 2 cm margins, a 3 000-twip (200 px) table
 * 1134 twips (2 cm, 76 px) from the margin and 283 twips (19 px) below its paragraph (or as
 * `vertical` places it), text kept 180 twips (12 px) away at its right, then a long paragraph.
 */
function floatingTableDocx(before = '', vertical = 'w:vertAnchor="text" w:tblpY="283"'): Uint8Array {
  const table =
    `<w:tbl><w:tblPr><w:tblpPr w:leftFromText="180" w:rightFromText="180" ${vertical} w:horzAnchor="margin" w:tblpX="1134"/>` +
    '<w:tblW w:w="3000" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>' +
    '<w:tblGrid><w:gridCol w:w="1500"/><w:gridCol w:w="1500"/></w:tblGrid>' +
    `<w:tr>${cell('Service')}${cell('Budget')}</w:tr><w:tr>${cell('Voirie')}${cell('Montant')}</w:tr></w:tbl>`;
  const body =
    `<w:p>${run('Avant le tableau.')}</w:p>${before}${table}<w:p>${run(FLOW)}</w:p>` +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  });
}

test('a floating table of a DOCX sits at its offset with the text beside it, stays editable, and keeps its position when saved', async ({ page, host }) => {
  writeFileSync(path.join(host.docs, 'flottant.docx'), floatingTableDocx());
  await page.goto(host.url);
  await openFile(page, 'flottant.docx');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  const table = editor.locator('table');
  await expect(table).toHaveCount(1);
  await expect(table.locator('td')).toHaveCount(4);

  const flow = editor.locator('p', { hasText: 'Le texte de ce paragraphe' });
  const geometry = async (): Promise<{ column: number; box: DOMRect; flowTop: number; besideLine: DOMRect | null }> =>
    flow.evaluate((p) => {
      const content = p.closest('.writer-page__content')!;
      const padding = parseFloat(getComputedStyle(content).paddingLeft);
      const box = content.querySelector('table')!.getBoundingClientRect();
      // The first letter of the paragraph on a line level with the table's rows.
      const text = (p.firstChild!.firstChild ?? p.firstChild!) as Text;
      const range = document.createRange();
      let besideLine: DOMRect | null = null;
      for (let i = 0; i < text.length - 1 && !besideLine; i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const r = range.getBoundingClientRect();
        if (r.top >= box.top - 1 && r.bottom <= box.bottom + 1) besideLine = r.toJSON() as DOMRect;
      }
      return { column: content.getBoundingClientRect().left + padding, box: box.toJSON() as DOMRect, flowTop: p.getBoundingClientRect().top, besideLine };
    });
  const g = await geometry();
  // 2 cm (76 px) from the margin, 200 px wide, 19 px below the top of the paragraph that follows it.
  expect(Math.abs(g.box.left - g.column - 76)).toBeLessThanOrEqual(1);
  expect(Math.abs(g.box.width - 200)).toBeLessThanOrEqual(2);
  expect(Math.abs(g.box.top - g.flowTop - 19)).toBeLessThanOrEqual(2);
  // The paragraph flows beside the table: its lines level with the table's rows start right of its 12 px distance.
  expect(g.besideLine).not.toBeNull();
  expect(g.besideLine!.left).toBeGreaterThanOrEqual(g.box.right + 11);

  // The cells are still edited in place.
  await table.locator('td', { hasText: 'Montant' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' 12 000 €');
  await expect(table.locator('td').nth(3)).toHaveText('Montant 12 000 €');
  // Typing a longer text keeps the table floating at its place.
  const after = await geometry();
  expect(Math.abs(after.box.left - after.column - 76)).toBeLessThanOrEqual(1);

  const saved = await saveAs(page, host.docs, 'flottant-enregistre', 'docx');
  const xml = strFromU8(unzipSync(saved)['word/document.xml']!);
  expect(xml).toMatch(/<w:tblpPr\b[^>]*w:tblpX="1134"/);
  expect(xml).toMatch(/<w:tblpPr\b[^>]*w:horzAnchor="margin"/);
  expect(xml).toContain('Montant 12 000 €');
});

test('a floating table dragged by its corner handle moves (Escape cancels, one undo step; Alt+arrows from its cells), and DOCX keeps its new offsets', async ({ page, host }) => {
  writeFileSync(path.join(host.docs, 'deplacer.docx'), floatingTableDocx());
  await page.goto(host.url);
  await openFile(page, 'deplacer.docx');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  const table = editor.locator('table');
  await table.hover();
  const handle = editor.locator('.writer-table-move');
  await expect(handle).toBeVisible();
  await handle.hover();
  await expect(handle).toHaveAttribute('title', 'Faire glisser pour déplacer le tableau');
  const before = (await table.boundingBox())!;
  const grip = (await handle.boundingBox())!;
  const drag = async (cancel: boolean): Promise<void> => {
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2 + 60, grip.y + grip.height / 2 + 30, { steps: 4 });
    await expect(page.locator('.writer-drag-outline')).toBeVisible();
    if (cancel) await page.keyboard.press('Escape');
    await page.mouse.up();
    await expect(page.locator('.writer-drag-outline')).toHaveCount(0);
  };
  await drag(true);
  expect((await table.boundingBox())!.x).toBeCloseTo(before.x, 0);

  // 60 px right (900 twips) and 30 px down (450 twips): the table follows.
  await drag(false);
  await expect.poll(async () => Math.round((await table.boundingBox())!.x - before.x)).toBe(60);
  expect(Math.round((await table.boundingBox())!.y - before.y)).toBe(30);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await table.boundingBox())!.x - before.x)).toBe(0);
  await page.keyboard.press('Control+y');
  await expect.poll(async () => Math.round((await table.boundingBox())!.x - before.x)).toBe(60);
  // From the keyboard, in a cell: Alt+→ moves it 1 mm (57 twips) more.
  await table.locator('td', { hasText: 'Service' }).click();
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(async () => Math.round((await table.boundingBox())!.x - before.x)).toBe(63);

  const xml = strFromU8(unzipSync(await saveAs(page, host.docs, 'deplace', 'docx'))['word/document.xml']!);
  const tblpPr = /<w:tblpPr\b[^>]*>/.exec(xml)?.[0] ?? '';
  // 1134 + 900 + 57 and 283 + 450 twips, within a millimetre (57 twips).
  expect(Math.abs(Number(/w:tblpX="(-?\d+)"/.exec(tblpPr)?.[1]) - 2091)).toBeLessThanOrEqual(57);
  expect(Math.abs(Number(/w:tblpY="(-?\d+)"/.exec(tblpPr)?.[1]) - 733)).toBeLessThanOrEqual(57);
  expect(tblpPr).toContain('w:horzAnchor="margin"');
});

test('a floating table first on its page prints at its offset below its paragraph, the text beside it, as the page view shows it', async ({ page, host }) => {
  writeFileSync(path.join(host.docs, 'page-deux.docx'), floatingTableDocx('<w:p><w:r><w:br w:type="page"/></w:r></w:p>'));
  await page.goto(host.url);
  await openFile(page, 'page-deux.docx');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  const flow = editor.locator('p', { hasText: 'Le texte de ce paragraphe' });
  // On screen: 19 px below the top of the paragraph that follows it.
  await expect.poll(async () => Math.round((await editor.locator('table').boundingBox())!.y - (await flow.boundingBox())!.y)).toBe(19);

  await page.getByRole('button', { name: 'Exporter en PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporter' });
  await dialog.getByRole('textbox', { name: 'Nom du fichier' }).fill('page-deux');
  await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();
  const file = path.join(host.docs, 'page-deux.pdf');
  await expect(page.getByText(`Exporté en PDF : ${file}`)).toBeVisible({ timeout: 60_000 });
  // Words of page 2 with their boxes (poppler's pdftotext -bbox, in points).
  const words = [...execFileSync('pdftotext', ['-bbox', '-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' }).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3] }));
  const cell = words.find((w) => w.text === 'Service')!;
  const line = words.find((w) => w.text === 'Le')!;
  // The first line of the paragraph at the top margin (2 cm, 56.7 pt), the table 19 px (14.25 pt) lower, its text inside
  // its border and padding; 2 cm (56.7 pt) right of the margin, and the paragraph's words level with its first row to its right.
  expect(line.y).toBeLessThan(62);
  expect(cell.y - line.y).toBeGreaterThan(14);
  expect(cell.y - line.y).toBeLessThan(20);
  expect(cell.x).toBeGreaterThan(56.7 + 56.7);
  // The paragraph's lines right of the table (150 pt wide): one of them within half a line of its first row.
  const right = words.filter((w) => w.x > 56.7 + 56.7 + 150);
  const tops = [...new Set(right.map((w) => Math.round(w.y * 10) / 10))].sort((a, b) => a - b);
  const pitch = Math.min(...tops.slice(1).map((t, i) => t - tops[i]!));
  const beside = right.filter((w) => Math.abs(w.y - cell.y) <= pitch / 2);
  expect(beside.length).toBeGreaterThan(0);
});

test('a floating table placed from the page, after a page break, shows on the second sheet at its offset', async ({ page, host }) => {
  // 15 cm (8505 twips, 567 px) down from the top of the page its paragraph stands on: page 2, as Word lays it out.
  writeFileSync(path.join(host.docs, 'page-deux-fixe.docx'), floatingTableDocx('<w:p><w:r><w:br w:type="page"/></w:r></w:p>', 'w:vertAnchor="page" w:tblpY="8505"'));
  await page.goto(host.url);
  await openFile(page, 'page-deux-fixe.docx');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  const sheets = page.locator('.writer-sheet[data-page]');
  await expect(sheets).toHaveCount(2);
  const onSheet = async (): Promise<number[]> => {
    const t = (await editor.locator('table').boundingBox())!;
    const tops = await sheets.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    const scale = await sheets.first().evaluate((el) => el.getBoundingClientRect().height / parseFloat((el as HTMLElement).style.height));
    return tops.map((top) => Math.round((t.y - top) / scale));
  };
  await expect.poll(async () => (await onSheet())[1]).toBe(567);
});
