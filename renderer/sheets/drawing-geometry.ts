/**
 * Where a chart or a picture sits over the grid: its anchor (two cell corners with offsets in
 * points, as XLSX `xdr:twoCellAnchor` and ODS frames give them) <-> a rectangle in CSS pixels
 * measured from the top-left corner of cell A1, with the grid's own column widths and row
 * heights (hidden ones are 0 wide). Headless and tested; the drawing layer
 * (`DrawingLayer.tsx`) adds the grid's headers and scrolling.
 *
 * An offset inside a cell is kept in points in the file; on screen it never reaches past the
 * cell's edge (cells are not the same size in every application, so an offset read from a file
 * may be wider than the cell shown here).
 */
import type { ChartAnchor, ChartAnchorPoint } from '@ostal/model';

/** CSS pixels per point (96 px per inch, 72 pt per inch). */
export const PX_PER_PT = 96 / 72;

/** Smallest object on screen, in pixels (a handle must stay reachable). */
export const MIN_OBJECT_PX = 16;

/** Rows and columns the geometry knows of; an anchor further away is clamped. */
const LIMITS = { rows: 1_048_576, cols: 16_384 } as const;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The sizes along one axis (columns or rows), in pixels, with running offsets built as far as
 * they are asked for (a chart at row 90,000 costs one pass; the next question is a lookup).
 */
export class AxisSizes {
  private readonly starts: number[] = [0];

  constructor(
    private readonly size: (index: number) => number,
    private readonly limit: number,
  ) {}

  /** Size of line `index` in pixels (0 when hidden). */
  sizeOf(index: number): number {
    const s = this.size(index);
    return Number.isFinite(s) && s > 0 ? s : 0;
  }

  /** Pixels from the start of line 0 to the start of line `index`. */
  offset(index: number): number {
    const i = Math.max(0, Math.min(Math.floor(index), this.limit));
    while (this.starts.length <= i) {
      const k = this.starts.length - 1;
      this.starts.push(this.starts[k]! + this.sizeOf(k));
    }
    return this.starts[i]!;
  }

  /** The line holding position `px` (the last line starting at or before it, hidden lines skipped) and the pixels into it. */
  at(px: number): { index: number; inside: number } {
    const pos = Math.max(0, px);
    // Grow until a line starts after `pos` (or the limit), then search the running offsets.
    let probe = Math.max(1, this.starts.length - 1);
    while (probe < this.limit && this.offset(probe) <= pos) probe = Math.min(this.limit, probe * 2);
    let lo = 0;
    let hi = Math.min(probe, this.limit);
    if (this.offset(hi) <= pos) return { index: Math.max(0, hi - 1), inside: pos - this.offset(Math.max(0, hi - 1)) };
    // Invariant: offset(lo) <= pos < offset(hi).
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (this.offset(mid) <= pos) lo = mid;
      else hi = mid;
    }
    return { index: lo, inside: pos - this.offset(lo) };
  }
}

/** Column widths and row heights of the grid shown. */
export interface GridSizes {
  readonly cols: AxisSizes;
  readonly rows: AxisSizes;
}

export function gridSizes(colWidth: (col: number) => number, rowHeight: (row: number) => number): GridSizes {
  return { cols: new AxisSizes(colWidth, LIMITS.cols), rows: new AxisSizes(rowHeight, LIMITS.rows) };
}

function pointPx(sizes: GridSizes, p: ChartAnchorPoint): { x: number; y: number } {
  const col = Math.max(0, Math.min(p.col, LIMITS.cols - 1));
  const row = Math.max(0, Math.min(p.row, LIMITS.rows - 1));
  const dx = Math.min(Math.max(0, (p.dx ?? 0) * PX_PER_PT), sizes.cols.sizeOf(col));
  const dy = Math.min(Math.max(0, (p.dy ?? 0) * PX_PER_PT), sizes.rows.sizeOf(row));
  return { x: sizes.cols.offset(col) + dx, y: sizes.rows.offset(row) + dy };
}

/**
 * The rectangle of an anchor, in pixels from cell A1's top-left corner. `size` (points: a
 * picture's own size) wins over the bottom-right corner when given.
 */
