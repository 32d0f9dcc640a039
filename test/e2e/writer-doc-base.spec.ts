/**
 * A Word document's base formatting (its default font, size and paragraph look) is shown and
 * kept: `docx/oxsdk-Comment016.docx` says Century 10.5 pt, justified, no space between
 * paragraphs, single lines in `w:docDefaults` and its Normal style. Saved as ODT and DOCX, the
 * files say the same, and LibreOffice reads them so (its flat ODF of each keeps that base).
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS } from '../fidelity/corpus.js';
import { libreofficeConvert } from '../support/libreoffice.js';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

const NAME = 'oxsdk-Comment016.docx';

test("a Word document's default font, size and justified paragraphs show in the editor and survive saving as ODT and DOCX", async ({ page, host }) => {
  copyFileSync(path.join(CORPUS, 'docx', NAME), path.join(host.docs, NAME));
  await page.goto(host.url);
  await openFile(page, NAME);
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  const first = editor.locator(':scope > p').filter({ hasText: 'Document contains Header/Footer' });
  await expect(first).toHaveCSS('text-align', 'justify');
  await expect(first).toHaveCSS('font-size', '14px'); // 10.5 pt
  await expect(first).toHaveCSS('font-family', /^"?Century"?,/);
  await expect(first).toHaveCSS('margin-bottom', '0px');
  // The ribbon names the document's font and size as the default choice.
  await first.click();
  await expect(page.getByRole('combobox', { name: 'Police', exact: true }).locator('option').first()).toHaveText('Police du document (Century)');
  await expect(page.getByRole('combobox', { name: 'Taille de police' }).locator('option').first()).toHaveText('Taille du document (10,5)');

  const odt = await saveAs(page, host.docs, 'base', 'odt');
  expect(odfSchemaErrors(odt)).toEqual([]);
  const docx = await saveAs(page, host.docs, 'base', 'docx');
  for (const [name, bytes] of [['base.odt', odt], ['base.docx', docx]] as const) {
    // LibreOffice, saving what it read as flat ODF, keeps Century 10.5 pt as its default text and
    // justified paragraphs without spacing as its default paragraph (or its Standard style).
    const fodt = libreofficeConvert(bytes, name, 'fodt').replace(/\s+/g, ' ');
    expect(fodt, name).toMatch(/<style:default-style style:family="paragraph">.*?<style:text-properties [^>]*style:font-name="Century"[^>]*fo:font-size="10.5pt"/);
    expect(fodt, name).toMatch(/(?:<style:default-style style:family="paragraph">|<style:style style:name="Standard"[^>]*>) ?<style:paragraph-properties [^>]*fo:margin-bottom="0in"[^>]*fo:text-align="justify"/);
  }
  await closeTab(page, 'base.docx');
  for (const name of ['base.odt', 'base.docx']) {
    await openFile(page, name);
    const reopened = page.getByRole('textbox', { name: 'Zone de texte du document' }).locator(':scope > p').filter({ hasText: 'Document contains Header/Footer' });
    await expect(reopened).toHaveCSS('text-align', 'justify');
    await expect(reopened).toHaveCSS('font-size', '14px');
    await expect(reopened).toHaveCSS('margin-bottom', '0px');
    await closeTab(page, name);
  }
});

test('a new document shows 12 pt text in Liberation Serif with 6 pt after each paragraph', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Premier.');
  await page.keyboard.press('Enter');
  await editor.pressSequentially('Second.');
  await expect(page.getByRole('combobox', { name: 'Police', exact: true }).locator('option').first()).toHaveText('Police du document (Liberation Serif)');
  await page.getByRole('tab', { name: 'Affichage' }).click();
  await page.getByRole('button', { name: 'Brouillon' }).click();
  const first = editor.locator('p').first();
  await expect(first).toHaveCSS('font-size', '16px');
  await expect(first).toHaveCSS('margin-bottom', '8px');
  await expect(first).toHaveCSS('font-family', /Liberation Serif/);
});
