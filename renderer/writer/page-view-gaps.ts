/**
 * The on-screen page view's arithmetic (`page-view-plugin.ts` does the DOM side). Pure.
 *
 * The editor's flow is measured in "content coordinates": y from the top of the first page's
 * body, as if the gaps the view inserts between pages were not there. `print-pagination.ts`
 * decides where pages end, as for the PDF export; each page after the first then starts after a
 * gap whose height fills the rest of the page before, its bottom margin, the grey space between
 * sheets and the top margin of the next: page k's body starts at k × (sheet height + space).
 */
import { paginate } from './print-pagination.js';
import type { FlowPoint, FlowUnit } from './print-pagination.js';

/** Grey space between two sheets on screen, in CSS pixels. */
export const SHEET_SPACE = 24;

/** A sheet as the page view draws it, in CSS pixels. */
export interface SheetGeometry {
  readonly height: number;
  readonly top: number;
  readonly bottom: number;
}

/** Where one page after the first starts: the flow point and its content y. */
export interface PageStart {
  readonly point: FlowPoint;
  readonly y: number;
}

/** Height of a page's body (the text between the top and bottom margins). */
export function bodyHeight(sheet: SheetGeometry): number {
  return Math.max(1, sheet.height - sheet.top - sheet.bottom);
}

/** Distance from one sheet's top to the next one's. */
export function sheetPitch(sheet: SheetGeometry): number {
  return sheet.height + SHEET_SPACE;
}

/** Height of `count` sheets stacked with their spaces. */
export function sheetsHeight(count: number, sheet: SheetGeometry): number {
  return Math.max(1, count) * sheetPitch(sheet) - SHEET_SPACE;
}

/** Content y of a flow point: the unit's top, or the top of its line. */
export function pointY(units: readonly FlowUnit[], p: FlowPoint): number {
  const u = units[p.unit];
  if (!u) return 0;
  return p.line > 0 ? (u.lines[p.line]?.top ?? u.top) : u.top;
}

/** The starts of pages 2, 3, … of a measured flow laid on sheets of `sheet`. */
export function pageStarts(units: readonly FlowUnit[], sheet: SheetGeometry): PageStart[] {
  return paginate(units, bodyHeight(sheet))
    .slice(1)
    .map((page) => ({ point: page.from, y: pointY(units, page.from) }));
}

/**
 * Heights of the gaps before each page start (content y, in order) such that page k + 1's
 * first line lands at the top of sheet k + 1's body: each gap pushes everything after it.
 */
export function gapHeights(starts: readonly number[], sheet: SheetGeometry): number[] {
  const pitch = sheetPitch(sheet);
  const out: number[] = [];
  let pushed = 0;
  starts.forEach((y, i) => {
    const h = Math.max(0, (i + 1) * pitch - (y + pushed));
    out.push(h);
    pushed += h;
  });
  return out;
}

/** The page (1-based) holding document position `pos`, from the positions where pages 2, 3, … start. */
export function pageAt(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? Infinity) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}