export function anchorRect(sizes: GridSizes, anchor: ChartAnchor, size?: { readonly width: number; readonly height: number }): Rect {
  const a = pointPx(sizes, anchor.from);
  if (size) return { x: a.x, y: a.y, width: Math.max(MIN_OBJECT_PX, size.width * PX_PER_PT), height: Math.max(MIN_OBJECT_PX, size.height * PX_PER_PT) };
  const b = pointPx(sizes, anchor.to);
  return { x: a.x, y: a.y, width: Math.max(MIN_OBJECT_PX, b.x - a.x), height: Math.max(MIN_OBJECT_PX, b.y - a.y) };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The cell corner at a position in pixels, its offset in points (0.01 pt). */
export function pointAtPx(sizes: GridSizes, x: number, y: number): ChartAnchorPoint {
  const c = sizes.cols.at(x);
  const r = sizes.rows.at(y);
  const dx = round2(c.inside / PX_PER_PT);
  const dy = round2(r.inside / PX_PER_PT);
  return { row: r.index, col: c.index, ...(dx > 0 ? { dx } : {}), ...(dy > 0 ? { dy } : {}) };
}

/** The anchor of a rectangle in pixels (negative positions are taken as 0). */
export function rectAnchor(sizes: GridSizes, rect: Rect): ChartAnchor {
  const x = Math.max(0, rect.x);
  const y = Math.max(0, rect.y);
  return { from: pointAtPx(sizes, x, y), to: pointAtPx(sizes, x + Math.max(0, rect.width), y + Math.max(0, rect.height)) };
}

/** A rectangle's size in points (what a picture keeps). */
export function rectSizePt(rect: Rect): { width: number; height: number } {
  return { width: round2(rect.width / PX_PER_PT), height: round2(rect.height / PX_PER_PT) };
}

/** The sides a resize handle moves: `n`, `se`... */
export type Handle = 'n' | 's' | 'e' | 'w' | 'ne' | 'nw' | 'se' | 'sw';

export const HANDLES: readonly Handle[] = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'];

/** `rect` moved by (dx, dy), never above or left of cell A1. */
export function movedRect(rect: Rect, dx: number, dy: number): Rect {
  return { ...rect, x: Math.max(0, rect.x + dx), y: Math.max(0, rect.y + dy) };
}

/** `rect` with the sides of `handle` dragged by (dx, dy); the opposite sides stay, the size stays at least {@link MIN_OBJECT_PX}. */
export function resizedRect(rect: Rect, handle: Handle, dx: number, dy: number): Rect {
  let left = rect.x;
  let top = rect.y;
  let right = rect.x + rect.width;
  let bottom = rect.y + rect.height;
  if (handle.includes('w')) left = Math.max(0, Math.min(left + dx, right - MIN_OBJECT_PX));
  if (handle.includes('e')) right = Math.max(left + MIN_OBJECT_PX, right + dx);
  if (handle.includes('n')) top = Math.max(0, Math.min(top + dy, bottom - MIN_OBJECT_PX));
  if (handle.includes('s')) bottom = Math.max(top + MIN_OBJECT_PX, bottom + dy);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The same anchor, compared to 0.01 pt (a drop on the same spot is no change). */
export function sameAnchor(a: ChartAnchor, b: ChartAnchor): boolean {
  const same = (p: ChartAnchorPoint, q: ChartAnchorPoint) => p.row === q.row && p.col === q.col && round2(p.dx ?? 0) === round2(q.dx ?? 0) && round2(p.dy ?? 0) === round2(q.dy ?? 0);
  return same(a.from, b.from) && same(a.to, b.to);
}

/**
 * The cell under a point given in pixels from the grid container's top-left corner (a picture
 * dropped there lands on it): frozen rows and columns do not scroll, the others do.
 */
export function cellAtViewPoint(
  sizes: GridSizes,
  view: { readonly headerWidth: number; readonly headerHeight: number; readonly scrollLeft: number; readonly scrollTop: number; readonly frozenRows: number; readonly frozenCols: number },
  x: number,
  y: number,
): { row: number; col: number } {
  const px = Math.max(0, x - view.headerWidth);
  const py = Math.max(0, y - view.headerHeight);
  const frozenWidth = sizes.cols.offset(view.frozenCols);
  const frozenHeight = sizes.rows.offset(view.frozenRows);
  const col = sizes.cols.at(px < frozenWidth ? px : px + view.scrollLeft).index;
  const row = sizes.rows.at(py < frozenHeight ? py : py + view.scrollTop).index;
  return { row, col };
}
