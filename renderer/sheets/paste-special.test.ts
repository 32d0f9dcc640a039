import { describe, expect, it } from 'vitest';
import { sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { applyPlan, fillStyles, pasteSpecialPlan, sortPlan } from './paste-special.js';
import type { InternalClip } from './sheet-transfer.js';
import { WorkbookEngine } from './workbook-engine.js';

function engine(): WorkbookEngine {
  const workbook: Workbook = {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    styles: [{}, { font: { bold: true } }, { numberFormat: '0.00%' }],
    sheets: [
      sheetFromGrid('S', [
        [{ value: 1, style: 1 }, { value: 2 }],
        [{ value: 3 }, { value: null, formula: '=A2*2', style: 2 }],
        [{ value: 10 }, { value: 20 }],
      ]),
    ],
  };
  return WorkbookEngine.fromWorkbook(workbook, 'gpl-v3');
}

const clip: InternalClip = { sheet: 0, range: { top: 0, left: 0, bottom: 1, right: 1 }, text: '' };
const plain = { what: 'all', operation: 'none', transpose: false, skipBlanks: false } as const;

describe('paste special', () => {
  it('pastes contents with their formats, formulas moved', () => {
    const e = engine();
    const plan = pasteSpecialPlan(e, 0, clip, { row: 4, col: 2 }, plain);
    applyPlan(e, 0, plan.edits, plan.styles);
    expect(e.raw(0, 5, 3)).toBe('=C6*2');
    expect(e.value(0, 5, 3)).toBe(6);
    expect(e.styleAt(0, 4, 2).font?.bold).toBe(true);
    expect(e.styleAt(0, 5, 3).numberFormat).toBe('0.00%');
    e.undo();
    expect(e.raw(0, 5, 3)).toBeNull();
    expect(e.styleAt(0, 4, 2).font?.bold).toBeUndefined();
  });

  it('pastes values, formats only, transposed, and with an operation', () => {
    const e = engine();
    const values = pasteSpecialPlan(e, 0, clip, { row: 4, col: 0 }, { ...plain, what: 'values' });
    expect(values.edits.find((x) => x.row === 5 && x.col === 1)?.raw).toBe(6);
    expect(values.styles).toEqual([]);
    const formats = pasteSpecialPlan(e, 0, clip, { row: 4, col: 0 }, { ...plain, what: 'formats' });
    expect(formats.edits).toEqual([]);
    expect(formats.styles).toHaveLength(4);
    const transposed = pasteSpecialPlan(e, 0, clip, { row: 4, col: 0 }, { ...plain, what: 'values', transpose: true });
    expect(transposed.edits.find((x) => x.row === 4 && x.col === 1)?.raw).toBe(3);
    expect(transposed.edits.find((x) => x.row === 5 && x.col === 0)?.raw).toBe(2);
    const added = pasteSpecialPlan(e, 0, clip, { row: 2, col: 0 }, { ...plain, what: 'values', operation: 'add' });
    applyPlan(e, 0, added.edits, added.styles);
    expect(e.value(0, 2, 0)).toBe(11);
    expect(e.value(0, 2, 1)).toBe(22);
    expect(e.value(0, 3, 1)).toBe(6);
  });

  it('makes formats follow filled and sorted cells', () => {
    const e = engine();
    expect(fillStyles(e, 0, { top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 0, bottom: 3, right: 0 })).toEqual([
      { row: 2, col: 0, style: { font: { bold: true } } },
      { row: 3, col: 0, style: {} },
    ]);
    const plan = sortPlan(e, 0, { top: 0, left: 0, bottom: 2, right: 1 }, { header: false, keys: [{ col: 0, descending: true }], locale: 'fr' });
    applyPlan(e, 0, plan.edits, plan.styles);
    expect(e.value(0, 0, 0)).toBe(10);
    expect(e.value(0, 2, 0)).toBe(1);
    expect(e.styleAt(0, 2, 0).font?.bold).toBe(true);
    expect(e.styleAt(0, 0, 0).font?.bold).toBeUndefined();
    expect(e.styleAt(0, 1, 1).numberFormat).toBe('0.00%');
  });
});
