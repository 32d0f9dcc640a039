import { libreofficeConvert } from '../support/libreoffice.js';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { closeTab, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

/** The opening tag and content of LibreOffice's text style `name` (spaces as _20_). */
function loTextStyle(fodt: string, name: string): string {
  const at = fodt.search(new RegExp(`<style:style style:name="${name.replace(/ /g, '_20_')}"[^>]*style:family="text"`));
  expect(at, `${name} in LibreOffice's file`).toBeGreaterThanOrEqual(0);
  return fodt.slice(at, fodt.indexOf('</style:style>', at));
}

test('character style dialog: modify, rename, base on another and delete a character style by keyboard; DOCX and ODT keep it for Ostal and LibreOffice', async ({ page, host }) => {
  test.setTimeout(300_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau document texte' }).click();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await editor.click();
  await editor.pressSequentially('Voir la note OTAN et le rapport ONU.');
  const charStyle = page.getByRole('combobox', { name: 'Style de caractère' });
  const modifyChar = page.getByRole('button', { name: 'Modifier le style de caractère…' });
  // Nothing to modify where the text has no character style.
  await expect(modifyChar).toBeDisabled();

  // "Sigle": a character style made from the bold word OTAN.
  const selectWord = async (word: string) => {
    // As a drag over the word would: the page's selection covers it, and the editor follows.
    await editor.focus();
    await expect
      .poll(() =>
        editor.evaluate((root, w) => {
          const paragraph = root.querySelector('p');
          if (!paragraph) return '';
          const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
          const nodes: Text[] = [];
          for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
          const all = nodes.map((n) => n.data).join('');
          const start = all.indexOf(w);
          const at = (offset: number, end: boolean): [Text, number] => {
            let rest = offset;
            for (const n of nodes) {
              if (rest < n.data.length || (end && rest === n.data.length)) return [n, rest];
              rest -= n.data.length;
            }
            const last = nodes[nodes.length - 1]!;
            return [last, last.data.length];
          };
          const range = document.createRange();
          range.setStart(...at(start, false));
          range.setEnd(...at(start + w.length, true));
          const selection = window.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          return selection.toString();
        }, word),
      )
      .toBe(word);
  };
  await selectWord('OTAN');
  await page.keyboard.press('Control+b');
  await page.getByRole('button', { name: 'Nouveau style…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Nouveau style' });
  await dialog.getByLabel('Type de style').selectOption({ label: 'Caractère' });
  await dialog.getByLabel('Nom du style').fill('Sigle');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(charStyle.locator('option:checked')).toHaveText('Sigle');

  // The dialog, reached and filled with the keyboard: underline, small capitals, spacing, English, a new name.
  await expect(modifyChar).toBeEnabled();
  await modifyChar.focus();
  await page.keyboard.press('Enter');
  dialog = page.getByRole('dialog', { name: 'Style de caractère « Sigle »' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Les modifications s’appliquent aux 1 passages de ce style.')).toBeVisible();
  await expect(dialog.getByLabel('Gras')).toBeChecked();
  await dialog.getByLabel('Nom du style').focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Acronyme');
  await dialog.getByLabel('Souligné').focus();
  await page.keyboard.press('Space');
  await dialog.getByLabel('Majuscules').selectOption('small');
  await dialog.getByLabel('Espacement des caractères (pt)').fill('abc');
  await page.keyboard.press('Enter');
  // A bad number is said, and the dialog stays.
  await expect(dialog.getByText('Saisissez un nombre.')).toBeVisible();
  await dialog.getByLabel('Espacement des caractères (pt)').fill('1,5');
  await dialog.getByLabel('Langue').selectOption('en-GB');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const otan = editor.locator('[data-char-style="Acronyme"]', { hasText: 'OTAN' });
  await expect(otan).toBeVisible();
  await expect(editor.locator('u', { hasText: 'OTAN' })).toBeVisible();
  await expect(editor.locator('span[style*="small-caps"]', { hasText: 'OTAN' })).toBeVisible();
  await expect(editor.locator('span[style*="letter-spacing: 1.5pt"]', { hasText: 'OTAN' })).toBeVisible();
  await expect(editor.locator('span[lang="en-GB"]', { hasText: 'OTAN' })).toBeVisible();

  // Applied from the list to ONU, it takes all of that.
  await selectWord('ONU');
  await charStyle.focus();
  await charStyle.selectOption({ label: 'Acronyme' });
  await expect(editor.locator('[data-char-style="Acronyme"]')).toHaveCount(2);
  await expect(editor.locator('span[style*="small-caps"]', { hasText: 'ONU' })).toBeVisible();

  // "Renvoi" from "note", based on Acronyme: it takes what Acronyme has and it does not set.
  await selectWord('note');
  await page.getByRole('button', { name: 'Nouveau style…' }).click();
  dialog = page.getByRole('dialog', { name: 'Nouveau style' });
  await dialog.getByLabel('Type de style').selectOption({ label: 'Caractère' });
  await dialog.getByLabel('Nom du style').fill('Renvoi');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await modifyChar.click();
  dialog = page.getByRole('dialog', { name: 'Style de caractère « Renvoi »' });
  await dialog.getByLabel('Basé sur').selectOption('Acronyme');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.locator('span[style*="small-caps"]', { hasText: 'note' })).toBeVisible();

  // The saved files hold the styles: Ostal and LibreOffice read them back.
  const odt = await saveAs(page, host.docs, 'styles-caracteres', 'odt');
  expect(odfSchemaErrors(odt)).toEqual([]);
  const docx = await saveAs(page, host.docs, 'styles-caracteres', 'docx');
  for (const [name, bytes] of [['styles-caracteres.odt', odt], ['styles-caracteres.docx', docx]] as const) {
    const fodt = libreofficeConvert(bytes, name, 'fodt');
    const acronyme = loTextStyle(fodt, 'Acronyme');
    expect(acronyme, name).toMatch(/fo:font-variant="small-caps"/);
    expect(acronyme, name).toMatch(/fo:letter-spacing="0\.05\d*cm"|fo:letter-spacing="0\.02\d*in"/);
    expect(acronyme, name).toMatch(/fo:language="en" fo:country="GB"|fo:country="GB"/);
    expect(acronyme, name).toMatch(/style:text-underline-style="solid"/);
    expect(loTextStyle(fodt, 'Renvoi'), name).toMatch(/style:parent-style-name="Acronyme"/);
  }
  await closeTab(page, 'styles-caracteres.docx');
  await openFile(page, 'styles-caracteres.odt');
  const reopened = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await reopened.locator('[data-char-style="Acronyme"]', { hasText: 'ONU' }).click();
  await expect(charStyle.locator('option:checked')).toHaveText('Acronyme');
  await modifyChar.click();
  dialog = page.getByRole('dialog', { name: 'Style de caractère « Acronyme »' });
  await expect(dialog.getByLabel('Majuscules')).toHaveValue('small');
  await expect(dialog.getByLabel('Langue')).toHaveValue('en-GB');
  await expect(dialog.getByLabel('Espacement des caractères (pt)')).toHaveValue('1,5');

  // Deleting it takes the style and what it gave off the text; Escape-free: the button closes the dialog.
  await dialog.getByRole('button', { name: 'Supprimer le style' }).click();
  await expect(dialog).toBeHidden();
  await expect(reopened.locator('[data-char-style="Acronyme"]')).toHaveCount(0);
  await expect(reopened.locator('span[style*="small-caps"]', { hasText: 'ONU' })).toHaveCount(0);
  await expect(charStyle.locator('option:checked')).toHaveText('(Aucun)');
});
