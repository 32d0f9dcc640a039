/**
 * Notes and annotations of ODF text (ODF 1.3 Part 3, 6.3 `text:note` with 6.3.3
 * `text:note-citation` (`text:label` for a custom mark) and 6.3.4 `text:note-body`,
 * 19.846 `text:note-class`; 14.1 `office:annotation` with `dc:creator`, `dc:date`,
 * `meta:creator-initials` and `office:name`, 14.2 `office:annotation-end`).
 *
 * Replies and the resolved state are not part of ODF 1.3. LibreOffice writes them as extensions
 * (`loext:resolved="true"`, and in recent versions `loext:parent-name` naming the parent
 * annotation); both are read when present. See CONTEXT.md for how they are written.
 *
 * Note and annotation bodies are read by a nested `OdfBodyReader`; a note inside a note or an
 * annotation, and an annotation inside an annotation, are not read.
 */
import { commentBlocks, textSchema } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { attr, childElement, findElements, textContent } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { CommentRanges } from './comment-ranges.js';
import { FlowBuilder } from './flow-builder.js';
import { isoDate } from './wml-notes-reader.js';

/** Reads the blocks of `container` into `builder`, with `stories` for the notes and annotations inside. */
export type OdfStoryReader = (container: XmlElement, builder: FlowBuilder, stories: OdfStories) => void;

interface Shared {
  readonly readStory: OdfStoryReader;
  /** Names of the `office:annotation-end` elements of the document: only those annotations have a range. */
  readonly ends: ReadonlySet<string>;
  /** Annotation names that are decimal numbers: kept as ids, so never given to another annotation. */
  readonly decimalNames: ReadonlySet<string>;
  readonly ids: Set<string>;
  /** Model id of each named annotation, by its `office:name`. */
  readonly idByName: Map<string, string>;
  next: number;
}

const DECIMAL = /^\d{1,9}$/;

/** The notes and annotations of one story (the body, a note's body, an annotation). */
export class OdfStories {
  readonly ranges = new CommentRanges();

  private constructor(
    private readonly shared: Shared,
    private readonly allowNotes: boolean,
    private readonly allowComments: boolean,
  ) {}

  /** The stories of a document's body `text` (`office:text`). */
  static create(text: XmlElement, readStory: OdfStoryReader): OdfStories {
    const ends = new Set(findElements(text, NS.office, 'annotation-end').map((e) => attr(e, NS.office, 'name') ?? ''));
    const decimalNames = new Set(findElements(text, NS.office, 'annotation').map((e) => attr(e, NS.office, 'name') ?? '').filter((n) => DECIMAL.test(n)));
    return new OdfStories({ readStory, ends, decimalNames, ids: new Set(), idByName: new Map(), next: 0 }, true, true);
  }

  /** The `note` node of a `text:note`, or null when notes cannot be read here. */
  note(el: XmlElement): PMNode | null {
    if (!this.allowNotes) return null;
    const citation = childElement(el, NS.text, 'note-citation');
    const label = citation && attr(citation, NS.text, 'label');
    const body = childElement(el, NS.text, 'note-body');
    const blocks = body ? this.story(body, new OdfStories(this.shared, false, this.allowComments)) : [textSchema.nodes.paragraph!.create()];
    const kind = attr(el, NS.text, 'note-class') === 'endnote' ? 'endnote' : 'footnote';
    return textSchema.nodes.note!.create({ kind, mark: label !== undefined && label !== '' ? label : null }, blocks);
  }

  /**
   * The `comment` node of an `office:annotation` standing at inline `index`, whose range (when it
   * has an `office:name` and an end) starts there; null when annotations cannot be read here.
   */
  annotation(el: XmlElement, index: number): PMNode | null {
    if (!this.allowComments) return null;
    // Ids are decimal, as in WordprocessingML (so that they survive a trip through DOCX):
    // a decimal name is kept, others (LibreOffice's "__Annotation__...") get the next free number.
    const name = attr(el, NS.office, 'name');
    const shared = this.shared;
    let id = name !== undefined && DECIMAL.test(name) && !shared.ids.has(name) ? name : undefined;
    while (id === undefined || shared.ids.has(id) || (id !== name && shared.decimalNames.has(id))) id = String(shared.next++);
    shared.ids.add(id);
    if (name !== undefined && name !== '' && !shared.idByName.has(name)) {
      shared.idByName.set(name, id);
      if (shared.ends.has(name)) this.ranges.boundary(id, true, index);
    }
    const text = (local: string, ns: string): string | null => {
      const child = childElement(el, ns, local);
      const value = child ? textContent(child).trim() : '';
      return value === '' ? null : value;
    };
    const parentName = attr(el, NS.loext, 'parent-name');
    const parent = parentName !== undefined ? (shared.idByName.get(parentName) ?? (DECIMAL.test(parentName) ? parentName : undefined)) : undefined;
    return textSchema.nodes.comment!.create(
      {
        id,
        author: text('creator', NS.dc),
        initials: text('creator-initials', NS.meta),
        date: isoDate(text('date', NS.dc) ?? undefined),
        resolved: attr(el, NS.loext, 'resolved') === 'true',
        parent: parent !== undefined && parent !== '' && parent !== id ? parent : null,
      },
      commentBlocks(this.story(el, new OdfStories(this.shared, false, false)), textSchema),
    );
  }

  /** An `office:annotation-end` before inline `index`. */
  annotationEnd(el: XmlElement, index: number): void {
    const id = this.shared.idByName.get(attr(el, NS.office, 'name') ?? '');
    if (id !== undefined) this.ranges.boundary(id, false, index);
  }

  private story(container: XmlElement, stories: OdfStories): PMNode[] {
    const builder = new FlowBuilder();
    this.shared.readStory(container, builder, stories);
    return builder.finishBlocks();
  }
}
