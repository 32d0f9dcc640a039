/**
 * Writes footnotes, endnotes and comments of WordprocessingML (ECMA-376 Part 1, 17.11 and
 * 17.13.4; [MS-DOCX] 2.5.3 `w15:commentsEx`). Mirrors `wml-notes-reader.ts`:
 *
 * - a `note` becomes a reference run (`w:footnoteReference`/`w:endnoteReference` in the
 *   `FootnoteReference`/`EndnoteReference` character style, superscript; a custom mark is
 *   `w:customMarkFollows` and the mark as text) and a `w:footnote`/`w:endnote` whose first
 *   paragraph starts with the `w:footnoteRef`/`w:endnoteRef` mark and a space; ids 1, 2... after
 *   the separator (-1) and continuation separator (0) notes Word expects (17.11.23 `w:footnotePr`
 *   in the settings name them);
 * - a `comment` becomes `w:commentRangeStart` where it stands, `w:commentRangeEnd` and the
 *   `w:commentReference` run after the last inline node carrying its `comment_range` mark (or
 *   right after the start when none follows), and a `w:comment` (author, date, initials) whose
 *   first paragraph starts with `w:annotationRef`; its last paragraph gets a `w14:paraId`, which
 *   `commentsExtended.xml` uses for the reply's parent (`w15:paraIdParent`) and `w15:done`.
 *
 * A model comment id that is a decimal number is kept as the file's `w:id`; other ids get the
 * next number no comment uses. Ids only tie a comment to its range and its replies.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import type { NoteSettings } from '@ostal/model';
import { wmlNotePrChildren } from './wml-note-settings.js';
import { serializeXml, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { CommentRangeEnds } from './comment-ranges.js';
import { W14, W15 } from './wml-notes-reader.js';
import { NS_MC, NS_WP, NS_WPS } from './wml-drawing-writer.js';
import { StoryNesting } from './story-nesting.js';

/** Character styles of note references and comment references, and paragraph styles of note text. */
export const NOTE_STYLES = { footnoteReference: 'FootnoteReference', endnoteReference: 'EndnoteReference', commentReference: 'CommentReference' } as const;

interface WrittenComment {
  readonly fileId: number;
  readonly node: PMNode;
  readonly paraId: string;
  readonly blocks: XmlOut[];
}

/** Writes blocks of a story into `out` (the document writer's block writer). */
export type BlockWriter = (block: PMNode, out: XmlOut[]) => void;

function referenceRun(style: string, ...content: (XmlOut | string)[]): XmlOut {
  return x('w:r', {}, x('w:rPr', {}, x('w:rStyle', { 'w:val': style })), content);
}

/** Puts `run` first in the first paragraph of `blocks` (after its properties); adds a paragraph when the story starts otherwise. */
function prependRun(blocks: XmlOut[], ...runs: XmlOut[]): void {
  const first = blocks[0];
  if (first?.name !== 'w:p') {
    blocks.unshift(x('w:p', {}, runs));
    return;
  }
  const at = first.children.findIndex((c) => typeof c === 'string' || c.name !== 'w:pPr');
  const children = [...first.children];
  children.splice(at < 0 ? children.length : at, 0, ...runs);
  blocks[0] = { ...first, children };
}

/** Collects the notes and comments of the main story while it is written. */
export class WmlStoriesWriter {
  private readonly footnotes: XmlOut[] = [];
  private readonly endnotes: XmlOut[] = [];
  private readonly comments: WrittenComment[] = [];
  private readonly commentIds = new Map<string, number>();
  private ranges: CommentRangeEnds | undefined;

  constructor(private readonly writeBlock: BlockWriter) {}

  /** Finds where each comment range ends; call once with the document before writing it. */
  prepare(doc: PMNode): void {
    this.ranges = new CommentRangeEnds(doc);
    doc.descendants((node) => {
      if (node.type.name === 'comment' && /^\d{1,9}$/.test(String(node.attrs.id))) this.decimalIds.add(Number(node.attrs.id));
      return true;
    });
  }

  /** Model comment ids that are decimal numbers: they are kept as the file's ids. */
  private readonly decimalIds = new Set<number>();
  private nextFileId = 0;

  private readonly usedFileIds = new Set<number>();

