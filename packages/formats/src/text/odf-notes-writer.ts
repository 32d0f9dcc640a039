/**
 * Writes notes and comments as ODF 1.3 (Part 3, 6.3 `text:note`, 14.1 `office:annotation`,
 * 14.2 `office:annotation-end`). Mirrors `odf-notes-reader.ts`:
 *
 * - a `note` becomes `text:note` (`text:note-class`, an id `ftnN`) whose `text:note-citation`
 *   holds its number (footnotes and endnotes counted separately, in document order) or its
 *   custom mark (also as `text:label`), and whose `text:note-body` holds its blocks;
 * - a `comment` becomes `office:annotation` with `office:name` (the model id), `dc:creator`,
 *   `dc:date` (only a full `xsd:dateTime`), `meta:creator-initials` and its paragraphs and
 *   lists (an annotation holds nothing else: headings become paragraphs, tables are left out);
 *   `office:annotation-end` follows the last inline node carrying its range mark.
 *
 * Replies and the resolved state have no ODF 1.3 form: a reply is written as an annotation of
 * its own at the same place (it follows its parent in the text), without its link to the parent,
 * and a resolved comment as an ordinary one (see CONTEXT.md). No `loext:` attribute is written.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { CommentRangeEnds } from './comment-ranges.js';
import { StoryNesting } from './story-nesting.js';

const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/** Writes one block of a story (the body writer's block writer). */
export type OdfBlockWriter = (block: PMNode) => XmlOut;

/** What an annotation may hold (ODF 1.3 Part 3, 14.1): paragraphs and lists. */
function annotationBlock(block: XmlOut): XmlOut | null {
  if (block.name === 'text:p' || block.name === 'text:list') return block;
  if (block.name === 'text:h') {
    const { 'text:outline-level': _level, ...attrs } = block.attrs;
    return { name: 'text:p', attrs, children: block.children };
  }
  return null;
}

/** Collects the notes and annotations of a document while its body is written. */
export class OdfStoriesWriter {
  private ranges: CommentRangeEnds | undefined;
  private readonly numbers = { footnote: 0, endnote: 0 };
  private notes = 0;

  constructor(private readonly writeBlock: OdfBlockWriter) {}

  /** Finds where each comment range ends; call once with the document before writing it. */
  prepare(doc: PMNode): void {
    this.ranges = new CommentRangeEnds(doc);
  }

  /** The story being written: a note's or a comment's body, or the main text. */
  private readonly nesting = new StoryNesting();

  /** The elements for an inline node that is a note or a comment (none for other nodes). */
  inline(node: PMNode): XmlOut[] {
    if (!this.nesting.allows(node)) return [];
    if (node.type.name === 'note') return [this.note(node)];
    if (node.type.name === 'comment') return this.annotation(node);
    return [];
  }

  /** What follows an inline node: the ends of the comment ranges it closes. */
  after(node: PMNode): XmlOut[] {
    return (this.ranges?.after(node) ?? []).map((id) => x('office:annotation-end', { 'office:name': id }));
  }

  private note(node: PMNode): XmlOut {
    const kind = node.attrs.kind === 'endnote' ? 'endnote' : 'footnote';
    const custom = node.attrs.mark as string | null;
    const number = custom === null ? ++this.numbers[kind] : undefined;
    const blocks: XmlOut[] = [];
    this.nesting.within('note', () => node.forEach((block) => blocks.push(this.writeBlock(block))));
    return x(
      'text:note',
      { 'text:id': `ftn${String(++this.notes)}`, 'text:note-class': kind },
      x('text:note-citation', { 'text:label': custom ?? undefined }, custom ?? String(number)),
      x('text:note-body', {}, blocks),
    );
  }

  private annotation(node: PMNode): XmlOut[] {
    const id = String(node.attrs.id);
    const date = node.attrs.date as string | null;
    const initials = node.attrs.initials as string | null;
    const author = node.attrs.author as string | null;
    const blocks: XmlOut[] = [];
    this.nesting.within('comment', () =>
      node.forEach((block) => {
        const b = annotationBlock(this.writeBlock(block));
        if (b) blocks.push(b);
      }),
    );
    const annotation = x(
      'office:annotation',
      { 'office:name': id },
      author !== null ? x('dc:creator', {}, author) : null,
      date !== null && DATE_TIME.test(date) ? x('dc:date', {}, date) : null,
      initials !== null ? x('meta:creator-initials', {}, initials) : null,
      blocks,
    );
    return this.ranges?.start(id) === false ? [annotation] : [annotation, x('office:annotation-end', { 'office:name': id })];
  }
}
