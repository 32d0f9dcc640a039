import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import path from 'node:path';
import { libreofficeConvertBytes } from '../support/libreoffice.js';
import { openFile } from './app-actions.js';
import { expect, test } from './fixtures.js';

/** A flat ODF spreadsheet with a euro amount, a date and a bold merged title (LibreOffice turns it into a real xlsx). */
const FODS = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:currency-style style:name="N1"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/><number:text> </number:text><number:currency-symbol number:language="fr" number:country="FR">€</number:currency-symbol></number:currency-style>
 <number:date-style style:name="N2"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
 <style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>
 <style:style style:name="ce2" style:family="table-cell" style:data-style-name="N2"/>
 <style:style style:name="ce3" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="Budget">
 <table:table-column table:number-columns-repeated="2"/>
 <table:table-row><table:table-cell table:style-name="ce3" table:number-columns-spanned="2" table:number-rows-spanned="1" office:value-type="string"><text:p>Budget 2026</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
 <table:table-row><table:table-cell table:style-name="ce1" office:value-type="currency" office:currency="EUR" office:value="1234.56"><text:p>1 234,56 €</text:p></table:table-cell><table:table-cell table:style-name="ce2" office:value-type="date" office:date-value="2026-11-28"><text:p>28/11/2026</text:p></table:table-cell></table:table-row>
</table:table></office:spreadsheet></office:body></office:document>`;

function gridCell(page: Page, row: number, col: number) {
  return page.getByRole('region', { name: 'Feuille de calcul' }).locator(`.ht_master tbody tr:nth-child(${String(row)}) td:nth-of-type(${String(col)})`);
}

test('an xlsx with a euro amount, a date and a merged bold title shows them the French way', async ({ page, host }) => {
  const xlsx = libreofficeConvertBytes(new TextEncoder().encode(FODS), 'budget.fods', 'xlsx');
  writeFileSync(path.join(host.docs, 'budget.xlsx'), xlsx);
  await page.goto(host.url);
  await openFile(page, 'budget.xlsx');
  await expect(gridCell(page, 2, 1)).toHaveText('1\u00a0234,56 €');
  await expect(gridCell(page, 2, 2)).toHaveText('28/11/2026');
  const title = gridCell(page, 1, 1);
  await expect(title).toHaveText('Budget 2026');
  await expect(title).toHaveCSS('font-weight', '700');
  await expect(title).toHaveAttribute('colspan', '2');

  // Typing a new amount keeps the cell's currency format.
  const nameBox = page.getByRole('textbox', { name: 'Cellule' });
  await nameBox.fill('A2');
  await nameBox.press('Enter');
  const bar = page.getByRole('combobox', { name: 'Barre de formule' });
  await bar.fill('99,5');
  await bar.press('Enter');
  await expect(gridCell(page, 2, 1)).toHaveText('99,50 €');
});
