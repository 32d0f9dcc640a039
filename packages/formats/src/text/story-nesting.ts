/**
 * Which story a writer is in — the main text, a note's body or a comment's body — so that the
 * note and comment writers of both families keep to what the readers guarantee: no note inside a
 * note or a comment, no comment inside a comment.
 */
import type { Node as PMNode } from 'prosemirror-model';

export type StoryKind = 'note' | 'comment';

export class StoryNesting {
  private inside: StoryKind | null = null;

  /** Runs `write` as the body of a note or comment. */
  within<T>(story: StoryKind, write: () => T): T {
    const outer = this.inside;
    this.inside = story;
    try {
      return write();
    } finally {
      this.inside = outer;
    }
  }

  /** True when `node` (a note or a comment) may be written where the writer is. */
  allows(node: PMNode): boolean {
    return !(this.inside === 'comment' || (this.inside === 'note' && node.type.name === 'note'));
  }
}
