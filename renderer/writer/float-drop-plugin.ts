/**
 * The page view's part of showing floating objects at their offset down (`float-drop.ts`): a
 * picture or a floating table placed from the page or the margin, a picture placed above its
 * paragraph (a negative offset, clamped at its sheet's top) and one placed so far below it that
 * it would pass its sheet's bottom (pinned there), are moved by a node decoration
 * (`margin-top`, and a wrap shape so the lines beside the margin stay whole) once the view has
 * measured where the object's anchor stands on its sheet (`.writer-sheet`, drawn by
 * WriterPages.tsx).
 *
 * When: in the frame after a change of the pages laid out (the page view's plugin dispatches
 * them, so the measure sees the gaps in place), or after edits or a new size of the text settle (`EDIT_SETTLE_MS`). A changed drop moves text, so
 * the pages are laid out again (`layPagesAgain`) and the drops measured again in the next frame
 * (a float shown lower may push a later one, which CSS keeps below the floats before it); a
 * layout may also move an anchor to another sheet and change a drop again: at most `MAX_PASSES` changes follow one document, then the drops stay
 * as they are until the next change (no layout loop, no flicker between two layouts). The draft
 * view has no sheets: no decorations (such objects stay at their anchor; see picture-view.ts for
 * offsets from the paragraph).
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { EditorView } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import type { TablePosition } from '@ostal/model';
import { DROPPED_CLASS, anchorOnSheet, dropPageOf, dropStyle, floatDrop, fromParagraph, isFloatingPicture, ownDrop, pictureVertical, tableVertical } from './float-drop.js';
import type { DrawnSheet, VerticalPlace } from './float-drop.js';
import { layPagesAgain, pageViewInfo } from './page-view-plugin.js';

interface DropState {
  readonly decorations: DecorationSet;
  /** The drops shown, as "position:pixels" (to dispatch only a change). */
  readonly shown: string;
}

const dropKey = new PluginKey<DropState>('float-drop');

/**
 * Pause after the last edit before measuring (the whole document is walked for floating objects:
 * never at each keystroke of a burst of typing). A change of the pages is measured at once.
 */
const EDIT_SETTLE_MS = 120;

/** Changes of the drops of one document (at one width) before they are left as they are (a guard against oscillation). */
const MAX_PASSES = 6;

function drawnSheets(view: EditorView): DrawnSheet[] {
  const root = view.dom.closest('.writer-page');
  if (!root) return [];
  return [...root.querySelectorAll<HTMLElement>('.writer-sheet[data-page]')]
    .map((el) => {
      const r = el.getBoundingClientRect();
      const height = parseFloat(el.style.height) || r.height;
      return { top: r.top, scale: height > 0 ? r.height / height : 1 };
    })
    .sort((a, b) => a.top - b.top);
}

/**
 * True for an object whose drop needs its sheet: from the page or the margin, above its paragraph,
 * or a picture below its paragraph (the sheet's bottom may stop it).
 */
function needsSheet(place: VerticalPlace): boolean {
  return !fromParagraph(place.yRelative) || (place.yAlign === null && place.y !== 0);
}

class FloatDrops {
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private doc: PMNode | null = null;
  private passes = 0;

  private readonly observer: ResizeObserver;

  constructor(private readonly view: EditorView) {
    // The text laid out anew (a new width, fonts loaded, lines rewrapped): the anchors may stand elsewhere.
    let width = -1;
    this.observer = new ResizeObserver((entries) => {
      const now = entries[entries.length - 1]?.contentRect.width ?? 0;
      // A new width is a new layout: its drops may change again.
      if (Math.abs(now - width) >= 0.5) this.passes = 0;
      width = now;
      if (pageViewInfo(this.view.state).enabled) this.schedule(EDIT_SETTLE_MS);
    });
    this.observer.observe(view.dom);
  }

  update(prev: EditorState): void {
    const now = pageViewInfo(this.view.state);
    const was = pageViewInfo(prev);
    if (now.enabled !== was.enabled || now.pages !== was.pages) this.schedule(0);
    else if (this.view.state.doc !== prev.doc && now.enabled) this.schedule(EDIT_SETTLE_MS);
  }

  /** Measures in a frame of its own, `delay` ms from now (a later call replaces an earlier one). */
  schedule(delay: number): void {
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    this.timer = setTimeout(() => {
      this.frame = requestAnimationFrame(() => this.measure());
    }, delay);
  }

  destroy(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
  }

