/**
 * Comment ranges (the `comment_range` mark, see `packages/model/src/text-note-schema.ts`) as
 * the readers and writers of both families meet them: files mark a range with a start and an
 * end element (WordprocessingML `w:commentRangeStart`/`End`, ODF `office:annotation` with
 * `office:name` and `office:annotation-end`), the model marks every inline node in between.
 */
import { textSchema } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';

/** Open comment ranges of one story, and what changes at which inline index of the paragraph being read. */
export class CommentRanges {
  private readonly open = new Set<string>();
  private events: { index: number; id: string; open: boolean }[] = [];
  private pending: PMNode[] = [];

  /** A range starts (or ends) before inline `index` of the current paragraph (null: between paragraphs). */
  boundary(id: string, open: boolean, index: number | null): void {
    if (index === null) {
      if (open) this.open.add(id);
      else this.open.delete(id);
    } else this.events.push({ index, id, open });
  }

  /** A comment node placed between paragraphs waits for the next paragraph's start. */
  defer(node: PMNode): void {
    this.pending.push(node);
  }

  /** Moves the nodes waiting for a paragraph into `inlines` (at its start). */
  startParagraph(inlines: PMNode[]): void {
    if (this.pending.length > 0) inlines.unshift(...this.pending);
    this.pending = [];
  }

  /** Marks the paragraph's inline nodes with the ranges open over them. */
  finishParagraph(inlines: PMNode[]): void {
    const events = this.events;
    this.events = [];
    if (this.open.size === 0 && events.length === 0) return;
    const type = textSchema.marks.comment_range!;
    let e = 0;
    for (let i = 0; i < inlines.length; i++) {
      while (e < events.length && events[e]!.index <= i) {
        const ev = events[e++]!;
        if (ev.open) this.open.add(ev.id);
        else this.open.delete(ev.id);
      }
      const node = inlines[i]!;
      if (this.open.size === 0 || node.type.name === 'comment') continue;
      let marks = node.marks;
      for (const id of this.open) marks = type.create({ id }).addToSet(marks);
      inlines[i] = node.mark(marks);
    }
    for (; e < events.length; e++) {
      const ev = events[e]!;
      if (ev.open) this.open.add(ev.id);
      else this.open.delete(ev.id);
    }
  }
}


/**
 * For writers: where each comment range ends (after the last inline node carrying its mark) and
 * which ranges are open. Ranges cover nodes in document order; a comment whose marked text is
 * all before it (or that marks nothing) ends where it starts.
 */
export class CommentRangeEnds {
  private readonly last = new Map<string, PMNode>();
  private readonly written = new Set<PMNode>();
  private readonly open = new Set<string>();

  constructor(doc: PMNode) {
    doc.descendants((node) => {
      for (const m of node.marks) if (m.type.name === 'comment_range') this.last.set(String(m.attrs.id), node);
      return true;
    });
  }

  /** A comment starts: true when its range also ends here (no marked node left to write). */
  start(id: string): boolean {
    const last = this.last.get(id);
    if (last && !this.written.has(last)) {
      this.open.add(id);
      return false;
    }
    return true;
  }

  /** An inline node was written: the ids of the ranges ending after it. */
  after(node: PMNode): string[] {
    if (this.last.size === 0) return [];
    this.written.add(node);
    const ended: string[] = [];
    for (const m of node.marks) {
      const id = String(m.attrs.id);
      if (m.type.name === 'comment_range' && this.open.has(id) && this.last.get(id) === node) {
        this.open.delete(id);
        ended.push(id);
      }
    }
    return ended;
  }

  /** The ranges still open at the end of the document (closed by the caller). */
  closeAll(): string[] {
    const ids = [...this.open];
    this.open.clear();
    return ids;
  }
}