  private fileIdOf(id: string): number {
    let fileId = /^\d{1,9}$/.test(id) ? Number(id) : -1;
    if (fileId < 0 || this.usedFileIds.has(fileId)) {
      while (this.decimalIds.has(this.nextFileId) || this.usedFileIds.has(this.nextFileId)) this.nextFileId++;
      fileId = this.nextFileId++;
    }
    this.usedFileIds.add(fileId);
    return fileId;
  }

  /** True when the document has notes of `kind` (the part, settings and styles are then written). */
  has(kind: 'footnote' | 'endnote' | 'comment'): boolean {
    return (kind === 'footnote' ? this.footnotes : kind === 'endnote' ? this.endnotes : this.comments).length > 0;
  }

  /** The story being written: a note's or a comment's body, or the main text. */
  private readonly nesting = new StoryNesting();

  /** The runs for an inline node that is a note or a comment (none for other nodes). */
  inline(node: PMNode): XmlOut[] {
    if (!this.nesting.allows(node)) return [];
    if (node.type.name === 'note') return [this.note(node)];
    if (node.type.name === 'comment') return this.comment(node);
    return [];
  }

  /** What follows an inline node: the ends and references of the comment ranges it closes. */
  after(node: PMNode): XmlOut[] {
    return (this.ranges?.after(node) ?? []).flatMap((id) => this.end(id));
  }

  private note(node: PMNode): XmlOut {
    const kind = node.attrs.kind === 'endnote' ? 'endnote' : 'footnote';
    const list = kind === 'footnote' ? this.footnotes : this.endnotes;
    const id = list.length + 1;
    const blocks: XmlOut[] = [];
    this.nesting.within('note', () => node.forEach((block) => this.writeBlock(block, blocks)));
    // The mark and a space open the note's first paragraph (the reader strips that one space); a
    // note opening with a list gets the mark alone, one opening with a table none.
    const ref = referenceRun(kind === 'footnote' ? NOTE_STYLES.footnoteReference : NOTE_STYLES.endnoteReference, x(`w:${kind}Ref`));
    if (node.firstChild?.isTextblock) prependRun(blocks, ref, x('w:r', {}, x('w:t', { 'xml:space': 'preserve' }, ' ')));
    else if (blocks[0]?.name === 'w:p') prependRun(blocks, ref);
    list.push(x(`w:${kind}`, { 'w:id': id }, blocks));
    const custom = node.attrs.mark as string | null;
    const style = kind === 'footnote' ? NOTE_STYLES.footnoteReference : NOTE_STYLES.endnoteReference;
    return custom !== null
      ? referenceRun(style, x(`w:${kind}Reference`, { 'w:customMarkFollows': 1, 'w:id': id }), x('w:t', { 'xml:space': 'preserve' }, custom))
      : referenceRun(style, x(`w:${kind}Reference`, { 'w:id': id }));
  }

  private comment(node: PMNode): XmlOut[] {
    const id = String(node.attrs.id);
    if (this.commentIds.has(id)) return []; // a second comment with the same id: its range is the first one's
    const fileId = this.fileIdOf(id);
    this.commentIds.set(id, fileId);
    // The body is written now, so that the lists and links it uses are known before those parts are.
    const blocks: XmlOut[] = [];
    this.nesting.within('comment', () => node.forEach((block) => this.writeBlock(block, blocks)));
    this.comments.push({ fileId, node, paraId: (0x10000000 + fileId + 1).toString(16).toUpperCase(), blocks });
    const start = x('w:commentRangeStart', { 'w:id': fileId });
    // The range ends after its last marked node, unless none is left to write.
    return this.ranges?.start(id) === false ? [start] : [start, ...this.end(id)];
  }

  private end(id: string): XmlOut[] {
    const fileId = this.commentIds.get(id)!;
    return [x('w:commentRangeEnd', { 'w:id': fileId }), referenceRun(NOTE_STYLES.commentReference, x('w:commentReference', { 'w:id': fileId }))];
  }

  /** Ends the ranges still open (their last marked node was never reached); call after the body. */
  closeAll(): XmlOut[] {
    const out = (this.ranges?.closeAll() ?? []).flatMap((id) => this.end(id));
    return out.length > 0 ? [x('w:p', {}, out)] : [];
  }

