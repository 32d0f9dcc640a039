import { describe, expect, it } from 'vitest';
import { knownLibreOfficeIssue, knownLoss } from './known-issues.js';

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
    expect(knownLibreOfficeIssue('ods/odftk-34619.ods')).toMatch(/_xlfn.IMTAN/);
    expect(knownLibreOfficeIssue('ods/odftk-format_cell_import_xml_MSO15.ods')).toMatch(/#NV/);
    expect(knownLoss('ods/odfdo-simple_table.ods')).toMatch(/automatic-order/);
    expect(knownLoss('ods/odftk-TestSpreadsheetTable.ods')).toMatch(/automatic-order/);
  });

  it('names the presentations whose cross output LibreOffice shows otherwise, apart from the losses Ostal reports', () => {
    expect(knownLibreOfficeIssue('odp/odftk-Presentation1.odp')).toMatch(/Word document embedded in a PPTX/);
    expect(knownLibreOfficeIssue('pptx/poi-stress022.pptx')).toMatch(/SmartArt/);
    expect(knownLoss('pptx/poi-45545_Comment.pptx')).toMatch(/ODF 1.3 has no comment/);
    expect(knownLoss('../shared/corpus/pptx/poi-stress013.pptx')).toMatch(/Office Math/);
    expect(knownLoss('odp/odftk-Presentation1.odp')).toBeUndefined();
    expect(knownLibreOfficeIssue('pptx/poi-45545_Comment.pptx')).toBeUndefined();
  });
});
