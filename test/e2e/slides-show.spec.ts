/**
 * The show: full screen, a click shows the next slide, the wheel the next or the previous one,
 * and "From the current slide" starts on the slide selected in the panel.
 */
import { expect, test } from './fixtures.js';
import { typeInPlaceholder } from './slides-actions.js';

test('the show goes full screen, moves on a click and the wheel, and starts from the current slide', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouvelle présentation' }).click();
  await typeInPlaceholder(page, 'title', 'Un');
  for (const title of ['Deux', 'Trois']) {
    await page.getByRole('button', { name: 'Nouvelle diapositive' }).click();
    await typeInPlaceholder(page, 'title', title);
  }
  const list = page.getByRole('listbox', { name: 'Liste des diapositives' });
  await list.getByRole('option').nth(1).click();

  // From the current slide: the show opens on "Deux", full screen.
  await page.getByRole('button', { name: 'À partir de la diapositive actuelle' }).click();
  const show = page.getByRole('region', { name: 'Présentation' });
  const shown = show.locator('section.present');
  await expect(shown).toContainText('Deux');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('aria-label') ?? null)).toBe('Présentation');

  // A click on the slide: the next one; the wheel: back, then on.
  await page.mouse.click(640, 400);
  await expect(shown).toContainText('Trois');
  await page.mouse.wheel(0, -120);
  await expect(shown).toContainText('Deux');
  await page.waitForTimeout(350);
  await page.mouse.wheel(0, 120);
  await expect(shown).toContainText('Trois');
  // The show's own buttons are not "next" clicks.
  await expect(show.getByRole('button', { name: /^Quitter la présentation/ })).toBeVisible();

  // Escape ends the show (and full screen); the panel selects the slide last shown.
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  await expect(list.getByRole('option').nth(2)).toHaveAttribute('aria-selected', 'true');

  // "Présenter" starts from the first slide whatever is selected.
  await page.getByRole('button', { name: /^Présenter/ }).click();
  await expect(shown).toContainText('Un');
  await page.mouse.click(640, 400);
  await expect(shown).toContainText('Deux');
  await show.getByRole('button', { name: /^Quitter la présentation/ }).click();
  await expect(show).toBeHidden();
  await expect(list.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
});
