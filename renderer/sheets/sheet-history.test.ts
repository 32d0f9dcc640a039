import { describe, expect, it } from 'vitest';
import { sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { WorkbookEngine } from './workbook-engine.js';

function book(): Workbook {
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: { title: 'Budget' },
    sheets: [
      sheetFromGrid('Recettes', [[{ value: 1 }], [{ value: 2 }], [{ value: 3 }], [{ value: null, formula: '=SUM(A1:A3)' }]]),
      sheetFromGrid('Dépenses', [[{ value: null, formula: '=Recettes!A4*2' }]]),
    ],
  };
}

describe('one history for every workbook change', () => {
  it('undoes and redoes a batch of edits as one step', () => {
    const e = WorkbookEngine.fromWorkbook(book(), 'gpl-v3');
    expect(e.history.canUndo).toBe(false);
    e.setMany(0, [
      { row: 0, col: 0, raw: 10 },
      { row: 1, col: 0, raw: 20 },
    ]);
    expect(e.value(0, 3, 0)).toBe(33);
    expect(e.undo()).toEqual({ sheet: 0, structural: false });
    expect(e.value(0, 3, 0)).toBe(6);
    expect(e.history.canUndo).toBe(false);
    e.redo();
    expect(e.value(0, 3, 0)).toBe(33);
    expect(e.value(1, 0, 0)).toBe(66);
  });

  it('undoes styles, and a new change forgets what was undone', () => {
    const e = WorkbookEngine.fromWorkbook(book(), 'gpl-v3');
    e.formatRange(0, { top: 0, left: 0, bottom: 1, right: 0 }, (s) => ({ ...s, font: { ...s.font, bold: true } }));
    expect(e.styleAt(0, 1, 0).font?.bold).toBe(true);
    e.undo();
    expect(e.styleAt(0, 1, 0)).toEqual({});
    e.set(0, 0, 1, 'x');
    expect(e.history.canRedo).toBe(false);
    e.undo();
    expect(e.raw(0, 0, 1)).toBeNull();
  });

  it('inserts a row: values, formulas, styles and layout move; undo brings everything back', () => {
    const e = WorkbookEngine.fromWorkbook(book(), 'gpl-v3');
    e.formatRange(0, { top: 2, left: 0, bottom: 2, right: 0 }, () => ({ font: { bold: true } }));
    e.setSize(0, 'rows', 2, 2, 30);
    e.insert(0, 'rows', 1, 2);
    expect(e.raw(0, 4, 0)).toBe(3);
    expect(e.styleAt(0, 4, 0).font?.bold).toBe(true);
    expect(e.raw(0, 5, 0)).toBe('=SUM(A1:A5)');
    expect(e.raw(1, 0, 0)).toBe('=Recettes!A6*2');
    expect(e.sheetProps(0).rowProps).toEqual([{ first: 4, last: 4, height: 30 }]);
    e.undo();
    expect(e.raw(0, 2, 0)).toBe(3);
    expect(e.raw(0, 3, 0)).toBe('=SUM(A1:A3)');
    expect(e.styleAt(0, 2, 0).font?.bold).toBe(true);
    expect(e.styleAt(0, 4, 0)).toEqual({});
    expect(e.sheetProps(0).rowProps).toEqual([{ first: 2, last: 2, height: 30 }]);
  });

  it('deletes a column with its merges and hidden flags; undo restores references', () => {
    const e = WorkbookEngine.fromWorkbook(book(), 'gpl-v3');
    e.set(0, 0, 2, '=A1+1');
    e.merge(0, { top: 5, left: 1, bottom: 6, right: 3 });
    e.setHidden(0, 'cols', 3, 3, true);
    e.remove(0, 'cols', 0);
    expect(e.value(0, 0, 1)).toEqual({ error: '#REF!' });
    expect(e.sheetProps(0).merges).toEqual([{ top: 5, left: 0, bottom: 6, right: 2 }]);
    expect(e.sheetProps(0).columns).toEqual([{ first: 2, last: 2, hidden: true }]);
    e.undo();
    expect(e.value(0, 0, 2)).toBe(2);
    expect(e.sheetProps(0).columns).toEqual([{ first: 3, last: 3, hidden: true }]);
  });

  it('deletes, moves, colours and hides sheets, all undoable, and saves the order', () => {
    const e = WorkbookEngine.fromWorkbook(book(), 'gpl-v3');
    e.addSheet('Synthèse');
    e.moveSheet(2, 0);
    expect(e.sheetNames()).toEqual(['Synthèse', 'Recettes', 'Dépenses']);
    e.setTabColor(1, '#ff0000');
    e.setSheetHidden(2, true);
    const saved = e.toWorkbook({ title: 'Budget' });
    expect(saved.sheets.map((s) => s.name)).toEqual(['Synthèse', 'Recettes', 'Dépenses']);
    expect(saved.sheets[1]?.tabColor).toBe('#ff0000');
    expect(saved.sheets[2]?.visibility).toBe('hidden');
    e.removeSheet(1);
    expect(e.value(1, 0, 0)).toEqual({ error: '#REF!' });
    e.undo();
    expect(e.sheetNames()).toEqual(['Synthèse', 'Recettes', 'Dépenses']);
    expect(e.value(2, 0, 0)).toBe(12);
    expect(e.sheetProps(1).tabColor).toBe('#ff0000');
    e.undo();
    e.undo();
    e.undo();
    expect(e.sheetNames()).toEqual(['Recettes', 'Dépenses', 'Synthèse']);
    e.undo();
    expect(e.sheetNames()).toEqual(['Recettes', 'Dépenses']);
    expect(() => {
      e.setSheetHidden(0, true);
      e.setSheetHidden(1, true);
    }).toThrow(RangeError);
  });

  it('freezes, resizes and unmerges with undo', () => {
    const e = WorkbookEngine.fromWorkbook(book(), 'gpl-v3');
    e.setFrozen(0, 1, 2);
    e.setSize(0, 'cols', 0, 1, 80);
    e.merge(0, { top: 0, left: 0, bottom: 0, right: 1 });
    e.unmerge(0, { top: 0, left: 1, bottom: 0, right: 1 });
    expect(e.sheetProps(0)).toEqual({ frozen: { rows: 1, cols: 2 }, columns: [{ first: 0, last: 1, width: 80 }] });
    e.undo();
    expect(e.mergeAt(0, 0, 1)).toEqual({ top: 0, left: 0, bottom: 0, right: 1 });
    e.undo();
    e.undo();
    e.undo();
    expect(e.sheetProps(0)).toEqual({});
  });
});

