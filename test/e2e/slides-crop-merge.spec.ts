import AxeBuilder from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { read, write } from '@ostal/formats';
import { emptyDeck, plainTextBody } from '@ostal/model';
import type { Deck, PictureShape, TableCell, TableShape } from '@ostal/model';
import type { Page } from '@playwright/test';
import { openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { libreofficeConvert } from '../support/libreoffice.js';
import { pngBytes } from '../support/png.js';
import { canvas, libreofficeSlides, typeInPlaceholder } from './slides-actions.js';

async function noSeriousViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).include('.slides').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

function pictureOf(deck: Deck): PictureShape {
  const picture = (deck.slides[0]!.shapes ?? []).find((s): s is PictureShape => s.kind === 'picture');
  expect(picture).toBeDefined();
  return picture!;
}

test('a picture is cropped with handles on the canvas (Enter or a double-click), in one undo step, and PPTX, ODP and LibreOffice keep the crop', async ({ page, host }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouvelle présentation' }).click();
  await expect(canvas(page)).toBeVisible();
  await typeInPlaceholder(page, 'title', 'Carte');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Image…' }).click();
  await (await chooser).setFiles({ name: 'carte.png', mimeType: 'image/png', buffer: Buffer.from(pngBytes(400, 200)) });
  const picture = canvas(page).getByRole('img', { name: 'carte' });
  await expect(picture).toBeVisible();
  await expect(canvas(page)).toBeFocused();
  const before = (await picture.boundingBox())!;

  // Enter starts crop mode: black crop handles instead of the resize ones, announced.
  await page.keyboard.press('Enter');
  const east = canvas(page).locator('[data-handle="crop-e"]');
  await expect(east).toBeVisible();
  await expect(canvas(page).locator('[data-handle="e"]')).toHaveCount(0);
  await expect(page.getByText(/^Rognage de carte/)).toBeAttached();
  await noSeriousViolations(page);
  // The right edge dragged to the middle: the frame halves, the picture stays where it was.
  const handle = (await east.boundingBox())!;
  const y = handle.y + handle.height / 2;
  await page.mouse.move(handle.x + handle.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(before.x + before.width * 0.75, y, { steps: 4 });
  await page.mouse.move(before.x + before.width / 2, y, { steps: 4 });
  await page.mouse.up();
  const cropped = canvas(page).locator('.slides-shape--cropped');
  await expect(cropped).toBeVisible();
  const frame = (await cropped.boundingBox())!;
  expect(frame.width / before.width).toBeCloseTo(0.5, 1);
  expect(Math.abs(frame.x - before.x)).toBeLessThan(3);
  // OSTAL_SCREENSHOTS=1 refreshes the picture of crop mode in docs/screenshots.
  if (process.env.OSTAL_SCREENSHOTS) await page.screenshot({ path: path.resolve(import.meta.dirname, '../../docs/screenshots/slides-crop.png') });
  await page.keyboard.press('Escape');
  await expect(east).toHaveCount(0);
  await expect(canvas(page).locator('[data-handle="e"]')).toHaveCount(1);

  // One undo step takes the crop back; redo brings it again.
  await page.keyboard.press('Control+z');
  await expect(cropped).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(cropped).toBeVisible();

  // A double-click also starts crop mode; the bottom edge goes up by a quarter.
  await page.mouse.dblclick(frame.x + frame.width / 2, frame.y + frame.height / 2);
  const south = canvas(page).locator('[data-handle="crop-s"]');
  await expect(south).toBeVisible();
  const s = (await south.boundingBox())!;
  await page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
  await page.mouse.down();
  await page.mouse.move(s.x + s.width / 2, frame.y + frame.height * 0.75, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.press('Enter');
  await expect(south).toHaveCount(0);

  for (const format of ['pptx', 'odp'] as const) {
    const bytes = await saveAs(page, host.docs, `carte-${format}`, format);
    const saved = pictureOf((await read(bytes)).document as Deck);
    expect(saved.crop?.right).toBeGreaterThan(47_000);
    expect(saved.crop?.right).toBeLessThan(53_000);
    expect(saved.crop?.bottom).toBeGreaterThan(22_000);
    expect(saved.crop?.bottom).toBeLessThan(28_000);
    expect(saved.crop?.left ?? 0).toBe(0);
    const fodp = libreofficeConvert(bytes, `carte.${format}`, 'fodp');
    expect(fodp).toMatch(/fo:clip="rect\([^)]*\)"/);
  }
});

const text = (t: string): TableCell => ({ text: plainTextBody([t]) });
const covered: TableCell = { text: { paragraphs: [] }, merged: true };

/** Each row as marks: the text of a cell, "text:CxR" for a merge, "·" for a covered cell. */
function layout(table: TableShape): string[] {
  return table.rows.map((row) =>
    row.cells
      .map((c) => {
        if (c.merged) return '·';
        const words = c.text.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' ');
        return (c.colSpan ?? 1) > 1 || (c.rowSpan ?? 1) > 1 ? `${words}:${String(c.colSpan ?? 1)}x${String(c.rowSpan ?? 1)}` : words;
      })
      .join('|'),
  );
}

test('rows and columns are added and removed in a table with merged cells, the merges following, and PPTX, ODP and LibreOffice keep it', async ({ page, host }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const table: TableShape = {
    kind: 'table',
    id: 3,
    name: 'Tableau 3',
    xfrm: { x: 1_000_000, y: 1_800_000, cx: 9_000_000, cy: 1_200_000 },
    columns: [3_000_000, 3_000_000, 3_000_000],
    rows: [
      { height: 400_000, cells: [text('Zone'), { ...text('2023 et 2024'), colSpan: 2 }, covered] },
      { height: 400_000, cells: [{ ...text('Métropole'), rowSpan: 2 }, text('12'), text('14')] },
      { height: 400_000, cells: [covered, text('8'), text('9')] },
    ],
  };
  const deck: Deck = {
    ...emptyDeck({ language: 'fr-FR' }),
    slides: [{ id: 's1', title: 'Effectifs', body: [], notes: '', shapes: [{ kind: 'shape', id: 2, geometry: 'rect', placeholder: { type: 'title' }, text: plainTextBody(['Effectifs']) }, table] }],
  };
  writeFileSync(path.join(host.docs, 'effectifs.pptx'), await write(deck, 'pptx'));
  await page.goto(host.url);
  await openFile(page, 'effectifs.pptx');
  const drawn = canvas(page).locator('table.slides-shape__table');
  await expect(drawn.locator('tr')).toHaveCount(3);
  const cell = (r: number, c: number) => page.getByRole('textbox', { name: `Cellule ligne ${String(r)}, colonne ${String(c)}` });

  // A double-click on the covered part of "2023 et 2024" types in the merge.
  const box = (await drawn.boundingBox())!;
  await page.mouse.dblclick(box.x + box.width * 0.85, box.y + box.height / 6);
  await expect(cell(1, 2)).toBeFocused();
  await expect(cell(1, 2)).toHaveText('2023 et 2024');
  // A column right of the whole merge.
  await page.getByRole('button', { name: 'Colonne à droite' }).click();
  await expect(cell(1, 4)).toBeFocused();
  await page.keyboard.type('2025');
  // A row under "12", between the rows "Métropole" spans: the merge takes it in.
  await cell(2, 2).click();
  await page.getByRole('button', { name: 'Ligne en dessous' }).click();
  await expect(cell(3, 2)).toBeFocused();
  await page.keyboard.type('10');
  // The first row of the "Métropole" merge goes: the merge (and its text) starts on the next row.
  await cell(2, 1).click();
  await page.getByRole('button', { name: 'Supprimer la ligne' }).click();
  await expect(cell(2, 1)).toHaveText('Métropole');
  await noSeriousViolations(page);
  await page.keyboard.press('Escape');
  await expect(drawn.locator('tr')).toHaveCount(3);
  await expect(drawn).toContainText('2025');

  const expected = ['Zone|2023 et 2024:2x1|·|2025', 'Métropole:1x2|10||', '·|8|9|'];
  for (const format of ['pptx', 'odp'] as const) {
    const bytes = await saveAs(page, host.docs, `effectifs-${format}`, format);
    const saved = ((await read(bytes)).document as Deck).slides[0]!.shapes!.find((s): s is TableShape => s.kind === 'table')!;
    expect(layout(saved)).toEqual(expected);
    const lo = libreofficeSlides(bytes, `effectifs.${format}`);
    expect(lo.pages).toBe(1);
    for (const words of ['Métropole', '2023 et 2024', '2025', '10']) expect(lo.text).toContain(words);
  }
});
