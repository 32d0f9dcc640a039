/**
 * Tracked changes and opaque content in the model, as the text readers and writers build and
 * take them apart (ECMA-376 Part 1, 17.13.5 revisions; ODF 1.3 Part 3, 5.5 change tracking).
 * Node and mark specs: `text-change-schema.ts` in the model.
 */
import { textSchema } from '@ostal/model';
import type { OpaqueFamily, ParagraphChangeKind } from '@ostal/model';
import type { Mark, Node as PMNode } from 'prosemirror-model';

/** Who made a change and when, as a file records it. */
export interface ChangeInfo {
  readonly id: string | null;
  readonly author: string | null;
  /** ISO 8601 date-time as written, or null. */
  readonly date: string | null;
}

/** Mark kinds of tracked changes on text. */
export type ChangeMarkKind = 'insertion' | 'deletion' | 'format_change';

/** The change marks of an inline node. */
export interface NodeChanges {
  readonly insertion: Mark | null;
  readonly deletion: Mark | null;
  readonly format: Mark | null;
}

const NO_CHANGES: NodeChanges = { insertion: null, deletion: null, format: null };

/** A tracked-change mark; `before` (format changes only) is the previous format as kept source. */
export function changeMark(kind: ChangeMarkKind, info: ChangeInfo, before: string | null = null): Mark {
  const attrs = { id: info.id, author: info.author, date: info.date };
  return textSchema.marks[kind]!.create(kind === 'format_change' ? { ...attrs, before } : attrs);
}

/** `node` with `marks` added (a mark of the same type replaces the node's own). */
export function withMarks(node: PMNode, marks: readonly Mark[]): PMNode {
  if (marks.length === 0) return node;
  let set = node.marks;
  for (const m of marks) set = m.addToSet(set);
  return set === node.marks ? node : node.mark(set);
}

/** Adds `mark` to the nodes of `nodes` from index `from` on, in place. */
export function markFrom(nodes: PMNode[], from: number, mark: Mark): void {
  for (let i = from; i < nodes.length; i++) nodes[i] = withMarks(nodes[i]!, [mark]);
}

/** The change marks of `node`. */
export function changesOf(node: PMNode): NodeChanges {
  if (node.marks.length === 0) return NO_CHANGES;
  let insertion: Mark | null = null;
  let deletion: Mark | null = null;
  let format: Mark | null = null;
  for (const m of node.marks) {
    if (m.type.name === 'insertion') insertion = m;
    else if (m.type.name === 'deletion') deletion = m;
    else if (m.type.name === 'format_change') format = m;
  }
  return insertion || deletion || format ? { insertion, deletion, format } : NO_CHANGES;
}

/** The change info a mark or `paragraph_change` node carries. */
export function infoOf(x: Mark | PMNode): ChangeInfo {
  return { id: (x.attrs.id as string | null) ?? null, author: (x.attrs.author as string | null) ?? null, date: (x.attrs.date as string | null) ?? null };
}

/** A `paragraph_change` node, placed at the end of the paragraph whose mark changed. */
export function paragraphChange(kind: ParagraphChangeKind, info: ChangeInfo, before: string | null = null): PMNode {
  return textSchema.nodes.paragraph_change!.create({ kind, id: info.id, author: info.author, date: info.date, before });
}

/** An `opaque` node. */
export function opaqueNode(family: OpaqueFamily, kind: string, xml: string, fallback: string, files: Readonly<Record<string, string>> | null = null, marks: readonly Mark[] = []): PMNode {
  return textSchema.nodes.opaque!.create({ family, kind, xml, fallback, files }, null, marks);
}

/** True for nodes that only carry change information (no text of their own). */
export function isParagraphChange(node: PMNode): boolean {
  return node.type.name === 'paragraph_change';
}

/** `paragraph_change` nodes of a text block, by kind (the last of each kind wins). */
export function paragraphChangesOf(block: PMNode): Partial<Record<ParagraphChangeKind, PMNode>> {
  const out: Partial<Record<ParagraphChangeKind, PMNode>> = {};
  block.forEach((c) => {
    if (c.type.name === 'paragraph_change') out[c.attrs.kind as ParagraphChangeKind] = c;
  });
  return out;
}

/** Same change: same kind of mark and same attributes (consecutive runs of one change are written as one). */
export function sameChange(a: Mark | null, b: Mark | null): boolean {
  return a === b || (a !== null && b !== null && a.eq(b));
}
