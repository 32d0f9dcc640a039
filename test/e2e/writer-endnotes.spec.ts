/** Insertion ▸ Note de fin (Ctrl+Alt+D): numbered i, ii…, shown after the text, edited, saved in DOCX and ODT. */
import { read } from '@ostal/formats';
import { textDocumentToNode } from '@ostal/model';
import type { TextDocument } from '@ostal/model';
import { ZipArchive } from '../../packages/formats/src/container/zip-reader.js';
import { DEFAULT_LIMITS } from '../../packages/formats/src/limits.js';
import { odfSchemaErrors } from '../support/odf-schema.js';
import { libreofficeConvert } from '../support/libreoffice.js';
import { closeTab, newTextDocumentBy, openFile, saveAs } from './app-actions.js';
import { expect, test } from './fixtures.js';

test('endnotes are inserted with Ctrl+Alt+D and the ribbon, shown at the end, edited, and saved as endnotes', async ({ page, host }) => {
  // Two files converted by LibreOffice.
  test.slow();
  await page.goto(host.url);
  const editor = await newTextDocumentBy(page, 'Anne Martin', 'Le rapport');

  // Ctrl+Alt+D, as in Word: the endnote's text in the insert dialog.
  await page.keyboard.press('Control+Alt+d');
  const insert = page.getByRole('dialog', { name: 'Insérer une note de fin' });
  await insert.getByRole('textbox', { name: 'Texte de la note' }).fill('Rapport de la Cour des comptes, 2025.');
  await insert.getByRole('button', { name: 'OK' }).click();
  await expect(insert).toBeHidden();
  await editor.pressSequentially(' et son annexe');

  // Insertion ▸ Insérer une note de fin, beside the footnote.
  await page.getByRole('tab', { name: 'Insertion' }).click();
  await page.getByRole('button', { name: 'Insérer une note de fin' }).click();
  await insert.getByRole('textbox', { name: 'Texte de la note' }).fill('Annexe II.');
  await insert.getByRole('button', { name: 'OK' }).click();
  await expect(insert).toBeHidden();
  // And a footnote, counted apart.
  await page.getByRole('button', { name: 'Insérer une note de bas de page' }).click();
  await page.getByRole('dialog', { name: 'Insérer une note de bas de page' }).getByRole('textbox', { name: 'Texte de la note' }).fill('Voir aussi.');
  await page.getByRole('button', { name: 'OK' }).click();

  // Citations in lower-case roman numerals; the endnotes listed after the text.
  const notes = editor.locator('.writer-note[data-kind="endnote"]');
  await expect(notes.locator('.writer-note__citation')).toHaveText(['i', 'ii']);
  await expect(editor.locator('.writer-note[data-kind="footnote"] .writer-note__citation')).toHaveText('1');
  const area = page.getByRole('region', { name: 'Notes de fin' });
  await expect(area.getByRole('listitem')).toHaveText(['iRapport de la Cour des comptes, 2025.', 'iiAnnexe II.']);

  // Double-click on an endnote at the end: the note editor, the text changed.
  await area.getByRole('listitem').nth(1).dblclick();
  const dialog = page.getByRole('dialog', { name: 'Modifier la note de fin' });
  const text = dialog.getByRole('textbox', { name: 'Texte de la note' });
  await expect(text).toBeFocused();
  await page.keyboard.press('Control+End');
  await text.pressSequentially(' Tableaux.');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(area.getByRole('listitem').nth(1)).toHaveText('iiAnnexe II. Tableaux.');
  await expect(notes.nth(1)).toHaveAttribute('aria-label', 'Note de fin ii : Annexe II. Tableaux.');

  const docx = await saveAs(page, host.docs, 'notes-de-fin', 'docx');
  const odt = await saveAs(page, host.docs, 'notes-de-fin', 'odt');
  expect(odfSchemaErrors(odt)).toEqual([]);
  const zip = ZipArchive.open(docx, DEFAULT_LIMITS);
  expect(zip.readText('word/document.xml').match(/<w:endnoteReference /g)).toHaveLength(2);
  expect(zip.readText('word/endnotes.xml')).toContain('Annexe II. Tableaux.');
  expect(ZipArchive.open(odt, DEFAULT_LIMITS).readText('content.xml').match(/<text:note [^>]*text:note-class="endnote"/g)).toHaveLength(2);
  for (const bytes of [docx, odt]) {
    const doc = textDocumentToNode((await read(bytes)).document as TextDocument);
    const kinds: string[] = [];
    doc.descendants((n) => {
      if (n.type.name === 'note') kinds.push(`${String(n.attrs.kind)}:${n.textContent}`);
      return true;
    });
    expect(kinds).toEqual(['endnote:Rapport de la Cour des comptes, 2025.', 'endnote:Annexe II. Tableaux.', 'footnote:Voir aussi.']);
  }

  // LibreOffice reads both files' endnotes as endnotes.
  for (const [name, bytes] of [['notes-de-fin.docx', docx], ['notes-de-fin.odt', odt]] as const) {
    const flat = libreofficeConvert(bytes, name, 'fodt');
    const endnotes = [...flat.matchAll(/<text:note [^>]*text:note-class="endnote"[^>]*>(.*?)<\/text:note>/gs)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    expect(endnotes, name).toHaveLength(2);
    expect(endnotes[1], name).toContain('Annexe II. Tableaux.');
    expect(flat, name).toMatch(/<text:note [^>]*text:note-class="footnote"/);
  }

  // Reopened by Ostal: the endnotes at the end again.
  await closeTab(page, 'notes-de-fin.odt');
  await openFile(page, 'notes-de-fin.docx');
  await expect(page.getByRole('region', { name: 'Notes de fin' }).getByRole('listitem')).toHaveText(['iRapport de la Cour des comptes, 2025.', 'iiAnnexe II. Tableaux.']);
});
