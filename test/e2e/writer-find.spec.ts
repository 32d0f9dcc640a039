import { libreofficeConvert } from '../support/libreoffice.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

test('Ctrl+F finds with highlighted matches; Ctrl+H replaces one, then all in one undo step; the saved file has the replacements', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Le chat dort. Un Chat passe.');
  await page.keyboard.press('Enter');
  await editor.pressSequentially('Les chatons et le CHAT.');

  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: 'Rechercher et remplacer' });
  const find = bar.getByRole('searchbox', { name: 'Rechercher' });
  await expect(find).toBeFocused();
  await find.fill('chat');
  await expect(bar.getByRole('status')).toHaveText('1 sur 4');
  await expect(editor.locator('.writer-match')).toHaveCount(4);
  await bar.getByRole('checkbox', { name: 'Mot entier' }).check();
  await expect(bar.getByRole('status')).toHaveText('1 sur 3');
  await bar.getByRole('checkbox', { name: 'Respecter la casse' }).check();
  await expect(bar.getByRole('status')).toHaveText('1 sur 1');
  await expect(editor.locator('.writer-match--current')).toHaveText('chat');
  await bar.getByRole('checkbox', { name: 'Respecter la casse' }).uncheck();
  await bar.getByRole('button', { name: 'Suivant' }).click();
  await bar.getByRole('button', { name: 'Suivant' }).click();
  await expect(bar.getByRole('status')).toHaveText('2 sur 3');
  await expect(editor.locator('.writer-match--current')).toHaveText('Chat');
  await bar.getByRole('button', { name: 'Précédent' }).click();
  await expect(bar.getByRole('status')).toHaveText('1 sur 3');

  // Regular expressions: a bad one is reported, a good one counts.
  await bar.getByRole('checkbox', { name: 'Mot entier' }).uncheck();
  await bar.getByRole('checkbox', { name: 'Expressions régulières' }).check();
  await find.fill('chat(');
  await expect(bar.getByRole('status')).toHaveText('Expression régulière non valide');
  await find.fill('chat(on)?s?');
  await expect(bar.getByRole('status')).toHaveText('1 sur 4');
  await find.fill('zèbre');
  await expect(bar.getByRole('status')).toHaveText('Aucun résultat');

  // Ctrl+H: replace the first, then all the others at once.
  await page.keyboard.press('Control+h');
  await bar.getByRole('checkbox', { name: 'Expressions régulières' }).uncheck();
  await bar.getByRole('checkbox', { name: 'Mot entier' }).check();
  await find.fill('chat');
  const replaceWith = bar.getByRole('textbox', { name: 'Remplacer par' });
  await replaceWith.fill('chien');
  await expect(editor.locator('.writer-match--current')).toHaveText('chat');
  await bar.getByRole('button', { name: 'Remplacer', exact: true }).click();
  await expect(editor.locator('p').first()).toHaveText('Le chien dort. Un Chat passe.');
  await expect(bar.getByRole('status')).toHaveText('1 sur 2');
  await expect(editor.locator('.writer-match--current')).toHaveText('Chat');
  await bar.getByRole('button', { name: 'Tout remplacer' }).click();
  await expect(bar.getByRole('status')).toHaveText('2 remplacement(s) effectué(s)');
  await expect(editor).toHaveText('Le chien dort. Un chien passe.Les chatons et le chien.');
  await expect(editor.locator('.writer-match')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await expect(editor).toBeFocused();
  // Replace all is one step: one undo brings every occurrence back.
  await page.keyboard.press('Control+z');
  await expect(editor).toHaveText('Le chien dort. Un Chat passe.Les chatons et le CHAT.');
  await page.keyboard.press('Control+y');

  const odt = await saveAs(page, host.docs, 'remplacement', 'odt');
  expect(libreofficeConvert(odt, 'remplacement.odt', 'txt')).toContain('Les chatons et le chien.');
  await closeTab(page, 'remplacement.odt');
  await openFile(page, 'remplacement.odt');
  await expect(page.getByRole('textbox', { name: 'Zone de texte du document' })).toHaveText('Le chien dort. Un chien passe.Les chatons et le chien.');
});
