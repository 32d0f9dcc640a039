import { libreofficeConvert } from '../support/libreoffice.js';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

test('the ribbon’s tabs hold named, tooltipped controls and move with the arrow keys', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const ribbon = page.getByRole('tablist', { name: 'Ruban' });
  for (const name of ['Accueil', 'Insertion', 'Mise en page', 'Révision', 'Affichage']) await expect(ribbon.getByRole('tab', { name })).toBeVisible();
  await expect(ribbon.getByRole('tab', { name: 'Accueil' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('toolbar', { name: 'Accueil' }).getByRole('button', { name: 'Rechercher' })).toHaveAttribute('title', 'Rechercher (Ctrl+F)');

  await ribbon.getByRole('tab', { name: 'Accueil' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(ribbon.getByRole('tab', { name: 'Insertion' })).toBeFocused();
  await expect(ribbon.getByRole('tab', { name: 'Insertion' })).toHaveAttribute('aria-selected', 'true');
  const insertion = page.getByRole('toolbar', { name: 'Insertion' });
  for (const name of ['Insérer un tableau', 'Saut de page', 'Lien', 'Signet']) await expect(insertion.getByRole('button', { name, exact: true })).toBeVisible();
  await page.keyboard.press('End');
  await expect(page.getByRole('toolbar', { name: 'Affichage' }).getByRole('button', { name: 'Volet de navigation' })).toBeVisible();
  // Undo and redo stay beside the tabs whatever the tab.
  await expect(page.getByRole('button', { name: 'Annuler l’action' })).toBeVisible();
});

test('styles from the gallery and the format painter show on the page and survive ODT, DOCX and LibreOffice', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Objet du courrier');
  const gallery = page.getByRole('group', { name: 'Styles' });
  await gallery.getByRole('button', { name: 'Titre 4' }).click();
  await expect(editor.locator('h4')).toHaveText('Objet du courrier');
  await expect(gallery.getByRole('button', { name: 'Titre 4' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('combobox', { name: 'Style de paragraphe' })).toHaveValue('heading4');
  await expect(gallery.getByRole('button', { name: 'Normal' })).toHaveAttribute('title', 'Normal (Ctrl+Maj+N)');
  // Ctrl+Shift+N gives the Normal style back, as in Word.
  await editor.focus();
  await page.keyboard.press('Control+Shift+N');
  await expect(editor.locator('h4')).toHaveCount(0);
  await expect(gallery.getByRole('button', { name: 'Normal' })).toHaveAttribute('aria-pressed', 'true');
  await gallery.getByRole('button', { name: 'Titre 4' }).click();
  await expect(editor.locator('h4')).toHaveText('Objet du courrier');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await gallery.getByRole('button', { name: 'Normal' }).click();
  await editor.pressSequentially('Il faut savoir se taire.');
  await gallery.getByRole('button', { name: 'Citation' }).click();
  const quote = editor.locator('p', { hasText: 'se taire' });
  await expect(quote).toHaveCSS('margin-left', '48px'); // 720 twips = 36 pt
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await gallery.getByRole('button', { name: 'Normal' }).click();
  await editor.pressSequentially('Source rouge puis cible.');
  await expect(editor.locator('p', { hasText: 'Source' })).toHaveCSS('margin-left', '0px');

  // Make "rouge" bold and red, take its format with the painter, paint "cible".
  await page.keyboard.press('Home');
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+b');
  await page.getByLabel('Couleur du texte').fill('#ff0000');
  await editor.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  const painter = page.getByRole('button', { name: 'Reproduire la mise en forme' });
  await painter.click();
  await expect(painter).toHaveAttribute('aria-pressed', 'true');
  // Drag across "cible" with the mouse, as a person paints with the brush.
  const box = await editor.locator('p', { hasText: 'Source' }).evaluate((p) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf('cible') ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 5);
      const r = range.getBoundingClientRect();
      return { x: r.left, y: r.top + r.height / 2, right: r.right };
    }
    throw new Error('no cible');
  });
  await page.mouse.move(box.x + 1, box.y);
  await page.mouse.down();
  await page.mouse.move(box.right - 1, box.y, { steps: 4 });
  await page.mouse.up();
  await expect(painter).toHaveAttribute('aria-pressed', 'false');
  const painted = editor.locator('strong', { hasText: 'cible' });
  await expect(painted).toBeVisible();
  await expect(painted.locator('span').or(painted.locator('xpath=ancestor::span[1]')).first()).toHaveCSS('color', 'rgb(255, 0, 0)');

  const odt = await saveAs(page, host.docs, 'styles', 'odt');
  expect(odfSchemaErrors(odt)).toEqual([]);
  const docx = await saveAs(page, host.docs, 'styles', 'docx');
  for (const [name, bytes] of [['styles.odt', odt], ['styles.docx', docx]] as const) {
    const html = libreofficeConvert(bytes, name, 'html');
    expect(html, name).toMatch(/<h4[^>]*>\s*Objet\s+du\s+courrier/);
    expect(html, name).toMatch(/<b>(<[^>]+>)*cible/);
  }
  await closeTab(page, 'styles.docx');
  for (const name of ['styles.odt', 'styles.docx']) {
    await openFile(page, name);
    const reopened = page.getByRole('textbox', { name: 'Zone de texte du document' });
    await expect(reopened.locator('h4')).toHaveText('Objet du courrier');
    await expect(reopened.locator('p', { hasText: 'se taire' })).toHaveCSS('margin-left', '48px');
    await reopened.locator('p', { hasText: 'se taire' }).click();
    await expect(page.getByRole('combobox', { name: 'Style de paragraphe' })).toHaveValue('quote');
    await expect(reopened.locator('strong', { hasText: 'cible' })).toBeVisible();
    await closeTab(page, name);
  }
});
