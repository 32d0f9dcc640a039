import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { read } from '@ostal/formats';
import type { Workbook } from '@ostal/model';
import { libreofficeConvertBytes } from '../support/libreoffice.js';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { pngBytes } from '../support/png.js';
import { saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { enterCell, goToCell } from './sheets-actions.js';

/** A drawn cell by its row number and column number, as shown (B3 is 3, 2). */
function gridCell(page: Page, row: number, col: number): Locator {
  return page
    .getByRole('region', { name: 'Feuille de calcul' })
    .locator(`.ht_master tbody tr[aria-rowindex="${String(row + 1)}"] td[aria-colindex="${String(col + 1)}"]`);
}

/** The first sheet of a file written by Ostal, read by Ostal, and as LibreOffice saves it again in ODS. */
async function bothReadings(bytes: Uint8Array, name: string): Promise<Workbook['sheets'][number][]> {
  if (name.endsWith('.ods')) expect(odfSchemaErrors(bytes)).toEqual([]);
  const own = (await read(bytes)).document as Workbook;
  const judged = (await read(new Uint8Array(libreofficeConvertBytes(bytes, name, 'ods')))).document as Workbook;
  return [own.sheets[0]!, judged.sheets[0]!];
}

async function pickPicture(page: Page, fileName: string): Promise<void> {
  await page.getByRole('button', { name: 'Image…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insérer une image' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('option', { name: new RegExp(`^${fileName.replace(/\./g, '\\.')},`) }).dblclick();
  await expect(dialog).toBeHidden();
}

test('a picture inserted from a file lands on the active cell at its size, is undone, refused when not a picture, and saved in XLSX and ODS', async ({ page, host }) => {
  writeFileSync(path.join(host.docs, 'logo.png'), pngBytes(400, 200));
  writeFileSync(path.join(host.docs, 'faux.png'), 'not a picture');
  const huge = new Uint8Array(21 * 1024 * 1024);
  huge.set(pngBytes(2, 2));
  writeFileSync(path.join(host.docs, 'enorme.png'), huge);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  await enterCell(page, 'A1', 'Logo');

  await pickPicture(page, 'faux.png');
  await expect(page.getByRole('alert').filter({ hasText: 'faux.png' })).toHaveText('« faux.png » n’est pas une image PNG, JPEG, GIF, BMP ou WebP.');
  await pickPicture(page, 'enorme.png');
  await expect(page.getByRole('alert').filter({ hasText: 'enorme.png' })).toHaveText('« enorme.png » est trop volumineux (20 Mo au plus).');
  await expect(page.getByRole('group', { name: /^Image / })).toHaveCount(0);

  await goToCell(page, 'C3');
  await pickPicture(page, 'logo.png');
  const picture = page.getByRole('group', { name: 'Image logo.png' });
  await expect(picture.getByRole('img')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'png' })).toHaveCount(0);
  // At C3's top-left corner (within the grid line), 400 × 200 pixels.
  await expect
    .poll(async () => {
      const [p, c] = [await picture.boundingBox(), await gridCell(page, 3, 3).boundingBox()];
      return p && c ? [Math.abs(p.x - c.x) <= 2, Math.abs(p.y - c.y) <= 2, Math.round(p.width), Math.round(p.height)] : null;
    })
    .toEqual([true, true, 400, 200]);

  await gridCell(page, 6, 6).click();
  await page.keyboard.press('Control+z');
  await expect(picture).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(picture.getByRole('img')).toBeVisible();

  for (const format of ['xlsx', 'ods']) {
    const bytes = await saveAs(page, host.docs, 'image', format);
    const [own, judged] = await bothReadings(bytes, `image.${format}`);
    expect(own!.images?.[0]?.anchor.from).toMatchObject({ row: 2, col: 2 });
    // LibreOffice opens it with the picture; it places the XLSX two-cell anchor by its own default
    // cell sizes (wider than Excel's), so only the ODS it reads keeps the size exactly.
    for (const sheet of format === 'ods' ? [own!, judged!] : [own!]) {
      const size = sheet.images?.[0]?.size ?? { width: 0, height: 0 };
      expect(Math.abs(size.width - 300)).toBeLessThanOrEqual(1);
      expect(Math.abs(size.height - 150)).toBeLessThanOrEqual(1);
    }
    for (const sheet of [own!, judged!]) {
      expect(sheet.images).toHaveLength(1);
      expect(sheet.images?.[0]?.mediaType).toBe('image/png');
      expect(Math.abs((sheet.images?.[0]?.anchor.from.row ?? -9) - 2)).toBeLessThanOrEqual(1);
      expect(Math.abs((sheet.images?.[0]?.anchor.from.col ?? -9) - 2)).toBeLessThanOrEqual(1);
    }
  }
});

test('dragging a selection below the grid scrolls it while the pointer stays there', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  await goToCell(page, 'B2');
  const holder = page.locator('.sheets-grid .ht_master .wtHolder');
  const grid = (await holder.boundingBox())!;
  const start = (await gridCell(page, 2, 2).boundingBox())!;
  await page.mouse.move(start.x + 5, start.y + 5);
  await page.mouse.down();
  await page.mouse.move(start.x + 5, grid.y + grid.height / 2);
  await page.mouse.move(start.x + 5, grid.y + grid.height + 60);
  // No more moves: the grid keeps scrolling while the button is held outside.
  await expect.poll(() => holder.evaluate((h) => h.scrollTop), { timeout: 20_000 }).toBeGreaterThan(400);
  await page.mouse.up();
  const name = page.getByRole('textbox', { name: 'Cellule' });
  // The selection followed: it reaches a row that was far below the screen.
  const bottom = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('.sheets-grid .ht_clone_inline_start tbody th.ht__highlight, .sheets-grid .ht_clone_left tbody th.ht__highlight')];
    return Math.max(0, ...rows.map((th) => Number(th.textContent)));
  });
  expect(bottom).toBeGreaterThan(25);
  await expect(name).toHaveValue('B2');
});

