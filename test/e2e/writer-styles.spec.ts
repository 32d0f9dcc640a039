import { libreofficeConvert } from '../support/libreoffice.js';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

/** The `style:style` element of the named style `display` in a flat ODF document (its name when no display name differs). */
function styleElement(fodt: string, display: string): string {
  const named = fodt.indexOf(`<style:style style:name="${display}"`);
  const at = named >= 0 ? named + 1 : fodt.indexOf(`style:display-name="${display}"`);
  expect(at, `${display} in the file`).toBeGreaterThan(0);
  const start = fodt.lastIndexOf('<style:style', at);
  return fodt.slice(start, fodt.indexOf('</style:style>', at));
}

test('a new style, modified in the style editor, changes every paragraph of it, undoes in one step, and is saved in ODT and DOCX', async ({ page, host }) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Objet : demande de subvention');
  await page.keyboard.press('Enter');
  await editor.pressSequentially('Référence : 2026-014');
  await page.keyboard.press('Enter');
  await editor.pressSequentially('Texte ordinaire');
  const paragraphs = editor.locator('p');
  await expect(paragraphs).toHaveCount(3);

  // The first two paragraphs selected: "Nouveau style…" names a style after them.
  await paragraphs.nth(0).click();
  await page.keyboard.press('Control+Home');
  await paragraphs.nth(1).click({ modifiers: ['Shift'] });
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toContain('Objet');
  await page.getByRole('button', { name: 'Nouveau style…' }).click();
  const create = page.getByRole('dialog', { name: 'Nouveau style' });
  await create.getByLabel('Nom du style').fill('Mention');
  await create.getByRole('button', { name: 'OK' }).click();
  await expect(create).toBeHidden();
  // The name is taken now: the dialog says so.
  await paragraphs.nth(2).click();
  await page.getByRole('button', { name: 'Nouveau style…' }).click();
  await create.getByLabel('Nom du style').fill('Mention');
  await expect(create.getByText('Un style porte déjà ce nom.')).toBeVisible();
  await expect(create.getByRole('button', { name: 'OK' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(create).toBeHidden();

  // Modifier le style: 14 pt, bold, centred, 18 pt after.
  await paragraphs.nth(0).click();
  await page.getByRole('button', { name: 'Modifier le style…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modifier le style « Mention »' });
  await expect(dialog.getByText('Les modifications s’appliquent aux 2 paragraphes de ce style.')).toBeVisible();
  await dialog.getByLabel('Taille de police').fill('14');
  await dialog.getByLabel('Gras').check();
  await dialog.getByLabel('Alignement').selectOption({ label: 'Centrer' });
  await dialog.getByLabel('Espacement après (pt)').fill('18');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  for (const i of [0, 1]) {
    await expect(paragraphs.nth(i)).toHaveCSS('text-align', 'center');
    await expect(paragraphs.nth(i).locator('strong').first()).toBeVisible();
    await expect(paragraphs.nth(i).locator('span[style*="font-size: 14pt"]').first()).toHaveCSS('font-size', /^18\.6\d*px$/);
  }
  // The ordinary paragraph is untouched.
  await expect(paragraphs.nth(2)).not.toHaveCSS('text-align', 'center');
  await expect(paragraphs.nth(2).locator('strong')).toHaveCount(0);

  // One undo step takes the whole change back, one redo brings it again.
  await page.keyboard.press('Control+z');
  await expect(paragraphs.nth(0)).not.toHaveCSS('text-align', 'center');
  await expect(paragraphs.nth(1)).not.toHaveCSS('text-align', 'center');
  await page.keyboard.press('Control+y');
  await expect(paragraphs.nth(1)).toHaveCSS('text-align', 'center');

  const odt = await saveAs(page, host.docs, 'subvention', 'odt');
  expect(odfSchemaErrors(odt)).toEqual([]);
  const docx = await saveAs(page, host.docs, 'subvention', 'docx');
  for (const [name, bytes] of [['subvention.odt', odt], ['subvention.docx', docx]] as const) {
    const style = styleElement(libreofficeConvert(bytes, name, 'fodt'), 'Mention');
    expect(style, name).toMatch(/fo:text-align="center"/);
    expect(style, name).toMatch(/fo:font-size="14pt"/);
    expect(style, name).toMatch(/fo:font-weight="bold"/);
  }
});
