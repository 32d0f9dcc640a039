/**
 * Measuring the print layout's flow: the editor's blocks, cloned into a hidden box of the text
 * width, become units (blocks, table rows, paragraphs with their line boxes) that
 * `print-pagination.ts` places on pages; and the DOM position where a line starts, where a page
 * cuts a paragraph; and a table's header rows, whose height each later row carries (a page that
 * starts at that row repeats them).
 */
import type { FlowLine, FlowUnit } from './print-pagination.js';

const CONTAINERS = new Set(['UL', 'OL', 'LI', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'BLOCKQUOTE', 'SECTION', 'ASIDE', 'NAV']);
/** Parts of a table that take no room of their own (a column group's box spans the whole table). */
const SKIPPED = new Set(['COLGROUP', 'COL', 'CAPTION']);
const LINED = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE']);

function isContainer(el: Element): boolean {
  if (CONTAINERS.has(el.tagName)) return true;
  return el.tagName === 'DIV' && (el.classList.contains('tableWrapper') || el.classList.contains('table-of-contents')) && el.children.length > 0;
}

function isPageBreak(el: Element, columns: boolean): boolean {
  if (!el.classList.contains('writer-page-break') || el.classList.contains('writer-page-break--section')) return false;
  // A column break ends a column of a section in columns.
  return columns || !el.classList.contains('writer-page-break--column');
}

/** Line boxes of a paragraph: its text and inline pictures grouped by row, placed by `at` (viewport y to flow y). */
function linesOf(el: HTMLElement, at: (y: number) => number, top: number, bottom: number): FlowLine[] {
  const rows: { top: number; bottom: number }[] = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let rects: DOMRectList | DOMRect[];
    if (n.nodeType === Node.TEXT_NODE) {
      if ((n.nodeValue ?? '') === '') continue;
      range.selectNodeContents(n);
      rects = range.getClientRects();
    } else if (n instanceof HTMLElement && (n.tagName === 'IMG' || n.classList.contains('writer-image')) && !n.classList.contains('ProseMirror-separator')) {
      rects = [n.getBoundingClientRect()];
    } else continue;
    for (const r of rects) if (r.height > 0) rows.push({ top: at(r.top), bottom: at(r.bottom) });
  }
  rows.sort((a, b) => a.top - b.top);
  const merged: { top: number; bottom: number }[] = [];
  for (const r of rows) {
    const last = merged[merged.length - 1];
    // Same row when the boxes overlap by more than half of the smaller one.
    if (last && r.top < last.bottom - Math.min(r.bottom - r.top, last.bottom - last.top) / 2) last.bottom = Math.max(last.bottom, r.bottom);
    else merged.push({ ...r });
  }
  // Line boxes meet halfway between rows; the first starts at the paragraph, the last ends with it.
  return merged.map((r, i) => ({
    top: i === 0 ? top : (r.top + (merged[i - 1]?.bottom ?? r.top)) / 2,
    bottom: i === merged.length - 1 ? bottom : (r.bottom + (merged[i + 1]?.top ?? r.bottom)) / 2,
  }));
}

/** How the on-screen page view measures the live editor (`page-view-plugin.ts`) rather than a copy. */
export interface MeasureOptions {
  /** Viewport y to flow y (default: from the box's top); the page view leaves out its gaps and the zoom. */
  readonly at?: (y: number) => number;
  /** Elements that are no part of the flow (the page view's own gaps). */
  readonly skip?: (el: Element) => boolean;
  /** Lines of a paragraph measured only when pagination asks for them (a long document's paragraphs mostly fit). */
  readonly lazyLines?: boolean;
  /** Section breaks (the live editor shows them) after which the next block starts a new page (`sectionStarts` tells at which unit). */
  readonly newPageAfter?: (el: Element) => boolean;
  /** Top-level lists and tables whose layout the browser skips, and their units as last measured (`settled-blocks.ts`). */
  readonly settled?: SettledStore;
}

/** A top-level block's units as measured, tops and bottoms from the block's top, without lines. */
export interface KeptUnits {
  readonly units: readonly FlowUnit[];
  readonly elements: readonly HTMLElement[];
}

/**
 * Top-level lists and tables that are not measured inside again while the browser skips their
 * layout (`content-visibility: auto`, off screen): looking inside makes it restyle and lay out
 * all of the block, a long task for a big one. Measured once, they count with the units they had
 * then.
 */
export interface SettledStore {
  /** True when the browser skips `block`'s layout now. */
  skipped(block: HTMLElement): boolean;
  /** `block`'s units as last measured, when they still hold. */
  get(block: HTMLElement): KeptUnits | undefined;
  /** Keeps the units of a block measured inside. */
  set(block: HTMLElement, kept: KeptUnits): void;
}

