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
