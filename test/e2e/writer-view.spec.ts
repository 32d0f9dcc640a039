import { libreofficeConvert } from '../support/libreoffice.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

test('the navigation pane lists the headings and goes to them; zoom scales the page; statistics count words and characters', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await page.keyboard.press('Control+Alt+1');
  await editor.pressSequentially('Introduction');
  await page.keyboard.press('Enter');
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Control+Alt+2');
  await editor.pressSequentially('Mise en œuvre');
  await page.keyboard.press('Enter');
  await editor.pressSequentially('Le projet démarre en mars.');

  await page.getByRole('tab', { name: 'Affichage' }).click();
  await page.getByRole('button', { name: 'Volet de navigation' }).click();
  const pane = page.getByRole('navigation', { name: 'Volet de navigation' });
  await expect(pane.getByRole('button')).toHaveText(['Introduction', 'Mise en œuvre']);
  await expect(pane.getByRole('button', { name: 'Mise en œuvre' })).toHaveAttribute('aria-current', 'location');
  await pane.getByRole('button', { name: 'Introduction' }).click();
  await expect(editor).toBeFocused();
  await expect(pane.getByRole('button', { name: 'Introduction' })).toHaveAttribute('aria-current', 'location');
  await expect(editor.locator('h1')).toBeInViewport();
  // Typing goes where the pane put the cursor: at the start of the heading.
  await editor.pressSequentially('Partie ');
  await expect(editor.locator('h1')).toHaveText('Partie Introduction');
  await expect(pane.getByRole('button').first()).toHaveText('Partie Introduction');
  await pane.getByRole('button', { name: 'Mise en œuvre' }).click();
  await expect(editor.locator('h2')).toBeInViewport();

  // Zoom: the select, the buttons and the status line agree, and the page is drawn bigger.
  const pageBox = page.locator('.writer-page');
  const width100 = (await pageBox.boundingBox())!.width;
  await page.getByRole('combobox', { name: 'Zoom' }).selectOption('150');
  await expect(page.getByRole('combobox', { name: 'Zoom' }).locator('option:checked')).toHaveText('150\u00a0%');
  await expect.poll(async () => Math.round(((await pageBox.boundingBox())!.width / width100) * 100)).toBe(150);
  await page.getByRole('button', { name: 'Zoom arrière' }).click();
  await expect(page.getByRole('combobox', { name: 'Zoom' })).toHaveValue('125');
  await page.getByRole('button', { name: 'Zoom avant' }).click();
  await page.getByRole('button', { name: 'Zoom avant' }).click();
  await expect(page.getByRole('combobox', { name: 'Zoom' })).toHaveValue('175');

  // Statistics (Révision): words and characters with and without spaces.
  await page.getByRole('tab', { name: 'Révision' }).click();
  await page.getByRole('button', { name: 'Statistiques' }).click();
  const stats = page.getByRole('dialog', { name: 'Statistiques' });
  const text = 'Partie IntroductionMise en œuvreLe projet démarre en mars.';
  const value = (name: string) => stats.locator('.writer-stats__row', { hasText: name }).locator('dd');
  await expect(value('Mots')).toHaveText('10');
  await expect(value('Caractères (espaces compris)')).toHaveText(String(text.length));
  await expect(value('Caractères (espaces non compris)')).toHaveText(String(text.replace(/\s/g, '').length));
  await expect(value('Paragraphes')).toHaveText('3');
  await stats.getByRole('button', { name: 'Fermer' }).click();
  await expect(stats).toBeHidden();
  await expect(editor).toBeFocused();

  const odt = await saveAs(page, host.docs, 'plan', 'odt');
  const txt = libreofficeConvert(odt, 'plan.odt', 'txt');
  expect(txt).toContain('Partie Introduction');
  expect(txt).toContain('Mise en œuvre');
  await closeTab(page, 'plan.odt');
  await openFile(page, 'plan.odt');
  await page.getByRole('tab', { name: 'Affichage' }).click();
  await page.getByRole('button', { name: 'Volet de navigation' }).click();
  await expect(page.getByRole('navigation', { name: 'Volet de navigation' }).getByRole('button')).toHaveText(['Partie Introduction', 'Mise en œuvre']);
});
