/**
 * The on-screen page view (Affichage > Page): the editor's one flow of text is cut into sheets
 * of each section's paper, as the PDF export cuts it (`print-pagination.ts`): a section starting
 * on a new page starts a sheet of its own size, orientation and margins (`page-view-sections.ts`:
 * its blocks wrap at its text width), and a header or footer taller than its margin pushes the
 * sheet's body (`story-heights.ts`, `sheet-geometry.ts`).
 *
 * After edits settle (a short pause in typing, then the next frame: never during a keystroke),
 * on zoom and when the text's size changes (a window resized, a long document's blocks laid out
 * for the first time, more of a long document loaded), the live editor's blocks are measured in
 * "content coordinates" (without the gaps already there, and without the zoom), paginated, and a
 * gap is set where each page after the first starts: a widget before the block (or before the
 * first character of the line, when a page cuts a paragraph; on a table row, extra room above
 * its cells). A gap is transparent: the sheets, their headers and footers are drawn behind the
 * text by `PageSheets.tsx`, one per page the plugin counts. Once drawn, the gaps are adjusted to
 * the pixel so that each page's first line sits at the top of its sheet's body.
 *
 * Widgets keep their element from one layout to the next (keyed by page), ignore the selection,
 * are not editable and are hidden from assistive technologies. The draft view (Brouillon)
 * turns the plugin off: no gaps, one continuous column.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState, Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { EditorView } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { FlowMeasurer, lineStart } from './print-measure.js';
import { SliceClock } from './layout-slices.js';
import type { FlowPoint, FlowUnit } from './print-pagination.js';
import { storyOf, storyVariant } from './print-stories.js';
import { bodyMargins } from './sheet-geometry.js';
import { columnDecorations, paperRuns, touchesSections } from './page-view-sections.js';
import type { PaperRun } from './page-view-sections.js';
import { StoryHeights } from './story-heights.js';
import { SettledBlocks } from './settled-blocks.js';
import { gapHeights, layPages, sheetTops } from './page-view-gaps.js';
import type { SheetGeometry, SheetRun } from './page-view-gaps.js';

/** How the writer shows the document: sheets of paper, or one continuous column. */
export type ViewMode = 'page' | 'draft';

/** A gap before page `page` (2, 3, …): where, of which kind, and its estimated height. */
interface Gap {
  readonly kind: 'block' | 'inline' | 'row';
  readonly pos: number;
  readonly page: number;
  readonly height: number;
}

/** A sheet the page view shows: its run of sections (`paperRuns`), its page in the run, its number, its body's margins (a tall header pushes them). */
export interface ShownPage {
  readonly run: number;
  readonly index: number;
  readonly number: number;
  readonly top: number;
  readonly bottom: number;
  /** The body starts below the top margin (a tall header). */
  readonly pushed: boolean;
}

interface PageViewState {
  readonly enabled: boolean;
  readonly gaps: readonly Gap[];
  /** Every sheet shown, the first one's included (empty until the first layout). */
  readonly pages: readonly ShownPage[];
  /** The document's runs of sheets, as of the last change of its sections (their positions may be stale). */
  readonly runs: readonly PaperRun[];
  /** Blocks of sections whose text column is not the first one's (`columnDecorations`; positions as of the last time they were found). */
  readonly columns: readonly Decoration[];
  readonly decorations: DecorationSet;
}

interface PageViewMeta {
  readonly enabled?: boolean;
  readonly gaps?: readonly Gap[];
  readonly pages?: readonly ShownPage[];
}

const pageViewKey = new PluginKey<PageViewState>('page-view');

/** Pause after the last change before the pages are laid out again, in milliseconds. */
const SETTLE_MS = 300;
/**
 * The same in a long document, where laying the pages out again takes up to a second on a busy
 * machine (the whole text laid out, the gaps redrawn): only once typing or scrolling has stopped.
 */
const LONG_SETTLE_MS = 1000;
const GAP_CLASS = 'writer-page-gap';
const ROW_CLASS = 'writer-page-gap-row';
/**
 * The block after a page gap: its space above goes, as on paper. A class set here rather than a
 * sibling selector (`gap + block`), which made the browser restyle every block of the document
 * each time a gap moved.
 */
