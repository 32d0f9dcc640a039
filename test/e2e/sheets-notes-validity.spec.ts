import type { Page } from '@playwright/test';
import { read } from '@ostal/formats';
import type { Workbook } from '@ostal/model';
import { libreofficeConvertBytes } from '../support/libreoffice.js';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { enterCell, goToCell } from './sheets-actions.js';

/** A drawn cell by its row number and column number, as shown (B2 is 2, 2). */
function gridCell(page: Page, row: number, col: number) {
  return page
    .getByRole('region', { name: 'Feuille de calcul' })
    .locator(`.ht_master tbody tr[aria-rowindex="${String(row + 1)}"] td[aria-colindex="${String(col + 1)}"]`);
}

/** The first sheet of a file written by Ostal, read by Ostal, and as LibreOffice saves it again in ODS. */
async function bothReadings(bytes: Uint8Array, name: string): Promise<Workbook['sheets'][number][]> {
  if (name.endsWith('.ods')) expect(odfSchemaErrors(bytes)).toEqual([]);
  const own = (await read(bytes)).document as Workbook;
  const judged = (await read(new Uint8Array(libreofficeConvertBytes(bytes, name, 'ods')))).document as Workbook;
  return [own.sheets[0]!, judged.sheets[0]!];
}

test('a note is written with Shift+F2, shown on the cell, edited and deleted from the cell menu, undone, and saved in XLSX and ODS', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  await enterCell(page, 'B2', '1250');
  await goToCell(page, 'B2');
  await page.keyboard.press('Shift+F2');
  let dialog = page.getByRole('dialog', { name: 'Note de B2' });
  await expect(dialog.getByRole('textbox', { name: 'Texte de la note' })).toBeFocused();
  await page.keyboard.type('Montant du devis');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('à confirmer');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();

  // The corner marker, the hover text, and the note beside the active cell.
  const cell = gridCell(page, 2, 2);
  await expect(cell).toHaveClass(/sheets-cell--note/);
  await expect(cell).toHaveAttribute('title', /Montant du devis\nà confirmer/);
  const shown = page.getByRole('note', { name: 'Note de la cellule' });
  await expect(shown).toHaveText('Montant du devis\nà confirmer');
  await goToCell(page, 'C3');
  await expect(shown).toBeHidden();

  // Edited from the cell menu (keyboard), then undone and redone.
  await goToCell(page, 'B2');
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menuitem', { name: 'Modifier la note' }).click();
  dialog = page.getByRole('dialog', { name: 'Note de B2' });
  await dialog.getByRole('textbox', { name: 'Texte de la note' }).fill('Montant validé');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(shown).toHaveText('Montant validé');
  await page.keyboard.press('Control+z');
  await expect(cell).toHaveAttribute('title', /Montant du devis/);
  await page.keyboard.press('Control+y');
  await expect(cell).toHaveAttribute('title', /Montant validé/);

  // Deleted from the menu (right click), and back with undo.
  await cell.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Supprimer la note' }).click();
  await expect(cell).not.toHaveClass(/sheets-cell--note/);
  await expect(shown).toBeHidden();
  await page.keyboard.press('Control+z');
  await expect(cell).toHaveClass(/sheets-cell--note/);

  // A note on another cell from the menu's "Insérer une note".
  await gridCell(page, 4, 1).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Insérer une note' }).click();
  dialog = page.getByRole('dialog', { name: 'Note de A4' });
  await dialog.getByRole('textbox', { name: 'Texte de la note' }).fill('Ligne ajoutée');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(gridCell(page, 4, 1)).toHaveClass(/sheets-cell--note/);

  for (const format of ['xlsx', 'ods']) {
    const bytes = await saveAs(page, host.docs, 'notes', format);
    for (const sheet of await bothReadings(bytes, `notes.${format}`)) {
      expect(sheet.comments?.map((c) => [c.row, c.col, c.text])).toEqual([
        [1, 1, 'Montant validé'],
        [3, 0, 'Ligne ajoutée'],
      ]);
    }
  }
});