/** A unit whose line boxes are measured on first use, once. */
function lazyUnit(unit: Omit<FlowUnit, 'lines'>, lines: () => FlowLine[]): FlowUnit {
  let known: FlowLine[] | null = null;
  return Object.defineProperty({ ...unit }, 'lines', { enumerable: true, get: () => (known ??= lines()) }) as FlowUnit;
}

/** What a measured flow box holds: its units, the element of each, each element's units, the section breaks' first units. */
export interface MeasuredFlow {
  readonly units: FlowUnit[];
  readonly elements: HTMLElement[];
  readonly spans: Map<Element, { first: number; last: number }>;
  readonly sectionStarts: Map<Element, number>;
}

/**
 * Measures a laid-out flow box one top-level child at a time (`add`), so that a caller can spread
 * a long document's measuring over several tasks (`page-view-plugin.ts`), then `finish`es with
 * the tables' header rows. `measure` does it all at once.
 */
export class FlowMeasurer {
  private readonly at: (y: number) => number;
  private readonly flow: MeasuredFlow = { units: [], elements: [], spans: new Map(), sectionStarts: new Map() };
  private breakNext = false;
  /** Top-level containers taken from the settled store: their tables are not looked into. */
  private readonly settledBlocks = new Set<Element>();

  constructor(
    private readonly box: HTMLElement,
    private readonly columns: boolean,
    private readonly options: MeasureOptions = {},
  ) {
    const origin = box.getBoundingClientRect().top;
    this.at = options.at ?? ((y: number) => y - origin);
  }

  /** Measures `child`, a child of the box (the next one in order). */
  add(child: Element): void {
    for (const _ of this.steps(child));
  }

  /**
   * Measures `child`, a child of the box (the next one in order), one element at a time: a
   * table's or a list's blocks each after a step, so that a caller can pause between them.
   */
  *steps(child: Element): Generator<void, void, undefined> {
    yield* this.visit(child, 0);
  }

  private *visit(child: Element, depth: number): Generator<void, void, undefined> {
    const { units, elements, spans, sectionStarts } = this.flow;
    const options = this.options;
    if (!(child instanceof HTMLElement) || SKIPPED.has(child.tagName) || options.skip?.(child)) return;
    const newSection = child.classList.contains('writer-page-break--section') && options.newPageAfter?.(child) === true;
    if (newSection) sectionStarts.set(child, units.length);
    if (newSection || isPageBreak(child, this.columns)) {
      this.breakNext = true;
      return;
    }
    const before = units.length;
    const settled = depth === 0 && isContainer(child) ? options.settled : undefined;
    if (settled?.skipped(child) && this.takeSettled(child, settled)) {
      yield;
    } else if (isContainer(child) && depth < 64) {
      const entry = settled ? { top: this.at(child.getBoundingClientRect().top), breakBefore: this.breakNext } : null;
      for (const inner of child.children) yield* this.visit(inner, depth + 1);
      // Kept at once: a layout stopped later (an edit) still leaves it measured.
      if (settled && entry && units.length > before) this.keep(child, before, entry, settled);
    } else {
      const r = child.getBoundingClientRect();
      if (r.height === 0 && r.width === 0 && getComputedStyle(child).display === 'none') return;
      // A floating table's move handle (floating-table-move.ts) is a tool, not content.
      if (child.classList.contains('writer-table-move')) return;
      const at = this.at;
      const top = at(r.top);
      const bottom = at(r.bottom);
      const unit = { top, bottom, breakBefore: this.breakNext, keepWithNext: /^H[1-6]$/.test(child.tagName) };
      const lined = LINED.has(child.tagName);
      if (lined && options.lazyLines === true) units.push(lazyUnit(unit, () => linesOf(child, at, top, bottom)));
      else units.push({ ...unit, lines: lined ? linesOf(child, at, top, bottom) : [] });
      elements.push(child);
      this.breakNext = false;
      yield;
    }
    if (units.length > before) spans.set(child, { first: before, last: units.length - 1 });
  }

  /** A skipped top-level container: its units as last measured, moved to where it is now; false when none are kept (measured inside, once). */
  private takeSettled(child: HTMLElement, settled: SettledStore): boolean {
    const kept = settled.get(child);
    if (!kept) return false;
    const { units, elements } = this.flow;
    const top = this.at(child.getBoundingClientRect().top);
    kept.units.forEach((u, i) => {
      units.push({ ...u, top: top + u.top, bottom: top + u.bottom, breakBefore: u.breakBefore || (i === 0 && this.breakNext) });
      elements.push(kept.elements[i] ?? child);
    });
    this.breakNext = false;
    this.settledBlocks.add(child);
    return true;
  }