const PAGE_TOP_CLASS = 'writer-page-top';

const NO_PAGES: readonly ShownPage[] = [];

/** What the page view shows now: how many sheets, where pages 2, 3, … start (document positions), and each sheet (none before the first layout). */
export function pageViewInfo(state: EditorState): {
  readonly enabled: boolean;
  readonly count: number;
  readonly starts: readonly number[];
  readonly pages: readonly ShownPage[];
  /** The runs of sheets (paper of each part), the same array while the sections do not change. */
  readonly runs: readonly PaperRun[];
} {
  const s = pageViewKey.getState(state);
  if (!s?.enabled) return { enabled: false, count: 1, starts: [], pages: NO_PAGES, runs: s?.runs ?? [] };
  return { enabled: true, count: s.gaps.length + 1, starts: s.gaps.map((g) => g.pos), pages: s.pages, runs: s.runs };
}

/** Turns the page view on (Page) or off (Brouillon). */
export function setViewMode(view: EditorView, mode: ViewMode): void {
  if ((pageViewKey.getState(view.state)?.enabled ?? false) === (mode === 'page')) return;
  view.dispatch(view.state.tr.setMeta(pageViewKey, { enabled: mode === 'page' } satisfies PageViewMeta).setMeta('addToHistory', false));
}

const layouts = new WeakMap<EditorView, PageLayout>();

/** Lays the pages out again soon, at the zoom given (100: none); the text was drawn at another scale or size. */
export function relayoutPages(view: EditorView, zoom: number): void {
  const layout = layouts.get(view);
  if (!layout) return;
  layout.scale = zoom / 100;
  layout.settled.clear();
  layout.schedule(true);
}

/** Lays the pages out again soon at the same zoom: something moved the text without changing the document (a floating object shown lower). */
export function layPagesAgain(view: EditorView): void {
  layouts.get(view)?.schedule(true);
}

function gapElement(gap: Gap, heights: Map<number, number>): HTMLElement {
  const el = document.createElement(gap.kind === 'inline' ? 'span' : 'div');
  el.className = `${GAP_CLASS} ${GAP_CLASS}--${gap.kind}`;
  el.setAttribute('aria-hidden', 'true');
  el.setAttribute('contenteditable', 'false');
  el.dataset.page = String(gap.page);
  el.style.height = `${String(heights.get(gap.page) ?? gap.height)}px`;
  return el;
}

function decorationsOf(doc: PMNode, gaps: readonly Gap[], heights: Map<number, number>, columns: readonly Decoration[]): DecorationSet {
  const out: Decoration[] = [...columns];
  for (const gap of gaps) {
    if (gap.kind === 'row') {
      const row = doc.nodeAt(gap.pos);
      if (row?.type.name === 'table_row') out.push(Decoration.node(gap.pos, gap.pos + row.nodeSize, { class: ROW_CLASS, style: `--writer-gap: ${String(gap.height)}px`, 'data-page': String(gap.page) }));
      continue;
    }
    out.push(Decoration.widget(gap.pos, () => gapElement(gap, heights), { side: -1, ignoreSelection: true, key: `page-gap-${String(gap.page)}-${gap.kind}` }));
    const next = gap.kind === 'block' ? doc.nodeAt(gap.pos) : null;
    if (next && !next.isInline) out.push(Decoration.node(gap.pos, gap.pos + next.nodeSize, { class: PAGE_TOP_CLASS }));
  }
  return DecorationSet.create(doc, out);
}

const sameGaps = (a: readonly Gap[], b: readonly Gap[]): boolean =>
  a.length === b.length && a.every((g, i) => g.pos === b[i]?.pos && g.kind === b[i]?.kind && g.page === b[i]?.page && (g.kind !== 'row' || Math.abs(g.height - (b[i]?.height ?? 0)) < 1));

const samePages = (a: readonly ShownPage[], b: readonly ShownPage[]): boolean =>
  a.length === b.length && a.every((p, i) => p.run === b[i]?.run && p.index === b[i]?.index && p.number === b[i]?.number && Math.abs(p.top - (b[i]?.top ?? 0)) < 0.5 && Math.abs(p.bottom - (b[i]?.bottom ?? 0)) < 0.5);

