import { read } from '@ostal/formats';
import type { TextDocument } from '@ostal/model';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

test('Insertion > Tableau inserts a table of the size chosen on the grid, by pointer or by keyboard', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Effectifs');
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name: 'Insertion' }).click();

  // Pointer: hover the cell of row 3, column 4, then click it.
  await page.getByRole('button', { name: 'Tableau', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Taille du tableau' });
  await expect(grid).toBeFocused();
  await grid.getByRole('gridcell', { name: '3 × 4 (lignes × colonnes)' }).hover();
  await expect(page.getByRole('dialog', { name: 'Taille du tableau' })).toContainText('3 × 4 (lignes × colonnes)');
  await expect(grid.locator('[aria-selected="true"]')).toHaveCount(12);
  await grid.getByRole('gridcell', { name: '3 × 4 (lignes × colonnes)' }).click();
  await expect(grid).toBeHidden();
  const tables = editor.locator('table');
  await expect(tables).toHaveCount(1);
  await expect(tables.first().locator('tr')).toHaveCount(3);
  await expect(tables.first().locator('tr').first().locator('th, td')).toHaveCount(4);

  // Keyboard: the arrows grow it to 2 × 5, Enter inserts; Escape closes without inserting.
  await page.keyboard.press('Control+End');
  await page.getByRole('button', { name: 'Tableau', exact: true }).click();
  await expect(grid).toBeFocused();
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('dialog', { name: 'Taille du tableau' })).toContainText('2 × 5 (lignes × colonnes)');
  await page.keyboard.press('Enter');
  await expect(tables).toHaveCount(2);
  await expect(tables.nth(1).locator('tr')).toHaveCount(2);
  await expect(tables.nth(1).locator('tr').first().locator('th, td')).toHaveCount(5);
  await page.getByRole('button', { name: 'Tableau', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(grid).toBeHidden();
  await expect(page.getByRole('button', { name: 'Tableau', exact: true })).toBeFocused();
  await expect(tables).toHaveCount(2);

  const odt = await saveAs(page, host.docs, 'tableaux', 'odt');
  expect(odfSchemaErrors(odt)).toEqual([]);
  const { document } = await read(odt);
  const shapes = ((document as TextDocument).content.content ?? [])
    .filter((b) => b.type === 'table')
    .map((t) => [t.content?.length, t.content?.[0]?.content?.length]);
  expect(shapes).toEqual([
    [3, 4],
    [2, 5],
  ]);
});
