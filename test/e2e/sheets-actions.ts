/** Steps in the sheets screen, as a person does them (by role and name, in French). */
import type { Page } from '@playwright/test';
import { expect } from './fixtures.js';

/** Goes to a cell through the name box; returns once the grid has the focus (and the cursor). */
export async function goToCell(page: Page, cell: string): Promise<void> {
  const nameBox = page.getByRole('textbox', { name: 'Cellule' });
  // A move still on its way (the cursor going down after an entry's Enter) can show its cell in the
  // name box after the address was typed there: the address is typed again until it holds.
  await expect(async () => {
    await nameBox.fill(cell);
    await nameBox.press('Enter');
    await expect(nameBox).toHaveValue(cell, { timeout: 2000 });
  }).toPass({ timeout: 15_000 });
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.sheets-grid') !== null)).toBe(true);
}

/** Types `content` into a cell through the name box and the formula bar, then Enter. */
export async function enterCell(page: Page, cell: string, content: string): Promise<void> {
  await goToCell(page, cell);
  const bar = page.getByRole('combobox', { name: 'Barre de formule' });
  await bar.fill(content);
  await bar.press('Enter');
}
