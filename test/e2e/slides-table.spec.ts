import AxeBuilder from '@axe-core/playwright';
import { read } from '@ostal/formats';
import type { Deck, TableShape } from '@ostal/model';
import { saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { canvas, libreofficeSlides, typeInPlaceholder } from './slides-actions.js';

function tableOf(deck: Deck): string[][] {
  const table = (deck.slides[0]!.shapes ?? []).find((s): s is TableShape => s.kind === 'table');
  expect(table).toBeDefined();
  return table!.rows.map((row) => row.cells.map((c) => c.text.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n')));
}

test('table cells are typed on the canvas with Tab between them, rows and columns are added and removed, and PPTX, ODP and LibreOffice keep the table', async ({ page, host }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouvelle présentation' }).click();
  await expect(canvas(page)).toBeVisible();
  await typeInPlaceholder(page, 'title', 'Effectifs');
  await page.getByRole('button', { name: 'Tableau…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tableau' });
  await dialog.getByRole('spinbutton', { name: 'Lignes' }).fill('2');
  await dialog.getByRole('spinbutton', { name: 'Colonnes' }).fill('3');
  await dialog.getByRole('button', { name: 'Insérer' }).click();
  const drawn = canvas(page).locator('table.slides-shape__table');
  await expect(drawn.locator('tr')).toHaveCount(2);

  // Double-click in the first cell, then type with Tab between cells; Tab in the last cell adds a row.
  const box = (await drawn.boundingBox())!;
  await page.mouse.dblclick(box.x + box.width / 6, box.y + box.height / 4);
  const cell = (r: number, c: number) => page.getByRole('textbox', { name: `Cellule ligne ${String(r)}, colonne ${String(c)}` });
  await expect(cell(1, 1)).toBeFocused();
  for (const [i, text] of ['Service', 'Agents', 'Budget', 'RH', '12', '1,2 M€'].entries()) {
    await expect(cell(Math.floor(i / 3) + 1, (i % 3) + 1)).toBeFocused();
    await page.keyboard.type(text);
    await page.keyboard.press('Tab');
  }
  await expect(cell(3, 1)).toBeFocused();
  await page.keyboard.type('Provisoire');
  // The third row goes again; a fourth column comes, at the right of the current cell.
  await page.getByRole('button', { name: 'Supprimer la ligne' }).click();
  await expect(cell(3, 1)).toHaveCount(0);
  await expect(cell(2, 1)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(cell(1, 3)).toBeFocused();
  await page.getByRole('button', { name: 'Colonne à droite' }).click();
  await expect(cell(1, 4)).toBeFocused();
  await page.keyboard.type('Remarque');
  // axe-core: no serious or critical violation while cells are being typed in.
  const axe = await new AxeBuilder({ page }).include('.slides').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await expect(cell(1, 4)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(cell(1, 4)).toHaveCount(0);
  await expect(drawn.locator('tr')).toHaveCount(2);
  await expect(drawn.locator('tr').first().locator('td')).toHaveCount(4);
  await expect(drawn).toContainText('1,2 M€');

  // One undo step takes the whole typing session back; redo brings it again.
  await canvas(page).focus();
  await page.keyboard.press('Control+z');
  await expect(drawn.locator('tr').first().locator('td')).toHaveCount(3);
  await expect(drawn).not.toContainText('Service');
  await page.keyboard.press('Control+y');
  await expect(drawn).toContainText('Remarque');

  const expected = [
    ['Service', 'Agents', 'Budget', 'Remarque'],
    ['RH', '12', '1,2 M€', ''],
  ];
  for (const format of ['pptx', 'odp'] as const) {
    const bytes = await saveAs(page, host.docs, `effectifs-${format}`, format);
    expect(tableOf((await read(bytes)).document as Deck)).toEqual(expected);
    const lo = libreofficeSlides(bytes, `effectifs.${format}`);
    expect(lo.pages).toBe(1);
    for (const text of ['Service', 'Remarque', '1,2 M€', 'RH']) expect(lo.text).toContain(text);
  }
});
