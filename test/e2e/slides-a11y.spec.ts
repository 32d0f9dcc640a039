/**
 * axe-core over the slides editor as a person goes through it: the editor with a slide holding
 * text, a shape, a table and a picture; its dialogs (table, footer, alternative text, theme);
 * the show; the presenter view. No serious or critical violation anywhere.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { canvas, solidPng, typeInPlaceholder } from './slides-actions.js';

/** Serious and critical violations inside `selector`, one line each. */
async function violations(page: Page, selector: string): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).include(selector).analyze();
  return axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the slides editor, its dialogs, the show and the presenter view have no serious accessibility violation', async ({ page, host, context }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouvelle présentation' }).click();
  await typeInPlaceholder(page, 'title', 'Bilan annuel');
  await typeInPlaceholder(page, 'body', 'Premier point\nSecond point');
  await page.getByRole('textbox', { name: 'Notes de l’orateur' }).fill('Présenter les chiffres');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Image…' }).click();
  await (await chooser).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: solidPng(80, 40, [0, 0, 145]) });
  await expect(canvas(page).getByRole('img', { name: 'logo' })).toBeVisible();
  // The picture just inserted is selected: its alternative text dialog.
  await page.getByRole('button', { name: 'Texte de remplacement…' }).click();
  const alt = page.getByRole('dialog', { name: /^Texte de remplacement/ });
  await expect(alt).toBeVisible();
  expect(await violations(page, '[role="dialog"]')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(alt).toBeHidden();
  await page.getByRole('button', { name: 'Nouvelle diapositive' }).click();
  await typeInPlaceholder(page, 'title', 'Suite');

  expect(await violations(page, '.slides')).toEqual([]);

  // Dialogs: table, footer, theme (the alternative text's was checked above).
  await page.getByRole('button', { name: 'Tableau…' }).click();
  const table = page.getByRole('dialog', { name: 'Tableau' });
  await expect(table).toBeVisible();
  expect(await violations(page, '[role="dialog"]')).toEqual([]);
  await table.getByRole('button', { name: 'Insérer' }).click();
  await expect(table).toBeHidden();

  await page.getByRole('button', { name: /^Pied de page/ }).click();
  const footer = page.getByRole('dialog');
  await expect(footer).toBeVisible();
  expect(await violations(page, '[role="dialog"]')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(footer).toBeHidden();

  await page.getByRole('button', { name: 'Couleurs et polices du thème…' }).click();
  const theme = page.getByRole('dialog');
  await expect(theme).toBeVisible();
  expect(await violations(page, '[role="dialog"]')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(theme).toBeHidden();

  // The show, then the presenter view.
  await page.getByRole('button', { name: /^Présenter/ }).click();
  const show = page.getByRole('region', { name: 'Présentation' });
  await expect(show.locator('section.present')).toContainText('Bilan annuel');
  expect(await violations(page, '.slides-presenter')).toEqual([]);
  const popup = context.waitForEvent('page');
  await show.getByRole('button', { name: 'Mode présentateur' }).click();
  const view = await popup;
  await expect(view.getByRole('region', { name: 'Diapositive actuelle' })).toContainText('Bilan annuel');
  await expect(view.getByRole('timer')).toHaveText(/^\d\d:\d\d:\d\d$/);
  expect(await violations(view, 'main')).toEqual([]);
  // A black screen: the show and the presenter view say so.
  await page.bringToFront();
  await page.keyboard.press('b');
  await expect(view.getByRole('status')).toBeVisible();
  expect(await violations(view, 'main')).toEqual([]);
  expect(await violations(page, '.slides-presenter')).toEqual([]);
  await page.keyboard.press('b');
  // The last slide, then the end of the show in the presenter view.
  await page.keyboard.press('ArrowRight');
  await expect(view.getByRole('region', { name: 'Diapositive suivante' })).toContainText('Fin du diaporama');
  expect(await violations(view, 'main')).toEqual([]);
  await view.close();
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
});
