import { expect, test } from './fixtures.js';

test('the text context menu copies and pastes, opens the paragraph dialog from the keyboard, and edits tables', async ({ page, host }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(host.url).origin });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Budget 2026');

  // Select "Budget" (double-click), right click on it: Copier; then paste at the end from the menu.
  const word = editor.locator('p').first();
  const box = (await word.boundingBox())!;
  await page.mouse.dblclick(box.x + 10, box.y + box.height / 2);
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().trim())).toBe('Budget');
  await page.mouse.click(box.x + 10, box.y + box.height / 2, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Menu contextuel' });
  await expect(menu).toBeFocused();
  await expect(menu.getByRole('menuitem', { name: 'Couper' })).not.toHaveAttribute('aria-disabled', 'true');
  await menu.getByRole('menuitem', { name: 'Copier' }).click();
  await expect(menu).toBeHidden();
  await page.keyboard.press('End');
  await page.keyboard.type(' ');
  await page.keyboard.press('Shift+F10');
  await expect(menu).toBeFocused();
  // Nothing selected: Couper and Copier are off, the menu starts on Coller.
  await expect(menu.getByRole('menuitem', { name: 'Copier' })).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await expect(word).toHaveText('Budget 2026 Budget');

  // Keyboard only: Shift+F10, ↓ to Paragraphe…, Enter opens the dialog; Escape gives the text back.
  await page.keyboard.press('Shift+F10');
  await expect(menu).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Paragraphe' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(editor).toBeFocused();
  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(editor).toBeFocused();

  // In a table, the menu offers the row and column operations.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name: 'Insertion' }).click();
  await page.getByRole('button', { name: 'Insérer un tableau' }).click();
  const table = editor.locator('table');
  await expect(table.locator('tr')).toHaveCount(3);
  await table.locator('td').first().click({ button: 'right' });
  await expect(menu.getByRole('menuitem', { name: 'Supprimer la colonne' })).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Ajouter une ligne' }).click();
  await expect(table.locator('tr')).toHaveCount(4);
});
