/**
 * Pages of a section in the print layout when its body is not a plain column: text columns
 * (a section's 2–3 columns, filled one after the other, the last page of a section followed by a
 * continuous one balanced as Word and LibreOffice do) and bodies whose height changes from page
 * to page (a header or footer taller than its margin pushes the text down or up). Pure: the DOM
 * side (`print-layout.ts`) measures and draws.
 */
import type { FlowPoint, FlowUnit, PageSlice } from './print-pagination.js';
import { pageEnd } from './print-pagination.js';

/** Largest number of text columns laid out. */
export const MAX_COLUMNS = 10;

/** A section's columns on a text width, in pixels. */
export interface ColumnGeometry {
  readonly count: number;
  /** Width of each column. */
  readonly width: number;
  /** Space between two columns. */
  readonly gap: number;
  readonly separator: boolean;
}

/** The columns of a text `textWidth` pixels wide (`gap` in pixels); one column when they do not fit. */
export function columnGeometry(textWidth: number, columns: { readonly count: number; readonly gap: number; readonly separator: boolean } | undefined, px: (twips: number) => number): ColumnGeometry {
  const count = columns && Number.isFinite(columns.count) ? Math.min(MAX_COLUMNS, Math.max(1, Math.floor(columns.count))) : 1;
  const gap = count > 1 && columns && Number.isFinite(columns.gap) ? Math.max(0, px(columns.gap)) : 0;
  const width = (textWidth - gap * (count - 1)) / count;
  if (count === 1 || width < 24) return { count: 1, width: textWidth, gap: 0, separator: false };
  return { count, width, gap, separator: !!columns?.separator };
}

/** The room a page gives a section's flow. */
export interface PageRoom {
  /** Pixels of body height on that page. */
  readonly height: number;
  /** Pixels already taken at the top of it (a continuous section following another there). */
  readonly used: number;
}

/** One page of a section: the slice each of its columns holds (as many as it fills). */
export interface ColumnPage {
  readonly columns: PageSlice[];
}

const done = (units: readonly FlowUnit[], p: FlowPoint): boolean => p.unit >= units.length;

/** Fills `count` columns of `height` from `pos`; the slices and where it stopped. */
function fill(units: readonly FlowUnit[], pos: FlowPoint, count: number, height: number, allowEmptyFirst: boolean): { slices: PageSlice[]; end: FlowPoint } {
  const slices: PageSlice[] = [];
  let at = pos;
  for (let c = 0; c < count && (!done(units, at) || slices.length === 0); c++) {
    const to = pageEnd(units, at, height, allowEmptyFirst && c === 0);
    slices.push({ from: at, to });
    at = to;
    // A continuous section that does not start here leaves this page to the next.
    if (to.unit === pos.unit && to.line === pos.line && c === 0 && allowEmptyFirst) break;
  }
  return { slices, end: at };
}

/** The height of the slice from `from` to `to` (up to the flow's end when `to` is past it). */
export function sliceHeight(units: readonly FlowUnit[], slice: PageSlice): number {
  const y = (p: FlowPoint): number => {
    const u = units[p.unit];
    if (!u) return units[units.length - 1]?.bottom ?? 0;
    return p.line > 0 ? (u.lines[p.line]?.top ?? u.top) : u.top;
  };
  return Math.max(0, y(slice.to) - y(slice.from));
}

/**
 * The pages of a flow in `count` columns: `room(i)` is the room of the section's page `i` (its
 * first page may share a sheet with the section before: `used` > 0). With `balance`, the last
 * page's columns are made as even as the text allows (the section is followed by a continuous
 * one). An empty flow gives one page with one empty column.
 */
export function paginateColumns(units: readonly FlowUnit[], count: number, room: (page: number) => PageRoom, balance: boolean): ColumnPage[] {
  const pages: ColumnPage[] = [];
  let pos: FlowPoint = { unit: 0, line: 0 };
  if (units.length === 0) return [{ columns: [{ from: pos, to: pos }] }];
  while (!done(units, pos)) {
    const r = room(pages.length);
    const height = Math.max(0, r.height - r.used);
    let { slices, end } = fill(units, pos, count, height, pages.length === 0 && r.used > 0);
    if (balance && count > 1 && done(units, end)) {
      // The lowest column height that still holds the rest in `count` columns.
      let lo = 0;
      let hi = height;
      for (let i = 0; i < 24 && hi - lo > 0.5; i++) {
        const mid = (lo + hi) / 2;
        if (done(units, fill(units, pos, count, mid, false).end)) hi = mid;
        else lo = mid;
      }
      const even = fill(units, pos, count, hi, false);
      if (done(units, even.end)) ({ slices, end } = even);
    }
    pages.push({ columns: slices });
    pos = end;
  }
  return pages;
}
