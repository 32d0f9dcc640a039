/**
 * Pure edits of a slide's review comments (the model's `SlideComment`s): add at a point of the
 * slide, reply, change the text of a comment or a reply, delete one (deleting a comment deletes
 * its replies, as in PowerPoint), resolve and reopen. Each returns a new deck.
 */
import type { CommentEntry, Deck, SlideComment } from '@ostal/model';
import { newBracedGuid } from './braced-guid.js';

/** Which entry of a slide's comments: the comment `comment`, or its reply `reply`. */
export interface CommentRef {
  readonly comment: number;
  readonly reply?: number;
}

/** Initials of an author's name ("Marie-Claire Dupont" → "MCD"), at most three letters. */
export function authorInitials(author: string): string {
  const letters = author
    .split(/[\s\-.'’]+/u)
    .map((w) => [...w][0] ?? '')
    .filter((c) => /\p{L}/u.test(c));
  return letters.slice(0, 3).join('').toUpperCase();
}

/**
 * A new entry by `author` written `now` (ISO 8601 without milliseconds, as PowerPoint writes them),
 * named by `id`: a new random GUID unless given, kept by every later save.
 */
export function commentEntry(author: string, text: string, now: Date, id: string = newBracedGuid()): CommentEntry {
  const initials = authorInitials(author);
  return { id, author, ...(initials ? { initials } : {}), date: now.toISOString().replace(/\.\d{3}Z$/, 'Z'), text };
}

function withComments(deck: Deck, index: number, edit: (list: readonly SlideComment[]) => readonly SlideComment[]): Deck {
  const slide = deck.slides[index];
  if (!slide) return deck;
  const next = edit(slide.comments ?? []);
  const { comments: _old, ...rest } = slide;
  const updated = next.length > 0 ? { ...rest, comments: next } : rest;
  return { ...deck, slides: deck.slides.map((s, i) => (i === index ? updated : s)) };
}

/** Adds a comment at (`x`, `y`) EMU of slide `index` (kept inside the slide); its place in the list is the last. */
export function addComment(deck: Deck, index: number, entry: CommentEntry, at: { x: number; y: number }): Deck {
  const x = Math.round(Math.min(Math.max(0, at.x), deck.size.cx));
  const y = Math.round(Math.min(Math.max(0, at.y), deck.size.cy));
  return withComments(deck, index, (list) => [...list, { ...entry, x, y }]);
}

/** Adds a reply at the end of comment `comment`'s thread. */
export function replyToComment(deck: Deck, index: number, comment: number, entry: CommentEntry): Deck {
  return withComments(deck, index, (list) => list.map((c, i) => (i === comment ? { ...c, replies: [...(c.replies ?? []), entry] } : c)));
}

/** Changes the text of a comment or a reply (its author and date stay). */
export function editCommentText(deck: Deck, index: number, ref: CommentRef, text: string): Deck {
  return withComments(deck, index, (list) =>
    list.map((c, i) => {
      if (i !== ref.comment) return c;
      if (ref.reply === undefined) return { ...c, text };
      return { ...c, replies: (c.replies ?? []).map((r, j) => (j === ref.reply ? { ...r, text } : r)) };
    }),
  );
}

/** Deletes a reply, or a whole comment with its replies. */
export function deleteComment(deck: Deck, index: number, ref: CommentRef): Deck {
  return withComments(deck, index, (list) => {
    if (ref.reply === undefined) return list.filter((_, i) => i !== ref.comment);
    return list.map((c, i) => {
      if (i !== ref.comment) return c;
      const replies = (c.replies ?? []).filter((_, j) => j !== ref.reply);
      const { replies: _r, ...rest } = c;
      return replies.length > 0 ? { ...rest, replies } : rest;
    });
  });
}

/** Marks a comment resolved, or open again. */
export function setCommentResolved(deck: Deck, index: number, comment: number, resolved: boolean): Deck {
  return withComments(deck, index, (list) =>
    list.map((c, i) => {
      if (i !== comment) return c;
      const { resolved: _r, ...rest } = c;
      return resolved ? { ...rest, resolved: true } : rest;
    }),
  );
}

/** Where a new comment goes: beside the first selected frame's top-right corner, else down the slide's left edge after the others. */
export function newCommentPoint(deck: Deck, index: number, frame: { x: number; y: number; cx: number } | undefined): { x: number; y: number } {
  if (frame) return { x: frame.x + frame.cx, y: frame.y };
  const count = deck.slides[index]?.comments?.length ?? 0;
  const step = Math.round(deck.size.cy / 16);
  return { x: step, y: step + ((count * step) % Math.max(step, deck.size.cy - 2 * step)) };
}

/** Moves comment `comment`'s marker to (`x`, `y`) EMU, kept inside the slide. */
export function moveComment(deck: Deck, index: number, comment: number, at: { x: number; y: number }): Deck {
  const x = Math.round(Math.min(Math.max(0, at.x), deck.size.cx));
  const y = Math.round(Math.min(Math.max(0, at.y), deck.size.cy));
  return withComments(deck, index, (list) => list.map((c, i) => (i === comment ? { ...c, x, y } : c)));
}
