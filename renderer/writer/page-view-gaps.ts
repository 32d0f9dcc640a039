/**
 * The on-screen page view's arithmetic (`page-view-plugin.ts` does the DOM side). Pure.
 *
 * The editor's flow is measured in "content coordinates": y from the top of the first page's
 * body, as if the gaps the view inserts between pages were not there. `print-pagination.ts`
 * decides where pages end, as for the PDF export, each run of sections on its own sheets (its
 * paper, its margins pushed by a tall header or footer); each page after the first then starts
 * after a gap whose height fills the rest of the page before, its bottom margin, the grey space
 * between sheets and the top margin of the next, so that its first line sits at the top of its
 * sheet's body.
 */
import { pageEnd } from './print-pagination.js';
import type { FlowPoint, FlowUnit } from './print-pagination.js';

/** Grey space between two sheets on screen, in CSS pixels. */
export const SHEET_SPACE = 24;

/** A sheet as the page view draws it, in CSS pixels: its height and where its body starts and ends (from its top and bottom edges). */
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

/** The sheets of a run of sections, from the flow unit where it starts. */
export interface SheetRun {
  /** Index of its first flow unit (0 for the first run); a run without units has no sheet. */
  readonly from: number;
  /** The number its first page carries (undefined: the one after the page before). */
  readonly restart?: number;
  /** The sheet of the run's page `index` (0: its first), numbered `number`. */
  readonly sheet: (index: number, number: number) => SheetGeometry;
}

/** One page of the view: its run, its place in the run, its number and its sheet. */
export interface LaidPage {
  readonly run: number;
  readonly index: number;
  readonly number: number;
  readonly sheet: SheetGeometry;
}

/** Height of a page's body (the text between the top and bottom margins). */
export function bodyHeight(sheet: SheetGeometry): number {
  return Math.max(1, sheet.height - sheet.top - sheet.bottom);
}

/** Where each sheet's top is, from the first sheet's top. */
export function sheetTops(sheets: readonly SheetGeometry[]): number[] {
  const tops: number[] = [];
  let y = 0;
  for (const s of sheets) {
    tops.push(y);
    y += s.height + SHEET_SPACE;
  }
  return tops;
}

/** Height of the sheets stacked with their spaces. */
export function sheetsHeight(sheets: readonly SheetGeometry[]): number {
  return Math.max(1, sheets.reduce((sum, s) => sum + s.height + SHEET_SPACE, 0) - SHEET_SPACE);
}

/** Content y of a flow point: the unit's top, or the top of its line. */
export function pointY(units: readonly FlowUnit[], p: FlowPoint): number {
  const u = units[p.unit];
  if (!u) return 0;
  return p.line > 0 ? (u.lines[p.line]?.top ?? u.top) : u.top;
}

/**
 * The pages of a measured flow laid on the sheets of its runs: where pages 2, 3, … start, and
 * every page's run, number and sheet. A run starts a new page; each page of a run takes the
 * body height of its own sheet. An empty flow gives one page.
 */
export function layPages(units: readonly FlowUnit[], runs: readonly SheetRun[]): { starts: PageStart[]; pages: LaidPage[] } {
  const pages: LaidPage[] = [];
  const starts: PageStart[] = [];
  let number = 0;
  runs.forEach((run, r) => {
    const end = Math.min(units.length, runs[r + 1]?.from ?? units.length);
    const first = run.restart ?? number + 1;
    // The first run has a page even without text.
    if (run.from >= end && !(r === 0 && units.length === 0)) return;
    const slice = units.slice(0, end);
    let pos: FlowPoint = { unit: run.from, line: 0 };
    let index = 0;
    do {
      number = first + index;
      const sheet = run.sheet(index, number);
      if (pages.length > 0) starts.push({ point: pos, y: pointY(units, pos) });
      pages.push({ run: r, index, number, sheet });
      if (pos.unit >= end) break;
      pos = pageEnd(slice, pos, bodyHeight(sheet), false);
      index++;
    } while (pos.unit < end);
  });
  return { starts, pages };
}

/**
 * Heights of the gaps before each page start (content y, in order) such that page k + 1's
 * first line lands at the top of sheet k + 1's body: each gap pushes everything after it.
 * `sheets`: every page's sheet, the first one's included.
 */
export function gapHeights(starts: readonly number[], sheets: readonly SheetGeometry[]): number[] {
  const tops = sheetTops(sheets);
  const firstBody = sheets[0]?.top ?? 0;
  const out: number[] = [];
  let pushed = 0;
  starts.forEach((y, i) => {
    const target = (tops[i + 1] ?? 0) + (sheets[i + 1]?.top ?? 0) - firstBody;
    const h = Math.max(0, target - (y + pushed));
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
