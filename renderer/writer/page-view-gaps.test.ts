import { describe, expect, it } from 'vitest';
import { bodyHeight, gapHeights, layPages, pageAt, SHEET_SPACE, sheetsHeight, sheetTops } from './page-view-gaps.js';
import type { SheetGeometry, SheetRun } from './page-view-gaps.js';
import type { FlowUnit } from './print-pagination.js';
import { flow } from './test-flow.js';

/** A 400 px sheet with 50 px margins: 300 px of body. */
const SHEET = { height: 400, top: 50, bottom: 50 };
const PITCH = 400 + SHEET_SPACE;
/** A landscape sheet: 250 px tall, 150 px of body. */
const WIDE = { height: 250, top: 50, bottom: 50 };

/** One run of `sheet` from unit 0. */
const one = (sheet: SheetGeometry): SheetRun[] => [{ from: 0, sheet: () => sheet }];
const pageStarts = (units: readonly FlowUnit[], sheet: SheetGeometry) => layPages(units, one(sheet)).starts;

describe('page view gaps', () => {
  it('starts a page at the first block that does not fit, with a gap that fills the sheet and the space after it', () => {
    // 0–100, 110–210, 220–320 (does not fit 300), 330–430.
    const starts = pageStarts(flow(100, 100, 100, 100), SHEET);
    expect(starts).toEqual([{ point: { unit: 2, line: 0 }, y: 220 }]);
    // Page 2's body starts one pitch below page 1's.
    expect(gapHeights([220], [SHEET, SHEET])).toEqual([PITCH - 220]);
    expect(bodyHeight(SHEET)).toBe(300);
  });

  it('each gap lands its page on the next sheet, counting the gaps before it', () => {
    const units = flow(...Array.from({ length: 9 }, () => 100));
    const { starts, pages } = layPages(units, one(SHEET));
    expect(starts.map((s) => s.point.unit)).toEqual([2, 4, 6, 8]);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
    const heights = gapHeights(starts.map((s) => s.y), pages.map((p) => p.sheet));
    let pushed = 0;
    starts.forEach((s, i) => {
      pushed += heights[i]!;
      expect(s.y + pushed).toBe((i + 1) * PITCH);
    });
    expect(sheetsHeight(pages.map((p) => p.sheet))).toBe(5 * 400 + 4 * SHEET_SPACE);
  });

  it('cuts a paragraph between lines at the page end, the gap before its first line on the next page', () => {
    // 24 lines of 20 px after a 100 px block: lines 0–9 fit (110–310 > 300 stops at line 9).
    const starts = pageStarts(flow(100, { lines: 24 }), SHEET);
    expect(starts[0]).toEqual({ point: { unit: 1, line: 9 }, y: 110 + 9 * 20 });
    expect(gapHeights([starts[0]!.y], [SHEET, SHEET])).toEqual([PITCH - 290]);
  });

  it('starts the block after a page break on a new page, however much room is left', () => {
    const starts = pageStarts(flow(50, { h: 50, brk: true }, 50), SHEET);
    expect(starts).toEqual([{ point: { unit: 1, line: 0 }, y: 60 }]);
    expect(gapHeights([60], [SHEET, SHEET])).toEqual([PITCH - 60]);
  });

  it('keeps a heading at a page foot with the paragraph after it', () => {
    // 0–200, heading 210–240 fits, the paragraph 250–350 does not: the heading moves too.
    const starts = pageStarts(flow(200, { h: 30, keep: true }, 100), SHEET);
    expect(starts.map((s) => s.point)).toEqual([{ unit: 1, line: 0 }]);
    expect(starts[0]!.y).toBe(210);
  });

  it('gives one page and no gap to a short flow, and tells which page holds a position', () => {
    expect(pageStarts(flow(100), SHEET)).toEqual([]);
    expect(layPages([], one(SHEET))).toEqual({ starts: [], pages: [{ run: 0, index: 0, number: 1, sheet: SHEET }] });
    expect(gapHeights([], [SHEET])).toEqual([]);
    // Pages 2 and 3 start at positions 40 and 90.
    expect(pageAt([40, 90], 0)).toBe(1);
    expect(pageAt([40, 90], 39)).toBe(1);
    expect(pageAt([40, 90], 40)).toBe(2);
    expect(pageAt([40, 90], 200)).toBe(3);
    expect(pageAt([], 5)).toBe(1);
  });

  it('lays a landscape section between portrait ones on its own sheets, each page on its sheet\'s body', () => {
    // Portrait: 2 blocks; landscape (new page): 3 blocks of 100, 1 per 150 px body; portrait again: 1 block.
    const units = flow(100, 100, { h: 100, brk: true }, 100, 100, { h: 100, brk: true });
    const runs: SheetRun[] = [
      { from: 0, sheet: () => SHEET },
      { from: 2, sheet: () => WIDE },
      { from: 5, restart: 10, sheet: () => SHEET },
    ];
    const { starts, pages } = layPages(units, runs);
    expect(pages.map((p) => [p.run, p.index, p.number, p.sheet.height])).toEqual([
      [0, 0, 1, 400],
      [1, 0, 2, 250],
      [1, 1, 3, 250],
      [1, 2, 4, 250],
      [2, 0, 10, 400],
    ]);
    expect(starts.map((s) => s.point.unit)).toEqual([2, 3, 4, 5]);
    const sheets = pages.map((p) => p.sheet);
    const tops = sheetTops(sheets);
    expect(tops).toEqual([0, PITCH, PITCH + 250 + SHEET_SPACE, PITCH + 2 * (250 + SHEET_SPACE), PITCH + 3 * (250 + SHEET_SPACE)]);
    // Each page's first block lands at its own sheet's body top (content y 0 is the first body's top).
    const heights = gapHeights(starts.map((s) => s.y), sheets);
    let pushed = 0;
    starts.forEach((s, i) => {
      pushed += heights[i]!;
      expect(s.y + pushed).toBe(tops[i + 1]! + sheets[i + 1]!.top - SHEET.top);
    });
    expect(sheetsHeight(sheets)).toBe(2 * 400 + 3 * 250 + 4 * SHEET_SPACE);
  });

  it('fits less on a page whose header pushes its body down, and numbers the pages for the header variant', () => {
    // The first page's body starts 150 px down (a tall first-page header): 200 px of body.
    const seen: [number, number][] = [];
    const run: SheetRun = {
      from: 0,
      sheet: (index, number) => {
        seen.push([index, number]);
        return index === 0 ? { ...SHEET, top: 150 } : SHEET;
      },
    };
    const { starts, pages } = layPages(flow(100, 100, 100, 100), [run]);
    expect(starts.map((s) => s.point.unit)).toEqual([1, 3]);
    expect(seen).toEqual([[0, 1], [1, 2], [2, 3]]);
    // Page 2's body top is on sheet 2: its gap counts page 1's pushed body.
    expect(gapHeights([starts[0]!.y], pages.slice(0, 2).map((p) => p.sheet))).toEqual([PITCH + 50 - 150 - 110]);
  });
});
