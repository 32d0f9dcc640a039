/**
 * Writes the main document part of a WordprocessingML package (ECMA-376 Part 1, 17.2 document
 * body, 17.3.1 paragraphs, 17.3.2-17.3.3 runs, 17.9 numbering references, 17.16.22 hyperlinks,
 * 17.3.3.1 page breaks). Mirrors `wml-body-reader.ts`: headings use the `HeadingN` styles, list
 * items `ListParagraph` with a `w:numPr`, further paragraphs of an item `ListContinueN` (see
 * `wml-parts-writer.ts`), tables `wml-table-writer.ts`, page breaks a paragraph holding only
 * `w:br w:type="page"`, links a `w:hyperlink` (external targets through a relationship,
 * `#anchor` targets as `w:anchor`) whose runs use the `Hyperlink` character style.
 *
 * Every list gets its own `w:num` instance, so numbering restarts where the model starts a list.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import type { Mark } from 'prosemirror-model';
import { BOLD, ITALIC, UNDERLINE, linkOfNode, maskOfNode } from './text-marks.js';
import { wmlTable } from './wml-table-writer.js';

/** Deepest list level WordprocessingML has (`w:ilvl` 0-8); deeper model lists are written at 8. */
const MAX_ILVL = 8;

/** One `w:num` instance the numbering part must define. */
export interface WmlListInstance {
  readonly numId: number;
  readonly ordered: boolean;
  readonly ilvl: number;
  readonly start: number;
}

/** An external hyperlink target the main part's relationships must hold. */
export interface WmlHyperlink {
  readonly id: string;
  readonly target: string;
}

/** Style id of the character style of hyperlink runs. */
export const HYPERLINK_STYLE = 'Hyperlink';

/** Style id of the paragraph style for the second (third...) paragraph of an item at `level` (0-based). */
export function listContinueStyleId(level: number): string {
  return level === 0 ? 'ListContinue' : `ListContinue${String(level + 1)}`;
}

function runProps(mask: number, linked: boolean): XmlOut | null {
  if (mask === 0 && !linked) return null;
  return x(
    'w:rPr',
    {},
    linked ? x('w:rStyle', { 'w:val': HYPERLINK_STYLE }) : null,
    mask & BOLD ? x('w:b') : null,
    mask & ITALIC ? x('w:i') : null,
    mask & UNDERLINE ? x('w:u', { 'w:val': 'single' }) : null,
  );
}

function run(child: PMNode, linked: boolean): XmlOut | null {
  if (child.isText) {
    const parts: XmlOut[] = [];
    const pieces = (child.text ?? '').split('\t');
    pieces.forEach((piece, i) => {
      if (i > 0) parts.push(x('w:tab'));
      if (piece !== '') parts.push(x('w:t', { 'xml:space': 'preserve' }, piece));
    });
    return x('w:r', {}, runProps(maskOfNode(child), linked), parts);
  }
  if (child.type.name === 'hard_break') return x('w:r', {}, runProps(maskOfNode(child), linked), x('w:br'));
  return null;
}

/** Collects body paragraphs and the list instances and hyperlinks they use. */
export class WmlDocumentWriter {
  private readonly body: XmlOut[] = [];
  /** `w:num` instances in numId order. */
  readonly lists: WmlListInstance[] = [];
  /** External hyperlink relationships, one per distinct target. */
  readonly hyperlinks: WmlHyperlink[] = [];

  /** Writes the blocks of `doc`. */
  constructor(doc: PMNode) {
    doc.forEach((block) => this.block(block, -1, this.body));
  }

  /** The `w:document` element. */
  document(): XmlOut {
    const sectPr = x(
      'w:sectPr',
      {},
      x('w:pgSz', { 'w:w': 11906, 'w:h': 16838 }),
      x('w:pgMar', { 'w:top': 1417, 'w:right': 1417, 'w:bottom': 1417, 'w:left': 1417, 'w:header': 708, 'w:footer': 708, 'w:gutter': 0 }),
    );
    return x('w:document', { 'xmlns:w': NS.w, 'xmlns:r': NS.r }, x('w:body', {}, this.body, sectPr));
  }

  private paragraph(node: PMNode, pPr: XmlOut | null, out: XmlOut[]): void {
    out.push(x('w:p', {}, pPr, this.runs(node)));
  }

  /** Runs of a text block; consecutive nodes with the same link go in one `w:hyperlink`. */
  private runs(block: PMNode): XmlOut[] {
    const out: XmlOut[] = [];
    let group: XmlOut[] = [];
    let groupLink: Mark | null = null;
    const close = (): void => {
      if (groupLink) out.push(this.hyperlink(groupLink, group));
      else out.push(...group);
      group = [];
    };
    block.forEach((child) => {
      const link = linkOfNode(child);
      if (!(link === groupLink || (link && groupLink && link.eq(groupLink)))) {
        close();
        groupLink = link;
      }
      const r = run(child, link !== null);
      if (r) group.push(r);
    });
    close();
    return out;
  }

  private hyperlink(link: Mark, runs: XmlOut[]): XmlOut {
    const href = String(link.attrs.href);
    const tooltip = (link.attrs.title as string | null) ?? undefined;
    if (href.startsWith('#')) return x('w:hyperlink', { 'w:anchor': href.slice(1), 'w:tooltip': tooltip }, runs);
    let rel = this.hyperlinks.find((h) => h.target === href);
    if (!rel) {
      rel = { id: `rIdLink${String(this.hyperlinks.length + 1)}`, target: href };
      this.hyperlinks.push(rel);
    }
    return x('w:hyperlink', { 'r:id': rel.id, 'w:tooltip': tooltip, 'w:history': 1 }, runs);
  }

  private block(node: PMNode, listLevel: number, out: XmlOut[]): void {
    switch (node.type.name) {
      case 'heading':
        this.paragraph(node, x('w:pPr', {}, x('w:pStyle', { 'w:val': `Heading${String(node.attrs.level)}` })), out);
        break;
      case 'bullet_list':
      case 'ordered_list':
        this.list(node, listLevel + 1, out);
        break;
      case 'table':
        out.push(wmlTable(node, (cell) => this.cellBlocks(cell)));
        break;
      case 'page_break':
        out.push(x('w:p', {}, x('w:r', {}, x('w:br', { 'w:type': 'page' }))));
        break;
      default:
        this.paragraph(node, listLevel >= 0 ? x('w:pPr', {}, x('w:pStyle', { 'w:val': listContinueStyleId(Math.min(listLevel, MAX_ILVL)) })) : null, out);
    }
  }

  private cellBlocks(cell: PMNode): XmlOut[] {
    const out: XmlOut[] = [];
    cell.forEach((block) => this.block(block, -1, out));
    return out;
  }

  private list(node: PMNode, level: number, out: XmlOut[]): void {
    const ilvl = Math.min(level, MAX_ILVL);
    const ordered = node.type.name === 'ordered_list';
    const numId = this.lists.length + 1;
    this.lists.push({ numId, ordered, ilvl, start: ordered ? Number(node.attrs.order) : 1 });
    node.forEach((item) => {
      item.forEach((child, _offset, index) => {
        if (index === 0 && child.type.name === 'paragraph') {
          const numPr = x('w:numPr', {}, x('w:ilvl', { 'w:val': ilvl }), x('w:numId', { 'w:val': numId }));
          this.paragraph(child, x('w:pPr', {}, x('w:pStyle', { 'w:val': 'ListParagraph' }), numPr), out);
        } else this.block(child, level, out);
      });
    });
  }
}
