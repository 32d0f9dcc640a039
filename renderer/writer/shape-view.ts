/**
 * How the writer shows drawing shapes and groups (`shape` nodes): an inline SVG drawn from the
 * model (`shapeSvgSpec`), at its size, at its anchor like anchored pictures for now. It is an
 * image for screen readers, named by its alternative text, else by what it is ("Forme",
 * "Groupe de formes"). Nothing is fetched.
 */
import { shapeSvgSpec } from '@ostal/model';
import { DOMSerializer } from 'prosemirror-model';
import type { Node as PMNode } from 'prosemirror-model';
import type { NodeView } from 'prosemirror-view';

/** Names of a shape without alternative text. */
export interface ShapeViewLabels {
  /** A single shape, e.g. "Forme". */
  readonly shape: string;
  /** A group, e.g. "Groupe de formes". */
  readonly group: string;
}

/** The accessible name of a shape node. */
export function shapeLabel(node: PMNode, labels: ShapeViewLabels): string {
  const alt = (node.attrs.alt as string | null) ?? '';
  const kind = node.attrs.geometry === 'group' ? labels.group : labels.shape;
  return alt.trim() === '' ? kind : `${kind} — ${alt}`;
}

/** The view of a `shape` node. */
export function shapeView(node: PMNode, labels: ShapeViewLabels): NodeView {
  const dom = document.createElement('span');
  dom.className = node.attrs.placement === 'anchored' ? 'writer-shape writer-shape--anchored' : 'writer-shape';
  dom.contentEditable = 'false';
  if (node.attrs.title) dom.title = String(node.attrs.title);
  const { dom: svg } = DOMSerializer.renderSpec(document, shapeSvgSpec(node.attrs, shapeLabel(node, labels)));
  dom.append(svg);
  return { dom, ignoreMutation: () => true };
}