/**
 * An element that is no part of the text's flow: a page gap, the gap cursor, a floating table's
 * move handle (first in the table's box: a page starting at the table's first row starts before
 * the whole table, not inside it, so the table stands on the sheet of its anchor paragraph).
 */
const offFlow = (el: Element): boolean => el.classList.contains(GAP_CLASS) || el.classList.contains('ProseMirror-gapcursor') || el.classList.contains('writer-table-move');

/** Parts of a table before its rows that hold no text. */
const FRAME = new Set(['COLGROUP', 'COL', 'CAPTION']);

/** True when nothing of the flow comes before `el` in its parent. */
function firstInParent(el: Element): boolean {
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (!offFlow(s) && !FRAME.has(s.tagName)) return false;
  return true;
}

/** The room a table row's gap adds above its cells, in CSS pixels. */
const rowGap = (el: HTMLElement): number => parseFloat(el.style.getPropertyValue('--writer-gap')) || 0;

class PageLayout {
  scale = 1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  /** The layout running (its slices check it): a new schedule stops the one running. */
  private job = 0;
  private laidOut: PMNode | null = null;
  private forced = true;
  private readonly observer: ResizeObserver;
  private scroller: Element | null = null;
  private readonly onScroll = (): void => this.schedule(true);
  private readonly stories = new StoryHeights(() => this.view.dom.closest('.writer-page')?.querySelector('.writer-sheets') ?? null);
  /** A long document's big blocks off screen: measured from what they were (`settled-blocks.ts`). */
  readonly settled: SettledBlocks;

  constructor(
    private readonly view: EditorView,
    private readonly heights: Map<number, number>,
  ) {
    this.settled = new SettledBlocks(view);
    // A new width (a window resized, a background tab shown) lays the text out anew; a new
    // height alone does not: the gaps themselves change it, and in a long document the blocks
    // laid out near the screen change it as it scrolls (that would never settle).
    let width = -1;
    this.observer = new ResizeObserver((entries) => {
      const now = entries[entries.length - 1]?.contentRect.width ?? 0;
      if (Math.abs(now - width) < 0.5) return;
      width = now;
      this.schedule(true);
    });
    this.observer.observe(view.dom);
    void document.fonts.ready.then(() => {
      this.stories.clear();
      this.settled.clear();
      this.schedule(true);
    });
    // A long document lays out only the blocks near the screen (writer.css): the others count at
    // an estimated height until shown, so the pages are laid out again once a scroll settles.
    if (view.dom.classList.contains('writer-page__content--long')) {
      this.scroller = view.dom.closest('.writer-desk');
      this.scroller?.addEventListener('scroll', this.onScroll, { passive: true });
    }
    layouts.set(view, this);
  }

  update(prev: EditorState): void {
    const was = pageViewKey.getState(prev)?.enabled;
    const now = pageViewKey.getState(this.view.state)?.enabled;
    if (now && (this.view.state.doc !== prev.doc || was !== now)) this.schedule(was !== now);
  }

  /** Lays out after the edits settle, in a frame of its own (`force`: even when the text did not change). */
  schedule(force = false): void {
    this.forced ||= force;
    this.job += 1;
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    this.timer = setTimeout(
      () => {
        this.frame = requestAnimationFrame(() => void this.run());
      },
      this.view.dom.classList.contains('writer-page__content--long') ? LONG_SETTLE_MS : SETTLE_MS,
    );
  }

  destroy(): void {
    this.job += 1;
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    this.observer.disconnect();
    this.settled.destroy();
    this.scroller?.removeEventListener('scroll', this.onScroll);
    layouts.delete(this.view);
  }

  /** The sheet of a run's page `index`, numbered `number`: its paper, its body pushed by a tall header or footer. */
  private sheetOf(run: PaperRun, index: number, number: number): SheetGeometry {
    const g = run.geometry;
    const variant = storyVariant(run.props, index === 0, number);
    const width = g.width - g.left - g.right;
    const header = this.stories.of('header', storyOf(run.props?.headers, variant), width, this.scale);
    const footer = this.stories.of('footer', storyOf(run.props?.footers, variant), width, this.scale);
    return { height: g.height, ...bodyMargins(g, header, footer) };
  }

