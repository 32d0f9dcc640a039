/**
 * Recording and reviewing tracked changes (model: `insertion` / `deletion` / `format_change`
 * marks and `paragraph_change` nodes, see `text-change-schema.ts`).
 *
 * Recording: while on, an edit the user makes (one replace step: typing, deleting, pasting,
 * Enter) is rewritten before it is applied: deleted text stays, marked deleted (text the same
 * author inserted while recording is really removed, as Word does); inserted text is marked
 * inserted; a paragraph split or join becomes a changed paragraph mark; character formatting is
 * applied and recorded as a format change, paragraph formatting as a changed paragraph mark
 * (`track-format.ts`); table rows added or deleted become inserted or deleted rows
 * (`track-table-rows.ts`). Other edits (columns, pictures, several replace steps at once) are
 * applied as they are, not recorded.
 *
 * Reviewing: the changes of the document in order ({@link trackedChanges}), accept or reject the
 * one at the cursor or all (those of the headers and footers too), move to the next or previous one.
 */
import { textSchema } from '@ostal/model';
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { isHistoryTransaction } from 'prosemirror-history';
import { EditorState, Plugin, PluginKey, TextSelection } from 'prosemirror-state';
import type { Command, Transaction } from 'prosemirror-state';
import { ReplaceStep, canJoin } from 'prosemirror-transform';
import { formattingEdit, markBlockChanges, markFormatChanges, rejectBlockChange, rejectFormatChanges } from './track-format.js';
import { resolveRowChange, rowChangeOf, trackRowEdit } from './track-table-rows.js';
import { resolveStoryChanges, storiesOf } from './track-stories.js';

/** Meta of transactions never recorded (reviewing, loading). */
export const UNTRACKED_META = 'ostal-untracked';

const trackKey = new PluginKey<boolean>('ostal-track-changes');

/** Holds whether changes are being recorded; `setTracking` switches it. */
export function trackChangesPlugin(): Plugin<boolean> {
  return new Plugin<boolean>({
    key: trackKey,
    state: {
      init: () => false,
      apply: (tr, on) => {
        const next = tr.getMeta(trackKey) as boolean | undefined;
        return next ?? on;
      },
    },
  });
}

export function isTracking(state: EditorState): boolean {
  return trackKey.getState(state) === true;
}

/** Turns recording on or off. */
export function setTracking(on: boolean): Command {
  return (state, dispatch) => {
    if (trackKey.getState(state) === undefined) return false;
    if (dispatch) dispatch(state.tr.setMeta(trackKey, on).setMeta(UNTRACKED_META, true).setMeta('addToHistory', false));
    return true;
  };
}

/** Who records a change and when. */
export interface ChangeAuthor {
  readonly name: string;
  /** ISO 8601 date. */
  readonly date: string;
}

function changeAttrs(author: ChangeAuthor): Record<string, string | null> {
  return { id: null, author: author.name || null, date: author.date };
}

/** True when a mark is an insertion recorded by `name`. */
function ownInsertion(marks: readonly Mark[], name: string): boolean {
  return marks.some((m) => m.type === textSchema.marks.insertion && (m.attrs.author ?? '') === name);
}

/**
 * The transaction to apply instead of `tr` while recording, or `tr` itself when it is not an
 * edit that is recorded.
 */
