import { describe, expect, it } from 'vitest';
import type { Cell, Workbook } from '@ostal/model';
import { emptyWorkbook } from '@ostal/model';
import { cellKey, volatileCells } from './volatile-cells.js';

function book(sheets: Record<string, (string | number | null)[][]>): Workbook {
  const cell = (v: string | number | null): Cell | null =>
    v === null ? null : typeof v === 'string' && v.startsWith('=') ? { value: 0, formula: v } : { value: v };
  return { ...emptyWorkbook(), sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows: rows.map((r) => r.map(cell)) })) };
}

describe('volatileCells', () => {
  it('marks volatile functions and the formulas they feed, on their sheet or another', () => {
    const wb = book({
      S: [
        ['=TODAY()', '=A1', 5],
        ['=B1-C1', '=SUM(C1:C3)', '=RANDBETWEEN(1,6)'],
      ],
      T: [['=S!A2*2', '=ROUND(S!C1,0)']],
    });
    expect([...volatileCells(wb)].sort()).toEqual(
      [cellKey('S', 0, 0), cellKey('S', 0, 1), cellKey('S', 1, 0), cellKey('S', 1, 1), cellKey('S', 1, 2), cellKey('T', 0, 0)].sort(),
    );
  });

  it('finds none in a workbook without volatile functions', () => {
    expect(volatileCells(book({ S: [['=1+1', '=A1*2']] })).size).toBe(0);
  });
});
