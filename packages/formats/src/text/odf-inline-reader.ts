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
 * link mark (`xlink:href`, `office:title`) when the model accepts its target.
 */
import { safeFontSize } from '@ostal/model';
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { attr, childElement, findElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import type { OdfStyles } from './odf-styles.js';
import type { ReadTally } from './read-tally.js';
import { PLAIN, applyCharProps, hardBreak, linkMark, markedText } from './text-marks.js';
import type { RunFormat } from './text-marks.js';
import { odfFieldNode } from './odf-section-reader.js';

/** What one paragraph's content reads into. */
export interface OdfInlines {
  readonly inlines: PMNode[];
  /** Containers of block content found in frames (`draw:text-box`, shapes with text), in order. */
  readonly textBoxes: XmlElement[];
}

/** Inline elements in the text namespace that hold no displayed text of their own. */
const SKIPPED_TEXT = new Set(['number', 'note', 'ruby-text', 'tracked-changes', 'change', 'change-start', 'change-end', 'soft-page-break', 'bookmark', 'bookmark-start', 'bookmark-end']);
const WHITE = /[ \t\n\r]+/;

/** Builds the inline nodes of one paragraph, applying ODF white-space rules across spans. */
class InlineSink {
  readonly inlines: PMNode[] = [];
  /** The link the characters being read belong to. */
  link: Mark | null = null;
  private buffer = '';
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
      this.append(' ', this.pendingMask, this.pendingLink);
    }
    this.append(text, mask, this.link);
    this.lastWasSpace = false;
  }

  /** An inline atom (a field) with the marks of `mask` and the current link. */
  atom(make: (marks: readonly Mark[]) => PMNode | null, mask: RunFormat): boolean {
    const node = make(this.link ? this.link.addToSet(mask.marks) : mask.marks);
    if (!node) return false;
    if (this.pendingSpace) {
      this.pendingSpace = false;
      this.append(' ', this.pendingMask, this.pendingLink);
    }
    this.flush();
    this.inlines.push(node);
    this.lastWasSpace = false;
    return true;
  }

  lineBreak(): void {
    if (this.pendingSpace) {
      this.pendingSpace = false;
      this.append(' ', this.pendingMask, this.pendingLink);
    }
    this.flush();
    this.inlines.push(hardBreak(this.link));
    this.lastWasSpace = false;
  }

  /** Ends the paragraph: trailing collapsible white space is dropped. */
  finish(): PMNode[] {
    this.flush();
    return this.inlines;
  }

  private append(text: string, mask: RunFormat, link: Mark | null): void {
    if (mask !== this.bufferMask || link !== this.bufferLink) this.flush();
    this.bufferMask = mask;
    this.bufferLink = link;
    this.buffer += text;
  }

  private flush(): void {
    const node = markedText(this.buffer, this.bufferMask, this.bufferLink);
    if (node) this.inlines.push(node);
    this.buffer = '';
  }
}

/** Reads the inline content of paragraphs of one part. */
export class OdfInlineReader {
  constructor(
    private readonly styles: OdfStyles,
    private readonly tally: ReadTally,
    private readonly part: string,
  ) {}

  /** Reads paragraph `p`, whose paragraph-level marks are `baseMask`. */
  read(p: XmlElement, baseMask: RunFormat, path: string): OdfInlines {
    const sink = new InlineSink();
    const textBoxes: XmlElement[] = [];
    this.content(p, baseMask, sink, textBoxes, path);
    return { inlines: sink.finish(), textBoxes };
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
            const scale = this.styles.textSizeScale(name);
            // A percentage size refers to the size of the text around the span.
            if (props && scale !== undefined) props = { ...props, size: safeFontSize((mask.props.size ?? this.styles.baselineSize) * scale) };
            this.content(c, this.styles.runBaseline.apply(applyCharProps(mask, props)), sink, boxes, path);
            break;
          }
          case 'note':
            this.tally.note('footnote-dropped', this.part, path);
            break;
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
          default:
            // Fields the model keeps become field nodes; other fields, meta: their content is the displayed text.
            if (!SKIPPED_TEXT.has(c.local) && !sink.atom((marks) => odfFieldNode(c, marks), mask)) this.content(c, mask, sink, boxes, path);
        }
      } else if (c.ns === NS.office) {
        if (c.local === 'annotation') this.tally.note('comment-dropped', this.part, path);
      } else if (c.ns === NS.draw) {
        this.frame(c, boxes, path);
      } else if (c.ns !== NS.svg && c.ns !== NS.presentation) {
        this.content(c, mask, sink, boxes, path); // producer extensions (e.g. field marks): keep their text
      }
    }
  }

  private frame(el: XmlElement, boxes: XmlElement[], path: string): void {
    const found = findElements(el, NS.draw, 'text-box');
    const hasOwnText = el.children.some((c) => typeof c === 'object' && c.ns === NS.text && (c.local === 'p' || c.local === 'list' || c.local === 'h'));
    if (hasOwnText) found.unshift(el);
    if (found.length > 0) {
      this.tally.note('text-box-moved', this.part, path, 'info');
      boxes.push(...found);
    } else if (findElements(el, NS.draw, 'object').length > 0 || findElements(el, NS.draw, 'object-ole').length > 0) {
      this.tally.note('embedded-object-dropped', this.part, path);
    } else {
      this.tally.note('image-dropped', this.part, path);
    }
  }
}
