import { describe, expect, it } from 'vitest';
import { sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { AutoFilter, CellValue, Workbook } from '@ostal/model';
import { applyAutoFilter, cellPasses, columnChoices, filterMenuChoices, grownRange, hiddenRows, runs, wildcardRegExp, withColumn } from './autofilter.js';
import type { FilterReader } from './autofilter.js';
import { WorkbookEngine } from './workbook-engine.js';

const rows: CellValue[][] = [
  ['Ville', 'Montant'],
  ['Sète', 100],
  ['Nîmes', 250],
  [null, 40],
  ['sète', 900],
  ['Alès', 250],
];

const read: FilterReader = {
  text: (r, c) => {
    const v = rows[r]?.[c] ?? null;
    return v === null ? '' : typeof v === 'object' ? v.error : String(v);
  },
  value: (r, c) => rows[r]?.[c] ?? null,
};
const range = { top: 0, left: 0, bottom: 5, right: 1 };

describe('autofilter', () => {
  it('lists the distinct values of a column in order, and whether blanks occur', () => {
    expect(columnChoices(range, 0, read, 'fr')).toEqual({ values: ['Alès', 'Nîmes', 'Sète', 'sète'], blanks: true });
    expect(columnChoices(range, 1, read, 'fr')).toEqual({ values: ['40', '100', '250', '900'], blanks: false });
  });

  it("offers only the values of the rows the other columns' filters leave shown", () => {
    // Montant >= 250 leaves Nîmes, sète and Alès: the city list offers them, no blank.
    const big: AutoFilter = { range, columns: [{ column: 1, conditions: [{ operator: 'greaterThanOrEqual', value: 250 }] }] };
    expect(filterMenuChoices(big, 0, read, 'fr')).toEqual({ values: ['Alès', 'Nîmes', 'sète'], blanks: false });
    // The column's own criteria do not shrink its list (unchecked values stay offered).
    const both = withColumn(big, 0, { values: ['Nîmes'] });
    expect(filterMenuChoices(both, 0, read, 'fr')).toEqual({ values: ['Alès', 'Nîmes', 'sète'], blanks: false });
    // And the amounts follow the city filter.
    expect(filterMenuChoices(both, 1, read, 'fr')).toEqual({ values: ['250'], blanks: false });
    expect(filterMenuChoices({ range }, 1, read, 'fr')).toEqual(columnChoices(range, 1, read, 'fr'));
  });

  it('hides the rows outside a value list (case-insensitive) or a condition', () => {
    const byCity: AutoFilter = { range, columns: [{ column: 0, values: ['Sète'] }] };
    expect([...hiddenRows(byCity, read)]).toEqual([2, 3, 5]);
    const withBlanks = withColumn(byCity, 0, { values: ['Alès'], blanks: true });
    expect([...hiddenRows(withBlanks, read)]).toEqual([1, 2, 4]);
    const big = withColumn({ range }, 1, { conditions: [{ operator: 'greaterThanOrEqual', value: 250 }] });
    expect([...hiddenRows(big, read)]).toEqual([1, 3]);
    const both = withColumn(big, 0, { conditions: [{ operator: 'equal', value: '*s*' }] });
    expect([...hiddenRows(both, read)]).toEqual([1, 3]);
    expect(withColumn(both, 1, undefined).columns).toEqual([{ column: 0, conditions: [{ operator: 'equal', value: '*s*' }] }]);
    expect(withColumn(withColumn({ range }, 1, { values: ['1'] }), 1, undefined).columns).toBeUndefined();
  });

  it('matches Excel wildcards and text conditions', () => {
    expect(wildcardRegExp('S?te').test('sète')).toBe(true);
    expect(wildcardRegExp('a~*b').test('a*b')).toBe(true);
    expect(wildcardRegExp('a~*b').test('axb')).toBe(false);
    expect(cellPasses({ column: 0, conditions: [{ operator: 'notEqual', value: 'N*' }] }, 'Nîmes', 'Nîmes')).toBe(false);
    expect(cellPasses({ column: 0, conditions: [{ operator: 'lessThan', value: 10 }, { operator: 'greaterThan', value: 100 }] }, '5', 5)).toBe(true);
    expect(cellPasses({ column: 0, and: true, conditions: [{ operator: 'lessThan', value: 10 }, { operator: 'greaterThan', value: 100 }] }, '5', 5)).toBe(false);
  });

  it('grows over rows typed under the table and groups rows in runs', () => {
    expect(grownRange(range, (r) => r <= 7, 100)).toEqual({ ...range, bottom: 7 });
    expect(runs([1, 2, 3, 5, 7, 8])).toEqual([
      [1, 3],
      [5, 5],
      [7, 8],
    ]);
  });

  it('hides and shows rows in the engine as one undo step, and keeps the criteria for saving', () => {
    const workbook: Workbook = {
      kind: 'workbook',
      version: WORKBOOK_VERSION,
      meta: {},
      sheets: [sheetFromGrid('S', rows.map((r) => r.map((value) => (value === null ? null : { value }))))],
    };
    const engine = WorkbookEngine.fromWorkbook(workbook, 'gpl-v3');
    const filter: AutoFilter = { range, columns: [{ column: 1, conditions: [{ operator: 'greaterThan', value: 200 }] }] };
    expect(applyAutoFilter(engine, 0, filter, read)).toEqual({ shown: 3, total: 5 });
    expect(engine.sheetProps(0).rowProps?.filter((r) => r.hidden)).toEqual([
      { first: 1, last: 1, hidden: true },
      { first: 3, last: 3, hidden: true },
    ]);
    expect(engine.toWorkbook({}).sheets[0]?.autoFilter).toEqual(filter);
    engine.undo();
    expect(engine.sheetProps(0).rowProps?.some((r) => r.hidden) ?? false).toBe(false);
    expect(engine.sheetProps(0).autoFilter).toBeUndefined();
    engine.redo();
    applyAutoFilter(engine, 0, undefined, read);
    expect(engine.sheetProps(0).rowProps?.some((r) => r.hidden) ?? false).toBe(false);
    expect(engine.sheetProps(0).autoFilter).toBeUndefined();
  });
});
