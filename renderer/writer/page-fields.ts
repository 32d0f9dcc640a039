/**
 * Page-number and page-count fields in the body (PAGE, NUMPAGES; ODF `text:page-number`,
 * `text:page-count`) show, in the page view, the number of the sheet they are on and the
 * number of sheets, as the headers and footers do (`WriterPages.tsx`) and as printing does
 * (`print-layout.ts`). Only what is shown changes: the field keeps its stored result (what a
 * save writes, and what the draft view shows), as Word and LibreOffice recompute these fields
 * whenever they lay the pages out.
 *
 * The numbers come from the page view's last layout (`pageViewInfo`: where pages 2, 3, … start,
 * each sheet's number and its part's numbering format). They are worked out again after each
 * layout and when an edit brings such a field in; between those, they follow the edits.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState, Transaction } from 'prosemirror-state';
import { DOMSerializer } from 'prosemirror-model';
import type { Node as PMNode } from 'prosemirror-model';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { NodeView, NodeViewConstructor } from 'prosemirror-view';
import { pageAt } from './page-view-gaps.js';
import { pageViewInfo } from './page-view-plugin.js';
import type { ShownPage } from './page-view-plugin.js';
import type { PaperRun } from './page-view-sections.js';
import { formatPageNumber } from './print-stories.js';

/** What the page view knows of its sheets (the parts of `pageViewInfo` that number them). */
export interface SheetNumbers {
  /** Document positions where pages 2, 3, … start, in order. */
  readonly starts: readonly number[];
  /** Every sheet, the first one's included. */
  readonly pages: readonly ShownPage[];
  /** The document's runs of sheets (their numbering format). */
  readonly runs: readonly PaperRun[];
}

const isPageField = (node: PMNode): boolean => node.type.name === 'field' && (node.attrs.kind === 'page-number' || node.attrs.kind === 'page-count');

/**
 * The text each page-number and page-count field of `doc`'s body shows on its sheet, by the
 * field's position: the sheet's number in its part's format, or the number of sheets. Empty
 * before the first layout (no sheets known).
 */
export function pageFieldTexts(doc: PMNode, sheets: SheetNumbers): Map<number, string> {
  const out = new Map<number, string>();
  const { starts, pages, runs } = sheets;
  if (pages.length === 0) return out;
  const count = String(pages.length);
  doc.descendants((node, pos) => {
    if (!isPageField(node)) return !node.isLeaf;
    if (node.attrs.kind === 'page-count') {
      out.set(pos, count);
      return false;
    }
    const page = pages[Math.min(pageAt(starts, pos) - 1, pages.length - 1)];
    if (page) out.set(pos, formatPageNumber(page.number, runs[page.run]?.props?.pageNumberFormat));
    return false;
  });
  return out;
}

interface PageFieldsState {
  /** The page view's sheets these texts were worked out from. */
  readonly pages: readonly ShownPage[];
  /** False while the document is known to hold no page field (no walk through it after a layout). */
  readonly any: boolean;
  readonly decorations: DecorationSet;
}

const pageFieldsKey = new PluginKey<PageFieldsState>('page-fields');

/** The decorations carrying each page field's text (read by the field's node view). */
function decorationsOf(state: EditorState, any: boolean): PageFieldsState {
  const info = pageViewInfo(state);
  if (!info.enabled || !any) return { pages: info.pages, any, decorations: DecorationSet.empty };
  const texts = pageFieldTexts(state.doc, info);
  const found: Decoration[] = [];
  for (const [pos, text] of texts) found.push(Decoration.node(pos, pos + 1, {}, { pageFieldText: text }));
  return { pages: info.pages, any: found.length > 0 || info.pages.length === 0, decorations: DecorationSet.create(state.doc, found) };
}

function holdsPageField(doc: PMNode): boolean {
  let found = false;
  doc.descendants((node) => {
    if (isPageField(node)) found = true;
    return !found && !node.isLeaf;
  });
  return found;
}

/** True when `tr` put a page field into the document (typed, pasted, inserted). */
function bringsPageField(tr: Transaction): boolean {
  let found = false;
  tr.mapping.maps.forEach((map, i) => {
    if (found) return;
    const rest = tr.mapping.slice(i + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      const from = rest.map(newStart, -1);
      const to = Math.min(rest.map(newEnd, 1), tr.doc.content.size);
      if (found || to <= from) return;
      tr.doc.nodesBetween(from, to, (node) => {
        if (isPageField(node)) found = true;
        return !found;
      });
    });
  });
  return found;
}

/** A field as its schema draws it, its text the page view's when it has one. */
class FieldView implements NodeView {
  dom: HTMLElement;

  constructor(
    private node: PMNode,
    decorations: readonly Decoration[],
  ) {
    this.dom = FieldView.render(node);
    this.show(decorations);
  }

  private static render(node: PMNode): HTMLElement {
    const spec = node.type.spec.toDOM?.(node);
    const { dom } = spec ? DOMSerializer.renderSpec(document, spec) : { dom: document.createElement('span') };
    return dom;
  }

  private show(decorations: readonly Decoration[]): void {
    const shown = decorations.map((d) => (d.spec as { pageFieldText?: unknown }).pageFieldText).find((t) => typeof t === 'string');
    const text = typeof shown === 'string' ? shown : typeof this.node.attrs.result === 'string' ? this.node.attrs.result : '';
    if (this.dom.textContent !== text) this.dom.textContent = text;
  }

  update(node: PMNode, decorations: readonly Decoration[]): boolean {
    if (node.type !== this.node.type) return false;
    if (node.attrs.kind !== this.node.attrs.kind || node.attrs.instruction !== this.node.attrs.instruction) return false;
    this.node = node;
    this.show(decorations);
    return true;
  }
}

const fieldView: NodeViewConstructor = (node, _view, _getPos, decorations) => new FieldView(node, decorations);

/** The plugin that shows body page fields' real numbers in the page view; goes after `pageViewPlugin()`. */
export function pageFieldsPlugin(): Plugin<PageFieldsState> {
  return new Plugin<PageFieldsState>({
    key: pageFieldsKey,
    state: {
      init: (_config, state) => decorationsOf(state, holdsPageField(state.doc)),
      apply(tr, prev, _old, state) {
        if (tr.docChanged && bringsPageField(tr)) return decorationsOf(state, true);
        if (pageViewInfo(state).pages !== prev.pages) return decorationsOf(state, prev.any);
        return tr.docChanged ? { ...prev, decorations: prev.decorations.map(tr.mapping, tr.doc) } : prev;
      },
    },
    props: {
      decorations: (state) => pageFieldsKey.getState(state)?.decorations,
      nodeViews: { field: fieldView },
    },
  });
}
