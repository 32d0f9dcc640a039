import { describe, expect, it } from 'vitest';
import { StyleTable } from './workbook-style.js';
import { WORKBOOK_VERSION, migrateWorkbook, needsRecalcOnLoad, runAt } from './workbook.js';
import type { Workbook } from './workbook.js';

describe('StyleTable', () => {
  it('gives equal styles one index, whatever the key order or empty members', () => {
    const t = new StyleTable();
    const a = t.intern({ font: { bold: true, italic: undefined }, numberFormat: '0.00' });
    const b = t.intern({ numberFormat: '0.00', borders: {}, font: { bold: true } });
    expect(a).toBe(1);
    expect(b).toBe(1);
    expect(t.intern({})).toBe(0);
    expect(t.intern({ numberFormat: 'General' })).toBe(0);
    expect(t.styles).toEqual([{}, { font: { bold: true }, numberFormat: '0.00' }]);
  });
});

describe('runAt', () => {
  it('finds the run holding an index', () => {
    const runs = [
      { first: 0, last: 0, width: 10 },
      { first: 3, last: 999_999, hidden: true },
    ];
    expect(runAt(runs, 0)?.width).toBe(10);
    expect(runAt(runs, 2)).toBeUndefined();
    expect(runAt(runs, 500_000)?.hidden).toBe(true);
  });
});

describe('migrateWorkbook', () => {
  it('brings a version 1 workbook to the current version unchanged', () => {
    const v1 = { kind: 'workbook', version: 1, meta: {}, sheets: [{ name: 'A', rows: [[{ value: 1 }]] }] };
    const book = migrateWorkbook(JSON.parse(JSON.stringify(v1)));
    expect(book.version).toBe(WORKBOOK_VERSION);
    expect(book.sheets[0]!.rows[0]![0]).toEqual({ value: 1 });
  });

  it('refuses unknown versions', () => {
    expect(() => migrateWorkbook({ kind: 'workbook', version: 99, sheets: [] })).toThrow(RangeError);
    expect(() => migrateWorkbook({ kind: 'text', version: 1 })).toThrow(RangeError);
  });
});

describe('needsRecalcOnLoad', () => {
  const book = (rows: Workbook['sheets'][number]['rows'], recalcOnLoad?: boolean): Workbook => ({
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets: [{ name: 'S', rows }],
    ...(recalcOnLoad ? { recalcOnLoad } : {}),
  });

  it('trusts stored results, and asks when one is missing or the workbook says they are stale', () => {
    expect(needsRecalcOnLoad(book([[{ value: 2, formula: '=1+1' }, { value: '', formula: '=""' }], null]))).toBe(false);
    expect(needsRecalcOnLoad(book([null, [null, { value: null, formula: '=A1' }]]))).toBe(true);
    expect(needsRecalcOnLoad(book([[{ value: 2, formula: '=1+1' }]], true))).toBe(true);
    expect(needsRecalcOnLoad(book([[{ value: null }]]))).toBe(false);
  });
});
