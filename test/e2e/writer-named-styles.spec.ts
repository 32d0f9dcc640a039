import { strFromU8, unzipSync } from 'fflate';
import { libreofficeConvert } from '../support/libreoffice.js';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

/** The opening tag and content of LibreOffice's `style:style` named `name` (spaces as _20_) of `family`. */
function loStyle(fodt: string, name: string, family: 'paragraph' | 'text'): string {
  const at = fodt.search(new RegExp(`<style:style style:name="${name.replace(/ /g, '_20_')}"[^>]*style:family="${family}"`));
  expect(at, `${name} (${family}) in LibreOffice's file`).toBeGreaterThanOrEqual(0);
  return fodt.slice(at, fodt.indexOf('</style:style>', at));
}

test('named styles in use: lists apply paragraph and character styles, "based on" and "next style" are set, and DOCX/ODT keep them for Ostal and LibreOffice', async ({ page, host }) => {
  test.setTimeout(300_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Objet : subvention');
  await page.keyboard.press('Enter');
  await editor.pressSequentially('Madame, votre dossier est complet.');
  await page.keyboard.press('Enter');
  await editor.pressSequentially('Texte ordinaire');
  const paragraphs = editor.locator('p');
  await expect(paragraphs).toHaveCount(3);
  const paragraphStyle = page.getByRole('combobox', { name: 'Style de paragraphe' });
  const charStyle = page.getByRole('combobox', { name: 'Style de caractère' });
  const newStyle = async (name: string, family: 'Paragraphe' | 'Caractère') => {
    await page.getByRole('button', { name: 'Nouveau style…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau style' });
    await dialog.getByLabel('Type de style').selectOption({ label: family });
    await dialog.getByLabel('Nom du style').fill(name);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
  };

  // "Objet": a paragraph style made from the first paragraph, then centred and bold.
  await paragraphs.nth(0).click();
  await newStyle('Objet', 'Paragraphe');
  await expect(paragraphStyle.locator('option:checked')).toHaveText('Objet');
  await page.getByRole('button', { name: 'Modifier le style…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Modifier le style « Objet »' });
  await dialog.getByLabel('Gras').check();
  await dialog.getByLabel('Alignement').selectOption({ label: 'Centrer' });
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(paragraphs.nth(0)).toHaveCSS('text-align', 'center');

  // "Corps de lettre" from the second; based on Objet it takes the centring it does not set.
  await paragraphs.nth(1).click();
  await newStyle('Corps de lettre', 'Paragraphe');
  await page.getByRole('button', { name: 'Modifier le style…' }).click();
  dialog = page.getByRole('dialog', { name: 'Modifier le style « Corps de lettre »' });
  await dialog.getByLabel('Basé sur').selectOption('Objet');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(paragraphs.nth(1)).toHaveCSS('text-align', 'center');

  // Objet is followed by Corps de lettre: Enter at the end of Objet starts one.
  await paragraphs.nth(0).click();
  await page.getByRole('button', { name: 'Modifier le style…' }).click();
  dialog = page.getByRole('dialog', { name: 'Modifier le style « Objet »' });
  await dialog.getByLabel('Style du paragraphe suivant').selectOption('Corps de lettre');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await paragraphs.nth(0).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await editor.pressSequentially('Référence 2026-014');
  await expect(paragraphs).toHaveCount(4);
  await expect(paragraphStyle.locator('option:checked')).toHaveText('Corps de lettre');

  // The list applies Objet to the ordinary paragraph, and shows it.
  await paragraphs.nth(3).click();
  await expect(paragraphStyle.locator('option:checked')).toHaveText('Normal');
  // The document's styles are listed when the list is opened (or reached with Tab).
  await paragraphStyle.focus();
  await paragraphStyle.selectOption({ label: 'Objet' });
  await expect(paragraphs.nth(3)).toHaveCSS('text-align', 'center');
  await expect(paragraphs.nth(3).locator('strong').first()).toBeVisible();

  // "Mot clé": a character style made from an italic word, then applied to another from the list.
  await paragraphs.nth(2).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('complet.');
  await page.keyboard.press('Control+i');
  await newStyle('Mot clé', 'Caractère');
  await expect(charStyle.locator('option:checked')).toHaveText('Mot clé');
  await paragraphs.nth(2).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().trim() ?? '')).toBe('Madame');
  await charStyle.focus();
  await charStyle.selectOption({ label: 'Mot clé' });
  await expect(paragraphs.nth(2).locator('em', { hasText: 'Madame' })).toBeVisible();
  await expect(paragraphs.nth(2).locator('[data-char-style="Mot clé"]')).toHaveCount(2);

  // The saved files say all of it.
  const odt = await saveAs(page, host.docs, 'styles-nommes', 'odt');
  expect(odfSchemaErrors(odt)).toEqual([]);
  const docx = await saveAs(page, host.docs, 'styles-nommes', 'docx');
  const parts = unzipSync(docx);
  const styles = strFromU8(parts['word/styles.xml']!);
  expect(styles).toMatch(/<w:name w:val="Corps de lettre"\/><w:basedOn w:val="Objet"\/>/);
  expect(styles).toMatch(/<w:name w:val="Objet"\/><w:basedOn w:val="Normal"\/><w:next w:val="Corpsdelettre"\/>/);
  const motCle = /<w:style w:type="character" w:styleId="(Char[^"]+)"><w:name w:val="Mot clé"\/>(.*?)<\/w:style>/.exec(styles);
  expect(motCle?.[2]).toMatch(/<w:i\/>/);
  expect(strFromU8(parts['word/document.xml']!)).toContain(`<w:rStyle w:val="${motCle![1]!}"/>`);
  for (const [name, bytes] of [['styles-nommes.odt', odt], ['styles-nommes.docx', docx]] as const) {
    const fodt = libreofficeConvert(bytes, name, 'fodt');
    expect(loStyle(fodt, 'Corps de lettre', 'paragraph'), name).toMatch(/style:parent-style-name="Objet"/);
    expect(loStyle(fodt, 'Objet', 'paragraph'), name).toMatch(/style:next-style-name="Corps_20_de_20_lettre"/);
    expect(loStyle(fodt, 'Mot clé', 'text'), name).toMatch(/fo:font-style="italic"/);
    expect(fodt, name).toMatch(/<text:span text:style-name="Mot_20_clé">(<[^>]+>)*Madame/);
  }

  // Reopened by Ostal, the lists show the styles where they are.
  await closeTab(page, 'styles-nommes.docx');
  for (const name of ['styles-nommes.odt', 'styles-nommes.docx']) {
    await openFile(page, name);
    const reopened = page.getByRole('textbox', { name: 'Zone de texte du document' });
    await reopened.locator('p').nth(1).click();
    await expect(paragraphStyle.locator('option:checked')).toHaveText('Corps de lettre');
    await reopened.locator('em', { hasText: 'Madame' }).click();
    await expect(charStyle.locator('option:checked')).toHaveText('Mot clé');
    await page.getByRole('button', { name: 'Modifier le style…' }).click();
    dialog = page.getByRole('dialog', { name: 'Modifier le style « Corps de lettre »' });
    await expect(dialog.getByLabel('Basé sur')).toHaveValue('Objet');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await closeTab(page, name);
  }
});
