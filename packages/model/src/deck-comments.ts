/**
 * Review comments on slides (PresentationML comments parts, PowerPoint's modern comments, ODF
 * `officeooo:annotation` on a draw:page): who wrote what, when, and where on the slide. A
 * comment may carry replies (PowerPoint threads); formats without threads flatten them.
 */

/** One entry of a comment thread: the comment itself or one of its replies. */
export interface CommentEntry {
  /**
   * A braced GUID naming the entry (PowerPoint's modern comments `id`): kept from the file, or
   * given once when the comment is made, so every save writes the same one.
   */
  readonly id?: string;
  /** The braced GUID naming the author in PowerPoint's modern comments (p188:author `id`), kept from the file. */
  readonly authorId?: string;
  /** Author's name as written in the file; empty when unknown. */
  readonly author: string;
  readonly initials?: string;
  /**
   * When it was written, ISO 8601 as the file had it (`2016-12-14T20:06:06.278`, zone kept when
   * given); absent when the file gave none (never filled in with the time of saving).
   */
  readonly date?: string;
  /** Plain text, paragraphs separated by `\n`. */
  readonly text: string;
}

/** A comment anchored on a slide, with its replies in order. */
export interface SlideComment extends CommentEntry {
  /** Anchor from the slide's top-left corner, in EMU. */
  readonly x: number;
  readonly y: number;
  readonly replies?: readonly CommentEntry[];
  /** Marked resolved (PowerPoint's modern comments `status="resolved"`); classic comments parts cannot hold it. */
  readonly resolved?: boolean;
}

/** Number of entries (comments and replies) of a slide's comments. */
export function commentEntryCount(comments: readonly SlideComment[] | undefined): number {
  return (comments ?? []).reduce((n, c) => n + 1 + (c.replies?.length ?? 0), 0);
}
