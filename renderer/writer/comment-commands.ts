/**
 * Comments the user writes (model: `comment` nodes and `comment_range` marks, see
 * `text-note-schema.ts`): add one on the selection (or the word at the cursor), reply,
 * resolve or reopen a thread, delete a thread or a reply, and list the threads in document
 * order for the comments pane. Each command is one undo step.
 */
import { textSchema } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import type { Command, EditorState } from 'prosemirror-state';

/** Who writes a comment and when. */
export interface CommentAuthor {
  readonly name: string;
  /** ISO 8601, without milliseconds (what both formats write). */
  readonly date: string;
}

/** One comment of a thread, as the pane shows it. */
export interface CommentEntry {
  readonly id: string;
  readonly pos: number;
  readonly author: string | null;
  readonly date: string | null;
  readonly text: string;
  readonly resolved: boolean;
}

/** A comment and its replies; `quote` is the commented text. */
export interface CommentThread extends CommentEntry {
  readonly quote: string;
  readonly replies: readonly CommentEntry[];
}

/** Initials of a name: first letters of its first words, "Anne Martin" → "AM". */
export function initialsOf(name: string): string | null {
  const letters = name
    .split(/[\s\-.]+/)
    .filter((w) => w !== '')
    .slice(0, 3)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return letters === '' ? null : letters;
}

/** An ISO date of `when` without milliseconds. */
export function commentDate(when: Date): string {
  return `${when.toISOString().slice(0, 19)}Z`;
}

/** Comment ids in the document. */
function commentIds(doc: PMNode): Set<string> {
  const ids = new Set<string>();
  doc.descendants((node) => {
    if (node.type.name === 'comment') ids.add(String(node.attrs.id));
    return true;
  });
  return ids;
}

/** An id not used by any comment of `doc`. */
export function newCommentId(doc: PMNode): string {
  const ids = commentIds(doc);
  for (let n = ids.size + 1; ; n += 1) if (!ids.has(`ostal-${String(n)}`)) return `ostal-${String(n)}`;
}

function paragraphsOf(text: string): PMNode[] {
  return text
    .split(/\r?\n/)
    .map((line) => textSchema.nodes.paragraph!.create(null, line.trim() === '' ? null : textSchema.text(line)))
    .filter((p, i, all) => p.content.size > 0 || (i > 0 && i < all.length - 1));
}

function commentNode(id: string, author: CommentAuthor, text: string, parent: string | null): PMNode | null {
  const blocks = paragraphsOf(text);
  if (blocks.length === 0) return null;
  return textSchema.nodes.comment!.create({ id, author: author.name || null, initials: initialsOf(author.name), date: author.date, parent }, blocks);
}

/** The word around an empty cursor, as a range, or null (Word comments the word at the cursor). */
function wordAt(state: EditorState): { from: number; to: number } | null {
  const { $from } = state.selection;
  if (!$from.parent.inlineContent) return null;
  // One character per position: other inline nodes (comments, notes, pictures) end a word.
  let text = '';
  $from.parent.forEach((child) => {
    text += child.isText ? child.text! : '\ufffc'.repeat(child.nodeSize);
  });
  const offset = $from.parentOffset;
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_'’-]/u.test(c);
  let a = offset;
  let b = offset;
  while (a > 0 && isWord(text[a - 1])) a -= 1;
  while (b < text.length && isWord(text[b])) b += 1;
  return a === b ? null : { from: $from.start() + a, to: $from.start() + b };
}

/**
 * Adds a comment whose text is `text` on the selection (the word at an empty cursor, or the point
 * when there is none): the range is marked, the comment stands where it starts. False when the
 * text is empty or the selection is in a note or comment.
 */