  /**
   * Measures the text, paginates it and sets the gaps, in slices of a few milliseconds
   * (`layout-slices.ts`): between two slices the browser paints and handles input. The layout
   * stops, its measurements dropped, when the document changes, the text moves on screen (a
   * scroll) or another layout is asked for; a stopped layout runs again after the next settle.
   */
  private async run(): Promise<void> {
    const view = this.view;
    const state = pageViewKey.getState(view.state);
    if (!state?.enabled || view.isDestroyed) return;
    const doc = view.state.doc;
    if (!this.forced && doc === this.laidOut) return;
    const box = view.dom.getBoundingClientRect();
    // A background tab: laid out once it shows (its size changes then).
    if (box.width === 0) return;
    const job = this.job;
    const forced = this.forced;
    this.forced = false;
    const clock = new SliceClock(() => job === this.job && !view.isDestroyed && view.state.doc === doc && Math.abs(view.dom.getBoundingClientRect().top - box.top) < 0.5);
    // Stopped: laid out again later (already asked for, unless only the text moved on screen).
    const stop = (): void => {
      this.forced ||= forced;
      if (job === this.job && !view.isDestroyed) this.schedule(true);
    };
    const scale = this.scale;
    const runs = paperRuns(doc);
    const origin = box.top + (parseFloat(getComputedStyle(view.dom).paddingTop) || 0) * scale;
    const settled = view.dom.classList.contains('writer-page__content--long') ? this.settled : null;
    settled?.begin(box.width / scale);
    const hidden: { top: number; height: number }[] = [];
    for (const el of view.dom.querySelectorAll<HTMLElement>(`.${GAP_CLASS}, .${ROW_CLASS}`)) {
      if (clock.due() && !(await clock.pause())) return stop();
      const row = el.classList.contains(ROW_CLASS);
      // A gap in a block whose layout is skipped counts at the block's top, at its set height.
      const block = settled?.inSkipped(el);
      if (block) {
        hidden.push({ top: block.getBoundingClientRect().top, height: (row ? rowGap(el) : parseFloat(el.style.height) || 0) * scale });
        continue;
      }
      const r = el.getBoundingClientRect();
      hidden.push({ top: r.top, height: row ? rowGap(el) * scale : r.height });
    }
    hidden.sort((a, b) => a.top - b.top);
    // Heights of the gaps before each one.
    const before: number[] = [0];
    for (const g of hidden) before.push((before[before.length - 1] ?? 0) + g.height);
    // Viewport y to content y, and back.
    const at = (y: number): number => {
      let lo = 0;
      let hi = hidden.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((hidden[mid]?.top ?? Infinity) < y) lo = mid + 1;
        else hi = mid;
      }
      const last = hidden[lo - 1];
      const gaps = last ? (before[lo - 1] ?? 0) + Math.min(last.height, y - last.top) : 0;
      return (y - origin - gaps) / scale;
    };
    const viewportY = (c: number): number => {
      let y = origin + c * scale;
      for (const g of hidden) {
        if (g.top > y + 0.5) break;
        y += g.height;
      }
      return y;
    };
    // The section breaks before runs 2, 3, … (a run whose break is not drawn goes with the one before).
    const breaks = new Map<Node, number>();
    runs.forEach((run, i) => {
      const dom = i > 0 ? view.nodeDOM(run.breakAt) : null;
      if (dom) breaks.set(dom, i);
    });
    const measurer = new FlowMeasurer(view.dom, false, { at, skip: offFlow, lazyLines: true, newPageAfter: (el) => breaks.has(el), ...(settled ? { settled } : {}) });
    for (const child of view.dom.children) {
      for (const _ of measurer.steps(child)) if (clock.due() && !(await clock.pause())) return stop();
    }
    const { units, elements, sectionStarts } = measurer.finish();
    const laid: { run: PaperRun; index: number; from: number }[] = [{ run: runs[0] as PaperRun, index: 0, from: 0 }];
    for (const [el, from] of sectionStarts) {
      const index = breaks.get(el) ?? 0;
      const run = runs[index];
      if (run && index > (laid[laid.length - 1]?.index ?? 0)) laid.push({ run, index, from });
    }
    const sheetRuns: SheetRun[] = laid.map(({ run, from }) => {
      const restart = run.props?.pageNumberStart;
      return { from, ...(restart !== undefined && restart > 0 ? { restart } : {}), sheet: (index, number) => this.sheetOf(run, index, number) };
    });
    const { starts, pages } = layPages(units, sheetRuns);
    const sheets = pages.map((p) => p.sheet);
    const heights = gapHeights(starts.map((s) => s.y), sheets);
    const shownPage = (i: number): ShownPage | null => {
      const p = pages[i];
      const run = laid[p?.run ?? 0];
      return p && run ? { run: run.index, index: p.index, number: p.number, top: p.sheet.top, bottom: p.sheet.bottom, pushed: p.sheet.top > run.run.geometry.top + 0.5 } : null;
    };
    const gaps: Gap[] = [];
    const shown: ShownPage[] = [];
    const first = shownPage(0);
    if (first) shown.push(first);
    for (const [i, start] of starts.entries()) {
      if (clock.due() && !(await clock.pause())) return stop();
      const placed = this.place(units, elements, start.point, viewportY);
      const page = shownPage(i + 1);
      if (placed && page && placed.pos > (gaps[gaps.length - 1]?.pos ?? 0)) {
        gaps.push({ ...placed, page: i + 2, height: heights[i] ?? 0 });
        shown.push(page);
      }
    }
    const now = pageViewKey.getState(view.state);
    if (!sameGaps(gaps, now?.gaps ?? []) || !samePages(shown, now?.pages ?? [])) {
      // The gaps set in a task of their own: ProseMirror draws them, React the sheets.
      if (!(await clock.pause())) return stop();
      view.dispatch(view.state.tr.setMeta(pageViewKey, { gaps, pages: shown } satisfies PageViewMeta).setMeta('addToHistory', false));
      if (!(await clock.pause())) return stop();
    }
    this.laidOut = doc;
    if (!(await this.fit(sheets, clock, settled))) stop();
  }

  /** Where the gap before a page starting at `p` goes, or null when the DOM gives no place. */
  private place(units: readonly FlowUnit[], elements: readonly HTMLElement[], p: FlowPoint, viewportY: (c: number) => number): Omit<Gap, 'page' | 'height'> | null {
    const view = this.view;
    const el = elements[p.unit];
    if (!el?.parentNode) return null;
    try {
      if (p.line > 0) {
        const line = units[p.unit]?.lines[p.line];
        if (!line) return null;
        const at = lineStart(el, viewportY(line.top));
        if (at.node === el && at.offset === el.childNodes.length) return null;
        return { kind: 'inline', pos: view.posAtDOM(at.node, at.offset) };
      }
      if (el.tagName === 'TR' && !firstInParent(el)) {
        const pos = view.posAtDOM(el.parentNode, Array.prototype.indexOf.call(el.parentNode.childNodes, el));
        return view.state.doc.nodeAt(pos)?.type.name === 'table_row' ? { kind: 'row', pos } : null;
      }
      // Before the outermost block that starts with this one (a list, a table), not inside it.
      let target: HTMLElement = el;
      while (target.parentElement && target.parentElement !== view.dom && firstInParent(target)) target = target.parentElement;
      const parent = target.parentNode;
      if (!parent) return null;
      const pos = view.posAtDOM(parent, Array.prototype.indexOf.call(parent.childNodes, target));
      return pos >= 0 && pos <= view.state.doc.content.size ? { kind: 'block', pos } : null;
    } catch {
      return null;
    }
  }

  /** Adjusts the gaps as drawn so that each page's first line sits at the top of its sheet's body (reads in slices, then one write pass); false when stopped. */
  private async fit(sheets: readonly SheetGeometry[], clock: SliceClock, settled: SettledBlocks | null): Promise<boolean> {
    const view = this.view;
    const scale = this.scale;
    const top = view.dom.getBoundingClientRect().top;
    const tops = sheetTops(sheets);
    const found: { el: HTMLElement; row: boolean; page: number; height: number; end: number; target: number }[] = [];
    for (const el of view.dom.querySelectorAll<HTMLElement>(`.${GAP_CLASS}, .${ROW_CLASS}`)) {
      // Stopped: the gaps keep their estimated heights until the next layout fits them.
      if (clock.due() && !(await clock.pause())) return false;
      // Off screen in a block whose layout is skipped: fitted once it shows.
      if (settled?.inSkipped(el)) continue;
      const r = el.getBoundingClientRect();
      const row = el.classList.contains(ROW_CLASS);
      const page = Number(el.dataset.page);
      found.push({ el, row, page, height: row ? rowGap(el) : parseFloat(el.style.height) || 0, end: row ? r.top + rowGap(el) * scale : r.bottom, target: top + ((tops[page - 1] ?? 0) + (sheets[page - 1]?.top ?? 0)) * scale });
    }
    let shift = 0;
    const writes: [HTMLElement, number][] = [];
    for (const gap of found) {
      const off = gap.target - (gap.end + shift);
      if (gap.row || Math.abs(off) < 0.25) continue;
      const height = Math.max(0, gap.height + off / scale);
      shift += (height - gap.height) * scale;
      writes.push([gap.el, height]);
      this.heights.set(gap.page, height);
    }
    for (const [el, height] of writes) el.style.height = `${String(height)}px`;
    return true;
  }
}