  private measure(): void {
    const view = this.view;
    if (view.isDestroyed) return;
    const state = view.state;
    const current = dropKey.getState(state);
    if (!current) return;
    if (state.doc !== this.doc) {
      this.doc = state.doc;
      this.passes = 0;
    }
    if (this.passes >= MAX_PASSES) return;
    const sheets = pageViewInfo(state).enabled ? drawnSheets(view) : [];
    // `own`: the drop the node view gives by itself, which the decoration corrects (by `top`) rather than replaces.
    const found: { pos: number; size: number; drop: number; own: number }[] = [];
    if (sheets.length > 0) {
      const page = dropPageOf(state.doc);
      const measureOne = (node: PMNode, pos: number, place: (height: number) => VerticalPlace): void => {
        const dom = view.nodeDOM(pos);
        if (!(dom instanceof HTMLElement) || !dom.isConnected) return;
        const rect = dom.getBoundingClientRect();
        // The drop shown now: this plugin's decoration (the node views leave these objects' top margin alone).
        const shownDrop = current.decorations.find(pos, pos + node.nodeSize).find((d) => d.from === pos)?.spec as { drop?: number } | undefined;
        // Without one, the node view's own (an offset below the paragraph), else none.
        const own = ownDrop(place(0));
        const margin = shownDrop?.drop ?? own;
        // Where the object stands with no drop: its anchor's top (a floating table's is the paragraph after it).
        const anchor = node.type.name === 'table' ? view.nodeDOM(pos + node.nodeSize) : null;
        const { sheet, onPage } = anchorOnSheet(sheets, rect.top, margin, anchor instanceof HTMLElement && anchor.isConnected ? anchor.getBoundingClientRect().top : null);
        const drop = floatDrop(place(rect.height / (sheets[sheet]?.scale ?? 1)), page, onPage);
        // A picture below its paragraph that fits on its sheet needs nothing from here.
        if (drop !== null && !(own > 0 && drop === own)) found.push({ pos, size: node.nodeSize, drop, own });
      };
      state.doc.descendants((node, pos) => {
        if (node.type.name === 'image') {
          if (isFloatingPicture(node) && needsSheet(pictureVertical(node))) measureOne(node, pos, () => pictureVertical(node));
          return false;
        }
        const position = node.type.name === 'table' ? (node.attrs.position as TablePosition | null) : null;
        if (position && !fromParagraph(position.yRelative)) measureOne(node, pos, (height) => tableVertical(position, height));
        return true;
      });
    }
    const shown = found.map((f) => `${String(f.pos)}:${String(f.drop)}`).join(' ');
    if (shown === current.shown) return;
    this.passes += 1;
    const decorations = DecorationSet.create(
      state.doc,
      found.map((f) => {
        // A picture pinned above its own drop is moved by `top` (it is positioned): taking the decoration off gives its margin back.
        if (f.own > 0) return Decoration.node(f.pos, f.pos + f.size, { class: DROPPED_CLASS, style: `top: ${String(Math.round((f.drop - f.own) * 100) / 100)}px;` }, { drop: f.drop });
        const style = dropStyle(f.drop);
        return Decoration.node(f.pos, f.pos + f.size, { class: DROPPED_CLASS, style: `margin-top: ${style.marginTop};${style.shapeOutside ? ` shape-outside: ${style.shapeOutside};` : ''}` }, { drop: f.drop });
      }),
    );
    view.dispatch(state.tr.setMeta(dropKey, { decorations, shown } satisfies DropState).setMeta('addToHistory', false));
    if (sheets.length === 0) return;
    layPagesAgain(view);
    // An object moved down may push another one (a float goes below the floats before it): measured again until nothing changes.
    this.schedule(0);
  }
}

/** The plugin that shows floating objects at their offset down from the page or the margin in the page view. */
export function floatDropPlugin(): Plugin<DropState> {
  return new Plugin<DropState>({
    key: dropKey,
    state: {
      init: () => ({ decorations: DecorationSet.empty, shown: '' }),
      apply(tr, prev): DropState {
        const meta = tr.getMeta(dropKey) as DropState | undefined;
        if (meta) return meta;
        return tr.docChanged ? { decorations: prev.decorations.map(tr.mapping, tr.doc), shown: prev.shown } : prev;
      },
    },
    props: { decorations: (state) => dropKey.getState(state)?.decorations },
    view: (view) => {
      const drops = new FloatDrops(view);
      return { update: (_view, prev) => drops.update(prev), destroy: () => drops.destroy() };
    },
  });
}
