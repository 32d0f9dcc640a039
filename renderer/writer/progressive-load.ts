/**
 * Opening long documents without freezing the interface (issue 3: a 300-page document must open
 * without freezing the UI). Parsing already happens in the document worker; what is left on the
 * main thread is turning the JSON into ProseMirror nodes and ProseMirror drawing them, which for
 * a few hundred pages takes seconds in one piece. So the editor starts with the first top-level
 * blocks, and the rest are appended in slices of a few milliseconds each, between which the
 * browser paints and handles input. Loading steps are not undoable and do not make the document
 * dirty; the editor stays read-only until the last slice is in.
 */
import { Node as PMNode } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import { textSchema } from '@ostal/model';
import type { PMNodeJSON, TextDocument } from '@ostal/model';

/** Transaction meta key marking a loading step. */
export const LOADING_META = 'ostal-loading';

/** Work per slice, in milliseconds of node building (drawing them costs about as much again). */
export const SLICE_BUDGET_MS = 12;

/** Builds and checks one top-level block. @throws RangeError when it does not fit the schema. */
function blockNode(json: PMNodeJSON): PMNode {
  const node = PMNode.fromJSON(textSchema, json);
  node.check();
  return node;
}

/**
 * Builds blocks from `blocks[from]` on until the time budget is spent (at least one block).
 * @returns the nodes built and the index of the next block.
 */
export function buildSlice(blocks: readonly PMNodeJSON[], from: number, budgetMs = SLICE_BUDGET_MS, now: () => number = () => performance.now()): { nodes: PMNode[]; next: number } {
  const start = now();
  const nodes: PMNode[] = [];
  let i = from;
  while (i < blocks.length && (nodes.length === 0 || now() - start < budgetMs)) nodes.push(blockNode(blocks[i++]!));
  return { nodes, next: i };
}

/** The document split for loading: the first slice as a `doc` node, and the blocks still to add. */
export interface SplitDocument {
  readonly first: PMNode;
  readonly rest: readonly PMNodeJSON[];
  /** Total number of top-level blocks. */
  readonly total: number;
}

/**
 * Splits a text document into a first slice and the rest.
 * @throws RangeError when the document JSON does not fit the text schema.
 */
export function splitDocument(document: TextDocument, budgetMs = SLICE_BUDGET_MS, now?: () => number): SplitDocument {
  const root = document.content;
  if (root.type !== 'doc') throw new RangeError(`A text document's root must be a doc node, not ${root.type}.`);
  const blocks = root.content ?? [];
  if (blocks.length === 0) {
    const doc = PMNode.fromJSON(textSchema, root);
    doc.check();
    return { first: doc, rest: [], total: 0 };
  }
  const { nodes, next } = buildSlice(blocks, 0, budgetMs, now);
  const first = textSchema.node('doc', root.attrs ?? null, nodes);
  return { first, rest: blocks.slice(next), total: blocks.length };
}

/** A loading step: the next slice appended at the end of the document. */
export function appendSlice(state: EditorState, nodes: readonly PMNode[]): Transaction {
  return state.tr.insert(state.doc.content.size, nodes).setMeta(LOADING_META, true).setMeta('addToHistory', false);
}

/**
 * Appends `rest` to the editor slice by slice, each in its own task.
 * @param dispatch  the view's dispatch (appends must go through it so plugins see them).
 * @param onProgress  called after each slice with the share of blocks loaded, 1 at the end.
 * @returns a function that stops loading (the editor is being destroyed).
 */
export function loadRest(
  split: SplitDocument,
  getState: () => EditorState,
  dispatch: (tr: Transaction) => void,
  onProgress: (loaded: number) => void,
  onError: (error: unknown) => void,
): () => void {
  let stopped = false;
  let index = 0;
  const firstCount = split.total - split.rest.length;
  const step = (): void => {
    if (stopped) return;
    try {
      const { nodes, next } = buildSlice(split.rest, index);
      index = next;
      dispatch(appendSlice(getState(), nodes));
      onProgress(index >= split.rest.length ? 1 : (firstCount + index) / split.total);
      if (index < split.rest.length) setTimeout(step, 0);
    } catch (error) {
      stopped = true;
      onError(error);
    }
  };
  if (split.rest.length === 0) onProgress(1);
  else setTimeout(step, 0);
  return () => {
    stopped = true;
  };
}

/**
 * A long document shown from its first blocks while the rest was read (the reader's preview,
 * `ReadOptions.onFirstBlocks`), continued with the whole document once read: the transaction that
 * gives the editor the whole document's attributes (its style sheet, sections, outline…) and the
 * blocks still to append. The blocks shown are kept when they are the whole document's first
 * ones (the usual case); otherwise the transaction replaces them with the whole document's first
 * slice. A loading step: not undoable.
 */
export function wholeAfterPreview(state: EditorState, preview: TextDocument, whole: TextDocument): { tr: Transaction; rest: SplitDocument } {
  const blocks = whole.content.content ?? [];
  const shown = state.doc.childCount;
  const previewed = preview.content.content ?? [];
  const same = shown <= previewed.length && shown <= blocks.length && JSON.stringify(previewed.slice(0, shown)) === JSON.stringify(blocks.slice(0, shown));
  const tr = state.tr.setMeta(LOADING_META, true).setMeta('addToHistory', false);
  let from = shown;
  if (!same) {
    const { nodes, next } = buildSlice(blocks, 0);
    tr.replaceWith(0, state.doc.content.size, nodes);
    from = next;
  }
  // The whole document's attributes, defaults filled in as the schema does.
  const attrs = textSchema.nodes.doc!.create(whole.content.attrs ?? null, textSchema.nodes.paragraph!.create()).attrs;
  for (const [key, value] of Object.entries(attrs)) if (JSON.stringify(tr.doc.attrs[key]) !== JSON.stringify(value)) tr.setDocAttribute(key, value);
  return { tr, rest: { first: tr.doc, rest: blocks.slice(from), total: blocks.length } };
}