describe('transactions', () => {
  it('records several changes as one step', () => {
    const e = WorkbookEngine.fromWorkbook(book(), 'gpl-v3');
    e.history.transaction(() => {
      e.set(0, 0, 0, 46000);
      e.formatRange(0, { top: 0, left: 0, bottom: 0, right: 0 }, () => ({ numberFormat: 'DD/MM/YYYY' }));
    });
    expect(e.styleAt(0, 0, 0).numberFormat).toBe('DD/MM/YYYY');
    e.undo();
    expect(e.raw(0, 0, 0)).toBe(1);
    expect(e.styleAt(0, 0, 0)).toEqual({});
    expect(e.history.canUndo).toBe(false);
    e.redo();
    expect(e.raw(0, 0, 0)).toBe(46000);
    expect(e.styleAt(0, 0, 0).numberFormat).toBe('DD/MM/YYYY');
  });
});

describe('defined names', () => {
  it('follow inserted rows and moved sheets when saved', () => {
    const b = book();
    const e = WorkbookEngine.fromWorkbook({ ...b, names: [{ name: 'Montants', formula: 'Recettes!$A$1:$A$3' }, { name: 'Local', formula: 'Dépenses!$A$1', sheet: 1 }] }, 'gpl-v3');
    e.insert(0, 'rows', 0, 2);
    e.moveSheet(1, 0);
    const names = e.toWorkbook({ title: 'x' }).names;
    expect(names?.[0]).toEqual({ name: 'Montants', formula: 'Recettes!$A$3:$A$5' });
    expect(names?.[1]).toMatchObject({ name: 'Local', sheet: 0 });
  });
});
