/**
 * How the writer draws what the schema's `toDOM` cannot say well in an editor: tables keep
 * prosemirror-tables' view (column widths from `colwidth`) and add their border flag; page
 * breaks are a dashed rule labelled in the user's language.
 */
import { TableView } from 'prosemirror-tables';
import type { Node as PMNode } from 'prosemirror-model';
import type { NodeView } from 'prosemirror-view';

/** prosemirror-tables' table view, with `data-bordered` so unbordered tables show light guides. */
export class WriterTableView extends TableView {
  constructor(node: PMNode, cellMinWidth: number) {
    super(node, cellMinWidth);
    this.table.dataset.bordered = node.attrs.bordered === false ? 'false' : 'true';
  }

  override update(node: PMNode): boolean {
    if (!super.update(node)) return false;
    this.table.dataset.bordered = node.attrs.bordered === false ? 'false' : 'true';
    return true;
  }
}

/** The view of a `page_break` node: a separator named `label` ("Saut de page"). */
export function pageBreakView(label: string): NodeView {
  const dom = document.createElement('div');
  dom.className = 'writer-page-break';
  dom.setAttribute('role', 'separator');
  dom.setAttribute('aria-label', label);
  dom.contentEditable = 'false';
  const text = document.createElement('span');
  text.className = 'writer-page-break__label';
  text.textContent = label;
  dom.append(text);
  return { dom, ignoreMutation: () => true };
}
