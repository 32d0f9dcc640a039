/**
 * Pagination of the print layout (PDF export): where each page of a section ends, from the
 * measured positions of the blocks laid out at the section's text width. Pure: the DOM side
 * (`print-layout.ts`) measures and cuts, this decides.
 *
 * Units are the blocks that are never split between lines of their own (a paragraph, a heading,
 * a table row, a picture block), in flow order, with their border-box top and bottom in one
 * coordinate system and, for paragraphs, their line boxes. A page ends before a unit or before a
 * line of a paragraph, as word processors do:
 * - a paragraph is split between lines when it does not fit, leaving at least two lines on each
 *   side when it has four or more (widow and orphan control); shorter ones move whole;
 * - a heading (or any unit marked keep-with-next) does not stay alone at a page's foot;
 * - a page break starts the next unit on a new page;
 * - a page starting inside a table leaves room for its header rows, repeated there;
 * - a unit taller than the page still goes somewhere: at least one line (or the whole unit) per
 *   page, so pagination always ends.
 */

export interface FlowLine {
  readonly top: number;
  readonly bottom: number;
}

export interface FlowUnit {
  readonly top: number;
  readonly bottom: number;
  /** Line boxes of a paragraph (top to bottom); empty for units not split between lines. */
  readonly lines: readonly FlowLine[];
  /** A page break comes before this unit. */
  readonly breakBefore: boolean;
  /** Stay on the page of the next unit (headings). */
  readonly keepWithNext: boolean;
  /** Room a page starting at this unit gives to repeated rows (a table's header rows). */
  readonly repeatHeight?: number;
}

/** A place in the flow: before line `line` of unit `unit` (line 0: before the unit). */
export interface FlowPoint {
  readonly unit: number;
  readonly line: number;
}

/** What one page holds: from `from` (included) to `to` (excluded). */
export interface PageSlice {
  readonly from: FlowPoint;
  readonly to: FlowPoint;
}

/** Fewest lines of a split paragraph left at the foot of a page or carried to the next one. */
const MIN_LINES = 2;
/** Rounding slack of measured positions, in pixels. */
const EPSILON = 0.5;

function yOf(units: readonly FlowUnit[], p: FlowPoint): number {
  const u = units[p.unit];
  if (!u) return 0;
  return p.line > 0 ? (u.lines[p.line]?.top ?? u.top) : u.top;
}

/** Lines of `u` from `from` whose bottom is at most `limit` (how many fit, counted from `from`). */
function fittingLines(u: FlowUnit, from: number, limit: number): number {
  let k = from;
  while (k < u.lines.length && (u.lines[k]?.bottom ?? Infinity) <= limit + EPSILON) k++;
  return k - from;
}

/**
 * Where the page (or column) starting at `start` ends, given `height` pixels of body;
 * `allowEmpty`: it may hold nothing (a continuous section whose start does not fit there).
 */
export function pageEnd(units: readonly FlowUnit[], start: FlowPoint, height: number, allowEmpty: boolean): FlowPoint {
  const repeat = start.line === 0 ? (units[start.unit]?.repeatHeight ?? 0) : 0;
  const limit = yOf(units, start) + height - repeat;
  let i = start.unit;
  let line = start.line;
  let end: FlowPoint | null = null;
  while (i < units.length) {
    const u = units[i];
    if (!u) break;
    const first = i === start.unit && line === start.line;
    if (u.breakBefore && line === 0 && !first) {
      end = { unit: i, line: 0 };
      break;
    }
    if (u.bottom <= limit + EPSILON) {
      i++;
      line = 0;
      continue;
    }
    // The unit does not fit whole: split a paragraph between lines, or move the unit.
    if (u.lines.length > 1) {
      let k = line + fittingLines(u, line, limit);
      if (u.lines.length >= 2 * MIN_LINES) {
        k = Math.min(k, u.lines.length - MIN_LINES);
        if (line === 0 && k < MIN_LINES) k = 0;
      } else k = line;
      if (k > line) {
        end = { unit: i, line: k };
        break;
      }
    }
    end = { unit: i, line };
    break;
  }
  if (!end) return { unit: units.length, line: 0 };
  if (end.unit === start.unit && end.line === start.line) {
    if (allowEmpty) return start;
    // Nothing fits (a unit taller than the page): take what fits of it, at least one line.
    const u = units[end.unit];
    if (u && u.lines.length > line + 1) {
      const k = start.line + Math.max(1, fittingLines(u, start.line, limit));
      return k >= u.lines.length ? { unit: end.unit + 1, line: 0 } : { unit: end.unit, line: k };
    }
    return { unit: end.unit + 1, line: 0 };
  }
  // Keep with next: a heading left at the foot goes with what follows.
  if (end.line === 0) {
    let back = end.unit;
    while (back - 1 > start.unit && units[back - 1]?.keepWithNext) back--;
    if (back < end.unit && !(units[end.unit]?.breakBefore ?? false)) return { unit: back, line: 0 };
  }
  return end;
}

/**
 * The pages of a flow laid on bodies `height` pixels tall; the first page has `firstUsed`
 * pixels already taken (a continuous section following another on the same page): that first
 * slice may then be empty.
 * An empty flow gives one empty page.
 */
export function paginate(units: readonly FlowUnit[], height: number, firstUsed = 0): PageSlice[] {
  const pages: PageSlice[] = [];
  let pos: FlowPoint = { unit: 0, line: 0 };
  if (units.length === 0) return [{ from: pos, to: pos }];
  while (pos.unit < units.length) {
    const room = pages.length === 0 ? Math.max(0, height - firstUsed) : height;
    // A continuous section whose start does not fit where the previous one ended starts a page.
    const to = pageEnd(units, pos, room, pages.length === 0 && firstUsed > 0);
    pages.push({ from: pos, to });
    pos = to;
  }
  return pages;
}
