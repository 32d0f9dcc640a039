/** Round trips through xlsx, ods and fods keep every value type, formulas and cached results. */
import { WORKBOOK_VERSION, sheetFromGrid } from '@ostal/model';
import type { Cell, Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';

const n = (value: Cell['value'], formula?: string): Cell => (formula ? { value, formula } : { value });

/** A workbook with every value type, formulas with cached results, gaps and awkward names. */
function sampleWorkbook(): Workbook {
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: { title: 'Budget été', creator: 'Anne Dupont', created: '2024-05-01T10:00:00Z', modified: '2024-05-02T11:30:00Z' },
    sheets: [
      sheetFromGrid('Données été', [
        [n(1), n('texte'), n(true), n({ error: '#DIV/0!' })],
        [n(2.5), n('Ligne 1\nLigne 2'), n(false), n('  spaced   text  ')],
        [n(-3e-7), n('<&>"\''), n('tab\there'), n('a_x0041_b')],
        [n(3.4999997, '=SUM(A1:A3)'), n('ab', '=CONCATENATE("a","b")'), n(true, '=A1>0'), n({ error: '#N/A' }, '=NA()')],
        [],
        [n(null, '=A1*2'), n(7, '=SUM({1,2;3,4})-3'), n(1.25, '=STDEV.S(A1:A3)'), n('yes', '=IF(A1>0,"yes","no")')],
        [],
        [],
        [null, null, n(42), null, n('2024-01-15')],
      ]),
      sheetFromGrid('Sheet 2', [[n(1, "='Données été'!A1"), n(2, '=Plain!A1*2'), n(3, '=$A$1+A$1+$A1+SUM(B:B)')]]),
      sheetFromGrid('Plain', [[n(1e21), n(0)]]),
    ],
  };
}

describe.each(['xlsx', 'ods', 'fods'] as const)('%s round trip', (format) => {
  it('reads back the workbook it wrote', async () => {
    const wb = sampleWorkbook();
    const bytes = await write(wb, format);
    const back = await read(bytes);
    expect(back.format).toBe(format);
    // =A1*2 has no stored result: the xlsx asks for a recalculation on load, which reads back.
    expect(back.document).toEqual(format === 'xlsx' ? { ...wb, recalcOnLoad: true } : wb);
  });

  it('writes an empty workbook', async () => {
    const wb: Workbook = { kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: [{ name: 'Vide', rows: [] }] };
    expect((await read(await write(wb, format))).document).toEqual(wb);
  });
});

describe('ODF output is valid ODF 1.3', () => {
  it('ods package', async () => {
    expect(odfSchemaErrors(await write(sampleWorkbook(), 'ods'))).toEqual([]);
  });
  it('flat fods', async () => {
    expect(odfSchemaErrors(await write(sampleWorkbook(), 'fods'), true)).toEqual([]);
  });
});

describe('cross-format', () => {
  it('xlsx -> ods -> xlsx keeps formulas and values', async () => {
    const wb = sampleWorkbook();
    const fromXlsx = (await read(await write(wb, 'xlsx'))).document;
    const viaOds = (await read(await write(fromXlsx, 'ods'))).document;
    const back = (await read(await write(viaOds, 'xlsx'))).document;
    expect(back).toEqual({ ...wb, recalcOnLoad: true });
  });
});
