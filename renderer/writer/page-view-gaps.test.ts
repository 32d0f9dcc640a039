import { describe, expect, it } from 'vitest';
import { bodyHeight, gapHeights, pageAt, pageStarts, SHEET_SPACE, sheetsHeight } from './page-view-gaps.js';
import { flow } from './test-flow.js';


/** A 400 px sheet with 50 px margins: 300 px of body. */
const SHEET = { height: 400, top: 50, bottom: 50 };
const PITCH = 400 + SHEET_SPACE;

describe('page view gaps', () => {
  it('starts a page at the first block that does not fit, with a gap that fills the sheet and the space after it', () => {
    // 0–100, 110–210, 220–320 (does not fit 300), 330–430.
    const starts = pageStarts(flow(100, 100, 100, 100), SHEET);
    expect(starts).toEqual([{ point: { unit: 2, line: 0 }, y: 220 }]);
    // Page 2's body starts one pitch below page 1's.
    expect(gapHeights([220], SHEET)).toEqual([PITCH - 220]);
    expect(bodyHeight(SHEET)).toBe(300);
  });

  it('each gap lands its page on the next sheet, counting the gaps before it', () => {
    const units = flow(...Array.from({ length: 9 }, () => 100));
    const starts = pageStarts(units, SHEET);
    expect(starts.map((s) => s.point.unit)).toEqual([2, 4, 6, 8]);
    const heights = gapHeights(starts.map((s) => s.y), SHEET);
    let pushed = 0;
    starts.forEach((s, i) => {
      pushed += heights[i]!;
      expect(s.y + pushed).toBe((i + 1) * PITCH);
    });
    expect(sheetsHeight(5, SHEET)).toBe(5 * 400 + 4 * SHEET_SPACE);
  });

  it('cuts a paragraph between lines at the page end, the gap before its first line on the next page', () => {
    // 24 lines of 20 px after a 100 px block: lines 0–9 fit (110–310 > 300 stops at line 9).
    const starts = pageStarts(flow(100, { lines: 24 }), SHEET);
    expect(starts[0]).toEqual({ point: { unit: 1, line: 9 }, y: 110 + 9 * 20 });
    expect(gapHeights([starts[0]!.y], SHEET)).toEqual([PITCH - 290]);
  });

  it('starts the block after a page break on a new page, however much room is left', () => {
    const starts = pageStarts(flow(50, { h: 50, brk: true }, 50), SHEET);
    expect(starts).toEqual([{ point: { unit: 1, line: 0 }, y: 60 }]);
    expect(gapHeights([60], SHEET)).toEqual([PITCH - 60]);
  });

  it('keeps a heading at a page foot with the paragraph after it', () => {
    // 0–200, heading 210–240 fits, the paragraph 250–350 does not: the heading moves too.
    const starts = pageStarts(flow(200, { h: 30, keep: true }, 100), SHEET);
    expect(starts.map((s) => s.point)).toEqual([{ unit: 1, line: 0 }]);
    expect(starts[0]!.y).toBe(210);
  });

  it('gives one page and no gap to a short flow, and tells which page holds a position', () => {
    expect(pageStarts(flow(100), SHEET)).toEqual([]);
    expect(pageStarts([], SHEET)).toEqual([]);
    expect(gapHeights([], SHEET)).toEqual([]);
    // Pages 2 and 3 start at positions 40 and 90.
    expect(pageAt([40, 90], 0)).toBe(1);
    expect(pageAt([40, 90], 39)).toBe(1);
    expect(pageAt([40, 90], 40)).toBe(2);
    expect(pageAt([40, 90], 200)).toBe(3);
    expect(pageAt([], 5)).toBe(1);
  });
});
