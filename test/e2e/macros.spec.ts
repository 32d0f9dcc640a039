/**
 * A macro-enabled workbook (.xlsm) in the browser-mode host: the notice says Ostal never runs
 * macros, an edit saved with Save keeps the file macro-enabled with the identical VBA project,
 * and Save as warns before a format that drops them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { libreofficeSheetsCsv } from '../support/libreoffice.js';
import { macroEnabledPackage } from '../../packages/formats/src/testing/macro-package.js';
import { openFile } from './app-actions.js';
import { expect, test } from './fixtures.js';
import { enterCell } from './sheets-actions.js';

const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus');
/** The 203,264-byte VBA project of POI's stress002 workbook, in a small real workbook. */
const vbaProject = unzipSync(new Uint8Array(readFileSync(path.join(corpus, 'xlsx/poi-stress002.xlsx'))))['xl/vbaProject.bin']!;
const xlsm = macroEnabledPackage(new Uint8Array(readFileSync(path.join(corpus, 'xlsx/odrtest-file_example_XLSX_50.xlsx'))), vbaProject);

/** The parts of a saved file, or null while it is not a whole zip. */
function parts(file: string): Record<string, Uint8Array> | null {
  try {
    return unzipSync(new Uint8Array(readFileSync(file)));
  } catch {
    return null;
  }
}

test('an .xlsm opens with the macro notice, and Save keeps its VBA project byte for byte', async ({ page, host }) => {
  const file = path.join(host.docs, 'budget.xlsm');
  writeFileSync(file, xlsm);
  await page.goto(host.url);
  await openFile(page, 'budget.xlsm');
  await expect(page.getByRole('tab', { name: 'budget.xlsm', exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '«\u00a0budget.xlsm\u00a0» contient des macros. Ostal n’exécute jamais de macros' })).toBeVisible();

  await enterCell(page, 'B2', 'Modifié dans Ostal');
  await expect(page.getByRole('tab', { name: 'budget.xlsm, modifié' })).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('tab', { name: 'budget.xlsm', exact: true })).toBeVisible();
  await expect.poll(() => new TextDecoder().decode(parts(file)?.['xl/sharedStrings.xml'] ?? new Uint8Array())).toContain('Modifié dans Ostal');

  const saved = parts(file)!;
  expect(saved['xl/vbaProject.bin']).toEqual(vbaProject);
  const types = new TextDecoder().decode(saved['[Content_Types].xml']);
  expect(types).toContain('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>');
  expect(types).toContain('<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>');
  expect(new TextDecoder().decode(saved['xl/_rels/workbook.xml.rels'])).toContain('Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"');
  expect(libreofficeSheetsCsv(new Uint8Array(readFileSync(file)), 'budget.xlsm')).toContain('Modifié dans Ostal');

  // Save as proposes the macro-enabled workbook; a plain format warns that the macros go.
  await page.getByRole('button', { name: 'Enregistrer sous…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Enregistrer sous' });
  const format = dialog.getByRole('combobox', { name: 'Format' });
  await expect(format).toHaveValue('xlsm');
  const warning = dialog.getByText('Ce format n’enregistre pas les macros du document');
  await expect(warning).toBeHidden();
  await format.selectOption('xlsx');
  await expect(warning).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Nom du fichier' }).fill('sans-macros');
  await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('tab', { name: 'sans-macros.xlsx', exact: true })).toBeVisible();
  const plain = parts(path.join(host.docs, 'sans-macros.xlsx'))!;
  expect(plain['xl/vbaProject.bin']).toBeUndefined();
  expect(new TextDecoder().decode(plain['[Content_Types].xml'])).toContain('spreadsheetml.sheet.main+xml');
  await expect(page.getByRole('status').filter({ hasText: 'Les macros de «\u00a0sans-macros.xlsx\u00a0» n’ont pas été enregistrées' })).toBeVisible();
});

test('a .docm edited in the writer is saved with its VBA project and vbaData.xml byte for byte', async ({ page, host }) => {
  const file = path.join(host.docs, 'lettre.docm');
  const docm = macroEnabledPackage(new Uint8Array(readFileSync(path.join(corpus, 'docx/mammoth-endnotes.docx'))), vbaProject, true);
  writeFileSync(file, docm);
  const original = unzipSync(docm);
  await page.goto(host.url);
  await openFile(page, 'lettre.docm');
  await expect(page.getByRole('status').filter({ hasText: '«\u00a0lettre.docm\u00a0» contient des macros' })).toBeVisible();
  const editor = page.getByRole('textbox', { name: 'Zone de texte du document' });
  await expect(editor).toContainText('Ouch');
  await editor.click();
  await page.keyboard.press('Control+End');
  await editor.pressSequentially(' Relu par Anne.');
  await expect(page.getByRole('tab', { name: 'lettre.docm, modifié' })).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('tab', { name: 'lettre.docm', exact: true })).toBeVisible();
  await expect.poll(() => new TextDecoder().decode(parts(file)?.['word/document.xml'] ?? new Uint8Array())).toContain('Relu par Anne.');

  const saved = parts(file)!;
  for (const part of ['word/vbaProject.bin', 'word/_rels/vbaProject.bin.rels', 'word/vbaData.xml']) expect(saved[part], part).toEqual(original[part]);
  expect(new TextDecoder().decode(saved['[Content_Types].xml'])).toContain('<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>');
});
