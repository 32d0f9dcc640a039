import { describe, expect, it } from 'vitest';
import { anchorRect, cellAtViewPoint, gridSizes, MIN_OBJECT_PX, movedRect, pointAtPx, PX_PER_PT, rectAnchor, rectSizePt, resizedRect, sameAnchor } from './drawing-geometry.js';

// Columns 100 px wide except C (index 2) at 150 px and hidden E (index 4); rows 20 px except row 3 (index 2) at 40 px.
const sizes = () =>
  gridSizes(
    (c) => (c === 2 ? 150 : c === 4 ? 0 : 100),
    (r) => (r === 2 ? 40 : 20),
  );

describe('anchor to pixels', () => {
  it('places the top-left corner at its cell plus the offset in points', () => {
    const rect = anchorRect(sizes(), { from: { row: 1, col: 1, dx: 15, dy: 3 }, to: { row: 4, col: 3 } });
    expect(rect.x).toBeCloseTo(100 + 15 * PX_PER_PT);
    expect(rect.y).toBeCloseTo(20 + 3 * PX_PER_PT);
    // To D5: columns A..C = 100 + 100 + 150; rows 1..4 = 20 + 20 + 40 + 20.
    expect(rect.x + rect.width).toBeCloseTo(350);
    expect(rect.y + rect.height).toBeCloseTo(100);
  });

  it('counts wider and hidden columns on the way', () => {
    // F1 lies after A, B (100 each), C (150), D (100) and hidden E (0).
    expect(anchorRect(sizes(), { from: { row: 0, col: 5 }, to: { row: 2, col: 6 } }).x).toBe(450);
  });

  it('keeps an offset read from a file inside its cell', () => {
    // 200 pt into a 100 px column stops at the column's edge.
    const rect = anchorRect(sizes(), { from: { row: 0, col: 0, dx: 200 }, to: { row: 5, col: 5 } });
    expect(rect.x).toBe(100);
  });

  it('uses a picture’s own size in points over its second corner', () => {
    const rect = anchorRect(sizes(), { from: { row: 0, col: 0 }, to: { row: 1, col: 1 } }, { width: 72, height: 36 });
    expect(rect).toEqual({ x: 0, y: 0, width: 96, height: 48 });
  });

  it('never draws an object smaller than a handle can reach', () => {
    const rect = anchorRect(sizes(), { from: { row: 3, col: 3 }, to: { row: 3, col: 3 } });
    expect(rect.width).toBe(MIN_OBJECT_PX);
    expect(rect.height).toBe(MIN_OBJECT_PX);
  });
});

describe('pixels to anchor', () => {
  it('finds the cell under a position and the offset inside it in points', () => {
    expect(pointAtPx(sizes(), 130, 25)).toEqual({ row: 1, col: 1, dx: 22.5, dy: 3.75 });
    expect(pointAtPx(sizes(), 0, 0)).toEqual({ row: 0, col: 0 });
  });

  it('skips hidden columns: the position after D is F, not E', () => {
    expect(pointAtPx(sizes(), 450, 0).col).toBe(5);
    expect(pointAtPx(sizes(), 449, 0).col).toBe(3);
  });

  it('reaches rows far down the sheet', () => {
    const p = pointAtPx(gridSizes(() => 100, () => 20), 0, 20 * 90_000 + 10);
    expect(p.row).toBe(90_000);
    expect(p.dy).toBe(7.5);
  });

  it('gives back the anchor a rectangle was drawn from', () => {
    const anchor = { from: { row: 1, col: 1, dx: 7.5, dy: 3 }, to: { row: 6, col: 5, dx: 30, dy: 6 } };
    const back = rectAnchor(sizes(), anchorRect(sizes(), anchor));
    expect(sameAnchor(back, anchor)).toBe(true);
  });

  it('clamps a rectangle dragged above or left of A1 to the sheet', () => {
    expect(rectAnchor(sizes(), { x: -40, y: -10, width: 100, height: 20 }).from).toEqual({ row: 0, col: 0 });
  });

  it('gives a rectangle’s size in points', () => {
    expect(rectSizePt({ x: 0, y: 0, width: 96, height: 40 })).toEqual({ width: 72, height: 30 });
  });
});

describe('moving and resizing', () => {
  const rect = { x: 100, y: 50, width: 200, height: 100 };

  it('moves by the drag, not past the sheet’s top-left corner', () => {
    expect(movedRect(rect, 30, -20)).toEqual({ x: 130, y: 30, width: 200, height: 100 });
    expect(movedRect(rect, -500, -500)).toEqual({ x: 0, y: 0, width: 200, height: 100 });
  });

  it('moves only the sides of the handle dragged', () => {
    expect(resizedRect(rect, 'se', 40, 10)).toEqual({ x: 100, y: 50, width: 240, height: 110 });
    expect(resizedRect(rect, 'nw', 20, 10)).toEqual({ x: 120, y: 60, width: 180, height: 90 });
    expect(resizedRect(rect, 'e', 0, 99)).toEqual({ x: 100, y: 50, width: 200, height: 100 });
  });

  it('keeps a minimum size whatever the drag', () => {
    const small = resizedRect(rect, 'sw', 1000, -1000);
    expect(small.width).toBe(MIN_OBJECT_PX);
    expect(small.height).toBe(MIN_OBJECT_PX);
    expect(small.x + small.width).toBe(300);
  });
});

describe('the cell under a point', () => {
  // Columns 100 px, rows 20 px; headers 50 × 25.
  const sizes = gridSizes(() => 100, () => 20);
  const view = { headerWidth: 50, headerHeight: 25, scrollLeft: 0, scrollTop: 0, frozenRows: 0, frozenCols: 0 };

  it('finds the cell from the container’s corner, headers left out', () => {
    expect(cellAtViewPoint(sizes, view, 50 + 250, 25 + 45)).toEqual({ row: 2, col: 2 });
    expect(cellAtViewPoint(sizes, view, 10, 10)).toEqual({ row: 0, col: 0 });
  });

  it('counts the scroll, except over frozen rows and columns', () => {
    const scrolled = { ...view, scrollLeft: 300, scrollTop: 200 };
    expect(cellAtViewPoint(sizes, scrolled, 50 + 10, 25 + 10)).toEqual({ row: 10, col: 3 });
    const frozen = { ...scrolled, frozenRows: 1, frozenCols: 1 };
    expect(cellAtViewPoint(sizes, frozen, 50 + 10, 25 + 10)).toEqual({ row: 0, col: 0 });
    expect(cellAtViewPoint(sizes, frozen, 50 + 110, 25 + 30)).toEqual({ row: 11, col: 4 });
  });
});
