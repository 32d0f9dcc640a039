import { describe, expect, it } from 'vitest';
import { createCalc } from './calc.js';
import { testWorkbook } from './test-workbook.js';
import { WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';

describe('createCalc', () => {
  it('computes formulas across sheets and ignores stored results', () => {
    const book = testWorkbook({ Data: [[1, 2, '=A1+B1']], 'Sum up': [['=Data!C1*10', "='Sum up'!A1+1"]] });
    const stale = { ...book, sheets: [{ ...book.sheets[0]!, rows: [[{ value: 1 }, { value: 2 }, { formula: '=A1+B1', value: 99 }]] }, book.sheets[1]!] };
    const calc = createCalc(stale);
    const fresh = calc.recalculate();
    expect(fresh.sheets[0]!.rows[0]![2]).toEqual({ formula: '=A1+B1', value: 3 });
    expect(fresh.sheets[1]!.rows[0]).toEqual([{ formula: '=Data!C1*10', value: 30 }, { formula: "='Sum up'!A1+1", value: 31 }]);
    expect(calc.valueAt('Sum up', 0, 1)).toBe(31);
    expect(calc.valueAt(0, 5, 5)).toBeNull();
    expect(calc.diagnostics).toEqual([]);
    calc.destroy();
  });

  it('keeps text as text, errors as errors, and returns a new workbook', () => {
    const book = testWorkbook({ S: [['00123', 'TRUE', '1/2', { error: '#N/A' }, '=ISTEXT(A1)&ISTEXT(B1)&ISTEXT(C1)', '=ISNA(D1)']] });
    const calc = createCalc(book);
    const fresh = calc.recalculate();
    expect(fresh).not.toBe(book);
    expect(fresh.sheets[0]!.rows[0]!.slice(0, 4)).toEqual(book.sheets[0]!.rows[0]!.slice(0, 4));
    expect(calc.valueAt(0, 0, 4)).toBe('TRUETRUETRUE');
    expect(calc.valueAt(0, 0, 5)).toBe(true);
  });

  it('knows TRUE and FALSE as constants, as Excel writes them', () => {
    const calc = createCalc(testWorkbook({ S: [['=AND(TRUE,FALSE)', '=IF(TRUE,1,2)', '=TRUE()']] }));
    expect([calc.valueAt(0, 0, 0), calc.valueAt(0, 0, 1), calc.valueAt(0, 0, 2)]).toEqual([false, 1, true]);
  });

  it('changes only values: styles, array formula areas, structure, notes and names stay', () => {
    const base = testWorkbook({ S: [[2, '=A1*3']] });
    const sheet = {
      ...base.sheets[0]!,
      rows: [[{ value: 2, style: 1 }, { formula: '=A1*3', value: null, style: 1, matrix: { rows: 1, cols: 1 } }]],
      merges: [{ top: 3, left: 0, bottom: 3, right: 1 }],
      comments: [{ row: 0, col: 1, text: 'triple' }],
      pageSetup: { orientation: 'landscape' as const },
    };
    const book: Workbook = { ...base, styles: [{}, { numberFormat: '0.00' }], names: [{ name: 'Taux', formula: 'S!$A$1' }], sheets: [sheet] };
    const fresh = createCalc(book).recalculate();
    expect(fresh).toEqual({ ...book, sheets: [{ ...sheet, rows: [[{ value: 2, style: 1 }, { formula: '=A1*3', value: 6, style: 1, matrix: { rows: 1, cols: 1 } }]] }] });
  });

  it('gives 0 for a formula pointing at a blank cell', () => {
    const calc = createCalc(testWorkbook({ S: [['=B1']] }));
    expect(calc.recalculate().sheets[0]!.rows[0]![0]).toEqual({ formula: '=B1', value: 0 });
  });

  it('turns an unsupported function into #NAME? with a diagnostic naming it', () => {
    const calc = createCalc(testWorkbook({ S: [[1, '=IFERROR(NOSUCHFN(A1),5)', '=B1+1', '=_xlfn.ANOTHERFN(1)+NOSUCHFN(2)']] }));
    expect(calc.valueAt(0, 0, 1)).toEqual({ error: '#NAME?' });
    expect(calc.valueAt(0, 0, 2)).toEqual({ error: '#NAME?' });
    expect(calc.diagnostics.map((d) => [d.code, d.cell, d.name])).toEqual([
      ['unsupported-function', 'B1', 'NOSUCHFN'],
      ['unsupported-function', 'D1', 'ANOTHERFN'],
      ['unsupported-function', 'D1', 'NOSUCHFN'],
    ]);
    expect(calc.diagnostics[0]!.message).toMatch(/NOSUCHFN is not supported/);
    // The #NAME? results are not the formulas' values: whoever opens a file of them recomputes.
    expect(calc.recalculate().recalcOnLoad).toBe(true);
  });

  it('clears the stale mark of a workbook whose formulas it all computed', () => {
    const book = { ...testWorkbook({ S: [[1, '=A1+1']] }), recalcOnLoad: true };
    const fresh = createCalc(book).recalculate();
    expect(fresh.recalcOnLoad).toBeUndefined();
    expect(fresh.sheets[0]!.rows[0]![1]).toEqual({ formula: '=A1+1', value: 2 });
  });

  it('reports unknown names and unreadable formulas', () => {
    const calc = createCalc(testWorkbook({ S: [['=Budget*2', '=1+*2', '=B1+1']] }));
    expect(calc.valueAt(0, 0, 0)).toEqual({ error: '#NAME?' });
    expect(calc.valueAt(0, 0, 2)).toEqual({ error: '#ERROR!' });
    expect(calc.diagnostics.map((d) => [d.code, d.cell])).toEqual([
      ['unknown-name', 'A1'],
      ['unparsable-formula', 'B1'],
    ]);
  });

  it('refuses a workbook without sheets and bad addresses', () => {
    expect(() => createCalc({ ...testWorkbook({}), sheets: [] })).toThrow(RangeError);
    const calc = createCalc(testWorkbook({ S: [[1]] }));
    expect(() => calc.valueAt('Nope', 0, 0)).toThrow(RangeError);
    expect(() => calc.valueAt(0, -1, 0)).toThrow(RangeError);
  });

  it('settles INDIRECT chains', () => {
    const calc = createCalc(testWorkbook({ S: [['=INDIRECT("B1")', '=INDIRECT("C1")*2', '=D1+1', 4, '=SUM(INDIRECT("A1:C1"))']] }));
    expect([calc.valueAt(0, 0, 0), calc.valueAt(0, 0, 1), calc.valueAt(0, 0, 4)]).toEqual([10, 10, 25]);
  });
});

describe('defined names', () => {
  it('computes formulas through workbook- and sheet-scope names', () => {
    const book: Workbook = {
      kind: 'workbook',
      version: WORKBOOK_VERSION,
      meta: {},
      names: [
        { name: 'Taux', formula: 'S!$B$1' },
        { name: 'Base', formula: 'S!$A$1', sheet: 0 },
      ],
      sheets: [{ name: 'S', rows: [[{ value: 200 }, { value: 0.1 }, { value: null, formula: '=Taux*Base' }]] }],
    };
    const calc = createCalc(book);
    expect(calc.valueAt(0, 0, 2)).toBe(20);
    calc.destroy();
  });

  it('keeps the cells, names and INDIRECT cells of each sheet apart when a sheet is named like a number', () => {
    const book: Workbook = {
      kind: 'workbook',
      version: WORKBOOK_VERSION,
      meta: {},
      names: [
        { name: 'Taux', formula: "'2'!$A$1" },
        { name: 'Base', formula: "'2'!$B$1", sheet: 0 },
      ],
      sheets: [
        { name: 'Synthèse', rows: [[{ value: null, formula: '=INDIRECT("\'2\'!A1")*Taux' }, { value: null, formula: '=Base' }]] },
        { name: '2', rows: [[{ value: 10 }, { value: null, formula: '=INDIRECT("A1")+1' }]] },
      ],
    };
    const calc = createCalc(book);
    expect([calc.valueAt('Synthèse', 0, 0), calc.valueAt('Synthèse', 0, 1), calc.valueAt('2', 0, 1)]).toEqual([100, 11, 11]);
    const fresh = calc.recalculate();
    expect(fresh.sheets.map((sheet) => sheet.name)).toEqual(['Synthèse', '2']);
    expect(fresh.sheets[1]!.rows[0]![1]).toEqual({ formula: '=INDIRECT("A1")+1', value: 11 });
    expect(calc.diagnostics).toEqual([]);
    calc.destroy();
  });

  it('never lets a name called TRUE or FALSE, in any case or scope, stand for the constants', () => {
    const book: Workbook = {
      kind: 'workbook',
      version: WORKBOOK_VERSION,
      meta: {},
      names: [
        { name: 'true', formula: 'S!$A$1', sheet: 0 },
        { name: 'False', formula: 'S!$A$1', sheet: 0 },
        { name: 'FALSE', formula: 'S!$A$1' },
      ],
      sheets: [{ name: 'S', rows: [[{ value: 7 }, { value: null, formula: '=IF(TRUE,1,2)' }, { value: null, formula: '=FALSE' }, { value: null, formula: '=True+1' }]] }],
    };
    const calc = createCalc(book);
    expect([calc.valueAt(0, 0, 1), calc.valueAt(0, 0, 2), calc.valueAt(0, 0, 3)]).toEqual([1, false, 2]);
    calc.destroy();
  });
});
