import { describe, expect, it } from 'vitest';
import { knownLibreOfficeIssue } from './known-issues.js';

describe('known LibreOffice issues of the corpus', () => {
  it('names odftk-tableOps (rows repeated 777 times, read once by Writer) and not its neighbours', () => {
    expect(knownLibreOfficeIssue('odt/odftk-tableOps.odt')).toMatch(/number-rows-repeated/);
    expect(knownLibreOfficeIssue('../shared/corpus/odt/odftk-tableOps.odt')).toBeDefined();
    expect(knownLibreOfficeIssue('odt/odftk-tableOps2.odt')).toBeUndefined();
  });

  it('names the spreadsheets whose cells LibreOffice shows otherwise in the original or an output', () => {
    expect(knownLibreOfficeIssue('ods/calamine-covered.ods')).toMatch(/sheet1 -1/);
    expect(knownLibreOfficeIssue('xlsx/poi-DateFormatTests.xlsx')).toMatch(/Application/);
    expect(knownLibreOfficeIssue('xlsx/poi-DateFormatTests2.xlsx')).toBeUndefined();
  });
});