  /** The character styles of the references used (for `styles.xml`). */
  styles(): XmlOut[] {
    const style = (id: string, name: string, superscript: boolean): XmlOut =>
      x(
        'w:style',
        { 'w:type': 'character', 'w:styleId': id },
        x('w:name', { 'w:val': name }),
        x('w:basedOn', { 'w:val': 'DefaultParagraphFont' }),
        x('w:uiPriority', { 'w:val': 99 }),
        x('w:unhideWhenUsed'),
        superscript ? x('w:rPr', {}, x('w:vertAlign', { 'w:val': 'superscript' })) : null,
      );
    return [
      ...(this.has('footnote') ? [style(NOTE_STYLES.footnoteReference, 'footnote reference', true)] : []),
      ...(this.has('endnote') ? [style(NOTE_STYLES.endnoteReference, 'endnote reference', true)] : []),
      ...(this.has('comment') ? [style(NOTE_STYLES.commentReference, 'annotation reference', false)] : []),
    ];
  }

  /**
   * `w:footnotePr`/`w:endnotePr` for the settings part: the document's note settings
   * (`wml-note-settings.ts`) and the separator notes of the kinds used (17.11.12, 17.11.4).
   */
  settings(notes: NoteSettings): XmlOut[] {
    const pr = (kind: 'footnote' | 'endnote'): XmlOut | null => {
      const children = [...wmlNotePrChildren(kind, notes[kind]), ...(this.has(kind) ? [x(`w:${kind}`, { 'w:id': -1 }), x(`w:${kind}`, { 'w:id': 0 })] : [])];
      return children.length > 0 ? x(`w:${kind}Pr`, {}, children) : null;
    };
    return [pr('footnote'), pr('endnote')].filter((p): p is XmlOut => p !== null);
  }

  /** `footnotes.xml` or `endnotes.xml`, with the separator notes. */
  notesXml(kind: 'footnote' | 'endnote'): string {
    const sep = (type: string, id: number, mark: string): XmlOut =>
      x(`w:${kind}`, { 'w:type': type, 'w:id': id }, x('w:p', {}, x('w:pPr', {}, x('w:spacing', { 'w:after': 0, 'w:line': 240, 'w:lineRule': 'auto' })), x('w:r', {}, x(`w:${mark}`))));
    return serializeXml(
      x(`w:${kind}s`, { 'xmlns:w': NS.w, 'xmlns:r': NS.r, 'xmlns:wp': NS_WP, 'xmlns:wps': NS_WPS, 'xmlns:mc': NS_MC }, sep('separator', -1, 'separator'), sep('continuationSeparator', 0, 'continuationSeparator'), kind === 'footnote' ? this.footnotes : this.endnotes),
    );
  }

  /** `comments.xml`. */
  commentsXml(): string {
    const comments = this.comments.map(({ fileId, node, paraId, blocks }) => {
      prependRun(blocks, referenceRun(NOTE_STYLES.commentReference, x('w:annotationRef')));
      let last = blocks.length - 1;
      while (last >= 0 && blocks[last]!.name !== 'w:p') last--;
      if (last < 0) {
        blocks.push(x('w:p'));
        last = blocks.length - 1;
      }
      blocks[last] = { ...blocks[last]!, attrs: { 'w14:paraId': paraId, 'w14:textId': '77777777', ...blocks[last]!.attrs } };
      return x(
        'w:comment',
        {
          'w:id': fileId,
          'w:author': (node.attrs.author as string | null) ?? '',
          'w:date': (node.attrs.date as string | null) ?? undefined,
          'w:initials': (node.attrs.initials as string | null) ?? undefined,
        },
        blocks,
      );
    });
    return serializeXml(x('w:comments', { 'xmlns:w': NS.w, 'xmlns:r': NS.r, 'xmlns:wp': NS_WP, 'xmlns:wps': NS_WPS, 'xmlns:w14': W14, 'xmlns:mc': NS.mc, 'mc:Ignorable': 'w14' }, comments));
  }

  /** `commentsExtended.xml`: reply parents and resolved state. */
  commentsExtendedXml(): string {
    const paraIdOf = new Map(this.comments.map((c) => [String(c.node.attrs.id), c.paraId]));
    return serializeXml(
      x(
        'w15:commentsEx',
        { 'xmlns:w15': W15, 'xmlns:mc': NS.mc, 'mc:Ignorable': 'w15' },
        this.comments.map(({ node, paraId }) => {
          const parent = node.attrs.parent as string | null;
          return x('w15:commentEx', { 'w15:paraId': paraId, 'w15:paraIdParent': parent !== null ? paraIdOf.get(parent) : undefined, 'w15:done': node.attrs.resolved ? 1 : 0 });
        }),
      ),
    );
  }
}