export function trackTransaction(state: EditorState, tr: Transaction, author: ChangeAuthor): Transaction {
  if (!isTracking(state) || !tr.docChanged || tr.getMeta(UNTRACKED_META) === true || isHistoryTransaction(tr)) return tr;
  // Table rows added or deleted: inserted rows, or rows kept and marked deleted (track-table-rows.ts).
  const rows = trackRowEdit(state, tr, { id: null, author: author.name || null, date: author.date });
  if (rows) return rows;
  // Character formatting: applied, and the text it touched marked as a format change (track-format.ts).
  const formatted = formattingEdit(tr);
  if (formatted) {
    markFormatChanges(tr, state.doc, formatted.ranges, changeAttrs(author));
    markBlockChanges(tr, state.doc, formatted.blocks, changeAttrs(author));
    return tr;
  }
  if (tr.steps.length !== 1) return tr;
  const step = tr.steps[0];
  if (!(step instanceof ReplaceStep)) return tr;
  const { from, to } = step as unknown as { from: number; to: number };
  const slice = step.slice;
  const doc = state.doc;
  const ins = textSchema.marks.insertion!;
  const del = textSchema.marks.deletion!;
  const out = state.tr;
  // Typing on after one's own insertion continues it (same date: one change to review).
  const previous = doc.resolve(to).nodeBefore?.marks.find((m) => m.type === ins && (m.attrs.author ?? '') === author.name);
  const attrs = changeAttrs(author);
  const insAttrs = previous ? { ...(previous.attrs as Record<string, string | null>) } : attrs;

  // 1. What is deleted: own insertions go, the rest is marked deleted; paragraph ends in the range become deleted marks.
  const remove: { from: number; to: number }[] = [];
  const ends: number[] = [];
  if (to > from) {
    doc.nodesBetween(from, to, (node, pos) => {
      if (node.isTextblock) {
        const end = pos + node.nodeSize - 1;
        if (end >= from && end < to) ends.push(end);
        return true;
      }
      if (!node.isInline) return true;
      const a = Math.max(from, pos);
      const b = Math.min(to, pos + node.nodeSize);
      if (b <= a) return false;
      if (node.type.name === 'paragraph_change' && node.attrs.kind === 'insertion') remove.push({ from: pos, to: pos + node.nodeSize });
      else if (ownInsertion(node.marks, author.name)) remove.push({ from: a, to: b });
      else if (!node.marks.some((m) => m.type === del) && node.type.name !== 'paragraph_change') out.addMark(a, b, del.create(attrs));
      return false;
    });
    // A joined paragraph: its mark is recorded deleted (unless it was an inserted one, removed above).
    for (const end of ends.reverse()) {
      const block = doc.resolve(end).parent;
      const last = block.lastChild;
      if (last?.type.name === 'paragraph_change') continue;
      if (block.type.spec.content?.includes('inline')) out.insert(out.mapping.map(end), textSchema.nodes.paragraph_change!.create({ kind: 'deletion', ...attrs }));
    }
    for (const r of remove.reverse()) out.delete(out.mapping.map(r.from), out.mapping.map(r.to));
  }

  // 2. What is inserted goes after the deleted text, marked inserted.
  let cursor: number;
  if (slice.size > 0) {
    const at = out.mapping.map(to);
    const before = out.doc.content.size;
    out.replace(at, at, slice);
    const end = at + (out.doc.content.size - before);
    out.addMark(at, end, ins.create(insAttrs));
    // New paragraph ends inside the insertion (Enter, pasted paragraphs) are inserted marks.
    const newEnds: number[] = [];
    out.doc.nodesBetween(at, end, (node, pos) => {
      if (!node.isTextblock) return true;
      const e = pos + node.nodeSize - 1;
      if (e >= at && e < end) newEnds.push(e);
      return false;
    });
    for (const e of newEnds.reverse()) out.insert(e, textSchema.nodes.paragraph_change!.create({ kind: 'insertion', ...insAttrs }));
    // After the inserted content: where the original transaction put the cursor, counted from its end.
    const afterOriginal = tr.doc.content.size - tr.selection.head;
    cursor = Math.max(0, out.doc.content.size - afterOriginal);
  } else {
    // A deletion: Backspace leaves the cursor before the deleted text, Delete after it.
    const forward = state.selection.empty && state.selection.from === from;
    cursor = out.mapping.map(forward ? to : from, forward ? 1 : -1);
  }
  const $c = out.doc.resolve(Math.min(cursor, out.doc.content.size));
  out.setSelection(TextSelection.near($c, -1));
  if (tr.scrolledIntoView) out.scrollIntoView();
  return out;
}

/** A change as the review commands see it. */
export interface TrackedChange {
  readonly kind: 'insertion' | 'deletion' | 'format' | 'paragraphInsertion' | 'paragraphDeletion' | 'paragraphFormat' | 'rowInsertion' | 'rowDeletion';
  readonly from: number;
  readonly to: number;
  readonly author: string | null;
  readonly date: string | null;
}

const MARK_KINDS: Readonly<Record<string, TrackedChange['kind']>> = { insertion: 'insertion', deletion: 'deletion', format_change: 'format' };
const NODE_KINDS: Readonly<Record<string, TrackedChange['kind']>> = { insertion: 'paragraphInsertion', deletion: 'paragraphDeletion', format: 'paragraphFormat' };

/** The document's changes in order; neighbouring text of one change (same kind, author and date) is one change. */
export function trackedChanges(doc: PMNode): TrackedChange[] {
  const out: TrackedChange[] = [];
  doc.descendants((node, pos) => {
    const row = node.type.name === 'table_row' ? rowChangeOf(node) : null;
    if (row) {
      out.push({ kind: row.kind === 'insertion' ? 'rowInsertion' : 'rowDeletion', from: pos, to: pos + node.nodeSize, author: row.author, date: row.date });
      // A deleted row's text goes and comes back with it: one change.
      return row.kind === 'insertion';
    }
    if (node.type.name === 'paragraph_change') {
      out.push({ kind: NODE_KINDS[String(node.attrs.kind)] ?? 'paragraphFormat', from: pos, to: pos + 1, author: node.attrs.author as string | null, date: node.attrs.date as string | null });
      return false;
    }
    if (!node.isInline) return true;
    for (const m of node.marks) {
      const kind = MARK_KINDS[m.type.name];
      if (!kind) continue;
      const last = out[out.length - 1];
      const author = m.attrs.author as string | null;
      const date = m.attrs.date as string | null;
      if (last && last.kind === kind && last.to === pos && last.author === author && last.date === date) out[out.length - 1] = { ...last, to: pos + node.nodeSize };
      else out.push({ kind, from: pos, to: pos + node.nodeSize, author, date });
    }
    return false;
  });
  return out;
}

