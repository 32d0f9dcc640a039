import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { read, write } from '@ostal/formats';
import { EMU_PER_PX, textDocumentFromNode, textDocumentToNode, textSchema as s } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { ZipArchive } from '../../packages/formats/src/container/zip-reader.js';
import { DEFAULT_LIMITS } from '../../packages/formats/src/limits.js';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { pngBytes } from '../support/png.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');

test('pictures of a docx are shown, and Save As ODT keeps them', async ({ page, host }) => {
  copyFileSync(path.join(CORPUS, 'docx/odrtest-sample3.docx'), path.join(host.docs, 'accessible.docx'));
  await page.goto(host.url);
  await openFile(page, 'accessible.docx');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  const pictures = editor.locator('.writer-image img');
  await expect(pictures).toHaveCount(2);
  const symbol = editor.getByRole('img', { name: 'Web Access Symbol' });
  await expect(symbol).toBeVisible();
  // The picture is really drawn (from a blob: URL), at its size from the file (1339850 EMU ≈ 141 px).
  await expect.poll(() => symbol.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  expect(await symbol.getAttribute('src')).toMatch(/^blob:/);
  expect(Math.round((await symbol.boundingBox())!.width)).toBe(141);

  const odt = await saveAs(page, host.docs, 'accessible', 'odt');
  expect(odfSchemaErrors(odt)).toEqual([]);
  const pictureParts = ZipArchive.open(odt, DEFAULT_LIMITS)
    .names()
    .filter((n) => n.startsWith('Pictures/'));
  expect(pictureParts).toHaveLength(2);

  await closeTab(page, 'accessible.odt');
  await openFile(page, 'accessible.odt');
  const reopened = page.getByRole('textbox', { name: 'Zone de texte du document' }).getByRole('img', { name: 'Web Access Symbol' });
  await expect.poll(() => reopened.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
});

test('an EMF picture (a chart Chromium cannot draw itself) is drawn, translated to SVG', async ({ page, host }) => {
  copyFileSync(path.join(CORPUS, 'docx/tika-018367.docx'), path.join(host.docs, 'chart.docx'));
  await page.goto(host.url);
  await openFile(page, 'chart.docx');
  const chart = page.getByRole('textbox', { name: 'Zone de texte du document' }).getByRole('img', { name: /^This is a bar chart/ }).first();
  await expect(chart).toBeVisible();
  expect(await chart.getAttribute('src')).toMatch(/^blob:/);
  await expect.poll(() => chart.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  // Not a blank box: the bars, axes and title are on screen.
  const shot = (await chart.screenshot()).toString('base64');
  const inked = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 600) ink++;
    return ink / (c.width * c.height);
  }, shot);
  expect(inked).toBeGreaterThan(0.05);
});

test('a text box shows as a framed block holding its text, after its paragraph', async ({ page, host }) => {
  copyFileSync(path.join(CORPUS, 'docx/mammoth-text-box.docx'), path.join(host.docs, 'box.docx'));
  await page.goto(host.url);
  await openFile(page, 'box.docx');
  const frame = page.getByRole('textbox', { name: 'Zone de texte du document' }).locator('.text-frame');
  await expect(frame).toHaveCount(1);
  await expect(frame).toHaveText('Datum plane');
  // 2374265 EMU ≈ 249 px wide, as in the file.
  expect(Math.round((await frame.boundingBox())!.width)).toBe(249);
});

/** A DOCX of `blocks` with one 80 × 40 px picture, `media:pastille.png`. */
async function docxWith(...blocks: PMNode[]): Promise<Uint8Array> {
  const media = { 'pastille.png': { mime: 'image/png', bytes: pngBytes(80, 40) } };
  return write(textDocumentFromNode(s.node('doc', null, blocks), {}, media), 'docx');
}
const para = (...content: (string | PMNode)[]) => s.node('paragraph', null, content.map((c) => (typeof c === 'string' ? s.text(c) : c)));
const pastille = (attrs: Record<string, unknown> = {}) => s.node('image', { src: 'media:pastille.png', width: 80 * EMU_PER_PX, height: 40 * EMU_PER_PX, alt: 'Pastille', ...attrs });

/** The pictures of a saved file as Ostal reads it back: attributes and the index of their paragraph. */
async function placedPictures(bytes: Uint8Array): Promise<{ attrs: Record<string, unknown>; paragraph: number }[]> {
  const doc = textDocumentToNode((await read(bytes)).document as TextDocument);
  const out: { attrs: Record<string, unknown>; paragraph: number }[] = [];
  doc.forEach((block, _offset, index) => block.descendants((n) => void (n.type.name === 'image' && out.push({ attrs: n.attrs, paragraph: index }))));
  return out;
}

