/**
 * Writes tracked changes and kept content into ODF text (ODF 1.3 Part 3, 5.5 change tracking;
 * 10.4 frames). Mirrors `odf-changes.ts` and the change handling of `odf-inline-reader.ts`:
 *
 * - insertion and format-change marks become `text:change-start`/`text:change-end` ranges, one
 *   `text:changed-region` each; an insertion range stays open across the end of a paragraph whose
 *   mark is inserted (`paragraph_change` insertion), which is how the reader recognises one;
 * - consecutive deleted nodes leave the body: a `text:change` stands where they were, and the
 *   region's `text:deletion` holds them in a `text:p`; a deleted paragraph mark is a deletion
 *   holding two paragraphs (the deleted text before the mark, if it is the same change, and an
 *   empty one), placed at the end of the paragraph;
 * - `opaque` ODF content (formula frames) is written back from its source XML; OOXML equations
 *   become formula objects (`omml-mathml.ts`), other OOXML content its fallback text.
 *
 * Region ids keep the model's id when it is an unused NCName, else `ctN`.
 */
import { textSchema } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { OdfObjectWriter } from './odf-opaque.js';
import { ommlToMathml } from './omml-mathml.js';
import { parseSource, sourceOut } from './opaque-xml.js';
import { changesOf, infoOf, paragraphChangesOf, sameChange } from './text-changes.js';
import type { ChangeInfo } from './text-changes.js';

/** An inline piece of a paragraph: a node to write as text, or markup already made. */
export type OdfPiece = PMNode | XmlOut;

/** Encodes inline pieces into paragraph content (the body writer's spans, links and spaces). */
export type OdfPieceEncoder = (pieces: readonly OdfPiece[]) => (XmlOut | string)[];

const NCNAME = /^[A-Za-z_][\w.-]*$/;

interface OpenRange {
  readonly key: string;
  readonly id: string;
}

function keyOf(info: ChangeInfo): string {
  return JSON.stringify([info.id, info.author, info.date]);
}

/** True for a piece that is markup rather than a model node. */
export function isMarkup(piece: OdfPiece): piece is XmlOut {
  return !('type' in piece);
}

/** Regions and markers of the tracked changes of one document. */
export class OdfChangesWriter {
  /** `text:changed-region` elements, in order. */
  private regions: XmlOut[] = [];
  private readonly ids = new Set<string>();
  private next = 1;
  private insertion: OpenRange | null = null;
  private format: OpenRange | null = null;
  /** Namespaces of kept ODF content: declared on the document root when used. */
  readonly usedNamespaces = new Map<string, string>();
  /** Kept formula objects, placed in the package or inline by the document writer. */
  readonly objects = new OdfObjectWriter();

  /**
   * Runs `write` (a header or footer's blocks) with its change regions kept apart: ODF 1.3 gives
   * each header and footer its own `text:tracked-changes` (Part 3, 16.11 header-footer content).
   * Region ids stay unique across the document.
   */
  apart<T>(write: () => T): { readonly result: T; readonly tracked: XmlOut | null } {
    const saved = { regions: this.regions, insertion: this.insertion, format: this.format };
    this.regions = [];
    this.insertion = null;
    this.format = null;
    try {
      const result = write();
      return { result, tracked: this.trackedChanges() };
    } finally {
      this.regions = saved.regions;
      this.insertion = saved.insertion;
      this.format = saved.format;
    }
  }

  /** The `text:tracked-changes` element, or null when the document has no change. */
  trackedChanges(): XmlOut | null {
    return this.regions.length === 0 ? null : x('text:tracked-changes', {}, this.regions);
  }

  private regionId(info: ChangeInfo): string {
    let id = info.id;
    if (id === null || !NCNAME.test(id) || this.ids.has(id)) {
      do id = `ct${String(this.next++)}`;
      while (this.ids.has(id));
    }
    this.ids.add(id);
    return id;
  }

  private region(kind: 'insertion' | 'deletion' | 'format-change', info: ChangeInfo, content: XmlOut[] = []): string {
    const id = this.regionId(info);
    const changeInfo = x('office:change-info', {}, x('dc:creator', {}, info.author ?? ''), x('dc:date', {}, info.date ?? '1970-01-01T00:00:00'));
    this.regions.push(x('text:changed-region', { 'xml:id': id, 'text:id': id }, x(`text:${kind}`, {}, changeInfo, content)));
    return id;
  }

  /** Markers that end the open ranges which do not match `ins`/`fmt` and start those that are new. */
  private transition(ins: ChangeInfo | null, fmt: ChangeInfo | null, out: OdfPiece[]): void {
    if ((this.insertion?.key ?? null) !== (ins ? keyOf(ins) : null)) {
      if (this.insertion) out.push(x('text:change-end', { 'text:change-id': this.insertion.id }));
      this.insertion = ins ? { key: keyOf(ins), id: this.region('insertion', ins) } : null;
      if (this.insertion) out.push(x('text:change-start', { 'text:change-id': this.insertion.id }));
    }
    if ((this.format?.key ?? null) !== (fmt ? keyOf(fmt) : null)) {
      if (this.format) out.push(x('text:change-end', { 'text:change-id': this.format.id }));
      this.format = fmt ? { key: keyOf(fmt), id: this.region('format-change', fmt) } : null;
      if (this.format) out.push(x('text:change-start', { 'text:change-id': this.format.id }));
    }
  }