/** The page view's plugin: on (Page) from the start. */
export function pageViewPlugin(): Plugin<PageViewState> {
  // Heights of the gaps as last fitted, by page: a gap drawn again (its paragraph redrawn) keeps it.
  const heights = new Map<number, number>();
  return new Plugin<PageViewState>({
    key: pageViewKey,
    state: {
      init: (_config, state) => {
        const runs = paperRuns(state.doc);
        const columns = columnDecorations(state.doc, runs);
        return { enabled: true, gaps: [], pages: NO_PAGES, runs, columns, decorations: DecorationSet.create(state.doc, [...columns]) };
      },
      apply(tr: Transaction, prev: PageViewState): PageViewState {
        const meta = tr.getMeta(pageViewKey) as PageViewMeta | undefined;
        const enabled = meta?.enabled ?? prev.enabled;
        if (!enabled) return prev.enabled || prev.gaps.length > 0 ? { enabled: false, gaps: [], pages: NO_PAGES, runs: prev.runs, columns: [], decorations: DecorationSet.empty } : prev;
        if (!tr.docChanged && enabled === prev.enabled && !meta?.gaps) return prev;
        // The sections are looked at again when they may have changed, and the blocks on other
        // paper when blocks were added or removed there (a new paragraph takes its column) and
        // after each layout; typing inside a paragraph only maps them.
        const sections = tr.docChanged && touchesSections(tr);
        const fresh = sections || !!meta?.gaps || !prev.enabled || (tr.docChanged && prev.columns.length > 0 && tr.doc.childCount !== tr.before.childCount);
        const found = sections || !prev.enabled ? paperRuns(tr.doc) : prev.runs;
        const runs = found.length === prev.runs.length && found.every((r, i) => r.props === prev.runs[i]?.props && r.section === prev.runs[i]?.section) ? prev.runs : found;
        const columns = fresh ? columnDecorations(tr.doc, sections || !prev.enabled ? runs : paperRuns(tr.doc)) : prev.columns;
        if (meta?.gaps) return { enabled, gaps: meta.gaps, pages: meta.pages ?? prev.pages, runs, columns, decorations: decorationsOf(tr.doc, meta.gaps, heights, columns) };
        const gaps = prev.gaps.map((g) => ({ ...g, pos: tr.mapping.map(g.pos, -1) }));
        const decorations = fresh ? decorationsOf(tr.doc, gaps, heights, columns) : prev.decorations.map(tr.mapping, tr.doc);
        return { enabled, gaps, pages: prev.pages, runs, columns, decorations };
      },
    },
    props: {
      decorations: (state) => pageViewKey.getState(state)?.decorations,
      // The first sheet's body starts below a tall header: the text's top padding grows with it.
      attributes: (state): Record<string, string> => {
        const first = pageViewKey.getState(state)?.pages[0];
        return first?.pushed ? { style: `padding-top: ${String(Math.round(first.top * 100) / 100)}px` } : {};
      },
    },
    view: (view) => {
      const layout = new PageLayout(view, heights);
      return { update: (_view, prev) => layout.update(prev), destroy: () => layout.destroy() };
    },
  });
}
