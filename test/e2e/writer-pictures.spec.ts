import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { read } from '@ostal/formats';
import { EMU_PER_PX, textDocumentToNode } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import type { Page } from '@playwright/test';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { libreofficeConvertBytes } from '../support/libreoffice.js';
import { pngBytes } from '../support/png.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

/** Pictures LibreOffice put in a PDF it made, as `pdfimages -list` lists them (one line each). */
function pdfPictureCount(pdf: Uint8Array): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-pdf-'));
  try {
    const file = path.join(dir, 'out.pdf');
    writeFileSync(file, pdf);
    const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    // Two header lines, then one line per picture; soft masks are listed as "smask".
    return list.split('\n').slice(2).filter((l) => /^\s*\d+\s+\d+\s+image\b/.test(l)).length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Image nodes of a document read back by the formats layer, with their attributes. */
async function picturesOf(bytes: Uint8Array): Promise<{ attrs: Record<string, unknown>; doc: TextDocument }[]> {
  const { document } = await read(bytes);
  const doc = document as TextDocument;
  const out: { attrs: Record<string, unknown>; doc: TextDocument }[] = [];
  textDocumentToNode(doc).descendants((node) => {
    if (node.type.name === 'image') out.push({ attrs: node.attrs, doc });
  });
  return out;
}

async function dragBy(page: Page, handle: ReturnType<Page['locator']>, dx: number, dy: number, shift = false): Promise<void> {
  const box = (await handle.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2);
  await page.mouse.move(x + dx, y + dy);
  await page.mouse.up();
  if (shift) await page.keyboard.up('Shift');
}

test('a picture inserted from a file and one pasted are resized, described, wrapped, and saved in DOCX and ODT', async ({ page, host }) => {
  // A 400 × 200 px picture in the documents folder, and a file that only looks like one.
  writeFileSync(path.join(host.docs, 'logo.png'), pngBytes(400, 200));
  writeFileSync(path.join(host.docs, 'faux.png'), 'not a picture');
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Logo : ');

  // Insertion > Image: the app's file dialog lists pictures, not documents.
  await page.getByRole('tab', { name: 'Insertion' }).click();
  await page.getByRole('button', { name: 'Image', exact: true }).click();
  let dialog = page.getByRole('dialog', { name: 'Insérer une image' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('option', { name: /^logo\.png,/ })).toBeVisible();
  await dialog.getByRole('option', { name: /^faux\.png,/ }).dblclick();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('« faux.png » n’est pas une image');
  await expect(editor.locator('.writer-image')).toHaveCount(0);

  await page.getByRole('button', { name: 'Image', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Insérer une image' });
  await dialog.getByRole('option', { name: /^logo\.png,/ }).dblclick();
  await expect(dialog).toBeHidden();
  const picture = editor.locator('.writer-image').first();
  const img = picture.locator('img');
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(400);
  expect(await img.getAttribute('src')).toMatch(/^blob:/);
  // Inserted selected, at its pixel size (400 px = 10,58 cm), with the picture toolbar.
  await expect(picture).toHaveClass(/ProseMirror-selectednode/);
  await expect(page.getByRole('toolbar', { name: 'Image' })).toBeVisible();
  await expect(page.getByText('Image 10,58 × 5,29 cm')).toBeVisible();

  // The bottom-right handle keeps the proportions: 100 px wider is 50 px taller.
  await dragBy(page, picture.locator('.writer-picture__handle--se'), 100, 10);
  await expect(page.getByText('Image 13,23 × 6,61 cm')).toBeVisible();
  expect(Math.round((await picture.boundingBox())!.width)).toBe(500);
  // With Shift the proportions are free: 50 px taller only.
  await dragBy(page, picture.locator('.writer-picture__handle--se'), 0, 50, true);
  await expect(page.getByText('Image 13,23 × 7,94 cm')).toBeVisible();
  // A side handle changes one dimension; Ctrl+Z undoes it.
  await dragBy(page, picture.locator('.writer-picture__handle--e'), -100, 30);
  await expect(page.getByText('Image 10,58 × 7,94 cm')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Image 13,23 × 7,94 cm')).toBeVisible();

  // Alternative text, through the picture toolbar.
  await page.getByRole('button', { name: 'Texte de remplacement…' }).click();
  const alt = page.getByRole('dialog', { name: 'Texte de remplacement' });
  await alt.getByRole('textbox', { name: 'Description' }).fill('Logo bleu et jaune de la mairie');
  await alt.getByRole('button', { name: 'OK' }).click();
  await expect(alt).toBeHidden();
  await expect(editor.getByRole('img', { name: 'Logo bleu et jaune de la mairie' })).toBeVisible();

  // Exact size in the size dialog, proportions kept: 8 cm wide.
  await page.getByRole('button', { name: 'Taille de l’image…' }).click();
  const size = page.getByRole('dialog', { name: 'Taille de l’image' });
  await size.getByRole('button', { name: 'Taille d’origine' }).click();
  await expect(size.getByRole('textbox', { name: 'Largeur (cm)' })).toHaveValue('10,58');
  await size.getByRole('textbox', { name: 'Largeur (cm)' }).fill('8');
  await expect(size.getByRole('textbox', { name: 'Hauteur (cm)' })).toHaveValue('4');
  await size.getByRole('button', { name: 'OK' }).click();
  await expect(size).toBeHidden();
  await expect(page.getByText('Image 8 × 4 cm')).toBeVisible();

  // Square wrapping: the picture floats at the left of its paragraph.
  await editor.getByRole('img', { name: 'Logo bleu et jaune de la mairie' }).click();
  await page.getByRole('toolbar', { name: 'Image' }).getByRole('combobox', { name: 'Habillage' }).selectOption({ label: 'Carré' });
  const holder = editor.locator('p', { has: page.locator('.writer-image') }).first();
  await expect
    .poll(async () => {
      const [a, b] = [(await picture.boundingBox())!, (await holder.boundingBox())!];
      return [Math.round(a.x - b.x), Math.round(a.y - b.y)];
    })
    .toEqual([0, 0]);
  await expect(picture).toHaveClass(/ProseMirror-selectednode/);
  // OSTAL_SCREENSHOTS=1 refreshes the README's picture of this screen.
  if (process.env.OSTAL_SCREENSHOTS) await page.screenshot({ path: path.resolve(import.meta.dirname, '../../docs/screenshots/writer-pictures.png') });

  // Paste a second picture (a picture copied from another application) at the end.
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Plan : ');
  const pasted = Buffer.from(pngBytes(120, 60, [200, 0, 0], [0, 150, 0])).toString('base64');
  await editor.evaluate((el, data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, pasted);
  await expect(editor.locator('.writer-image')).toHaveCount(2);
  await expect(page.getByText('Image 3,18 × 1,59 cm')).toBeVisible();

  const docx = await saveAs(page, host.docs, 'pictures', 'docx');
  const odt = await saveAs(page, host.docs, 'pictures', 'odt');
  expect(odfSchemaErrors(odt)).toEqual([]);

  for (const [name, bytes] of [['pictures.docx', docx], ['pictures.odt', odt]] as const) {
    // Ostal's readers: both pictures, their sizes, the alternative text, the wrapping, the bytes.
    const found = await picturesOf(bytes);
    expect(found, name).toHaveLength(2);
    const [first, second] = found.map((f) => f.attrs);
    expect(first, name).toMatchObject({ width: 2880000, height: 1440000, alt: 'Logo bleu et jaune de la mairie', placement: 'anchored', wrap: 'square' });
    expect(second, name).toMatchObject({ width: 120 * EMU_PER_PX, height: 60 * EMU_PER_PX, placement: 'inline' });
    const media = found[0]!.doc.media ?? {};
    expect(Object.values(media).map((m) => m.mime), name).toEqual(['image/png', 'image/png']);
    // LibreOffice draws both pictures when it prints the file to PDF.
    expect(pdfPictureCount(libreofficeConvertBytes(bytes, name, 'pdf')), name).toBe(2);
  }

  // Reopened in Ostal, the picture is there with its description and size.
  await closeTab(page, 'pictures.odt');
  await openFile(page, 'pictures.docx');
  const reopened = page.getByRole('textbox', { name: 'Zone de texte du document' }).getByRole('img', { name: 'Logo bleu et jaune de la mairie' });
  await expect.poll(() => reopened.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(400);
  expect(Math.round((await reopened.boundingBox())!.width)).toBe(302);
});
