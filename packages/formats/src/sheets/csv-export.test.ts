/** CSV export choices: separator, decimal comma with `;`, byte order mark, sheet; and conversion losses. */
import { WORKBOOK_VERSION, sheetFromGrid } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { conversionLosses, csvSeparatorForLocale, read, write } from '../index.js';

const book: Workbook = {
  kind: 'workbook',
  version: WORKBOOK_VERSION,
  meta: {},
  sheets: [
    sheetFromGrid('Frais', [
      [{ value: 'Poste' }, { value: 'Montant' }],
      [{ value: 'Repas; midi' }, { value: 12.5 }],
      [{ value: 'Café, thé' }, { value: 1234.75 }],
    ]),
    { ...sheetFromGrid('Notes', [[{ value: 'x' }]]), comments: [{ row: 0, col: 0, text: 'n' }] },
  ],
};

const text = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('CSV export options', () => {
  it('writes ; with decimal commas, quoting fields that hold the separator', async () => {
    const csv = text(await write(book, 'csv', { csv: { separator: ';' } }));
    expect(csv).toBe('\uFEFFPoste;Montant\r\n"Repas; midi";12,5\r\nCafé, thé;1234,75\r\n');
  });

  it('writes tabs without a byte order mark', async () => {
    const csv = text(await write(book, 'csv', { csv: { separator: '\t', bom: false } }));
    expect(csv).toBe('Poste\tMontant\r\nRepas; midi\t12.5\r\nCafé, thé\t1234.75\r\n');
  });

  it('keeps the comma default, and writes another sheet when asked', async () => {
    expect(text(await write(book, 'csv'))).toBe('\uFEFFPoste,Montant\r\nRepas; midi,12.5\r\n"Café, thé",1234.75\r\n');
    expect(text(await write(book, 'csv', { csv: { sheet: 1, bom: false } }))).toBe('x\r\n');
  });

  it('reads back what it wrote with each separator', async () => {
    for (const separator of [',', ';', '\t'] as const) {
      const back = (await read(await write(book, 'csv', { csv: { separator } }), { format: 'csv' })).document as Workbook;
      expect(back.sheets[0]?.rows).toEqual(book.sheets[0]?.rows);
    }
  });

  it('picks ; for French and , for English', () => {
    expect(csvSeparatorForLocale('fr-FR')).toBe(';');
    expect(csvSeparatorForLocale('en-US')).toBe(',');
  });

  it('LibreOffice, importing as French Calc does, reads the ; file as the same numbers', async () => {
    const bytes = await write(book, 'csv', { csv: { separator: ';' } });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-csv-'));
    try {
      writeFileSync(path.join(dir, 'frais.csv'), bytes);
      // Import: separator 59 (;), quote 34, UTF-8 (76), from line 1, French (1036); export as , CSV in English (1033).
      execFileSync(
        'soffice',
        [`-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--headless', '--infilter=CSV:59,34,76,1,,1036', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033', '--outdir', path.join(dir, 'out'), path.join(dir, 'frais.csv')],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const back = readFileSync(path.join(dir, 'out', 'frais.csv'), 'utf8');
      expect(back.split(/\r?\n/).slice(0, 3)).toEqual(['Poste,Montant', 'Repas; midi,12.5', '"Café, thé",1234.75']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('conversion losses', () => {
  it('says what csv and ods leave out', () => {
    expect(conversionLosses(book, 'csv').map((d) => d.code)).toEqual(['csv-one-sheet']);
    const withRules: Workbook = { ...book, sheets: [{ ...book.sheets[0]!, conditionalFormats: [{ ranges: [{ top: 0, left: 0, bottom: 1, right: 1 }], rules: [{ type: 'dataBar', xml: '<cfRule type="dataBar"/>' }] }] }] };
    expect(conversionLosses(withRules, 'ods').map((d) => d.code)).toEqual(['conditional-format-dropped']);
    expect(conversionLosses(withRules, 'xlsx')).toEqual([]);
  });
});
