/**
 * Paragraph content of ODF text (ODF 1.3 Part 3, 6.1 basic text: 6.1.2 white space
 * processing, 6.1.3 `text:s`, `text:tab`, `text:line-break`; 6.1.7 `text:span`; 6.1.8
 * `text:a`; 6.3 notes; 14.1 annotations; 10.4 frames): turns a `text:p`/`text:h` into
 * ProseMirror inline nodes.
 *
 * White space in character data collapses to one space, and is dropped at the start and end of
 * the paragraph; `text:s` spaces are kept as written. Frames are dropped, but the text boxes
 * (and shape text) they hold are handed back so the body reader can place them after the
 * paragraph. Field elements are read through, keeping their displayed value. `text:a` becomes a
 * link mark (`xlink:href`, `office:title`) when the model accepts its target. Tracked changes
 * (`odf-changes.ts`): text inside `text:change-start`/`text:change-end` ranges gets their marks,
 * a `text:change` is replaced by the deleted content with a deletion mark; when that content
 * spans paragraphs, the paragraph is split there (`splits`) after a deleted paragraph mark.
 */
import { safeFontSize } from '@ostal/model';
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { attr, childElement, findElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import type { OdfChangeRegions } from './odf-changes.js';
import type { OdfObjectReader } from './odf-opaque.js';
import type { OdfChartReader } from './odf-chart-reader.js';
import type { OdfFrameReader } from './odf-frame-reader.js';
import type { OdfStyles } from './odf-styles.js';
import type { ReadTally } from './read-tally.js';
import { PLAIN, applyCharProps, hardBreak, linkMark, markedText } from './text-marks.js';
import type { RunFormat } from './text-marks.js';
import type { OdfStories } from './odf-notes-reader.js';
import { markFrom, paragraphChange, infoOf, withMarks } from './text-changes.js';
import { odfFieldNode } from './odf-section-reader.js';
import type { OdfDataStyles } from './odf-data-styles.js';

/** What one paragraph's content reads into. */
export interface OdfInlines {
  readonly inlines: PMNode[];
  /** Containers of block content found in frames (`draw:text-box`, shapes with text), in order. */
  readonly textBoxes: XmlElement[];
  /** Indexes into `inlines` where a deleted paragraph mark splits the paragraph, in order. */
  readonly splits: number[];
}

/** Inline elements in the text namespace that hold no displayed text of their own. */
const SKIPPED_TEXT = new Set(['number', 'note', 'ruby-text', 'tracked-changes', 'change', 'change-start', 'change-end', 'soft-page-break', 'bookmark', 'bookmark-start', 'bookmark-end']);
const NO_MARKS: readonly Mark[] = Object.freeze([]);
const WHITE = /[ \t\n\r]+/;

/** Builds the inline nodes of one paragraph, applying ODF white-space rules across spans. */
class InlineSink {
  readonly inlines: PMNode[] = [];
  /** The link the characters being read belong to. */
  link: Mark | null = null;
  /** Tracked-change marks of the characters being read. */
  changes: readonly Mark[] = NO_MARKS;
  /** Where deleted paragraph marks split the paragraph. */
  readonly splits: number[] = [];
  private buffer = '';
  private bufferChanges: readonly Mark[] = NO_MARKS;
  private pendingChanges: readonly Mark[] = NO_MARKS;
  private bufferMask: RunFormat = PLAIN;
  private bufferLink: Mark | null = null;
  private pendingLink: Mark | null = null;
  /** True at the start and after collapsible white space: further white space is dropped. */
  private lastWasSpace = true;
  private pendingSpace = false;
  private pendingMask: RunFormat = PLAIN;

  characters(data: string, mask: RunFormat): void {
    const words = data.split(WHITE);
    for (let i = 0; i < words.length; i++) {
      if (i > 0 && !this.lastWasSpace) {
        this.pendingSpace = true;
        this.pendingMask = mask;
        this.pendingLink = this.link;
        this.pendingChanges = this.changes;
        this.lastWasSpace = true;
      }
      const word = words[i]!;
      if (word !== '') this.literal(word, mask);
    }
  }

  /** Text that is not subject to white-space collapsing (`text:s`, `text:tab`, words). */
  literal(text: string, mask: RunFormat): void {
    if (this.pendingSpace) {
      this.pendingSpace = false;
      this.append(' ', this.pendingMask, this.pendingLink, this.pendingChanges);
    }
    this.append(text, mask, this.link, this.changes);
    this.lastWasSpace = false;
  }

  /** An inline atom (a picture, a bookmark): white space before it is kept like before a word. */
  atom(node: PMNode): void {
    if (this.pendingSpace) {
      this.pendingSpace = false;
      this.append(' ', this.pendingMask, this.pendingLink, this.pendingChanges);
    }
    this.flush();
    this.inlines.push(withMarks(this.link && node.type.name === 'image' ? node.mark([this.link]) : node, this.changes));
    this.lastWasSpace = false;
  }

  /** An inline atom (a field) with the marks of `mask`, the current link and tracked changes. */
  markedAtom(make: (marks: readonly Mark[]) => PMNode | null, mask: RunFormat): boolean {
    const node = make(this.link ? this.link.addToSet(mask.marks) : mask.marks);
    if (!node) return false;
    if (this.pendingSpace) {
      this.pendingSpace = false;
      this.append(' ', this.pendingMask, this.pendingLink, this.pendingChanges);
    }
    this.flush();
    this.inlines.push(withMarks(node, this.changes));
    this.lastWasSpace = false;
    return true;
  }

  lineBreak(): void {
    if (this.pendingSpace) {
      this.pendingSpace = false;
      this.append(' ', this.pendingMask, this.pendingLink, this.pendingChanges);
    }
    this.flush();
    this.inlines.push(withMarks(hardBreak(this.link), this.changes));
    this.lastWasSpace = false;
  }

  /**
   * Ends the buffered text and returns the index the next inline node takes; with `space`, a
   * pending collapsible space is written first (it comes before what follows).
   */
  cut(space: boolean): number {
    if (space && this.pendingSpace) {
      this.pendingSpace = false;
      this.append(' ', this.pendingMask, this.pendingLink, this.pendingChanges);
    }
    this.flush();
    return this.inlines.length;
  }

  /** An inline node (a note, a comment); `visible` ones end collapsible white space like text does. */
  node(node: PMNode, visible: boolean): void {
    this.cut(true);
    // Inside a tracked insertion or format change, the note or comment is part of it.
    this.inlines.push(withMarks(node, this.changes));
    if (visible) this.lastWasSpace = false;
  }

  /** Inline nodes read elsewhere (deleted content), placed at this point. */
  nodes(nodes: readonly PMNode[]): void {
    if (nodes.length === 0) return;
    if (this.pendingSpace) {
      this.pendingSpace = false;
      this.append(' ', this.pendingMask, this.pendingLink, this.pendingChanges);
    }
    this.flush();
    this.inlines.push(...nodes);
    this.lastWasSpace = false;
  }

  /** Ends the current piece of the paragraph at a deleted paragraph mark. */
  split(): void {
    this.flush();
    this.splits.push(this.inlines.length);
    this.lastWasSpace = true;
    this.pendingSpace = false;
  }

  /** Ends the paragraph: trailing collapsible white space is dropped. */
  finish(): PMNode[] {
    this.flush();
    return this.inlines;
  }

  private append(text: string, mask: RunFormat, link: Mark | null, changes: readonly Mark[]): void {
    if (mask !== this.bufferMask || link !== this.bufferLink || changes !== this.bufferChanges) this.flush();
    this.bufferMask = mask;
    this.bufferLink = link;
    this.bufferChanges = changes;
    this.buffer += text;
  }

  private flush(): void {
    const node = markedText(this.buffer, this.bufferMask, this.bufferLink);
    if (node) this.inlines.push(withMarks(node, this.bufferChanges));
    this.buffer = '';
  }
}

/** Reads the inline content of paragraphs of one part. */
export class OdfInlineReader {
  constructor(
    private readonly styles: OdfStyles,
    private readonly tally: ReadTally,
    private readonly part: string,
    private readonly stories?: OdfStories,
    private readonly changes?: OdfChangeRegions,
    private readonly objects?: OdfObjectReader,
    private readonly frames?: OdfFrameReader,
    /** Data styles, for the format of date and time fields. */
    private readonly dataStyles?: OdfDataStyles,
    /** Reads chart objects (`odf-chart-reader.ts`); without it they read as their picture. */
    private readonly charts?: OdfChartReader,
  ) {}

  /**
   * Reads paragraph `p`, whose paragraph-level marks are `baseMask`. A paragraph that ends
   * inside an insertion range has an inserted mark: it ends with a `paragraph_change`.
   */
  read(p: XmlElement, baseMask: RunFormat, path: string): OdfInlines {
    const sink = new InlineSink();
    const textBoxes: XmlElement[] = [];
    this.stories?.ranges.startParagraph(sink.inlines);
    if (this.changes) sink.changes = this.changes.marks;
    this.content(p, baseMask, sink, textBoxes, path);
    const inlines = sink.finish();
    this.stories?.ranges.finishParagraph(inlines);
    const inserted = this.changes?.openInsertion;
    if (inserted) {
      // A mark both inserted and then deleted: the deletion split the paragraph at its very end.
      const last = sink.splits.length - 1;
      if (last >= 0 && sink.splits[last] === inlines.length) {
        inlines.splice(inlines.length - 1, 0, paragraphChange('insertion', infoOf(inserted)));
        sink.splits[last] += 1;
      } else inlines.push(paragraphChange('insertion', infoOf(inserted)));
    }
    return { inlines, textBoxes, splits: sink.splits };
  }

  /**
   * Places deleted content at a `text:change`: the first paragraph's content joins this one;
   * each further paragraph follows a deleted paragraph mark. Deleted tables are not kept.
   */
  private deletion(mark: Mark, deleted: readonly XmlElement[], mask: RunFormat, sink: InlineSink, boxes: XmlElement[], path: string): void {
    const paragraphs: XmlElement[] = [];
    const collect = (el: XmlElement): void => {
      if (el.ns === NS.text && (el.local === 'p' || el.local === 'h')) paragraphs.push(el);
      else if (el.ns === NS.text && (el.local === 'list' || el.local === 'list-item' || el.local === 'list-header' || el.local === 'section')) {
        for (const c of el.children) if (typeof c === 'object') collect(c);
      } else this.tally.note('tracked-changes-accepted', this.part, path);
    };
    for (const el of deleted) collect(el);
    paragraphs.forEach((p, i) => {
      if (i > 0) {
        sink.nodes([paragraphChange('deletion', infoOf(mark))]);
        sink.split();
      }
      const inner = new InlineSink();
      inner.changes = sink.changes;
      this.content(p, mask, inner, boxes, path);
      const nodes = inner.finish();
      markFrom(nodes, 0, mark);
      sink.nodes(nodes);
    });
  }

  private content(el: XmlElement, mask: RunFormat, sink: InlineSink, boxes: XmlElement[], path: string): void {
    for (const c of el.children) {
      if (typeof c === 'string') {
        sink.characters(c, mask);
        continue;
      }
      if (c.ns === NS.text) {
        switch (c.local) {
          case 's': {
            const n = Number.parseInt(attr(c, NS.text, 'c') ?? '1', 10);
            sink.literal(' '.repeat(Number.isFinite(n) && n > 0 ? Math.min(n, 10_000) : 1), mask);
            break;
          }
          case 'tab':
            sink.literal('\t', mask);
            break;
          case 'line-break':
            sink.lineBreak();
            break;
          case 'span': {
            const name = attr(c, NS.text, 'style-name');
            let props = this.styles.textProps(name);
            const charStyle = this.styles.charStyleName(name);
            if (charStyle !== null) props = { ...props, charStyle };
            const scale = this.styles.textSizeScale(name);
            // A percentage size refers to the size of the text around the span.
            if (props && scale !== undefined) props = { ...props, size: safeFontSize((mask.props.size ?? this.styles.baselineSize) * scale) };
            this.content(c, this.styles.runBaseline.apply(applyCharProps(mask, props)), sink, boxes, path);
            break;
          }
          case 'note': {
            const note = this.stories?.note(c) ?? null;
            if (note) sink.node(note, true);
            else this.tally.note('footnote-dropped', this.part, path);
            break;
          }
          case 'bookmark':
          case 'bookmark-start': {
            const bookmark = this.frames?.bookmark(c);
            if (bookmark) sink.atom(bookmark);
            break;
          }
          case 'a': {
            const href = attr(c, NS.xlink, 'href');
            const link = href === undefined ? null : linkMark(href, attr(c, NS.office, 'title'));
            if (href !== undefined && !link) this.tally.note('link-dropped', this.part, path, 'info');
            const outer = sink.link;
            if (link) sink.link = link;
            this.content(c, mask, sink, boxes, path);
            sink.link = outer;
            break;
          }
          case 'ruby': {
            const base = childElement(c, NS.text, 'ruby-base');
            if (base) this.content(base, mask, sink, boxes, path);
            break;
          }
          case 'change-start':
          case 'change-end':
            if (this.changes) {
              if (c.local === 'change-start') this.changes.start(attr(c, NS.text, 'change-id'));
              else this.changes.end(attr(c, NS.text, 'change-id'));
              sink.changes = this.changes.marks;
            }
            break;
          case 'change':
            this.changes?.expand(attr(c, NS.text, 'change-id'), (mark, deleted) => this.deletion(mark, deleted, mask, sink, boxes, path));
            break;
          default:
            // Fields the model keeps become field nodes; other fields, meta: their content is the displayed text.
            if (!SKIPPED_TEXT.has(c.local) && !sink.markedAtom((marks) => odfFieldNode(c, marks, this.dataStyles), mask)) this.content(c, mask, sink, boxes, path);
        }
      } else if (c.ns === NS.office) {
        if (c.local === 'annotation') {
          const comment = this.stories?.annotation(c, sink.cut(true)) ?? null;
          if (comment) sink.node(comment, false);
          else this.tally.note('comment-dropped', this.part, path);
        } else if (c.local === 'annotation-end') this.stories?.annotationEnd(c, sink.cut(false));
      } else if (c.ns === NS.draw) {
        const kept = this.objects?.formula(c);
        const chart = kept ? undefined : this.charts?.frame(c, this.frames);
        const picture = kept || chart?.chart ? undefined : this.frames?.frame(c);
        if (chart && !chart.chart && chart.unread) this.tally.note('chart-not-read', this.part, path);
        if (kept) sink.nodes([withMarks(kept, sink.changes)]);
        else if (chart?.chart) sink.atom(chart.chart);
        else if (picture?.image) {
          sink.atom(picture.image);
          if (picture.linked) this.tally.note('image-link-not-loaded', this.part, path, 'info');
          // An object kept as its picture alone (a sub-document of a flat file, a missing part); unread charts are reported above.
          if (picture.image.attrs.object === null && !chart?.unread && (childElement(c, NS.draw, 'object') || childElement(c, NS.draw, 'object-ole'))) this.tally.note('embedded-object-as-picture', this.part, path);
        } else this.frame(c, boxes, path, sink);
      } else if (c.ns !== NS.svg && c.ns !== NS.presentation) {
        this.content(c, mask, sink, boxes, path); // producer extensions (e.g. field marks): keep their text
      }
    }
  }

  private frame(el: XmlElement, boxes: XmlElement[], path: string, sink: InlineSink): void {
    const found = findElements(el, NS.draw, 'text-box');
    const hasOwnText = el.children.some((c) => typeof c === 'object' && c.ns === NS.text && (c.local === 'p' || c.local === 'list' || c.local === 'h'));
    if (hasOwnText) found.unshift(el);
    if (found.length > 0) {
      if (this.frames) this.frames.noteTextBoxes(el, found);
      else this.tally.note('text-box-moved', this.part, path, 'info');
      boxes.push(...found);
    } else if (findElements(el, NS.draw, 'object').length > 0 || findElements(el, NS.draw, 'object-ole').length > 0) {
      this.tally.note('embedded-object-dropped', this.part, path);
    } else {
      const shape = this.frames?.shape(el) ?? null;
      if (shape) sink.atom(shape);
      else this.tally.note('image-dropped', this.part, path);
    }
  }
}
