import { libreofficeConvert } from '../support/libreoffice.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

test('Ctrl+K links text, edits and removes links; Ctrl+click asks before leaving; links and bookmarks survive ODT and DOCX', async ({ page, host }) => {
  await page.goto(host.url);
  const startUrl = page.url();
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Voir le site du service.');

  // Select "site" and link it with Ctrl+K; a bad address is refused in the dialog.
  await page.keyboard.press('Home');
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Insérer un lien' });
  await expect(dialog.getByRole('textbox', { name: 'Texte à afficher' })).toHaveValue('site');
  const address = dialog.getByRole('textbox', { name: 'Adresse' });
  await expect(address).toBeFocused();
  await address.fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Adresse non valide');
  await address.fill('www.service-public.fr');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  const link = editor.getByRole('link', { name: 'site' });
  await expect(link).toHaveAttribute('href', 'https://www.service-public.fr');

  // A plain click does not leave; Ctrl+click asks, Annuler stays, Ouvrir goes through the host.
  await link.click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await link.click({ modifiers: ['Control'] });
  const confirm = page.getByRole('alertdialog', { name: 'Ouvrir le lien ?' });
  await expect(confirm).toContainText('https://www.service-public.fr');
  await confirm.getByRole('button', { name: 'Annuler' }).click();
  await expect(confirm).toBeHidden();
  await link.click({ modifiers: ['Control'] });
  await confirm.getByRole('button', { name: 'Ouvrir' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Adresse autorisée' })).toContainText('https://www.service-public.fr');
  expect(page.url()).toBe(startUrl);

  // Edit the link from inside it: the dialog knows it; then a mail link is typed at the end.
  await link.click();
  await page.keyboard.press('Control+k');
  const edit = page.getByRole('dialog', { name: 'Modifier le lien' });
  await expect(edit.getByRole('textbox', { name: 'Adresse' })).toHaveValue('https://www.service-public.fr');
  await edit.getByRole('textbox', { name: 'Texte à afficher' }).fill('site officiel');
  await edit.getByRole('button', { name: 'OK' }).click();
  await expect(editor.getByRole('link', { name: 'site officiel' })).toBeVisible();
  await page.keyboard.press('End');
  await editor.pressSequentially(' Écrire à ');
  await page.getByRole('tab', { name: 'Insertion' }).click();
  await page.getByRole('button', { name: 'Lien', exact: true }).click();
  const mail = page.getByRole('dialog', { name: 'Insérer un lien' });
  await mail.getByRole('textbox', { name: 'Adresse' }).fill('accueil@exemple.gouv.fr');
  await mail.getByRole('button', { name: 'OK' }).click();
  await expect(editor.getByRole('link', { name: 'accueil@exemple.gouv.fr' })).toHaveAttribute('href', 'mailto:accueil@exemple.gouv.fr');
  // Remove it again from its dialog.
  await editor.getByRole('link', { name: 'accueil@exemple.gouv.fr' }).click();
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: 'Modifier le lien' }).getByRole('button', { name: 'Supprimer le lien' }).click();
  await expect(editor.getByRole('link')).toHaveCount(1);
  await expect(editor).toContainText('Écrire à accueil@exemple.gouv.fr');

  // A bookmark at the start, refused when the name is not valid.
  await page.keyboard.press('Control+Home');
  await page.getByRole('button', { name: 'Signet', exact: true }).click();
  const bookmark = page.getByRole('dialog', { name: 'Signet' });
  await bookmark.getByRole('textbox', { name: 'Nom du signet' }).fill('1 début');
  await bookmark.getByRole('button', { name: 'OK' }).click();
  await expect(bookmark.getByRole('alert')).toBeVisible();
  await bookmark.getByRole('textbox', { name: 'Nom du signet' }).fill('debut');
  await bookmark.getByRole('button', { name: 'OK' }).click();
  await expect(editor.locator('a[data-bookmark="debut"]')).toHaveCount(1);

  const odt = await saveAs(page, host.docs, 'liens', 'odt');
  const docx = await saveAs(page, host.docs, 'liens', 'docx');
  for (const [name, bytes] of [['liens.odt', odt], ['liens.docx', docx]] as const) {
    const html = libreofficeConvert(bytes, name, 'html');
    expect(html, name).toMatch(/<a href="https:\/\/www\.service-public\.fr\/?"[^>]*>(<[^>]+>)*site\s+officiel/);
    // LibreOffice's HTML leaves out a bookmark at the very start of the text: its own ODF names it.
    expect(libreofficeConvert(bytes, name, 'fodt'), name).toMatch(/<text:bookmark(-start)? text:name="debut"/);
  }
  await closeTab(page, 'liens.docx');
  for (const name of ['liens.odt', 'liens.docx']) {
    await openFile(page, name);
    const reopened = page.getByRole('textbox', { name: 'Zone de texte du document' });
    await expect(reopened.getByRole('link', { name: 'site officiel' })).toHaveAttribute('href', /^https:\/\/www\.service-public\.fr\/?$/);
    await expect(reopened.locator('a[data-bookmark="debut"]')).toHaveCount(1);
    await closeTab(page, name);
  }
});
