import { describe, expect, it } from 'vitest';
import { sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { WorkbookEngine } from './workbook-engine.js';

const KEY = 'gpl-v3';

/** A file whose cached total is out of date (another program saved it without computing). */
function book(): Workbook {
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets: [
      sheetFromGrid('Ventes', [
        [{ value: 'Article' }, { value: 'Prix' }],
        [{ value: '007' }, { value: 2 }],
        [{ value: 'Total' }, { value: 99, formula: '=SUM(B2:B2)' }],
      ]),
      sheetFromGrid('Notes', [[{ value: 'ok' }]]),
    ],
  };
}

describe('WorkbookEngine.deferred', () => {
  it('reads the cells as the file holds them until the engine is built, then computes', () => {
    const engine = WorkbookEngine.deferred(book(), KEY);
    expect(engine.ready).toBe(false);
    expect(engine.sheetNames()).toEqual(['Ventes', 'Notes']);
    expect(engine.size(0)).toEqual({ rows: 3, cols: 2 });
    expect(engine.value(0, 2, 1)).toBe(99);
    expect(engine.raw(0, 2, 1)).toBe('=SUM(B2:B2)');
    // The same raw content HyperFormula keeps: a text that reads as a number stays text.
    const built = WorkbookEngine.fromWorkbook(book(), KEY);
    expect(engine.raw(0, 1, 0)).toBe(built.raw(0, 1, 0));
    expect(engine.ready).toBe(false);
    engine.build();
    expect(engine.ready).toBe(true);
    expect(engine.value(0, 2, 1)).toBe(2);
    expect(engine.size(0)).toEqual(built.size(0));
  });

  it('builds the engine for an edit made before it was built, so the edit is kept and computed', () => {
    const engine = WorkbookEngine.deferred(book(), KEY);
    engine.set(0, 1, 1, 5);
    expect(engine.ready).toBe(true);
    expect(engine.value(0, 2, 1)).toBe(5);
    expect(engine.undo()).toBeDefined();
    expect(engine.value(0, 2, 1)).toBe(2);
  });
});
