/**
 * Footnotes, endnotes and comments of WordprocessingML (ECMA-376 Part 1, 17.11 footnotes and
 * endnotes: 17.11.14 `w:footnoteReference`, 17.11.7 `w:endnoteReference` with
 * `w:customMarkFollows`, 17.11.10/17.11.2 `w:footnote`/`w:endnote` of type `separator` and
 * `continuationSeparator` that are not notes; 17.13.4 comments: 17.13.4.2 `w:comment` with
 * `w:author`, `w:date`, `w:initials`, 17.13.4.4/17.13.4.3 `w:commentRangeStart`/`End`,
 * 17.13.4.5 `w:commentReference`; [MS-DOCX] 2.5.3 `w15:commentEx` with `w15:paraId`,
 * `w15:paraIdParent` and `w15:done` for replies and resolved comments).
 *
 * Note and comment bodies are stories, read by a nested `WmlBodyReader` into a `FlowBuilder` of
 * their own. A note inside a note or a comment, and a comment inside a comment, are not read
 * (`footnote-dropped`/`comment-dropped`), so no note can reference itself and nothing recurses.
 *
 * Comments: the `comment` node goes where the range starts (or, without a range, where the
 * reference is); every inline node between start and end gets a `comment_range` mark. Ranges are
 * tracked per story across paragraphs ({@link CommentRanges}); a range opened or closed between
 * paragraphs takes effect at the next paragraph.
 */
