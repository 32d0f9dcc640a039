import { describe, expect, it } from 'vitest';
import { columnGeometry, paginateColumns } from './print-columns.js';
import type { ColumnPage } from './print-columns.js';
import type { FlowUnit } from './print-pagination.js';

/** `n` one-line units of `h` pixels, one under the other. */
const units = (n: number, h = 20, extra: Partial<Record<number, Partial<FlowUnit>>> = {}): FlowUnit[] =>
  Array.from({ length: n }, (_, i) => ({ top: i * h, bottom: (i + 1) * h, lines: [], breakBefore: false, keepWithNext: false, ...extra[i] }));

/** The units of each column of each page, as [first, end) pairs. */
const shape = (pages: ColumnPage[]) => pages.map((p) => p.columns.map((c) => [c.from.unit, c.to.unit]));

describe('print layout in columns', () => {
  it('splits the text width into columns with their gap, one column when they would be too narrow', () => {
    const px = (twips: number) => twips / 15;
    expect(columnGeometry(600, { count: 2, gap: 720, separator: true }, px)).toEqual({ count: 2, width: 276, gap: 48, separator: true });
    expect(columnGeometry(600, { count: 3, gap: 0, separator: false }, px)).toEqual({ count: 3, width: 200, gap: 0, separator: false });
    expect(columnGeometry(600, undefined, px).count).toBe(1);
    expect(columnGeometry(100, { count: 5, gap: 300, separator: true }, px)).toEqual({ count: 1, width: 100, gap: 0, separator: false });
  });

  it('fills the columns of a page one after the other, then the next page', () => {
    const pages = paginateColumns(units(25), 2, () => ({ height: 100, used: 0 }), false);
    expect(shape(pages)).toEqual([
      [[0, 5], [5, 10]],
      [[10, 15], [15, 20]],
      [[20, 25]],
    ]);
  });

  it('a column break starts the next column', () => {
    const pages = paginateColumns(units(6, 20, { 2: { breakBefore: true } }), 2, () => ({ height: 100, used: 0 }), false);
    expect(shape(pages)).toEqual([[[0, 2], [2, 6]]]);
  });

  it('balances the last page of a section followed by a continuous one', () => {
    expect(shape(paginateColumns(units(6), 2, () => ({ height: 200, used: 0 }), true))).toEqual([[[0, 3], [3, 6]]]);
    expect(shape(paginateColumns(units(7), 3, () => ({ height: 200, used: 0 }), true))).toEqual([[[0, 3], [3, 6], [6, 7]]]);
    // Unbalanced, all of it stays in the first column.
    expect(shape(paginateColumns(units(6), 2, () => ({ height: 200, used: 0 }), false))).toEqual([[[0, 6]]]);
  });

  it('gives each page the room it has: a tall header on the first page leaves less', () => {
    const pages = paginateColumns(units(12), 1, (i) => ({ height: i === 0 ? 60 : 100, used: 0 }), false);
    expect(shape(pages)).toEqual([[[0, 3]], [[3, 8]], [[8, 12]]]);
  });

  it('a continuous section starts below the one before on its page, or on the next page when nothing fits', () => {
    expect(shape(paginateColumns(units(8), 2, (i) => ({ height: 100, used: i === 0 ? 40 : 0 }), false))).toEqual([[[0, 3], [3, 6]], [[6, 8]]]);
    expect(shape(paginateColumns(units(2), 2, (i) => ({ height: 100, used: i === 0 ? 95 : 0 }), false))).toEqual([[[0, 0]], [[0, 2]]]);
  });
});
