/** CSV reader and writer (RFC 4180; encoding, separator and number guessing; CSV injection). */
import { WORKBOOK_VERSION, sheetFromGrid } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { read, write } from '../api.js';
import { csvFieldValue, detectSeparator, parseCsvRecords } from './csv.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function csvRows(bytes: Uint8Array): Promise<unknown> {
  const wb = (await read(bytes, { format: 'csv' })).document as Workbook;
  expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  return wb.sheets[0]!.rows;
}

describe('csv reader', () => {
  it('reads comma CSV with quotes, line breaks and types', async () => {
    expect(await csvRows(utf8('name,qty,price,ok\r\n"Dupont, Anne",3,1.5,TRUE\r\n"say ""hi""","multi\nline",-2e3,\r\n'))).toEqual([
      [{ value: 'name' }, { value: 'qty' }, { value: 'price' }, { value: 'ok' }],
      [{ value: 'Dupont, Anne' }, { value: 3 }, { value: 1.5 }, { value: true }],
      [{ value: 'say "hi"' }, { value: 'multi\nline' }, { value: -2000 }],
    ]);
  });

  it('reads French Excel CSV: semicolons, decimal commas, spaced thousands', async () => {
    expect(await csvRows(utf8('\uFEFFNom;Montant;Taux\n"Café; crème";1 234,56;12,5\nÉlève;1\u00A0000;0,5\n'))).toEqual([
      [{ value: 'Nom' }, { value: 'Montant' }, { value: 'Taux' }],
      [{ value: 'Café; crème' }, { value: 1234.56 }, { value: 12.5 }],
      [{ value: 'Élève' }, { value: 1000 }, { value: 0.5 }],
    ]);
  });

  it('falls back to windows-1252 when the bytes are not UTF-8', async () => {
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x3b, 0x80, 0x9c, 0x0a]); // "café;€œ"
    expect(await csvRows(bytes)).toEqual([[{ value: 'café' }, { value: '€œ' }]]);
  });

  it('never treats a leading = as a formula', async () => {
    expect(await csvRows(utf8('=1+1,=HYPERLINK("http://evil")\n'))).toEqual([[{ value: '=1+1' }, { value: '=HYPERLINK("http://evil")' }]]);
  });

  it('keeps leading zeros, blank lines and tab separators', async () => {
    expect(await csvRows(utf8('code\tville\n01234\tParis\n\n0.5\t0\n'))).toEqual([
      [{ value: 'code' }, { value: 'ville' }],
      [{ value: '01234' }, { value: 'Paris' }],
      null,
      [{ value: 0.5 }, { value: 0 }],
    ]);
  });

  it('detects separators and parses fields', () => {
    expect(detectSeparator('a;b;c\n1;2,5;3\n')).toBe(';');
    expect(detectSeparator('a,b\n"x;y",2\n')).toBe(',');
    expect(detectSeparator('a\tb\n1\t2')).toBe('\t');
    expect(parseCsvRecords('a,"b\r\nc",d', ',')).toEqual([['a', 'b\r\nc', 'd']]);
    expect(csvFieldValue('1,5', ',')).toBe('1,5');
    expect(csvFieldValue('1.234,5', ';')).toBe(1234.5);
  });
});

describe('csv writer', () => {
  const wb: Workbook = {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets: [
      sheetFromGrid('Données', [
        [{ value: 'Élève' }, { value: 'a,b' }, { value: 'say "hi"' }, { value: 'two\nlines' }],
        [{ value: 1.5 }, { value: true }, { value: { error: '#N/A' } }, { value: 6, formula: '=SUM(A1:A3)' }],
        [],
        [null, { value: '=cmd()' }, { value: '-x' }, { value: -4 }],
      ]),
      sheetFromGrid('Other', [[{ value: 'ignored' }]]),
    ],
  };

  it('writes the first sheet as UTF-8 with BOM, RFC 4180 quoting, cached values', async () => {
    const bytes = await write(wb, 'csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('Élève,"a,b","say ""hi""","two\nlines"\r\n1.5,TRUE,#N/A,6\r\n\r\n,\'=cmd(),\'-x,-4\r\n');
  });

  it('reads back what it wrote (values)', async () => {
    const rows = await csvRows(await write(wb, 'csv'));
    expect(rows).toEqual([
      [{ value: 'Élève' }, { value: 'a,b' }, { value: 'say "hi"' }, { value: 'two\nlines' }],
      [{ value: 1.5 }, { value: true }, { value: '#N/A' }, { value: 6 }],
      null,
      [null, { value: "'=cmd()" }, { value: "'-x" }, { value: -4 }],
    ]);
  });
});
