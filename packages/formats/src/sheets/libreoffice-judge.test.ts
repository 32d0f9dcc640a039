/** LibreOffice as the independent judge: it opens what Ostal writes and computes the same values. */
import { WORKBOOK_VERSION, sheetFromGrid } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { libreofficeSheetsCsv } from '../../../../test/support/libreoffice.js';
import { write } from '../api.js';

/** Formulas carry no cached value, so what LibreOffice shows is what it computed. */
const workbook: Workbook = {
  kind: 'workbook',
  version: WORKBOOK_VERSION,
  meta: { title: 'Judge' },
  sheets: [
    sheetFromGrid('Feuille 1', [[{ value: 1 }], [{ value: 2 }], [{ value: 3 }], [{ value: null, formula: '=SUM(A1:A3)' }]]),
    sheetFromGrid('Résumé', [[{ value: 'Total' }, { value: null, formula: "='Feuille 1'!A4*2" }, { value: null, formula: '=IF(B1>10,"grand","petit")' }]]),
  ],
};

describe('LibreOffice opens and computes what Ostal writes', () => {
  it.each(['xlsx', 'ods'] as const)('%s', async (format) => {
    const csv = libreofficeSheetsCsv(await write(workbook, format), `judge.${format}`);
    expect(csv.replace(/\r/g, '')).toContain('1\n2\n3\n6\n');
    expect(csv).toContain('Total,12,grand');
  });
});

/** Defined names, merges, widths, a hidden sheet and styles: LibreOffice must open it and compute through the names. */
const structured: Workbook = {
  kind: 'workbook',
  version: WORKBOOK_VERSION,
  meta: {},
  styles: [{}, { numberFormat: '0.00', font: { bold: true } }],
  names: [
    { name: 'Taux', formula: 'Prix!$B$1' },
    { name: 'Local', formula: 'Prix!$A$2', sheet: 0 },
  ],
  sheets: [
    {
      ...sheetFromGrid('Prix', [
        [{ value: 'Titre', style: 1 }, { value: 0.5 }],
        [{ value: 8 }, { value: null, formula: '=Taux*Local' }, { value: null, formula: '=SUM(Taux,Local)' }],
      ]),
      merges: [{ top: 3, left: 0, bottom: 4, right: 1 }],
      columns: [{ first: 0, last: 0, width: 120 }],
      frozen: { rows: 1, cols: 0 },
    },
    { name: 'Caché', rows: [[{ value: 'secret' }]], visibility: 'hidden' },
  ],
};

describe('LibreOffice computes through the defined names Ostal writes', () => {
  it.each(['xlsx', 'ods'] as const)('%s', async (format) => {
    const csv = libreofficeSheetsCsv(await write(structured, format), `names.${format}`).replace(/\r/g, '');
    expect(csv).toContain('8,4,8.5');
    expect(csv).toContain('secret');
  });
});
