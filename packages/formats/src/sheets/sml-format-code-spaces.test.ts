/**
 * A number format whose sections open with a space (ODF `<number:text> </number:text>` before
 * the number, as in odftk-format_cell_import_xml_MSO15.ods) keeps that space in XLSX, for
 * LibreOffice as for Excel.
 */
import { sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { read, write } from '../api.js';
import { ZipArchive } from '../container/zip-reader.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { escapeSectionLeadingSpaces } from './sml-format-code-spaces.js';

const CODE = ' #,##0.00   ;-#,##0.00   ; -00   ;" "@ ';

function book(): Workbook {
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    styles: [{}, { numberFormat: CODE }],
    sheets: [sheetFromGrid('Styles', [[{ value: 1.234, style: 1 }, { value: -2, style: 1 }]])],
  };
}

describe('escapeSectionLeadingSpaces', () => {
  it('escapes the spaces opening each section, not those inside quotes or elsewhere', () => {
    expect(escapeSectionLeadingSpaces(CODE)).toBe('\\ #,##0.00   ;-#,##0.00   ;\\ -00   ;" "@ ');
    expect(escapeSectionLeadingSpaces('  0;"; "0')).toBe('\\ \\ 0;"; "0');
    expect(escapeSectionLeadingSpaces('\\ 0;[Red] 0')).toBe('\\ 0;[Red] 0');
    expect(escapeSectionLeadingSpaces('#,##0.00')).toBe('#,##0.00');
  });
});

describe('XLSX number formats opening with a space', () => {
  it('are written escaped, read back, and LibreOffice shows the space', async () => {
    const xlsx = await write(book(), 'xlsx');
    const styles = ZipArchive.open(xlsx, DEFAULT_LIMITS).readText('xl/styles.xml');
    expect(styles).toContain('formatCode="\\ #,##0.00   ;-#,##0.00   ;\\ -00   ;&quot; &quot;@ "');
    const back = (await read(xlsx)).document as Workbook;
    expect(back.styles?.[back.sheets[0]!.rows[0]![0]!.style!]?.numberFormat).toBe('\\ #,##0.00   ;-#,##0.00   ;\\ -00   ;" "@ ');
    // Cells as shown (number formats applied), as the fidelity harness exports them.
    const shown = libreofficeConvert(xlsx, 'spaces.xlsx', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false');
    expect(shown.split(/\r?\n/)[0]).toBe(' 1.23   ,-2.00   ');
  }, 120_000);
});
