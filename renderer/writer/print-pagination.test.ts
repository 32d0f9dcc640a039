import { describe, expect, it } from 'vitest';
import type { FlowUnit } from './print-pagination.js';
import { paginate } from './print-pagination.js';
import { flow } from './test-flow.js';


const bounds = (pages: ReturnType<typeof paginate>) => pages.map((p) => [p.from.unit, p.from.line, p.to.unit, p.to.line]);

describe('paginate', () => {
  it('puts blocks on a page while they fit and starts the next page with the first that does not', () => {
    // 0–100, 110–210, 220–320, 330–430 on 300 px pages.
    expect(bounds(paginate(flow(100, 100, 100, 100), 300))).toEqual([
      [0, 0, 2, 0],
      [2, 0, 4, 0],
    ]);
  });

  it('gives an empty document one empty page', () => {
    expect(paginate([], 500)).toHaveLength(1);
  });

  it('splits a long paragraph between lines, never losing or repeating one', () => {
    // 25 lines of 20 px on 200 px pages: 10 lines a page.
    const pages = paginate(flow({ lines: 25 }), 200);
    expect(bounds(pages)).toEqual([
      [0, 0, 0, 10],
      [0, 10, 0, 20],
      [0, 20, 1, 0],
    ]);
  });

  it('leaves at least two lines of a split paragraph on each page (widows and orphans)', () => {
    // 150 px block, then a 5-line paragraph from 160: only line 1 (160–180) would fit in 190 px.
    expect(bounds(paginate(flow(150, { lines: 5 }), 190))).toEqual([
      [0, 0, 1, 0],
      [1, 0, 2, 0],
    ]);
    // With room for 4 of 5 lines, one line alone would go over: 3 stay, 2 go.
    expect(bounds(paginate(flow(10, { lines: 5 }), 110))).toEqual([
      [0, 0, 1, 3],
      [1, 3, 2, 0],
    ]);
  });

  it('moves a short paragraph whole rather than splitting it', () => {
    expect(bounds(paginate(flow(150, { lines: 3 }), 190))).toEqual([
      [0, 0, 1, 0],
      [1, 0, 2, 0],
    ]);
  });

  it('starts a new page at a page break', () => {
    expect(bounds(paginate(flow(50, { h: 50, brk: true }, 50), 1000))).toEqual([
      [0, 0, 1, 0],
      [1, 0, 3, 0],
    ]);
  });

  it('keeps a heading with the paragraph after it', () => {
    // Heading at 220–250 fits, the block after it (260–360) does not: the heading moves too.
    expect(bounds(paginate(flow(100, 100, { h: 30, keep: true }, 100), 300))).toEqual([
      [0, 0, 2, 0],
      [2, 0, 4, 0],
    ]);
  });

  it('still moves on when a block is taller than the page', () => {
    expect(bounds(paginate(flow(50, 500, 50), 200))).toEqual([
      [0, 0, 1, 0],
      [1, 0, 2, 0],
      [2, 0, 3, 0],
    ]);
    // A paragraph taller than the page whose lines are taller than it: one line a page.
    const tall: FlowUnit[] = [{ top: 0, bottom: 600, lines: [0, 1, 2].map((i) => ({ top: i * 200, bottom: (i + 1) * 200 })), breakBefore: false, keepWithNext: false }];
    expect(bounds(paginate(tall, 150))).toEqual([
      [0, 0, 0, 1],
      [0, 1, 0, 2],
      [0, 2, 1, 0],
    ]);
  });

  it('goes on after a previous section on the same page, or starts a page when nothing fits there', () => {
    expect(bounds(paginate(flow(100, 100), 300, 150))).toEqual([
      [0, 0, 1, 0],
      [1, 0, 2, 0],
    ]);
    expect(bounds(paginate(flow(100), 300, 250))).toEqual([
      [0, 0, 0, 0],
      [0, 0, 1, 0],
    ]);
  });
});

describe('paginate tables', () => {
  it('leaves room for the header rows a page starting inside a table repeats', () => {
    // Rows of 20 px (10 px apart) on 100 px pages: 4 rows fit; after a 30 px header, 2 fit.
    const rows = flow(20, 20, 20, 20, 20, 20, 20, 20).map((u, i) => (i > 0 ? { ...u, repeatHeight: 30 } : u));
    expect(bounds(paginate(rows, 110))).toEqual([
      [0, 0, 4, 0],
      [4, 0, 7, 0],
      [7, 0, 8, 0],
    ]);
  });
});