import { commentBlocks, textSchema } from '@ostal/model';
import type { NoteKind } from '@ostal/model';
import { Fragment } from 'prosemirror-model';
import type { Node as PMNode } from 'prosemirror-model';
import { attr, childElements, findElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { CommentRanges } from './comment-ranges.js';
import { FlowBuilder } from './flow-builder.js';
import type { HyperlinkTargets } from './wml-inline-reader.js';
import type { WmlNs } from './wml-run-properties.js';

/** Word 2010 (w14) and Word 2012 (w15) namespaces, for comment paragraph ids and `commentEx`. */
export const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
export const W15 = 'http://schemas.microsoft.com/office/word/2010/11/wordml';

/** Reads one story (a note's or a comment's blocks) into a builder, with `stories` for what it references. */
export type StoryReader = (container: XmlElement, builder: FlowBuilder, part: string, hyperlinks: HyperlinkTargets | undefined, stories: WmlStories) => void;

/** One notes or comments part: its elements by id and its hyperlink targets. */
export interface WmlStoryPart {
  readonly part: string;
  readonly root: XmlElement | undefined;
  readonly hyperlinks?: HyperlinkTargets;
}

interface CommentInfo {
  readonly el: XmlElement;
  readonly author: string | null;
  readonly initials: string | null;
  readonly date: string | null;
  resolved: boolean;
  parent: string | null;
}

/**
 * The notes and comments of a package, read on demand. One instance serves the main story;
 * {@link WmlStories.nested} gives the instance for a note's or comment's own story.
 */
export class WmlStories {
  readonly ranges = new CommentRanges();
  private readonly placed: Set<string>;

  private constructor(
    private readonly shared: SharedStories,
    private readonly allowNotes: boolean,
    private readonly allowComments: boolean,
  ) {
    this.placed = shared.placed;
  }

  /** The stories of a package: its footnotes, endnotes, comments and commentsExtended parts. */
  static create(ns: WmlNs, parts: { footnotes?: WmlStoryPart; endnotes?: WmlStoryPart; comments?: WmlStoryPart; commentsExtended?: XmlElement }, readStory: StoryReader): WmlStories {
    return new WmlStories(new SharedStories(ns, parts, readStory), true, true);
  }

  /** The note node for a `w:footnoteReference`/`w:endnoteReference`, or null when it cannot be read here. */
  note(kind: NoteKind, id: string | undefined, customMark: string | null): PMNode | null {
    if (!this.allowNotes || id === undefined) return null;
    const el = this.shared.noteElement(kind, id);
    if (!el) return null;
    // Several references to one note share its (immutable) blocks: a hostile file repeating a
    // reference cannot make the reader copy a big note again and again.
    const key = `${kind}:${id}:${String(this.allowComments)}`;
    let blocks = this.shared.noteBlocks.get(key);
    if (!blocks) {
      const part = kind === 'footnote' ? this.shared.parts.footnotes! : this.shared.parts.endnotes!;
      blocks = this.shared.story(el, part, new WmlStories(this.shared, false, this.allowComments));
      if (findElements(el, this.shared.ns.w, kind === 'footnote' ? 'footnoteRef' : 'endnoteRef').length > 0) stripOneLeadingSpace(blocks);
      this.shared.noteBlocks.set(key, blocks);
    }
    return textSchema.nodes.note!.create({ kind, mark: customMark }, blocks);
  }

  /**
   * A `w:commentRangeStart` (`start`), `w:commentRangeEnd` or `w:commentReference`: updates the
   * ranges and returns the comment nodes to place here (the comment when it starts here, or at
   * its reference when it had no range). `index` is the inline position in the paragraph, null
   * between paragraphs (nodes are then deferred to the next paragraph). False when comments
   * cannot be read here (the caller reports them dropped).
   */
  commentBoundary(el: XmlElement, index: number | null): PMNode[] | false {
    const w = this.shared.ns.w;
    const id = attr(el, w, 'id');
    if (!this.allowComments) return false;
    if (id === undefined || !this.shared.comment(id)) return el.local === 'commentReference' ? false : [];
    if (el.local === 'commentRangeStart') {
      this.ranges.boundary(id, true, index);
      return this.place(id, index);
    }
    this.ranges.boundary(id, false, index);
    return el.local === 'commentReference' ? this.place(id, index) : [];
  }

  private place(id: string, index: number | null): PMNode[] {
    if (this.placed.has(id)) return [];
    this.placed.add(id);
    const info = this.shared.comment(id)!;
    const blocks = commentBlocks(this.shared.story(info.el, this.shared.parts.comments!, new WmlStories(this.shared, false, false)), textSchema);
    const node = textSchema.nodes.comment!.create({ id, author: info.author, initials: info.initials, date: info.date, resolved: info.resolved, parent: info.parent }, blocks);
    if (index === null) {
      this.ranges.defer(node);
      return [];
    }
    return [node];
  }
}

/** Removes one leading space (or tab) Word puts after the reference mark at the start of a note. */
function stripOneLeadingSpace(blocks: PMNode[]): void {
  const first = blocks[0];
  const inline = first?.isTextblock ? first.firstChild : null;
  if (!first || !inline?.isText || !/^[ \t]/.test(inline.text ?? '')) return;
  const rest = (inline.text ?? '').slice(1);
  const children: PMNode[] = [];
  first.forEach((c, _o, i) => {
    if (i > 0) children.push(c);
    else if (rest !== '') children.push(textSchema.text(rest, c.marks));
  });
  blocks[0] = first.copy(Fragment.fromArray(children));
}

/** What every story reader of one package shares: parts, elements by id, comment metadata. */
class SharedStories {
  readonly placed = new Set<string>();
  readonly noteBlocks = new Map<string, PMNode[]>();
  private footnotes: Map<string, XmlElement> | undefined;
  private endnotes: Map<string, XmlElement> | undefined;
  private comments: Map<string, CommentInfo> | undefined;

  constructor(
    readonly ns: WmlNs,
    readonly parts: { footnotes?: WmlStoryPart; endnotes?: WmlStoryPart; comments?: WmlStoryPart; commentsExtended?: XmlElement },
    private readonly readStory: StoryReader,
  ) {}

  noteElement(kind: NoteKind, id: string): XmlElement | undefined {
    if (kind === 'footnote') return (this.footnotes ??= this.notesById(this.parts.footnotes, 'footnote')).get(id);
    return (this.endnotes ??= this.notesById(this.parts.endnotes, 'endnote')).get(id);
  }

  comment(id: string): CommentInfo | undefined {
    return (this.comments ??= this.readComments()).get(id);
  }

  story(el: XmlElement, part: WmlStoryPart, stories: WmlStories): PMNode[] {
    const builder = new FlowBuilder();
    this.readStory(el, builder, part.part, part.hyperlinks, stories);
    return builder.finishBlocks();
  }

  private notesById(part: WmlStoryPart | undefined, local: string): Map<string, XmlElement> {
    const map = new Map<string, XmlElement>();
    if (!part?.root) return map;
    for (const el of childElements(part.root, this.ns.w, local)) {
      const type = attr(el, this.ns.w, 'type');
      if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
      const id = attr(el, this.ns.w, 'id');
      if (id !== undefined && !map.has(id)) map.set(id, el);
    }
    return map;
  }

  private readComments(): Map<string, CommentInfo> {
    const w = this.ns.w;
    const map = new Map<string, CommentInfo>();
    const root = this.parts.comments?.root;
    if (!root) return map;
    // commentsExtended: keyed by the paraId of a comment's last paragraph.
    const extended = new Map<string, { parent: string | undefined; done: boolean }>();
    for (const ex of this.parts.commentsExtended ? childElements(this.parts.commentsExtended, W15, 'commentEx') : []) {
      const paraId = attr(ex, W15, 'paraId');
      const done = attr(ex, W15, 'done');
      if (paraId) extended.set(paraId.toUpperCase(), { parent: attr(ex, W15, 'paraIdParent')?.toUpperCase(), done: done === '1' || done === 'true' });
    }
    const idByParaId = new Map<string, string>();
    const parentParaId = new Map<string, string>();
    for (const el of childElements(root, w, 'comment')) {
      const id = attr(el, w, 'id');
      if (id === undefined || map.has(id)) continue;
      const paras = childElements(el, w, 'p');
      const paraId = paras.length > 0 ? attr(paras[paras.length - 1]!, W14, 'paraId')?.toUpperCase() : undefined;
      const ex = paraId !== undefined ? extended.get(paraId) : undefined;
      const nonEmpty = (v: string | undefined): string | null => (v === undefined || v.trim() === '' ? null : v);
      map.set(id, { el, author: nonEmpty(attr(el, w, 'author')), initials: nonEmpty(attr(el, w, 'initials')), date: isoDate(attr(el, w, 'date')), resolved: ex?.done ?? false, parent: null });
      if (paraId !== undefined) idByParaId.set(paraId, id);
      if (ex?.parent !== undefined) parentParaId.set(id, ex.parent);
    }
    for (const [id, paraId] of parentParaId) {
      const parent = idByParaId.get(paraId);
      if (parent !== undefined && parent !== id) map.get(id)!.parent = parent;
    }
    return map;
  }
}

/** An ST_OnOff attribute value (17.17.4): true for `1`, `true`, `on`. */
export function onOffAttr(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on';
}

/** An `xsd:dateTime` as the model keeps it, or null when it is not one. */
export function isoDate(value: string | undefined): string | null {
  const v = value?.trim();
  return v && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(v) ? v : null;
}
