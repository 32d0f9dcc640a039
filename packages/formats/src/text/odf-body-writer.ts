/**
 * Writes ODF text body content (ODF 1.3 Part 3, 5.1 paragraphs and headings, 5.3 lists, 6.1
 * basic text, 6.1.2 white space, 6.1.8 `text:a`). Mirrors `odf-body-reader.ts`: headings use the
 * `Heading_20_N` styles, lists the `L1`, `L2`... list styles (`odf-list-format.ts`), marks
 * `text:span` with `T1`, `T2`... automatic text styles, one per distinct character format in
 * order of first use (see `odf-styles-writer.ts`); paragraph formatting `P1`, `P2`... automatic
 * paragraph styles whose parent is the structural style (heading) or the named style of the
 * paragraph's `styleName` (a property-less style in office:styles); links `text:a`
 * around their spans, tables `odf-table-writer.ts`, page breaks an empty paragraph of the
 * `P_page_break` style (`fo:break-before="page"`).
 *
 * Spaces are written so that white-space collapsing gives them back: a space is written as
 * character data only between two ordinary characters, otherwise as `text:s`.
 */
import { listNumberingOf } from '@ostal/model';
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { OdfTableStyleSet, odfTable } from './odf-table-writer.js';
import { odfParagraphPropsAttrs, odfTabStopsXml } from './odf-format-props.js';
import { ODF_LIST_LEVELS, OdfListStyleSet } from './odf-list-format.js';
import { PLAIN, formatOfNode, linkOfNode } from './text-marks.js';
import type { RunFormat } from './text-marks.js';

/** An automatic paragraph style: formatting over a parent style. */
export interface OdfParagraphStyle {
  readonly name: string;
  readonly parent: string;
  readonly props: Record<string, string | undefined>;
  /** `style:tab-stops`, when the paragraph has tab stops. */
  readonly tabs?: XmlOut | null;
}

/** A named, property-less paragraph style for a model `styleName`. */
export interface OdfNamedStyle {
  readonly name: string;
  readonly displayName: string;
}

/** Encodes a display name as a style name the way office suites do (`Text body` → `Text_20_body`). */
function encodeStyleName(display: string): string {
  const encoded = display.replace(/[^A-Za-z0-9]/g, (ch) => `_${ch.codePointAt(0)!.toString(16)}_`);
  return /^[A-Za-z_]/.test(encoded) ? encoded : `_${encoded}`;
}

/** Paragraph style name of a heading level. */
export function headingStyleName(level: number): string {
  return `Heading_20_${String(level)}`;
}

/** Paragraph style of ordinary paragraphs. */
export const BODY_STYLE = 'Standard';

/** Automatic paragraph style of the empty paragraph that carries a page break. */
export const PAGE_BREAK_STYLE = 'P_page_break';

