/**
 * Fields and the table of contents as a person edits them: Insertion ▸ Champ…, editing a field's
 * format (double-click, context menu), F9 updating dates and the table of contents; saved in
 * DOCX and ODT as real fields, read back by Ostal and by LibreOffice.
 */
import { read } from '@ostal/formats';
import { textDocumentToNode } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import { ZipArchive } from '../../packages/formats/src/container/zip-reader.js';
import { DEFAULT_LIMITS } from '../../packages/formats/src/limits.js';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { libreofficeConvert } from '../support/libreoffice.js';
import { closeTab, newTextDocumentBy, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

const longDate = (d: Date) => new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' }).format(d);

/** The fields of a saved file as Ostal reads it: kind, result, fixed. */
async function savedFields(bytes: Uint8Array): Promise<[string, string, boolean][]> {
  const doc = textDocumentToNode((await read(bytes)).document as TextDocument);
  const out: [string, string, boolean][] = [];
  doc.descendants((n) => {
    if (n.type.name === 'field') out.push([String(n.attrs.kind), String(n.attrs.result), n.attrs.fixed === true]);
    return true;
  });
  return out;
}

test('a date field is inserted, its format changed and fixed, another updated by F9, and both saved as real fields', async ({ page, host }) => {
  // Two files converted by LibreOffice.
  test.slow();
  const first = new Date(2026, 10, 29, 9, 30);
  const later = new Date(2026, 11, 3, 9, 30);
  await page.clock.install({ time: first });
  await page.goto(host.url);
  const editor = await newTextDocumentBy(page, 'Anne Martin', 'Fait le ');

  // Insertion ▸ Champ…: a date, in its French long form (the default), updated.
  await page.getByRole('tab', { name: 'Insertion' }).click();
  await page.getByRole('button', { name: 'Champ…', exact: true }).click();
  const insert = page.getByRole('dialog', { name: 'Insérer un champ' });
  await expect(insert.getByRole('combobox', { name: 'Type de champ' })).toHaveValue('date');
  await expect(insert.getByRole('combobox', { name: 'Format' }).locator('option:checked')).toHaveText('29 novembre 2026');
  await expect(insert.getByRole('checkbox', { name: 'Valeur fixe (ne se met pas à jour)' })).not.toBeChecked();
  await insert.getByRole('button', { name: 'OK' }).click();
  await expect(insert).toBeHidden();
  const dates = editor.locator('[data-field="date"]');
  await expect(dates).toHaveText('29 novembre 2026');
  // The cursor is after the field, back in the text: typing goes on after it.
  await expect(editor).toBeFocused();
  await page.keyboard.type(', le ');

  // A second date, then its format changed to 29/11/2026 and fixed from the double-click dialog.
  await page.getByRole('button', { name: 'Champ…', exact: true }).click();
  await insert.getByRole('button', { name: 'OK' }).click();
  await expect(dates).toHaveCount(2);
  await dates.nth(1).dblclick();
  const edit = page.getByRole('dialog', { name: 'Modifier le champ' });
  await edit.getByRole('combobox', { name: 'Format' }).selectOption({ label: '29/11/2026' });
  await edit.getByRole('checkbox', { name: 'Valeur fixe (ne se met pas à jour)' }).check();
  await expect(edit.getByRole('status').or(edit.locator('output'))).toHaveText('29/11/2026');
  await edit.getByRole('button', { name: 'OK' }).click();
  await expect(edit).toBeHidden();
  await expect(dates.nth(1)).toHaveText('29/11/2026');
  await expect(editor).toContainText('Fait le 29 novembre 2026, le 29/11/2026');

  // Four days later, F9: the updated date follows the day, the fixed one stays.
  await page.clock.setSystemTime(later);
  await editor.focus();
  await page.keyboard.press('F9');
  await expect(dates.nth(0)).toHaveText(longDate(later));
  await expect(dates.nth(1)).toHaveText('29/11/2026');

  // The context menu of a selected field opens the same dialog.
  await dates.nth(0).click();
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menu', { name: 'Menu contextuel' }).getByRole('menuitem', { name: 'Modifier le champ…' }).click();
  await expect(edit.getByRole('combobox', { name: 'Format' }).locator('option:checked')).toHaveText(longDate(later));
  await edit.getByRole('button', { name: 'Annuler' }).click();

  const docx = await saveAs(page, host.docs, 'champs', 'docx');
  const odt = await saveAs(page, host.docs, 'champs', 'odt');
  expect(odfSchemaErrors(odt)).toEqual([]);
  // Real fields: a DATE field with its picture (the fixed one locked) in DOCX, text:date with a data style in ODT.
  const body = ZipArchive.open(docx, DEFAULT_LIMITS).readText('word/document.xml');
  expect(body).toMatch(/<w:fldChar w:fldCharType="begin"\/><\/w:r><w:r><w:instrText[^>]*> DATE \\@ "d MMMM yyyy" </);
  expect(body).toMatch(/<w:fldChar w:fldCharType="begin" w:fldLock="true"\/><\/w:r><w:r><w:instrText[^>]*> DATE \\@ "dd\/MM\/yyyy" </);
  const content = ZipArchive.open(odt, DEFAULT_LIMITS).readText('content.xml');
  expect(content).toMatch(/<text:date [^>]*style:data-style-name="[^"]+"[^>]*>3 décembre 2026<\/text:date>/);
  expect(content).toMatch(/<text:date [^>]*text:fixed="true"[^>]*text:date-value="2026-11-29[^"]*"[^>]*>29\/11\/2026<\/text:date>/);
  for (const bytes of [docx, odt]) expect(await savedFields(bytes)).toEqual([['date', longDate(later), false], ['date', '29/11/2026', true]]);

  // LibreOffice reads both as date fields, the fixed one with its day.
  for (const [name, bytes] of [['champs.docx', docx], ['champs.odt', odt]] as const) {
    const flat = libreofficeConvert(bytes, name, 'fodt');
    expect(flat, name).toMatch(/<text:date [^>]*>29\/11\/2026<\/text:date>/);
    expect(flat, name).toMatch(/<text:date [^>]*text:fixed="true"/);
  }

  // Reopened by Ostal, the fields are still fields and can be edited.
  await closeTab(page, 'champs.odt');
  await openFile(page, 'champs.odt');
  const reopened = page.getByRole('textbox', { name: 'Zone de texte du document' }).locator('[data-field="date"]');
  await expect(reopened).toHaveText([longDate(later), '29/11/2026']);
  await reopened.nth(1).dblclick();
  await expect(edit.getByRole('checkbox', { name: 'Valeur fixe (ne se met pas à jour)' })).toBeChecked();
  await expect(edit.getByRole('combobox', { name: 'Format' })).toHaveValue('dd/MM/yyyy');
});

test('the table of contents is updated from its context menu and by F9, keeping its links', async ({ page, host }) => {
  await page.goto(host.url);
  const editor = await newTextDocumentBy(page, 'Anne Martin', 'Introduction');
  await page.keyboard.press('Control+Alt+1');
  await page.keyboard.press('Enter');
  await editor.pressSequentially('Texte.');
  await page.keyboard.press('Control+Home');
  await page.getByRole('tab', { name: 'Insertion' }).click();
  await page.getByRole('button', { name: 'Insérer une table des matières' }).click();
  const toc = editor.locator('.table-of-contents');
  await expect(toc).toHaveText('Introduction');

  // A new heading at the end: the table does not know it until it is updated.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+1');
  await editor.pressSequentially('Conclusion');
  await expect(toc).toHaveText('Introduction');
  await toc.getByText('Introduction').click({ button: 'right' });
  await page.getByRole('menu', { name: 'Menu contextuel' }).getByRole('menuitem', { name: 'Mettre à jour la table des matières' }).click();
  await expect(toc.locator('p')).toHaveText(['Introduction', 'Conclusion']);
  await expect(toc.locator('a')).toHaveCount(2);

  // Another heading, and F9 updates every field and the table.
  await editor.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+1');
  await editor.pressSequentially('Annexes');
  await page.keyboard.press('F9');
  await expect(toc.locator('p')).toHaveText(['Introduction', 'Conclusion', 'Annexes']);

  const docx = await saveAs(page, host.docs, 'sommaire', 'docx');
  const flat = libreofficeConvert(docx, 'sommaire.docx', 'fodt');
  expect(flat).toContain('<text:table-of-content ');
  expect(flat).toMatch(/<text:index-body>.*Introduction.*Conclusion.*Annexes.*<\/text:index-body>/s);
});

test('a file-name field shows the document’s name before saving, the saved name after F9, and is saved as a real field', async ({ page, host }) => {
  await page.goto(host.url);
  const editor = await newTextDocumentBy(page, 'Anne Martin', 'Fichier : ');
  await page.getByRole('tab', { name: 'Insertion' }).click();
  await page.getByRole('button', { name: 'Champ…', exact: true }).click();
  const insert = page.getByRole('dialog', { name: 'Insérer un champ' });
  await insert.getByRole('combobox', { name: 'Type de champ' }).selectOption({ label: 'Nom du fichier' });
  await insert.getByRole('button', { name: 'OK' }).click();
  const field = editor.locator('[data-field="file-name"]');
  // Not saved yet: the name the tab shows, as Word shows "Document1".
  await expect(field).toHaveText(/^Sans titre/);

  const odt = await saveAs(page, host.docs, 'note-de-service', 'odt');
  await editor.focus();
  await page.keyboard.press('F9');
  await expect(field).toHaveText('note-de-service.odt');
  expect(ZipArchive.open(odt, DEFAULT_LIMITS).readText('content.xml')).toMatch(/<text:file-name\b[^>]*>/);
  const docx = await saveAs(page, host.docs, 'note-de-service', 'docx');
  expect(ZipArchive.open(docx, DEFAULT_LIMITS).readText('word/document.xml')).toMatch(/<w:instrText[^>]*> ?FILENAME\b/);
  expect((await savedFields(docx))[0]?.slice(0, 2)).toEqual(['file-name', 'note-de-service.odt']);
});
