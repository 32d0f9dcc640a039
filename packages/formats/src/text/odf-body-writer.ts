/**
 * Writes ODF text body content (ODF 1.3 Part 3, 5.1 paragraphs and headings, 5.3 lists, 6.1
 * basic text, 6.1.2 white space, 6.1.8 `text:a`). Mirrors `odf-body-reader.ts`: headings use the
 * `Heading_20_N` styles, lists the `L_bullet`/`L_number` list styles on every `text:list`, marks
 * `text:span` with the `T_...` automatic styles (see `odf-styles-writer.ts`), links `text:a`
 * around their spans, tables `odf-table-writer.ts`, page breaks an empty paragraph of the
 * `P_page_break` style (`fo:break-before="page"`).
 *
 * Spaces are written so that white-space collapsing gives them back: a space is written as
 * character data only between two ordinary characters, otherwise as `text:s`.
 */
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { OdfTableStyleSet, odfTable } from './odf-table-writer.js';
import { linkOfNode, maskOfNode } from './text-marks.js';
import type { MarkMask } from './text-marks.js';

/** Name of the automatic text style for a mark combination. */
export function textStyleName(mask: MarkMask): string {
  return `T_${mask & 1 ? 'b' : ''}${mask & 2 ? 'i' : ''}${mask & 4 ? 'u' : ''}`;
}

/** List style names, by list kind. */
export const LIST_STYLE = { bullet: 'L_bullet', number: 'L_number' } as const;

/** Paragraph style name of a heading level. */
export function headingStyleName(level: number): string {
  return `Heading_20_${String(level)}`;
}

/** Paragraph style of ordinary paragraphs. */
export const BODY_STYLE = 'Standard';

/** Automatic paragraph style of the empty paragraph that carries a page break. */
export const PAGE_BREAK_STYLE = 'P_page_break';

/** Encodes one text node's characters; `prev`/`next` are the neighbouring characters ('' at the paragraph's ends). */
function encodeText(text: string, prev: string, next: string): (XmlOut | string)[] {
  const out: (XmlOut | string)[] = [];
  let buf = '';
  let spaces = 0;
  const flushSpaces = (): void => {
    if (spaces > 0) out.push(x('text:s', { 'text:c': spaces > 1 ? spaces : undefined }));
    spaces = 0;
  };
  const flushBuf = (): void => {
    if (buf !== '') out.push(buf);
    buf = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === ' ') {
      const before = i > 0 ? text[i - 1]! : prev;
      const after = i + 1 < text.length ? text[i + 1]! : next;
      if (spaces === 0 && before !== '' && before !== ' ' && before !== '\t' && before !== '\n' && after !== '' && after !== '\n') buf += ' ';
      else {
        flushBuf();
        spaces += 1;
      }
      continue;
    }
    flushSpaces();
    if (ch === '\t' || ch === '\n' || ch === '\r') {
      flushBuf();
      out.push(x(ch === '\t' ? 'text:tab' : 'text:line-break'));
    } else buf += ch;
  }
  flushSpaces();
  flushBuf();
  return out;
}

/** Writes the body blocks and records which text styles they use. */
export class OdfBodyWriter {
  /** Mark combinations used, for the automatic text styles. */
  readonly usedMasks = new Set<MarkMask>();
  /** The children of `office:text`. */
  readonly blocks: XmlOut[] = [];
  /** Table, column and cell styles the tables use. */
  readonly tableStyles = new OdfTableStyleSet();
  /** True when the document has a page break (the `P_page_break` style is needed). */
  usesPageBreak = false;

  constructor(doc: PMNode) {
    doc.forEach((block) => this.blocks.push(this.block(block)));
  }

  private block(node: PMNode): XmlOut {
    switch (node.type.name) {
      case 'heading': {
        const level = Number(node.attrs.level);
        return x('text:h', { 'text:style-name': headingStyleName(level), 'text:outline-level': level }, this.inlines(node));
      }
      case 'bullet_list':
      case 'ordered_list':
        return this.list(node);
      case 'table':
        return odfTable(node, this.tableStyles, (cell) => {
          const out: XmlOut[] = [];
          cell.forEach((child) => out.push(this.block(child)));
          return out;
        });
      case 'page_break':
        this.usesPageBreak = true;
        return x('text:p', { 'text:style-name': PAGE_BREAK_STYLE });
      default:
        return x('text:p', { 'text:style-name': BODY_STYLE }, this.inlines(node));
    }
  }

  private list(node: PMNode): XmlOut {
    const ordered = node.type.name === 'ordered_list';
    const items: XmlOut[] = [];
    node.forEach((item, _offset, index) => {
      const start = ordered && index === 0 && Number(node.attrs.order) !== 1 ? Number(node.attrs.order) : undefined;
      const children: XmlOut[] = [];
      item.forEach((child) => children.push(this.block(child)));
      items.push(x('text:list-item', { 'text:start-value': start }, children));
    });
    return x('text:list', { 'text:style-name': ordered ? LIST_STYLE.number : LIST_STYLE.bullet }, items);
  }

  private inlines(block: PMNode): (XmlOut | string)[] {
    const out: (XmlOut | string)[] = [];
    let group: (XmlOut | string)[] = [];
    let groupLink: Mark | null = null;
    const close = (): void => {
      if (groupLink) {
        const title = (groupLink.attrs.title as string | null) ?? undefined;
        out.push(x('text:a', { 'xlink:type': 'simple', 'xlink:href': String(groupLink.attrs.href), 'office:title': title }, group));
      } else out.push(...group);
      group = [];
    };
    const children: PMNode[] = [];
    block.forEach((c) => children.push(c));
    const edge = (n: PMNode | undefined, last: boolean): string => {
      if (!n) return '';
      if (!n.isText) return '\n';
      const t = n.text ?? '';
      return (last ? t[t.length - 1] : t[0]) ?? '';
    };
    children.forEach((child, i) => {
      const link = linkOfNode(child);
      if (!(link === groupLink || (link && groupLink && link.eq(groupLink)))) {
        close();
        groupLink = link;
      }
      if (!child.isText) {
        if (child.type.name === 'hard_break') group.push(x('text:line-break'));
        return;
      }
      const encoded = encodeText(child.text ?? '', edge(children[i - 1], true), edge(children[i + 1], false));
      const mask = maskOfNode(child);
      if (mask === 0) group.push(...encoded);
      else {
        this.usedMasks.add(mask);
        group.push(x('text:span', { 'text:style-name': textStyleName(mask) }, encoded));
      }
    });
    close();
    return out;
  }
}
