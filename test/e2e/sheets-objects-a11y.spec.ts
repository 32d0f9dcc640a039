import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { enterCell, goToCell } from './sheets-actions.js';

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('.sheets').analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('axe-core finds no serious or critical violation in the note, validity and page setup dialogs, nor on a shown note', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  await enterCell(page, 'A1', 'Poste');

  await goToCell(page, 'A1');
  await page.keyboard.press('Shift+F2');
  const note = page.getByRole('dialog', { name: 'Note de A1' });
  await expect(note).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await note.getByRole('textbox', { name: 'Texte de la note' }).fill('Intitulé du poste');
  await note.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('note', { name: 'Note de la cellule' })).toHaveText('Intitulé du poste');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Validité…' }).click();
  const validity = page.getByRole('dialog', { name: 'Validité des données' });
  await validity.getByRole('combobox', { name: 'Autoriser' }).selectOption({ label: 'Date' });
  await validity.getByRole('button', { name: 'OK' }).click();
  await expect(validity.getByRole('alert')).toHaveText('Saisissez une valeur.');
  expect(await seriousViolations(page)).toEqual([]);
  await validity.getByRole('button', { name: 'Annuler' }).click();

  await page.getByRole('button', { name: 'Mise en page…' }).click();
  const setup = page.getByRole('dialog', { name: 'Mise en page' });
  await expect(setup.getByRole('radio', { name: 'Portrait' })).toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(setup).toBeHidden();
});