test('page setup is edited in its dialog, undone, and saved in XLSX and ODS', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  await enterCell(page, 'A1', 'Titre');
  await page.getByRole('button', { name: 'Mise en page…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Mise en page' });
  await dialog.getByRole('radio', { name: 'Paysage' }).check();
  await dialog.getByRole('combobox', { name: 'Format du papier' }).selectOption({ label: 'A3' });
  await dialog.getByRole('radio', { name: 'Ajuster au nombre de pages' }).check();
  await dialog.getByRole('textbox', { name: 'Pages en largeur' }).fill('1');
  await dialog.getByRole('textbox', { name: /^Pages en hauteur/ }).fill('0');
  await dialog.getByRole('textbox', { name: 'Haut', exact: true }).fill('2,5');
  await dialog.getByRole('textbox', { name: /^Zone d’impression/ }).fill('A1:C2O');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('La zone d’impression est une plage comme A1:F40.');
  await dialog.getByRole('textbox', { name: /^Zone d’impression/ }).fill('A1:C20');
  await dialog.getByRole('textbox', { name: /^Lignes à répéter/ }).fill('1');
  await dialog.getByRole('checkbox', { name: 'Centrer horizontalement' }).check();
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();

  // Opened again, it shows what was set; undo brings portrait back.
  await page.getByRole('button', { name: 'Mise en page…' }).click();
  dialog = page.getByRole('dialog', { name: 'Mise en page' });
  await expect(dialog.getByRole('radio', { name: 'Paysage' })).toBeChecked();
  await expect(dialog.getByRole('textbox', { name: 'Haut', exact: true })).toHaveValue('2,5');
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();
  await goToCell(page, 'B2');
  await page.keyboard.press('Control+z');
  await page.getByRole('button', { name: 'Mise en page…' }).click();
  await expect(dialog.getByRole('radio', { name: 'Portrait' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await goToCell(page, 'B2');
  await page.keyboard.press('Control+y');

  for (const format of ['xlsx', 'ods']) {
    const bytes = await saveAs(page, host.docs, 'impression', format);
    for (const sheet of await bothReadings(bytes, `impression.${format}`)) {
      const setup = sheet.pageSetup;
      expect(setup?.orientation).toBe('landscape');
      expect(setup?.paper?.width).toBeCloseTo(297, -1);
      expect(setup?.fitWidth).toBe(1);
      expect(setup?.fitHeight ?? 0).toBe(0);
      expect(setup?.margins?.top).toBeCloseTo(70.87, 0);
      expect(setup?.printArea).toEqual([{ top: 0, left: 0, bottom: 19, right: 2 }]);
      expect(setup?.repeatRows).toEqual({ first: 0, last: 0 });
      expect(setup?.centerHorizontally).toBe(true);
    }
  }
});

test('a picture file dropped on the grid lands on the cell under the pointer; other files are refused', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  await enterCell(page, 'A1', 'Plan');
  const target = gridCell(page, 5, 4); // D5
  const box = (await target.boundingBox())!;
  const drop = async (name: string, bytes: number[]) => {
    const dataTransfer = await page.evaluateHandle(
      ({ name, bytes }) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], name, { type: name.endsWith('.png') ? 'image/png' : 'text/plain' }));
        return data;
      },
      { name, bytes },
    );
    const at = { dataTransfer, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
    await target.dispatchEvent('dragover', at);
    await target.dispatchEvent('drop', at);
  };
  await drop('notes.txt', [...new TextEncoder().encode('du texte')]);
  await expect(page.getByRole('alert').filter({ hasText: 'notes.txt' })).toHaveText('« notes.txt » n’est pas une image PNG, JPEG, GIF, BMP ou WebP.');
  await drop('plan.png', [...pngBytes(120, 60)]);
  const picture = page.getByRole('group', { name: 'Image plan.png' });
  await expect(picture.getByRole('img')).toBeVisible();
  await expect
    .poll(async () => {
      const p = await picture.boundingBox();
      return p ? [Math.abs(p.x - box.x) <= 2, Math.abs(p.y - box.y) <= 2, Math.round(p.width), Math.round(p.height)] : null;
    })
    .toEqual([true, true, 120, 60]);
  await gridCell(page, 9, 9).click();
  await page.keyboard.press('Control+z');
  await expect(picture).toHaveCount(0);
});