  /** The flow measured, once every child is in: rows after a table's header rows carry their height (a page starting there repeats them). */
  finish(): MeasuredFlow {
    const { units, elements } = this.flow;
    const at = this.at;
    const index = new Map(elements.map((el, i) => [el, i]));
    for (const table of this.box.querySelectorAll('table')) {
      if (this.settledBlocks.size > 0 && this.settledBlocks.has(topLevelOf(this.box, table))) continue;
      const repeat = repeatHeight(table, at);
      if (repeat === null) continue;
      for (const row of repeat.rows) {
        const i = index.get(row);
        const unit = i === undefined ? undefined : units[i];
        if (unit && i !== undefined) units[i] = { ...unit, repeatHeight: repeat.height };
      }
    }
    return this.flow;
  }

  /** Keeps the units of a container measured inside, from its top, without their lines (reading them would lay it out). */
  private keep(block: HTMLElement, first: number, { top, breakBefore }: { readonly top: number; readonly breakBefore: boolean }, settled: SettledStore): void {
    const elements = this.flow.elements.slice(first);
    const repeats = new Map<Element, number>();
    for (const table of block.querySelectorAll('table')) {
      const repeat = repeatHeight(table, this.at);
      if (repeat) for (const row of repeat.rows) repeats.set(row, repeat.height);
    }
    const units = this.flow.units.slice(first).map((u, i): FlowUnit => {
      // Read field by field: a paragraph's `lines` is measured on first read. The first unit's
      // break is the block's own only (a page break before the block may go).
      const repeat = repeats.get(elements[i] as Element);
      return { top: u.top - top, bottom: u.bottom - top, lines: [], breakBefore: u.breakBefore && !(i === 0 && breakBefore), keepWithNext: u.keepWithNext, ...(repeat !== undefined ? { repeatHeight: repeat } : {}) };
    });
    settled.set(block, { units, elements });
  }
}

/** A table's header rows' height (flow pixels) and the rows after them, that repeat them on a new page; null without header rows. */
function repeatHeight(table: HTMLTableElement, at: (y: number) => number): { readonly height: number; readonly rows: readonly HTMLTableRowElement[] } | null {
  const header = headerRows(table);
  const last = header[header.length - 1];
  if (!last) return null;
  return { height: at(last.getBoundingClientRect().bottom) - at(header[0]?.getBoundingClientRect().top ?? 0), rows: [...table.rows].slice(header.length) };
}

/** The child of `box` that holds `el` (`el` itself when it is one; the topmost ancestor when `box` does not hold it). */
export function topLevelOf(box: Element, el: Element): Element {
  let at = el;
  while (at.parentElement && at.parentElement !== box) at = at.parentElement;
  return at;
}

/** Measures the units of a laid-out flow box. */
export function measure(box: HTMLElement, columns: boolean, options: MeasureOptions = {}): MeasuredFlow {
  const measurer = new FlowMeasurer(box, columns, options);
  for (const child of box.children) measurer.add(child);
  return measurer.finish();
}

/** The DOM position in paragraph `el` of its first character below `lineTop` (viewport coordinates). */
export function lineStart(el: HTMLElement, lineTop: number): { node: Node; offset: number } {
  const range = document.createRange();
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n instanceof HTMLElement && (n.tagName === 'IMG' || n.classList.contains('writer-image'))) {
      if (n.getBoundingClientRect().top >= lineTop - 0.5 && n.parentNode) return { node: n.parentNode, offset: Array.prototype.indexOf.call(n.parentNode.childNodes, n) };
      continue;
    }
    if (n.nodeType !== Node.TEXT_NODE) continue;
    const text = n.nodeValue ?? '';
    range.selectNodeContents(n);
    const rects = range.getClientRects();
    const last = rects[rects.length - 1];
    if (!last || last.top < lineTop - 0.5) continue;
    // The first character of this text whose box is on the line (positions only grow in a text node).
    let lo = 0;
    let hi = text.length - 1;
    let found = text.length;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      range.setStart(n, mid);
      range.setEnd(n, mid + 1);
      const rs = range.getClientRects();
      const r = rs[rs.length - 1] ?? range.getBoundingClientRect();
      if (r.top >= lineTop - 0.5) {
        found = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    if (found < text.length) return { node: n, offset: found };
  }
  return { node: el, offset: el.childNodes.length };
}

/** Leading rows of a table made of header cells (repeated on each page the table runs onto). */
export function headerRows(table: HTMLTableElement): HTMLTableRowElement[] {
  const rows: HTMLTableRowElement[] = [];
  for (const row of table.rows) {
    if (row.cells.length > 0 && [...row.cells].every((c) => c.tagName === 'TH')) rows.push(row);
    else break;
  }
  return rows.length === table.rows.length ? [] : rows;
}