  /** A text node standing for an opaque node written as its fallback text. */
  private fallback(node: PMNode): PMNode | null {
    const text = String(node.attrs.fallback);
    return text === '' ? null : textSchema.text(text, node.marks);
  }

  private opaque(node: PMNode): OdfPiece | null {
    if (node.attrs.family === 'odf') {
      const out = sourceOut(String(node.attrs.xml), ODF_PREFIXES);
      const frame = out && this.keep(out);
      if (frame && this.objects.adopt(frame, node.attrs.files as Readonly<Record<string, string>> | null)) return frame;
    } else if (node.attrs.kind === 'math') {
      // An OMML equation becomes a formula object (MathML); its text only if that fails.
      const omml = parseSource(String(node.attrs.xml));
      const math = omml && ommlToMathml(omml);
      if (math) {
        this.usedNamespaces.set('xmlns:draw', NS.draw);
        const frame = x('draw:frame', { 'text:anchor-type': 'as-char' }, x('draw:object', {}, math));
        if (this.objects.adopt(frame, null)) return frame;
      }
    }
    return this.fallback(node);
  }

  /** Records the namespace declarations of kept markup (moved to the document root) and returns it without them. */
  private keep(out: XmlOut): XmlOut {
    const attrs: Record<string, string | number | boolean | undefined> = {};
    for (const [k, v] of Object.entries(out.attrs)) {
      if (k.startsWith('xmlns:')) this.usedNamespaces.set(k, String(v));
      else attrs[k] = v;
    }
    return { ...out, attrs };
  }

  /**
   * The pieces of a text block, with change markers, deletions moved to regions and opaque
   * content resolved. `styleName` is the paragraph's style, for deleted paragraphs.
   */
  pieces(block: PMNode, styleName: string, encode: OdfPieceEncoder): OdfPiece[] {
    const kids: PMNode[] = [];
    block.forEach((c) => kids.push(c));
    const marks = paragraphChangesOf(block);
    let markDeletionWritten = false;
    const out: OdfPiece[] = [];
    let i = 0;
    while (i < kids.length) {
      const node = kids[i]!;
      if (node.type.name === 'paragraph_change') {
        i++;
        continue;
      }
      const changes = changesOf(node);
      // Deleted content is read inside the ranges open at its marker: open exactly the node's own.
      this.transition(changes.insertion ? infoOf(changes.insertion) : null, changes.format ? infoOf(changes.format) : null, out);
      if (changes.deletion) {
        let j = i + 1;
        while (j < kids.length && sameChange(changesOf(kids[j]!).deletion, changes.deletion)) j++;
        const group = kids.slice(i, j).flatMap((n) => (n.type.name === 'opaque' ? (this.fallback(n) ?? []) : [n]));
        const atEnd = kids.slice(j).every((n) => n.type.name === 'paragraph_change');
        const mark = marks.deletion;
        const withMark = atEnd && mark !== undefined && keyOf(infoOf(mark)) === keyOf(infoOf(changes.deletion));
        if (withMark) markDeletionWritten = true;
        const paragraphs = [x('text:p', { 'text:style-name': styleName }, encode(group)), withMark ? x('text:p', { 'text:style-name': styleName }) : null].filter((p): p is XmlOut => p !== null);
        out.push(x('text:change', { 'text:change-id': this.region('deletion', infoOf(changes.deletion), paragraphs) }));
        i = j;
        continue;
      }
      const piece = node.type.name === 'opaque' ? this.opaque(node) : node;
      if (piece) out.push(piece);
      i++;
    }
    if (marks.deletion && !markDeletionWritten) {
      const empty = (): XmlOut => x('text:p', { 'text:style-name': styleName });
      out.push(x('text:change', { 'text:change-id': this.region('deletion', infoOf(marks.deletion), [empty(), empty()]) }));
    }
    // An inserted paragraph mark keeps the insertion open into the next paragraph.
    const open = this.insertion;
    if (marks.insertion && open && open.key === keyOf(infoOf(marks.insertion))) this.transition(infoOf(marks.insertion), null, out);
    else if (marks.insertion) {
      this.transition(null, null, out);
      this.transition(infoOf(marks.insertion), null, out);
    } else this.transition(null, null, out);
    return out;
  }
}

/** Prefixes the ODF writers declare on every document root (kept markup need not redeclare them). */
const ODF_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['office', NS.office],
  ['style', NS.style],
  ['text', NS.text],
  ['table', NS.table],
  ['xlink', NS.xlink],
  ['fo', NS.fo],
  ['svg', NS.svg],
  ['dc', NS.dc],
  ['meta', NS.meta],
]);