test('a validity rule set in the dialog is enforced with its help and alert, undone, and saved in XLSX and ODS', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  await enterCell(page, 'A1', 'Quantité');
  await goToCell(page, 'A2');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.getByRole('button', { name: 'Validité…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Validité des données' });
  await dialog.getByRole('combobox', { name: 'Autoriser' }).selectOption({ label: 'Nombre entier' });
  await dialog.getByRole('combobox', { name: 'Données' }).selectOption({ label: 'comprise entre' });
  await dialog.getByRole('textbox', { name: 'Minimum' }).fill('1,5');
  await dialog.getByRole('textbox', { name: 'Maximum' }).fill('10');
  await dialog.getByRole('button', { name: 'OK' }).click();
  // A whole number rule refuses a decimal bound, saying why.
  await expect(dialog.getByRole('alert')).toHaveText('Saisissez un nombre entier.');
  await dialog.getByRole('textbox', { name: 'Minimum' }).fill('1');
  await dialog.getByRole('textbox', { name: 'Titre de l’aide' }).fill('Quantité');
  await dialog.getByRole('textbox', { name: 'Texte de l’aide' }).fill('De 1 à 10 cartons.');
  await dialog.getByRole('textbox', { name: 'Titre du message' }).fill('Quantité refusée');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();

  await goToCell(page, 'A3');
  await expect(page.getByRole('note', { name: 'Aide à la saisie' })).toContainText('De 1 à 10 cartons.');
  await page.keyboard.type('12');
  await page.keyboard.press('Enter');
  const alert = page.getByRole('alertdialog', { name: 'Quantité refusée' });
  await expect(alert).toContainText('La valeur doit être un nombre entier compris entre 1 et 10.');
  await alert.getByRole('button', { name: 'Annuler' }).click();
  await expect(gridCell(page, 3, 1)).toHaveText('');

  // The dialog shows the rule of the active cell; a list on C2 gives a drop-down.
  await goToCell(page, 'A2');
  await page.getByRole('button', { name: 'Validité…' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Minimum' })).toHaveValue('1');
  await expect(dialog.getByRole('textbox', { name: 'Maximum' })).toHaveValue('10');
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await goToCell(page, 'C2');
  await page.getByRole('button', { name: 'Validité…' }).click();
  await dialog.getByRole('combobox', { name: 'Autoriser' }).selectOption({ label: 'Liste' });
  await dialog.getByRole('textbox', { name: 'Entrées' }).fill('Livré\nEn attente');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(gridCell(page, 2, 3)).toHaveClass(/sheets-cell--list/);
  await goToCell(page, 'C2');
  await page.keyboard.press('Alt+ArrowDown');
  const list = page.getByRole('listbox', { name: 'Valeurs autorisées' });
  await expect(list.getByRole('option')).toHaveText(['Livré', 'En attente']);
  await page.keyboard.press('Escape');

  // Undo takes the list away, redo puts it back.
  await goToCell(page, 'D5');
  await page.keyboard.press('Control+z');
  await expect(gridCell(page, 2, 3)).not.toHaveClass(/sheets-cell--list/);
  await page.keyboard.press('Control+y');
  await expect(gridCell(page, 2, 3)).toHaveClass(/sheets-cell--list/);

  for (const format of ['xlsx', 'ods']) {
    const bytes = await saveAs(page, host.docs, 'validite', format);
    for (const sheet of await bothReadings(bytes, `validite.${format}`)) {
      const whole = sheet.validations?.find((v) => v.type === 'whole');
      // Between is the files' default operator: readers leave it out.
      expect(whole?.operator ?? 'between').toBe('between');
      expect(whole).toMatchObject({ ranges: [{ top: 1, left: 0, bottom: 3, right: 0 }], prompt: { title: 'Quantité', text: 'De 1 à 10 cartons.' }, error: { title: 'Quantité refusée' } });
      expect(Number(whole?.formula1)).toBe(1);
      expect(Number(whole?.formula2)).toBe(10);
      const listed = sheet.validations?.find((v) => v.type === 'list');
      expect(listed?.ranges).toEqual([{ top: 1, left: 2, bottom: 1, right: 2 }]);
      expect(listed?.formula1?.replace(/;/g, ',')).toBe('"Livré,En attente"');
    }
  }
});

test('a custom formula rule typed in French refuses a duplicate entry and is saved in XLSX and ODS', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nouveau classeur' }).click();
  await enterCell(page, 'B1', 'Matricule');
  await goToCell(page, 'B2');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowDown');
  await page.getByRole('button', { name: 'Validité…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Validité des données' });
  await dialog.getByRole('combobox', { name: 'Autoriser' }).selectOption({ label: 'Formule personnalisée' });
  // An incomplete formula is refused, saying why.
  await dialog.getByRole('textbox', { name: 'Condition' }).fill('=NB.SI($B$2:$B$6;B2');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Cette formule est incomplète : vérifiez les parenthèses et les guillemets.');
  await dialog.getByRole('textbox', { name: 'Condition' }).fill('=NB.SI($B$2:$B$6;B2)=1');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();

  await enterCell(page, 'B2', 'A-17');
  await goToCell(page, 'B3');
  await page.keyboard.type('A-17');
  await page.keyboard.press('Enter');
  const alert = page.getByRole('alertdialog');
  await expect(alert).toContainText('NB.SI');
  await alert.getByRole('button', { name: 'Annuler' }).click();
  await expect(gridCell(page, 3, 2)).toHaveText('');
  await enterCell(page, 'B3', 'A-18');
  await expect(gridCell(page, 3, 2)).toHaveText('A-18');

  // The dialog shows the condition back in French.
  await goToCell(page, 'B4');
  await page.getByRole('button', { name: 'Validité…' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Condition' })).toHaveValue('=NB.SI($B$2:$B$6;B2)=1');
  await dialog.getByRole('button', { name: 'Annuler' }).click();

  for (const format of ['xlsx', 'ods']) {
    const bytes = await saveAs(page, host.docs, 'matricules', format);
    for (const sheet of await bothReadings(bytes, `matricules.${format}`)) {
      const custom = sheet.validations?.find((v) => v.type === 'custom');
      expect(custom?.ranges).toEqual([{ top: 1, left: 1, bottom: 5, right: 1 }]);
      expect(custom?.formula1?.replace(/\s/g, '')).toBe('COUNTIF($B$2:$B$6,B2)=1');
    }
  }
});
