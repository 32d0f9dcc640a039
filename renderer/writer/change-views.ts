/**
 * How the writer draws tracked changes and kept content: insertions underlined and deletions
 * struck through in a colour, changed paragraph marks as a coloured ¶, formulas and other kept
 * content as their fallback text in a box; who made a change and when is the tooltip, in the
 * user's language. Nothing here edits changes (accepting and rejecting come later).
 */
import type { Mark, Node as PMNode } from 'prosemirror-model';
import type { MarkViewConstructor, NodeView, NodeViewConstructor } from 'prosemirror-view';
import type { ChangeKind, WriterLabels } from './writer-labels.js';

function title(labels: WriterLabels, kind: ChangeKind, x: Mark | PMNode): string {
  return labels.changeTitle(kind, (x.attrs.author as string | null) ?? null, (x.attrs.date as string | null) ?? null);
}

function markView(tag: string, className: string, kind: ChangeKind, labels: WriterLabels): MarkViewConstructor {
  return (mark) => {
    const dom = document.createElement(tag);
    dom.className = className;
    dom.title = title(labels, kind, mark);
    return { dom };
  };
}

/** Mark views of `insertion`, `deletion` and `format_change`. */
export function changeMarkViews(labels: WriterLabels): Record<string, MarkViewConstructor> {
  return {
    insertion: markView('ins', 'tracked-insertion', 'insertion', labels),
    deletion: markView('del', 'tracked-deletion', 'deletion', labels),
    format_change: markView('span', 'tracked-format', 'format', labels),
  };
}

function paragraphChangeView(node: PMNode, labels: WriterLabels): NodeView {
  const dom = document.createElement('span');
  const kind = String(node.attrs.kind);
  dom.className = `tracked-paragraph tracked-paragraph-${kind}`;
  dom.title = title(labels, kind === 'insertion' ? 'paragraphInsertion' : kind === 'deletion' ? 'paragraphDeletion' : 'format', node);
  dom.contentEditable = 'false';
  return { dom, ignoreMutation: () => true };
}

function opaqueView(node: PMNode, labels: WriterLabels): NodeView {
  const dom = document.createElement('span');
  dom.className = 'opaque-content';
  dom.dataset.opaque = String(node.attrs.kind);
  dom.title = labels.keptContent;
  dom.textContent = String(node.attrs.fallback) || '\u25a1';
  dom.contentEditable = 'false';
  return { dom, ignoreMutation: () => true };
}

/** A table row: its change (inserted or deleted with changes tracked) as its class and tooltip. */
function rowView(node: PMNode, labels: WriterLabels): NodeView {
  const dom = document.createElement('tr');
  if (node.attrs.header === true) dom.dataset.header = 'true';
  const change = node.attrs.change as { kind?: unknown; author?: unknown; date?: unknown } | null;
  if (change && (change.kind === 'insertion' || change.kind === 'deletion')) {
    dom.className = `tracked-row tracked-row-${change.kind}`;
    dom.dataset.rowChange = change.kind;
    dom.title = labels.changeTitle(change.kind === 'insertion' ? 'rowInsertion' : 'rowDeletion', typeof change.author === 'string' ? change.author : null, typeof change.date === 'string' ? change.date : null);
  }
  const attrs = node.attrs;
  return { dom, contentDOM: dom, update: (next) => next.type === node.type && next.attrs.header === attrs.header && next.attrs.change === attrs.change };
}

/** Node views of `paragraph_change`, `opaque` and table rows (their tracked change). */
export function changeNodeViews(labels: WriterLabels): Record<string, NodeViewConstructor> {
  return {
    table_row: (node) => rowView(node, labels),
    paragraph_change: (node) => paragraphChangeView(node, labels),
    opaque: (node) => opaqueView(node, labels),
  };
}