test('an inline picture dragged after a word moves there (a drop cursor shows where), one undo step', async ({ page, host }) => {
  writeFileSync(path.join(host.docs, 'glisser.docx'), await docxWith(para('Avant ', pastille(), 'milieu.'), para('Deuxième ligne')));
  await page.goto(host.url);
  await openFile(page, 'glisser.docx');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  const picture = editor.locator('.writer-image');
  await expect(picture).toHaveAttribute('title', 'Faire glisser pour déplacer (image flottante : Alt+flèches, 1 mm ; Ctrl+Alt+flèches, 0,1 mm)');
  await picture.click();
  const from = (await picture.boundingBox())!;
  const second = (await editor.locator('p').nth(1).boundingBox())!;
  // After "Deuxième ligne": the right end of its line.
  const to = { x: second.x + second.width - 4, y: second.y + second.height / 2 };
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 5);
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await expect(page.locator('.writer-drop-cursor')).toBeVisible();
  await page.mouse.up();
  await expect(page.locator('.writer-drop-cursor')).toHaveCount(0);
  // Moved, not copied.
  await expect(picture).toHaveCount(1);
  await expect(editor.locator('p').nth(0)).toHaveText('Avant milieu.');
  await expect(editor.locator('p').nth(1).locator('.writer-image')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(editor.locator('p').nth(0).locator('.writer-image')).toHaveCount(1);
  await expect(editor.locator('p').nth(1).locator('.writer-image')).toHaveCount(0);
});

test('a floating picture dragged over another paragraph moves there with new offsets (Escape cancels, Alt+arrow nudges), kept in DOCX and ODT', async ({ page, host }) => {
  const floating = pastille({ placement: 'anchored', wrap: 'square', xRelative: 'column', yRelative: 'paragraph', x: 0, y: 0 });
  writeFileSync(path.join(host.docs, 'flottante.docx'), await docxWith(para('Premier paragraphe', floating), para('Deuxième'), para('Troisième'), para('Quatrième'), para('Dernier paragraphe')));
  await page.goto(host.url);
  await openFile(page, 'flottante.docx');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  const picture = editor.locator('.writer-image');
  await picture.click();
  await expect(picture).toHaveClass(/ProseMirror-selectednode/);
  const box = (await picture.boundingBox())!;
  const first = (await editor.locator('p').nth(0).boundingBox())!;
  const last = (await editor.locator('p').nth(4).boundingBox())!;
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const end = { x: start.x + 60, y: last.y + last.height / 2 };

  // Escape while dragging: the outline goes, the picture stays.
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await expect(page.locator('.writer-drag-outline')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.writer-drag-outline')).toHaveCount(0);
  await page.mouse.up();
  await expect(editor.locator('p').nth(0).locator('.writer-image')).toHaveCount(1);

  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await page.mouse.up();
  await expect(editor.locator('p').nth(4).locator('.writer-image')).toHaveCount(1);
  await expect(editor.locator('p').nth(0)).toHaveText('Premier paragraphe');
  // Shown where it was dropped: 60 px right of where it started.
  await expect.poll(async () => Math.round((await picture.boundingBox())!.x - box.x)).toBe(60);
  // 1 mm to the right with the keyboard, shown too.
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(async () => Math.round((await picture.boundingBox())!.x - box.x)).toBeGreaterThan(62);

  // Offsets from the column and from the new paragraph: where the picture was dropped.
  const x = (60 * EMU_PER_PX) + 36000;
  const y = (end.y - start.y - (last.y - first.y)) * EMU_PER_PX;
  for (const format of ['docx', 'odt'] as const) {
    const saved = await placedPictures(await saveAs(page, host.docs, 'deplacee', format));
    expect(saved, format).toHaveLength(1);
    const [only] = saved;
    expect(only!.paragraph, format).toBe(4);
    expect(only!.attrs, format).toMatchObject({ placement: 'anchored', xRelative: 'column', yRelative: 'paragraph' });
    expect(Math.abs(Number(only!.attrs.x) - x), format).toBeLessThanOrEqual(36000);
    expect(Math.abs(Number(only!.attrs.y) - y), format).toBeLessThanOrEqual(36000);
  }
});

test('a floating picture 3 cm below its paragraph and one 12 cm from the page top show there, one 27 cm below stops at its sheet’s bottom; Alt+Down moves one 1 mm down', async ({ page, host }) => {
  const below = pastille({ placement: 'anchored', wrap: 'square', xRelative: 'column', yRelative: 'paragraph', x: 0, y: 1080000, alt: 'Trois centimètres' });
  const onPage = pastille({ placement: 'anchored', wrap: 'square', xRelative: 'column', yRelative: 'page', x: 3000000, y: 4320000, alt: 'Douze centimètres' });
  const past = pastille({ placement: 'anchored', wrap: 'square', xRelative: 'column', yRelative: 'paragraph', x: 4000000, y: 27 * 360000, alt: 'Vingt-sept centimètres' });
  writeFileSync(path.join(host.docs, 'decalee.docx'), await docxWith(para(below, 'Premier paragraphe'), para('Deuxième'), para(onPage, 'Troisième'), para(past, 'Dernier paragraphe')));
  await page.goto(host.url);
  await openFile(page, 'decalee.docx');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  const picture = editor.locator('.writer-image', { has: page.getByRole('img', { name: 'Trois centimètres' }) });
  const top = async (): Promise<number> => (await picture.boundingBox())!.y - (await editor.locator('p').nth(0).boundingBox())!.y;
  // 3 cm = 113.4 px at 100 %.
  await expect.poll(top).toBeGreaterThan(111.4);
  expect(await top()).toBeLessThan(115.4);
  // The text beside the picture's top margin keeps its whole line: the second paragraph starts at the column's left.
  const column = (await editor.locator('p').nth(0).boundingBox())!.x;
  const lineStart = await editor.locator('p').nth(1).evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return range.getClientRects()[0]?.x ?? -1;
  });
  expect(Math.abs(lineStart - column)).toBeLessThan(2);
  // From the page: 12 cm (453.5 px) below the top of the sheet of its paragraph.
  const sheet = page.locator('.writer-sheet[data-page="1"]');
  const fromPage = editor.locator('.writer-image', { has: page.getByRole('img', { name: 'Douze centimètres' }) });
  await expect.poll(async () => Math.round((await fromPage.boundingBox())!.y - (await sheet.boundingBox())!.y)).toBeGreaterThanOrEqual(452);
  expect((await fromPage.boundingBox())!.y - (await sheet.boundingBox())!.y).toBeLessThan(455.5);
  // 27 cm below a paragraph near the page's top would end past the A4 sheet (29.7 cm): it ends at the sheet's bottom, as LibreOffice lays it out.
  const pinned = editor.locator('.writer-image', { has: page.getByRole('img', { name: 'Vingt-sept centimètres' }) });
  const pastEnd = async (): Promise<number> => {
    const [picture, paper] = [(await pinned.boundingBox())!, (await sheet.boundingBox())!];
    return picture.y + picture.height - (paper.y + paper.height);
  };
  await expect.poll(pastEnd).toBeLessThan(1);
  expect(await pastEnd()).toBeGreaterThan(-2);

  await picture.click();
  await expect(picture).toHaveClass(/ProseMirror-selectednode/);
  const before = await top();
  await page.keyboard.press('Alt+ArrowDown');
  // 1 mm = 3.8 px.
  await expect.poll(async () => (await top()) - before).toBeGreaterThan(2.8);
  expect((await top()) - before).toBeLessThan(4.8);
});

