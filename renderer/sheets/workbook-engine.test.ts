import { describe, expect, it } from 'vitest';
import { chartFromRange, emptyWorkbook, sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { WorkbookEngine } from './workbook-engine.js';

const KEY = 'gpl-v3';

function book(): Workbook {
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: { title: 'Budget' },
    sheets: [
      sheetFromGrid('Recettes', [
        [{ value: 1 }],
        [{ value: 2 }],
        [{ value: 3 }],
        [{ value: null, formula: '=SUM(A1:A3)' }, { value: '00123' }, { value: true }],
        [{ value: 'texte' }, { value: null, formula: '=1/0' }, { value: '=pas une formule' }],
      ]),
      sheetFromGrid('Dépenses', [[null, { value: 4.5 }, { value: null, formula: "=Recettes!A4*2" }]]),
    ],
  };
}

describe('workbook engine', () => {
  it('computes formulas and keeps texts that look like other things as text', () => {
    const engine = WorkbookEngine.fromWorkbook(book(), KEY);
    expect(engine.sheetNames()).toEqual(['Recettes', 'Dépenses']);
    expect(engine.value(0, 3, 0)).toBe(6);
    expect(engine.raw(0, 3, 0)).toBe('=SUM(A1:A3)');
    expect(engine.value(0, 3, 1)).toBe('00123');
    expect(engine.value(0, 4, 1)).toEqual({ error: '#DIV/0!' });
    expect(engine.value(0, 4, 2)).toBe('=pas une formule');
    expect(engine.value(1, 0, 2)).toBe(12);
    engine.destroy();
  });

  it('writes back values, formulas and their cached results', () => {
    const engine = WorkbookEngine.fromWorkbook(book(), KEY);
    const changed = engine.set(0, 0, 0, 10);
    expect(changed).toEqual(expect.arrayContaining([{ sheet: 0, row: 3, col: 0 }, { sheet: 1, row: 0, col: 2 }]));
    const out = engine.toWorkbook({ title: 'Budget' });
    expect(out.meta.title).toBe('Budget');
    const recettes = out.sheets[0]!;
    expect(recettes.rows[0]).toEqual([{ value: 10 }]);
    expect(recettes.rows[3]).toEqual([{ value: 15, formula: '=SUM(A1:A3)' }, { value: '00123' }, { value: true }]);
    expect(recettes.rows[4]).toEqual([{ value: 'texte' }, { value: { error: '#DIV/0!' }, formula: '=1/0' }, { value: '=pas une formule' }]);
    expect(out.sheets[1]!.rows[0]).toEqual([null, { value: 4.5 }, { value: 30, formula: '=Recettes!A4*2' }]);
    engine.destroy();
  });

  it('adds and renames sheets, and formulas follow the new name', () => {
    const engine = WorkbookEngine.fromWorkbook(book(), KEY);
    expect(engine.isValidSheetName('recettes')).toBe(false);
    expect(engine.isValidSheetName('a/b')).toBe(false);
    expect(engine.addSheet('Feuille3')).toBe(2);
    engine.renameSheet(0, 'Entrées');
    expect(engine.raw(1, 0, 2)).toBe('=Entrées!A4*2');
    expect(engine.toWorkbook({}).sheets.map((s) => s.name)).toEqual(['Entrées', 'Dépenses', 'Feuille3']);
    engine.destroy();
  });

  it('stores its results as trusted, unless a formula could not be computed', () => {
    const trusted = WorkbookEngine.fromWorkbook({ ...book(), sheets: [sheetFromGrid('S', [[{ value: 1 }, { value: null, formula: '=IF(A1=1,"","x")' }, { value: null, formula: '=1/0' }]])] }, KEY);
    const out = trusted.toWorkbook({});
    expect(out.sheets[0]!.rows[0]![1]).toEqual({ value: '', formula: '=IF(A1=1,"","x")' });
    expect(out.recalcOnLoad).toBeUndefined();
    trusted.destroy();
    const unknown = WorkbookEngine.fromWorkbook({ ...book(), sheets: [sheetFromGrid('S', [[{ value: 7, formula: '=NOSUCHFN(1)' }]])] }, KEY);
    expect(unknown.toWorkbook({}).recalcOnLoad).toBe(true);
    unknown.destroy();
    const asked = WorkbookEngine.fromWorkbook({ ...book(), recalcOnLoad: true }, KEY);
    expect(asked.toWorkbook({}).recalcOnLoad).toBe(true);
    asked.destroy();
  });

  it('keeps tab order and names when sheets are named like numbers, with TRUE as a constant', () => {
    const engine = WorkbookEngine.fromWorkbook(
      {
        ...book(),
        sheets: [sheetFromGrid('Synthèse', [[{ value: null, formula: "='2'!A1*Taux" }, { value: null, formula: '=IF(TRUE,1,2)' }]]), sheetFromGrid('2', [[{ value: 10 }]])],
        names: [{ name: 'Taux', formula: "'2'!$A$1" }],
      },
      KEY,
    );
    expect(engine.sheetNames()).toEqual(['Synthèse', '2']);
    expect(engine.value(0, 0, 0)).toBe(100);
    expect(engine.value(0, 0, 1)).toBe(1);
    // Opening is not an undo step.
    expect(engine.undo()).toBeUndefined();
    engine.destroy();
  });

  it('sets a pasted block at once (one undo step), and scattered cells one by one', () => {
    const engine = WorkbookEngine.fromWorkbook(book(), KEY);
    const block = [0, 1, 2].flatMap((r) => [3, 4].map((c) => ({ row: 10 + r, col: c, raw: r === 2 && c === 4 ? '=SUM(E11:E12)' : (r + 1) * (c - 2) })));
    engine.setMany(0, block);
    expect(engine.value(0, 12, 4)).toBe(6);
    expect(engine.raw(0, 11, 3)).toBe(2);
    engine.setMany(0, [
      { row: 0, col: 0, raw: 7 },
      { row: 20, col: 5, raw: 'loin' },
    ]);
    expect(engine.value(0, 3, 0)).toBe(12);
    expect(engine.value(0, 20, 5)).toBe('loin');
    engine.undo();
    expect(engine.value(0, 3, 0)).toBe(6);
    expect(engine.value(0, 20, 5)).toBeNull();
    engine.undo();
    expect(engine.value(0, 12, 4)).toBeNull();
    expect(engine.value(0, 10, 3)).toBeNull();
    engine.destroy();
  });

  it('round-trips an empty workbook', () => {
    const engine = WorkbookEngine.fromWorkbook(emptyWorkbook('Feuille1'), KEY);
    expect(engine.toWorkbook({})).toEqual(emptyWorkbook('Feuille1'));
    engine.destroy();
  });

  it('computes a formula with entries in place, then takes them away without an undo step', () => {
    const engine = WorkbookEngine.fromWorkbook(book(), KEY);
    engine.set(0, 0, 0, 10);
    expect(engine.value(0, 3, 0)).toBe(15);
    expect(engine.evaluateWithEntries(0, [{ row: 1, col: 0, raw: 20 }], 'A4')).toBe(33);
    expect(engine.evaluateWithEntries(0, [{ row: 1, col: 0, raw: 'x' }], 'COUNTIF(A1:A3,A2)=1')).toBe(true);
    expect(engine.value(0, 1, 0)).toBe(2);
    expect(engine.value(0, 3, 0)).toBe(15);
    // The one step recorded is still the one undone; what was undone can still be redone after a try.
    engine.undo();
    expect(engine.value(0, 0, 0)).toBe(1);
    expect(engine.history.canRedo).toBe(true);
    expect(engine.evaluateWithEntries(0, [{ row: 1, col: 0, raw: 7 }], 'A4')).toBe(11);
    expect(engine.history.canRedo).toBe(true);
    expect(engine.value(0, 3, 0)).toBe(6);
    engine.redo();
    expect(engine.value(0, 0, 0)).toBe(10);
    expect(engine.value(0, 3, 0)).toBe(15);
    engine.undo();
    engine.set(0, 0, 0, 4);
    engine.undo();
    expect(engine.value(0, 0, 0)).toBe(1);
    engine.destroy();
  });

  it('moves, removes and renames charts as undo steps', () => {
    const engine = WorkbookEngine.fromWorkbook(book(), KEY);
    const chart = chartFromRange(engine.toWorkbook({}), 'Recettes', { top: 0, left: 0, bottom: 2, right: 0 }, 'column');
    // A chart of the second sheet reads the first one's cells.
    engine.setDrawings(1, { charts: [chart] });
    const moved = { ...chart, anchor: { from: { row: 5, col: 5, dx: 3 }, to: { row: 9, col: 9 } } };
    engine.setDrawings(1, { charts: [moved] });
    expect(engine.toWorkbook({}).sheets[1]!.charts![0]!.anchor.from).toEqual({ row: 5, col: 5, dx: 3 });
    engine.undo();
    expect(engine.sheetProps(1).charts![0]!.anchor).toEqual(chart.anchor);
    engine.setDrawings(1, { charts: [] });
    expect(engine.sheetProps(1).charts).toBeUndefined();
    engine.undo();
    expect(engine.sheetProps(1).charts).toHaveLength(1);
    engine.renameSheet(0, 'Entrées');
    expect(engine.sheetProps(1).charts![0]!.series[0]!.values!.sheet).toBe('Entrées');
    engine.undo();
    expect(engine.sheetNames()[0]).toBe('Recettes');
    expect(engine.sheetProps(1).charts![0]!.series[0]!.values!.sheet).toBe('Recettes');
    engine.destroy();
  });

  it('reads other workbooks\' last values in formulas, keeps those formulas as written, and takes typed ones', () => {
    const linked: Workbook = {
      ...book(),
      sheets: [sheetFromGrid('Rapport', [[{ value: { error: '#REF!' }, formula: '=[1]Sheet1!$A$7*2' }]])],
      externalLinks: [{ target: 'file:///D:/Ventes.xlsx', sheets: [{ name: 'Sheet1', cells: [{ row: 6, col: 0, value: 21 }, { row: 6, col: 1, value: 4 }] }] }],
    };
    const engine = WorkbookEngine.fromWorkbook(linked, KEY);
    expect(engine.sheetNames()).toEqual(['Rapport']);
    expect(engine.value(0, 0, 0)).toBe(42);
    expect(engine.raw(0, 0, 0)).toBe('=[1]Sheet1!$A$7*2');
    engine.setMany(0, [{ row: 0, col: 1, raw: '=[1]Sheet1!B7+1' }]);
    expect(engine.value(0, 0, 1)).toBe(5);
    const saved = engine.toWorkbook({});
    expect(saved.sheets).toHaveLength(1);
    expect(saved.sheets[0]!.rows[0]).toEqual([{ value: 42, formula: '=[1]Sheet1!$A$7*2' }, { value: 5, formula: '=[1]Sheet1!B7+1' }]);
    expect(saved.recalcOnLoad).toBeUndefined();
    expect(saved.externalLinks).toEqual(linked.externalLinks);
  });
});