/** The change at the cursor (or the first the selection touches), or null. */
export function changeAt(state: EditorState): TrackedChange | null {
  const { from, to } = state.selection;
  const hits = trackedChanges(state.doc).filter((c) => (from === to ? c.from <= from && from <= c.to : c.from < to && from < c.to));
  // Text changed inside an inserted row is the change at the cursor rather than the row.
  return hits.find((c) => !c.kind.startsWith('row')) ?? hits[0] ?? null;
}

/** Applies accepting (`accept`) or rejecting one change to `tr` (positions in `tr.doc`). */
function resolveChange(tr: Transaction, c: TrackedChange, accept: boolean): void {
  if (c.kind === 'rowInsertion' || c.kind === 'rowDeletion') {
    resolveRowChange(tr, c.from, accept);
    return;
  }
  const markType = c.kind === 'insertion' ? textSchema.marks.insertion! : c.kind === 'deletion' ? textSchema.marks.deletion! : c.kind === 'format' ? textSchema.marks.format_change! : null;
  if (markType) {
    const drop = (c.kind === 'insertion' && !accept) || (c.kind === 'deletion' && accept);
    if (drop) tr.delete(c.from, c.to);
    // A format change rejected puts the earlier format back where it is known.
    else if (c.kind === 'format' && !accept) rejectFormatChanges(tr, c.from, c.to);
    else tr.removeMark(c.from, c.to, markType);
    return;
  }
  if (c.kind === 'paragraphFormat' && !accept) {
    rejectBlockChange(tr, c.from);
    return;
  }
  const join = (c.kind === 'paragraphInsertion' && !accept) || (c.kind === 'paragraphDeletion' && accept);
  tr.delete(c.from, c.to);
  if (join) {
    const $p = tr.doc.resolve(c.from);
    if ($p.depth > 0) {
      const after = $p.after();
      if (canJoin(tr.doc, after)) tr.join(after);
    }
  }
}

/** Accepts or rejects every change of `story` (a header or footer), or null when it has none. */
function resolveStory(story: PMNode, accept: boolean): PMNode | null {
  const changes = trackedChanges(story);
  if (changes.length === 0) return null;
  const tr = EditorState.create({ doc: story }).tr;
  for (const c of [...changes].reverse()) resolveChange(tr, c, accept);
  return tr.doc;
}

function resolveCommand(accept: boolean, all: boolean): Command {
  return (state, dispatch) => {
    const changes = all ? trackedChanges(state.doc) : [changeAt(state)].filter((c): c is TrackedChange => c !== null);
    // All of them: those of the headers and footers too (track-stories.ts).
    const inStories = all && storiesOf(state.doc).some((story) => trackedChanges(story).length > 0);
    if (changes.length === 0 && !inStories) return false;
    if (dispatch) {
      const tr = state.tr.setMeta(UNTRACKED_META, true);
      // From the end, so that earlier positions stay right.
      for (const c of [...changes].reverse()) resolveChange(tr, c, accept);
      if (inStories) resolveStoryChanges(tr, (story) => resolveStory(story, accept));
      if (!all) {
        const next = trackedChanges(tr.doc).find((c) => c.from >= tr.mapping.map(changes[0]!.from, -1));
        if (next) tr.setSelection(TextSelection.near(tr.doc.resolve(next.from), 1));
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

export const acceptChange = resolveCommand(true, false);
export const rejectChange = resolveCommand(false, false);
export const acceptAllChanges = resolveCommand(true, true);
export const rejectAllChanges = resolveCommand(false, true);

/** Selects the next (`dir` 1) or previous (-1) change from the cursor, going round. */
export function goToChange(dir: 1 | -1): Command {
  return (state, dispatch) => {
    const changes = trackedChanges(state.doc);
    if (changes.length === 0) return false;
    const { from, to } = state.selection;
    const target = dir === 1 ? (changes.find((c) => c.from >= to && !(c.from === from && c.to === to)) ?? changes[0]!) : ([...changes].reverse().find((c) => c.to <= from && !(c.from === from && c.to === to)) ?? changes[changes.length - 1]!);
    if (dispatch) {
      const sel = target.kind.startsWith('paragraph') || target.kind.startsWith('row') ? TextSelection.near(state.doc.resolve(target.from)) : TextSelection.create(state.doc, target.from, target.to);
      dispatch(state.tr.setSelection(sel).scrollIntoView().setMeta(UNTRACKED_META, true));
    }
    return true;
  };
}