test('a picture dragged below the grid scrolls the cells and comes along', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  writeFileSync(path.join(host.docs, 'tampon.png'), pngBytes(80, 40));
  await goToCell(page, 'B2');
  await pickPicture(page, 'tampon.png');
  const picture = page.getByRole('group', { name: 'Image tampon.png' });
  await expect(picture.getByRole('img')).toBeVisible();
  const holder = page.locator('.sheets-grid .ht_master .wtHolder');
  const grid = (await holder.boundingBox())!;
  const start = (await picture.boundingBox())!;
  await page.mouse.move(start.x + 20, start.y + 20);
  await page.mouse.down();
  await page.mouse.move(start.x + 20, grid.y + grid.height / 2);
  await page.mouse.move(start.x + 20, grid.y + grid.height + 40);
  await expect.poll(() => holder.evaluate((h) => h.scrollTop), { timeout: 20_000 }).toBeGreaterThan(400);
  await page.mouse.up();
  // It stayed under the pointer (20 px below its top edge) while the cells scrolled under it (once
  // the frame after the last scroll step is drawn: on a loaded machine it came one frame late).
  await expect.poll(async () => Math.abs((await picture.boundingBox())!.y - (grid.y + grid.height + 20)), { timeout: 5_000 }).toBeLessThanOrEqual(3);
  // One undo step puts it back at B2.
  await page.mouse.click(grid.x + 300, grid.y + 100);
  await page.keyboard.press('Control+z');
  await holder.evaluate((h) => h.scrollTo(0, 0));
  await expect.poll(async () => Math.round(((await picture.boundingBox())?.y ?? 0) - start.y)).toBe(0);
});
