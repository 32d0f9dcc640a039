import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.js';

// The French dictionary loads in a worker in under a second (longer on a loaded machine).
const DICTIONARY_LOAD = 90_000;

test('French spelling: misspelt words are underlined, corrected from the context menu, ignored, or added to the personal dictionary', async ({ page, host }) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Le rapporrt de la préfecture est prêt. Ostalie et Zorglub.');
  const misspelt = editor.locator('.writer-misspelt');
  await expect(misspelt).toHaveText(['rapporrt', 'Ostalie', 'Zorglub'], { timeout: DICTIONARY_LOAD });

  // Right click on the word: its suggestions come first; choosing one replaces it.
  await misspelt.first().click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Menu contextuel' });
  await expect(menu).toBeFocused();
  await menu.getByRole('menuitem', { name: 'rapport', exact: true }).click();
  await expect(editor.locator('p').first()).toHaveText('Le rapport de la préfecture est prêt. Ostalie et Zorglub.');
  await expect(misspelt).toHaveText(['Ostalie', 'Zorglub']);

  // Ignorer tout: gone everywhere in this document.
  await misspelt.filter({ hasText: 'Zorglub' }).click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Ignorer tout' }).click();
  await expect(misspelt).toHaveText(['Ostalie']);

  // Ajouter au dictionnaire: kept in the settings, so a new document accepts the word too.
  await misspelt.first().click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Ajouter au dictionnaire' }).click();
  await expect(misspelt).toHaveCount(0);
  await expect.poll(() => {
    try {
      return (JSON.parse(readFileSync(path.join(host.home, 'settings.json'), 'utf8')) as { values?: { personalDictionary?: string } }).values?.personalDictionary;
    } catch {
      return undefined;
    }
  }).toBe('Ostalie');

  // Undo gives the corrected word back its misspelling, underlined again.
  await page.keyboard.press('End');
  await page.keyboard.press('Control+z');
  await expect(editor.locator('p').first()).toContainText('rapporrt');
  await expect(misspelt).toHaveText(['rapporrt']);

  await page.reload();
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  await editor.click();
  await editor.pressSequentially('Ostalie a reçu une letre. ');
  await expect(misspelt).toHaveText(['letre'], { timeout: DICTIONARY_LOAD });
  // Keyboard: Shift+F10 on the word opens the same menu.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+F10');
  await expect(menu).toBeFocused();
  await expect(menu.getByRole('menuitem').first()).toHaveText('lettre');
  await page.keyboard.press('Enter');
  await expect(editor.locator('p').first()).toHaveText('Ostalie a reçu une lettre. ');
  await expect(misspelt).toHaveCount(0);
});
