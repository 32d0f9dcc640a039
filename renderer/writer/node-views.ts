/**
 * How the writer draws what the schema's `toDOM` cannot say well in an editor: tables keep
 * prosemirror-tables' view (column widths from `colwidth`) and add their border flag, floating
 * tables float at their position (floating-table.ts); page breaks are a dashed rule labelled in
 * the user's language.
 */
import { TableView } from 'prosemirror-tables';
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorView, NodeView } from 'prosemirror-view';
import { applyFloatingTable } from './floating-table.js';
import { syncTableMoveHandle } from './floating-table-move.js';

/**
 * prosemirror-tables' table view, with `data-bordered` so unbordered tables show light guides,
 * and floating tables placed at their position with the text flowing beside them, with a
 * handle at their top-left corner to drag them (floating-table-move.ts).
 */
export class WriterTableView extends TableView {
  private readonly view: EditorView | undefined;

  constructor(node: PMNode, cellMinWidth: number, view?: EditorView) {
    super(node, cellMinWidth);
    this.view = view;
    this.table.dataset.bordered = node.attrs.bordered === false ? 'false' : 'true';
    if (node.attrs.position && view) applyFloatingTable(this.dom, node, view.state.doc);
    syncTableMoveHandle(this.dom, this.table, node, view);
  }

  override update(node: PMNode): boolean {
    const wasFloating = this.node.attrs.position !== null;
    if (!super.update(node)) return false;
    this.table.dataset.bordered = node.attrs.bordered === false ? 'false' : 'true';
    // The view's state is already the new one while its nodes are updated.
    if ((wasFloating || node.attrs.position) && this.view) applyFloatingTable(this.dom, node, this.view.state.doc);
    syncTableMoveHandle(this.dom, this.table, node, this.view);
    return true;
  }

  /** The move handle of a floating table (floating-table-move.ts) is the view's own. */
  private isHandle(target: EventTarget | Node | null): boolean {
    return target instanceof Element && target.closest('.writer-table-move') !== null;
  }

  stopEvent(event: Event): boolean {
    return this.isHandle(event.target);
  }

  override ignoreMutation(record: Parameters<TableView['ignoreMutation']>[0]): boolean {
    if (record.type === 'childList' && record.target === this.dom) return true;
    return (record.type === 'attributes' && record.target === this.dom) || this.isHandle(record.target) || super.ignoreMutation(record);
  }
}

/** Views of the break nodes: page, column and section breaks, each labelled in the user's language. */
export function breakViews(labels: { readonly pageBreak: string; readonly columnBreak: string; readonly sectionBreak: string }): Record<string, () => NodeView> {
  return {
    page_break: () => pageBreakView(labels.pageBreak),
    column_break: () => pageBreakView(labels.columnBreak, 'column'),
    section_break: () => pageBreakView(labels.sectionBreak, 'section'),
  };
}

/** The view of a `page_break` node: a separator named `label` ("Saut de page"); `kind` marks column and section breaks. */
export function pageBreakView(label: string, kind?: 'column' | 'section'): NodeView {
  const dom = document.createElement('div');
  dom.className = kind ? `writer-page-break writer-page-break--${kind}` : 'writer-page-break';
  dom.setAttribute('role', 'separator');
  dom.setAttribute('aria-label', label);
  dom.contentEditable = 'false';
  const text = document.createElement('span');
  text.className = 'writer-page-break__label';
  text.textContent = label;
  dom.append(text);
  return { dom, ignoreMutation: () => true };
}
