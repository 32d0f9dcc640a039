import { describe, expect, it } from 'vitest';
import type { RowRun } from '@ostal/model';
import { shiftSheetProps, shiftSpan, shiftStyles, updateRuns } from './sheet-structure.js';

describe('sheet structure follows inserted and deleted rows/columns', () => {
  it('shifts and shrinks spans', () => {
    expect(shiftSpan(2, 4, 3, 2)).toEqual([2, 6]);
    expect(shiftSpan(5, 6, 3, 2)).toEqual([7, 8]);
    expect(shiftSpan(2, 6, 3, -2)).toEqual([2, 4]);
    expect(shiftSpan(3, 4, 3, -2)).toBeNull();
    expect(shiftSpan(4, 8, 3, -3)).toEqual([3, 5]);
  });

  it('moves styles and drops the removed ones', () => {
    const styles = new Map([
      [0 * 10 + 1, 1],
      [2 * 10 + 1, 2],
      [3 * 10 + 4, 3],
    ]);
    expect([...shiftStyles(styles, 10, 'rows', 2, -1)]).toEqual([
      [1, 1],
      [24, 3],
    ]);
    expect([...shiftStyles(styles, 10, 'cols', 0, 2)]).toEqual([
      [3, 1],
      [23, 2],
      [36, 3],
    ]);
  });

  it('moves merges, frozen panes and notes', () => {
    const props = { merges: [{ top: 1, left: 0, bottom: 2, right: 1 }], frozen: { rows: 2, cols: 0 }, comments: [{ row: 3, col: 0, text: 'n' }] };
    expect(shiftSheetProps(props, 'rows', 0, 1)).toEqual({ merges: [{ top: 2, left: 0, bottom: 3, right: 1 }], frozen: { rows: 3, cols: 0 }, comments: [{ row: 4, col: 0, text: 'n' }] });
    expect(shiftSheetProps(props, 'rows', 1, -1)).toEqual({ merges: [{ top: 1, left: 0, bottom: 1, right: 1 }], frozen: { rows: 1, cols: 0 }, comments: [{ row: 2, col: 0, text: 'n' }] });
  });

  it('patches runs over a span, splitting and dropping empty ones', () => {
    const runs = [{ first: 0, last: 9, width: 20 }];
    expect(updateRuns(runs, 3, 4, (b) => ({ ...b, hidden: true }))).toEqual([
      { first: 0, last: 2, width: 20 },
      { first: 3, last: 4, width: 20, hidden: true },
      { first: 5, last: 9, width: 20 },
    ]);
    expect(updateRuns<RowRun>([{ first: 3, last: 3, hidden: true }], 2, 4, ({ hidden: _h, ...b }) => b)).toEqual([]);
    expect(updateRuns<RowRun>(undefined, 1, 1, () => ({ height: 30 }))).toEqual([{ first: 1, last: 1, height: 30 }]);
  });

  it('moves validation, conditional format and autofilter ranges', () => {
    const range = { top: 2, left: 0, bottom: 5, right: 1 };
    const props = { validations: [{ ranges: [range], type: 'list' as const, formula1: '"a,b"' }], autoFilter: { range } };
    const out = shiftSheetProps(props, 'rows', 0, 2);
    expect(out.validations?.[0]?.ranges).toEqual([{ top: 4, left: 0, bottom: 7, right: 1 }]);
    expect(out.autoFilter?.range).toEqual({ top: 4, left: 0, bottom: 7, right: 1 });
    expect(shiftSheetProps(props as never, 'cols', 0, -2)).toEqual({});
  });
});
