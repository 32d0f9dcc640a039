/**
 * Writes the main document part of a WordprocessingML package (ECMA-376 Part 1, 17.2 document
 * body, 17.3.1 paragraphs, 17.3.2-17.3.3 runs, 17.9 numbering references). Mirrors
 * `wml-body-reader.ts`: headings use the `HeadingN` styles, list items `ListParagraph` with a
 * `w:numPr`, further paragraphs of an item `ListContinueN` (see `wml-parts-writer.ts`).
 *
 * Every list gets its own `w:num` instance, so numbering restarts where the model starts a list.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { BOLD, ITALIC, UNDERLINE, maskOfNode } from './text-marks.js';

/** Deepest list level WordprocessingML has (`w:ilvl` 0-8); deeper model lists are written at 8. */
const MAX_ILVL = 8;

/** One `w:num` instance the numbering part must define. */
export interface WmlListInstance {
  readonly numId: number;
  readonly ordered: boolean;
  readonly ilvl: number;
  readonly start: number;
}

/** Style id of the paragraph style for the second (third...) paragraph of an item at `level` (0-based). */
export function listContinueStyleId(level: number): string {
  return level === 0 ? 'ListContinue' : `ListContinue${String(level + 1)}`;
}

function runProps(mask: number): XmlOut | null {
  if (mask === 0) return null;
  return x('w:rPr', {}, mask & BOLD ? x('w:b') : null, mask & ITALIC ? x('w:i') : null, mask & UNDERLINE ? x('w:u', { 'w:val': 'single' }) : null);
}

function runs(block: PMNode): XmlOut[] {
  const out: XmlOut[] = [];
  block.forEach((child) => {
    if (child.isText) {
      const parts: XmlOut[] = [];
      const pieces = (child.text ?? '').split('\t');
      pieces.forEach((piece, i) => {
        if (i > 0) parts.push(x('w:tab'));
        if (piece !== '') parts.push(x('w:t', { 'xml:space': 'preserve' }, piece));
      });
      out.push(x('w:r', {}, runProps(maskOfNode(child)), parts));
    } else if (child.type.name === 'hard_break') {
      out.push(x('w:r', {}, runProps(maskOfNode(child)), x('w:br')));
    }
  });
  return out;
}

/** Collects body paragraphs and the list instances they use. */
export class WmlDocumentWriter {
  private readonly body: XmlOut[] = [];
  /** `w:num` instances in numId order. */
  readonly lists: WmlListInstance[] = [];

  /** Writes the blocks of `doc`. */
  constructor(doc: PMNode) {
    doc.forEach((block) => this.block(block, -1));
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

  private paragraph(node: PMNode, pPr: XmlOut | null): void {
    this.body.push(x('w:p', {}, pPr, runs(node)));
  }

  private block(node: PMNode, listLevel: number): void {
    switch (node.type.name) {
      case 'heading':
        this.paragraph(node, x('w:pPr', {}, x('w:pStyle', { 'w:val': `Heading${String(node.attrs.level)}` })));
        break;
      case 'bullet_list':
      case 'ordered_list':
        this.list(node, listLevel + 1);
        break;
      default:
        this.paragraph(node, listLevel >= 0 ? x('w:pPr', {}, x('w:pStyle', { 'w:val': listContinueStyleId(Math.min(listLevel, MAX_ILVL)) })) : null);
    }
  }

  private list(node: PMNode, level: number): void {
    const ilvl = Math.min(level, MAX_ILVL);
    const ordered = node.type.name === 'ordered_list';
    const numId = this.lists.length + 1;
    this.lists.push({ numId, ordered, ilvl, start: ordered ? Number(node.attrs.order) : 1 });
    node.forEach((item) => {
      item.forEach((child, _offset, index) => {
        if (index === 0 && child.type.name === 'paragraph') {
          const numPr = x('w:numPr', {}, x('w:ilvl', { 'w:val': ilvl }), x('w:numId', { 'w:val': numId }));
          this.paragraph(child, x('w:pPr', {}, x('w:pStyle', { 'w:val': 'ListParagraph' }), numPr));
        } else this.block(child, level);
      });
    });
  }
}
