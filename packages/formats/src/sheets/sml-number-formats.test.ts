/** Built-in number format ids (ECMA-376 Part 1, 18.8.30) as Excel and LibreOffice show them. */
import { WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { read, write } from '../api.js';
import { BUILTIN_NUMBER_FORMATS, builtinNumberFormatId } from './sml-number-formats.js';

describe('built-in number formats', () => {
  it('reads ids 14, 22, 39 and 47 as shown (four-digit years, a space after positives, a colon), not as the spec lists them', () => {
    expect([14, 22, 39, 47].map((id) => BUILTIN_NUMBER_FORMATS.get(id))).toEqual(['m/d/yyyy', 'm/d/yyyy h:mm', '#,##0.00 ;(#,##0.00)', 'mm:ss.0']);
    // The listed codes show otherwise under those ids, so they are declared as codes of their own.
    expect(['m/d/yy h:mm', '#,##0.00;(#,##0.00)', 'mmss.0'].map(builtinNumberFormatId)).toEqual([undefined, undefined, undefined]);
  });

  it('keeps a two-digit-year date and time code through XLSX', async () => {
    const book: Workbook = {
      kind: 'workbook',
      version: WORKBOOK_VERSION,
      meta: {},
      styles: [{}, { numberFormat: 'm/d/yy h:mm' }, { numberFormat: 'mmss.0' }],
      sheets: [{ name: 'S', rows: [[{ value: 12345.678, style: 1 }, { value: 0.01, style: 2 }]] }],
    };
    const again = (await read(await write(book, 'xlsx'))).document as Workbook;
    expect(again.sheets[0]!.rows[0]!.map((c) => again.styles?.[c!.style ?? 0]?.numberFormat)).toEqual(['m/d/yy h:mm', 'mmss.0']);
  });
});