/** A key of an ordered list's label: lists continue only lists with the same label. */
function labelKeyOf(list: PMNode): string {
  const n = listNumberingOf(list.attrs);
  return `${n.format}|${n.prefix}|${n.suffix}|${String(n.levels)}`;
}

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
  /** Character formats used, with their automatic text style names, in order of first use. */
  readonly textStyles = new Map<string, { readonly name: string; readonly format: RunFormat }>();
  /** Automatic paragraph styles, by a key of parent and properties. */
  readonly paragraphStyles = new Map<string, OdfParagraphStyle>();
  /** Named paragraph styles for `styleName`s, by model name. */
  readonly namedStyles = new Map<string, OdfNamedStyle>();
  /** Font families used, for `office:font-face-decls`. */
  readonly fonts = new Set<string>();
  /** The children of `office:text`. */
  readonly blocks: XmlOut[] = [];
  /** Table, column and cell styles the tables use. */
  readonly tableStyles = new OdfTableStyleSet();
  /** List styles, one per distinct nest format. */
  readonly listStyles = new OdfListStyleSet(this.fonts);
  /** The last top-level ordered list of each label (its attributes, to give it an id, and its last number), for continuations. */
  private readonly lastByLabel = new Map<string, { readonly attrs: Record<string, string | undefined>; readonly last: number }>();
  private listIds = 0;
  /** True when the document has a page break (the `P_page_break` style is needed). */
  usesPageBreak = false;

  constructor(doc: PMNode) {
    doc.forEach((block) => this.blocks.push(this.block(block)));
  }

  /** The style of a text block: its parent, or an automatic style over it when the block has formatting. */
  private paragraphStyle(node: PMNode, heading: boolean, inList: boolean): string {
    const parent = heading ? headingStyleName(Number(node.attrs.level)) : this.namedStyle(node.attrs.styleName as string | null | undefined);
    const tabs = odfTabStopsXml(node.attrs, inList);
    const props = odfParagraphPropsAttrs(node.attrs, inList) ?? (tabs ? {} : null);
    if (!props) return parent;
    const key = `${parent}\n${JSON.stringify(props)}\n${JSON.stringify(tabs)}`;
    let style = this.paragraphStyles.get(key);
    if (!style) {
      style = { name: `P${String(this.paragraphStyles.size + 1)}`, parent, props, tabs };
      this.paragraphStyles.set(key, style);
    }
    return style.name;
  }

  private namedStyle(display: string | null | undefined): string {
    if (!display || display === BODY_STYLE) return BODY_STYLE;
    const known = this.namedStyles.get(display);
    if (known) return known.name;
    const base = encodeStyleName(display);
    let name = base;
    const taken = (n: string): boolean => n === BODY_STYLE || n === PAGE_BREAK_STYLE || /^Heading_20_[1-6]$/.test(n) || [...this.namedStyles.values()].some((s) => s.name === n);
    for (let i = 2; taken(name); i++) name = `${base}_${String(i)}`;
    this.namedStyles.set(display, { name, displayName: display });
    return name;
  }

  private textStyleName(format: RunFormat): string {
    const known = this.textStyles.get(format.key);
    if (known) return known.name;
    const name = `T${String(this.textStyles.size + 1)}`;
    this.textStyles.set(format.key, { name, format });
    if (format.props.font) this.fonts.add(format.props.font);
    if (format.props.fontEastAsia) this.fonts.add(format.props.fontEastAsia);
    return name;
  }

  private block(node: PMNode, inList = false): XmlOut {
    switch (node.type.name) {
      case 'heading': {
        const level = Number(node.attrs.level);
        return x('text:h', { 'text:style-name': this.paragraphStyle(node, true, inList), 'text:outline-level': level }, this.inlines(node));
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
        return x('text:p', { 'text:style-name': this.paragraphStyle(node, false, inList) }, this.inlines(node));
    }
  }

  /**
   * A `text:list`. The outermost list of a nest names its list style (one per distinct format,
   * `odf-list-format.ts`); nested lists of the same nest name none. A top-level list that
   * continues the previous one with the same label names it (`text:continue-list`, with an
   * `xml:id` on the list continued); others restart with a start value when they do not start at 1.
   */
  private list(node: PMNode, level = 0, parent: Parameters<OdfListStyleSet['nest']>[2] = null): XmlOut {
    const ordered = node.type.name === 'ordered_list';
    const { nest, root } = this.listStyles.nest(node, level, parent);
    const items: XmlOut[] = [];
    const itemsAttrs: Record<string, number | undefined>[] = [];
    node.forEach((item) => {
      const children: XmlOut[] = [];
      item.forEach((child) => children.push(child.type.name === 'bullet_list' || child.type.name === 'ordered_list' ? this.list(child, level + 1, nest) : this.block(child, true)));
      const attrs: Record<string, number | undefined> = {};
      itemsAttrs.push(attrs);
      items.push(x('text:list-item', attrs, children));
    });
    const style = root ? this.listStyles.styleName(nest, Math.min(level, ODF_LIST_LEVELS - 1)) : undefined;
    const order = Number(node.attrs.order);
    const attrs: Record<string, string | undefined> = { 'text:style-name': style };
    let start = ordered && order !== 1 ? order : undefined;
    if (level === 0 && ordered) {
      const key = labelKeyOf(node);
      const previous = this.lastByLabel.get(key);
      if (node.attrs.continues === true && previous && previous.last + 1 === order) {
        previous.attrs['xml:id'] ??= `list${String(++this.listIds)}`;
        attrs['text:continue-list'] = previous.attrs['xml:id'];
        start = undefined;
      }
      this.lastByLabel.set(key, { attrs, last: order + node.childCount - 1 });
    }
    if (start !== undefined && itemsAttrs[0]) itemsAttrs[0]['text:start-value'] = start;
    return x('text:list', attrs, items);
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
      const format = formatOfNode(child);
      if (format === PLAIN) group.push(...encoded);
      else group.push(x('text:span', { 'text:style-name': this.textStyleName(format) }, encoded));
    });
    close();
    return out;
  }
}