test('a floating picture further in its paragraph sits at the paragraph’s top; two may overlap, one told not to keeps clear', async ({ page, host }) => {
  const float = (alt: string, attrs: Record<string, unknown> = {}) => pastille({ placement: 'anchored', wrap: 'square', xRelative: 'column', yRelative: 'paragraph', x: 0, y: 0, alt, ...attrs });
  const words = 'Une phrase assez longue pour remplir plusieurs lignes du paragraphe. '.repeat(4);
  writeFileSync(path.join(host.docs, 'haut.docx'), await docxWith(para(words, float('Au début'), 'fin.'), para('Trois pastilles. ', float('Dessous'), float('Dessus'), float('À l’écart', { overlap: false }))));
  await page.goto(host.url);
  await openFile(page, 'haut.docx');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  const box = async (alt: string) => (await editor.locator('.writer-image', { has: page.getByRole('img', { name: alt }) }).boundingBox())!;
  const first = editor.locator('p').nth(0);
  await expect.poll(async () => Math.abs((await box('Au début')).y - (await first.boundingBox())!.y)).toBeLessThan(1.5);
  // At the column's left, and the paragraph's first line flows beside it.
  const atTop = await box('Au début');
  expect(Math.abs(atTop.x - (await first.boundingBox())!.x)).toBeLessThan(1.5);
  const firstLetter = await first.evaluate((p) => {
    const range = document.createRange();
    const text = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
    range.setStart(text, 0);
    range.setEnd(text, 1);
    return range.getBoundingClientRect().toJSON() as DOMRect;
  });
  expect(firstLetter.top).toBeLessThan(atTop.y + atTop.height);
  expect(firstLetter.left).toBeGreaterThanOrEqual(atTop.x + atTop.width);
  // Both at the same offset: one over the other, as Word draws them; the third beside them, clear of both.
  const under = await box('Dessous');
  const over = await box('Dessus');
  expect([Math.round(over.x - under.x), Math.round(over.y - under.y)]).toEqual([0, 0]);
  const apart = await box('À l’écart');
  const overlaps = apart.x < under.x + under.width && under.x < apart.x + apart.width && apart.y < under.y + under.height && under.y < apart.y + apart.height;
  expect(overlaps).toBe(false);
});

test('a picture in a footnote is drawn in the note editor', async ({ page, host }) => {
  const note = s.node('note', { kind: 'footnote' }, [para('Voir la pastille ', pastille())]);
  writeFileSync(path.join(host.docs, 'note-image.docx'), await docxWith(para('Texte', note)));
  await page.goto(host.url);
  await openFile(page, 'note-image.docx');
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.locator('.writer-note__citation').dblclick();
  const dialog = page.getByRole('dialog', { name: 'Modifier la note de bas de page' });
  const picture = dialog.getByRole('img', { name: 'Pastille' });
  await expect(picture).toBeVisible();
  expect(await picture.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(80);
});