export function addComment(id: string, author: CommentAuthor, text: string): Command {
  return (state, dispatch) => {
    const node = commentNode(id, author, text, null);
    if (!node) return false;
    const sel = state.selection;
    for (let d = sel.$from.depth; d > 0; d -= 1) if (['note', 'comment'].includes(sel.$from.node(d).type.name)) return false;
    const range = sel.empty ? wordAt(state) : { from: sel.from, to: sel.to };
    const from = range?.from ?? sel.from;
    const $at = state.doc.resolve(from);
    if (!$at.parent.inlineContent) return false;
    if (dispatch) {
      const tr = state.tr;
      if (range) tr.addMark(range.from, range.to, textSchema.marks.comment_range!.create({ id }));
      tr.insert(from, node);
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Position of the comment `id`, or -1. */
function commentPos(doc: PMNode, id: string): number {
  let at = -1;
  doc.descendants((node, pos) => {
    if (at >= 0) return false;
    if (node.type.name === 'comment' && node.attrs.id === id) at = pos;
    return node.type.name !== 'comment';
  });
  return at;
}

/** Adds a reply by `author` to the comment `parentId`, after its other replies. */
export function replyToComment(parentId: string, id: string, author: CommentAuthor, text: string): Command {
  return (state, dispatch) => {
    const at = commentPos(state.doc, parentId);
    const node = commentNode(id, author, text, parentId);
    if (at < 0 || !node) return false;
    if (dispatch) {
      let end = at + state.doc.nodeAt(at)!.nodeSize;
      // After the replies that already follow it.
      for (let next = state.doc.nodeAt(end); next?.type.name === 'comment' && next.attrs.parent === parentId; next = state.doc.nodeAt(end)) end += next.nodeSize;
      dispatch(state.tr.insert(end, node));
    }
    return true;
  };
}

/** Marks the thread of `id` (the comment and its replies) resolved or open again. */
export function setCommentResolved(id: string, resolved: boolean): Command {
  return (state, dispatch) => {
    const positions: number[] = [];
    state.doc.descendants((node, pos) => {
      if (node.type.name === 'comment' && (node.attrs.id === id || node.attrs.parent === id)) positions.push(pos);
      return true;
    });
    if (positions.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const pos of positions) tr.setNodeMarkup(pos, undefined, { ...tr.doc.nodeAt(pos)!.attrs, resolved });
      dispatch(tr);
    }
    return true;
  };
}

/** Deletes the comment `id`: a thread goes with its replies and its highlighted range; a reply alone. */
export function deleteComment(id: string): Command {
  return (state, dispatch) => {
    const ranges: { from: number; to: number }[] = [];
    const ids = new Set([id]);
    state.doc.descendants((node, pos) => {
      if (node.type.name === 'comment' && (node.attrs.id === id || node.attrs.parent === id)) {
        if (node.attrs.parent === id) ids.add(String(node.attrs.id));
        ranges.push({ from: pos, to: pos + node.nodeSize });
        return false;
      }
      return true;
    });
    if (ranges.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      const type = textSchema.marks.comment_range!;
      for (const one of ids) {
        state.doc.descendants((node, pos) => {
          if (node.isInline && node.marks.some((m) => m.type === type && m.attrs.id === one)) tr.removeMark(pos, pos + node.nodeSize, type.create({ id: one }));
          return true;
        });
      }
      for (const r of [...ranges].reverse()) tr.delete(r.from, r.to);
      dispatch(tr);
    }
    return true;
  };
}

/** The comment threads of the document, in order, each with its replies and commented text. */
export function commentThreads(doc: PMNode): CommentThread[] {
  const entries: (CommentEntry & { parent: string | null })[] = [];
  const quotes = new Map<string, string>();
  const rangeType = textSchema.marks.comment_range!;
  doc.descendants((node, pos) => {
    if (node.type.name === 'comment') {
      const a = node.attrs;
      entries.push({ id: String(a.id), pos, author: a.author as string | null, date: a.date as string | null, text: node.textBetween(0, node.content.size, '\n'), resolved: a.resolved === true, parent: a.parent as string | null });
      return false;
    }
    if (node.isText) for (const m of node.marks) if (m.type === rangeType) quotes.set(String(m.attrs.id), (quotes.get(String(m.attrs.id)) ?? '') + node.text);
    return true;
  });
  const threads: CommentThread[] = [];
  const byId = new Map<string, { replies: CommentEntry[] }>();
  for (const e of entries) {
    const parent = e.parent !== null ? byId.get(e.parent) : undefined;
    const { parent: _p, ...entry } = e;
    void _p;
    if (parent) parent.replies.push(entry);
    else {
      const thread = { ...entry, quote: quotes.get(e.id) ?? '', replies: [] as CommentEntry[] };
      byId.set(e.id, thread);
      threads.push(thread);
    }
  }
  return threads;
}

/** Puts the cursor at the comment `id` (where its range starts). */
export function goToComment(id: string): Command {
  return (state, dispatch) => {
    const at = commentPos(state.doc, id);
    if (at < 0) return false;
    if (dispatch) dispatch(state.tr.setSelection(TextSelection.near(state.doc.resolve(at + state.doc.nodeAt(at)!.nodeSize))).scrollIntoView());
    return true;
  };
}
