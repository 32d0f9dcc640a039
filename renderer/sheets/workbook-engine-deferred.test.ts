import { describe, expect, it } from 'vitest';
import { CalcLicenseError } from '@ostal/calc';
import { sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Cell, Workbook } from '@ostal/model';
import { openWorkbookEngine, storedCells } from './deferred-build.js';
import { toCanonicalFormula, toLocalFormula } from './formula-locale.js';
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

describe('a deferred build that fails', () => {
  it('refuses a licence key at once, before any build, as the engine built at once does', () => {
    expect(() => WorkbookEngine.deferred(book(), 'not-a-valid-key')).toThrow(CalcLicenseError);
    expect(() => WorkbookEngine.fromWorkbook(book(), 'not-a-valid-key')).toThrow(CalcLicenseError);
  });

  it('tells onBuildError and throws when HyperFormula cannot hold the workbook; cached values stay readable', () => {
    // A row wider than Excel's 16,384 columns: HyperFormula refuses the sheet when it is built.
    const row: Cell[] = Array.from({ length: 16_385 }, (_, i) => ({ value: i }));
    const wide: Workbook = { ...book(), sheets: [book().sheets[0]!, sheetFromGrid('Large', [row])] };
    const engine = WorkbookEngine.deferred(wide, KEY);
    const told: unknown[] = [];
    engine.onBuildError = (error) => told.push(error);
    expect(engine.value(0, 2, 1)).toBe(99);
    expect(() => engine.build()).toThrow();
    expect(told).toHaveLength(1);
    expect(engine.ready).toBe(false);
    // An edit needs the engine: it fails the same way, and says so again.
    expect(() => engine.set(0, 1, 1, 5)).toThrow();
    expect(told).toHaveLength(2);
  });
});

describe('openWorkbookEngine', () => {
  it('builds a small workbook at once and defers a large one', () => {
    expect(storedCells(book())).toBe(7);
    expect(openWorkbookEngine(book(), KEY).ready).toBe(true);
    const large = openWorkbookEngine(book(), KEY, 6);
    expect(large.ready).toBe(false);
    expect(large.value(0, 2, 1)).toBe(99);
    expect(() => openWorkbookEngine(book(), 'not-a-valid-key', 6)).toThrow(CalcLicenseError);
  });

  it('shows the cached results of a 20,000-row workbook without building, then computes an edit made before the build', () => {
    const rows: Cell[][] = [[{ value: 2 }, { value: 0, formula: '=SUM(A2:A20001)' }]];
    for (let r = 1; r <= 20_000; r++) rows.push([{ value: r }, { value: r * 2, formula: `=A${String(r + 1)}*$A$1` }]);
    const total = (20_000 * 20_001) / 2;
    rows[0]![1] = { value: total, formula: '=SUM(A2:A20001)' };
    const workbook: Workbook = { kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: [sheetFromGrid('Grand', rows)] };
    const started = performance.now();
    const engine = openWorkbookEngine(workbook, KEY);
    expect(engine.ready).toBe(false);
    expect(engine.value(0, 20_000, 1)).toBe(40_000);
    expect(engine.value(0, 0, 1)).toBe(total);
    // Opening reads nothing of the rows but their count: far quicker than the build.
    expect(performance.now() - started).toBeLessThan(1000);
    engine.set(0, 0, 0, 3);
    expect(engine.ready).toBe(true);
    expect(engine.value(0, 20_000, 1)).toBe(60_000);
  });
});

describe('TRUE and FALSE in a built workbook', () => {
  function logical(): Workbook {
    return {
      kind: 'workbook',
      version: WORKBOOK_VERSION,
      meta: {},
      sheets: [
        sheetFromGrid('S', [
          [{ value: 1 }, { value: null, formula: '=IF(A1>0,TRUE,FALSE)' }, { value: null, formula: '=AND(TRUE,B1)' }],
          [{ value: 5 }, { value: null, formula: '=A2*2' }, { value: null, formula: '=C1=TRUE' }],
        ]),
      ],
    };
  }

  it('compute as the constants, and the first edit after the build changes only what depends on the cell', () => {
    const engine = WorkbookEngine.deferred(logical(), KEY);
    engine.build();
    expect([engine.value(0, 0, 1), engine.value(0, 0, 2), engine.value(0, 1, 2)]).toEqual([true, true, true]);
    expect(engine.setMany(0, [{ row: 1, col: 0, raw: 6 }])).toEqual([
      { sheet: 0, row: 1, col: 0 },
      { sheet: 0, row: 1, col: 1 },
    ]);
    expect(engine.setMany(0, [{ row: 0, col: 0, raw: -1 }]).length).toBe(4);
    expect([engine.value(0, 0, 1), engine.value(0, 0, 2), engine.value(0, 1, 2)]).toEqual([false, false, false]);
    engine.destroy();
  });

  it('keep the text a person typed in French, and are saved as Excel writes them', () => {
    const engine = WorkbookEngine.fromWorkbook(logical(), KEY);
    engine.setMany(0, [{ row: 2, col: 0, raw: toCanonicalFormula('=SI(A1;vrai;FAUX)', 'fr-FR') }]);
    expect(engine.value(0, 2, 0)).toBe(true);
    expect(toLocalFormula(String(engine.raw(0, 2, 0)), 'fr-FR')).toBe('=SI(A1;VRAI;FAUX)');
    const saved = engine.toWorkbook({});
    expect(saved.sheets[0]!.rows[2]![0]).toMatchObject({ formula: '=IF(A1,TRUE,FALSE)', value: true });
    expect(saved.sheets[0]!.rows[0]![1]).toMatchObject({ formula: '=IF(A1>0,TRUE,FALSE)', value: true });
    engine.destroy();
  });
});

describe('defined names in a built workbook', () => {
  it('compute with the build, and every name of the file is saved back, those the engine refused too', () => {
    const names = [
      { name: 'Taux', formula: 'Prix!$A$1' },
      { name: 'Local', formula: 'Prix!$A$2', sheet: 0 },
      { name: 'Relatif', formula: 'Prix!A1' },
      { name: 'TRUE', formula: 'Prix!$A$1', sheet: 0 },
      { name: '_xlnm.Print_Area', formula: 'Prix!$A$1:$B$2', sheet: 0 },
    ];
    const workbook: Workbook = {
      kind: 'workbook',
      version: WORKBOOK_VERSION,
      meta: {},
      names,
      sheets: [sheetFromGrid('Prix', [[{ value: 0.2 }, { value: null, formula: '=100*Taux' }], [{ value: 3 }, { value: null, formula: '=Local+TRUE' }]])],
    };
    const engine = WorkbookEngine.deferred(workbook, KEY);
    engine.build();
    expect([engine.value(0, 0, 1), engine.value(0, 1, 1)]).toEqual([20, 4]);
    expect(engine.setMany(0, [{ row: 0, col: 0, raw: 0.5 }])).toEqual([
      { sheet: 0, row: 0, col: 0 },
      { sheet: 0, row: 0, col: 1 },
    ]);
    expect(engine.toWorkbook({}).names).toEqual(names);
    engine.destroy();
  });
});
