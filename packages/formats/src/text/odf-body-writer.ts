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
 * character data only between two ordinary characters, otherwise as `text:s`. Tracked changes
 * and kept content: `odf-changes-writer.ts`.
 */
import type { NamedStyleProps } from './named-style-props.js';
import { isTablePosition, listNumberingOf, listSkipOf, outlineOf } from '@ostal/model';
import type { OutlineNumbering } from '@ostal/model';
import { odfHeadingAttrs } from './outline-numbering.js';
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { OdfChangesWriter, isMarkup } from './odf-changes-writer.js';
import type { OdfPiece } from './odf-changes-writer.js';
import type { OdfFrameWriter } from './odf-frame-writer.js';
import { OdfTableStyleSet, odfTable } from './odf-table-writer.js';
import { FloatingTableAnchors, floatsInFlow } from './odf-table-frame.js';
import { tableGrid } from './table-grid.js';
import { odfParagraphPropsAttrs, odfTabStopsXml } from './odf-format-props.js';
import { ODF_LIST_LEVELS, OdfListStyleSet } from './odf-list-format.js';
import { PLAIN, formatOfNode, linkOfNode } from './text-marks.js';
import type { RunFormat } from './text-marks.js';
import { OdfStoriesWriter } from './odf-notes-writer.js';
import { OdfSectionWriter, odfField } from './odf-section-writer.js';
import type { OdfMasterRef } from './odf-section-writer.js';

/** An automatic paragraph style: formatting over a parent style. */
export interface OdfParagraphStyle {
  readonly name: string;
  readonly parent: string;
  readonly props: Record<string, string | undefined>;
  /** The master page a paragraph starting a section names. */
  readonly master?: OdfMasterRef;
  /** `style:tab-stops`, when the paragraph has tab stops. */
  readonly tabs?: XmlOut | null;
}

/** A named, property-less paragraph style for a model `styleName`. */
export interface OdfNamedStyle {
  readonly name: string;
  readonly displayName: string;
  /** What its paragraphs share, written in the style (`named-style-props.ts`). */
  readonly props?: NamedStyleProps | undefined;
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

/** Automatic paragraph style of the empty paragraph that carries a column break. */
export const COLUMN_BREAK_STYLE = 'P_column_break';
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
  readonly textStyles = new Map<string, { readonly name: string; readonly format: RunFormat; readonly parent?: string }>();
  /** Common text styles for `char_style` names, by model name: the parents of the automatic ones. */
  readonly namedTextStyles = new Map<string, OdfNamedStyle>();
  /** Automatic paragraph styles, by a key of parent and properties. */
  readonly paragraphStyles = new Map<string, OdfParagraphStyle>();
  /** Named paragraph styles for `styleName`s, by model name. */
  readonly namedStyles = new Map<string, OdfNamedStyle>();
  /** Font families used, for `office:font-face-decls`. */
  readonly fonts = new Set<string>();
  /** The children of `office:text`. */
  readonly blocks: XmlOut[] = [];
  /** Floating tables written, waiting to be anchored in the paragraph after them (`odf-table-frame.ts`). */
  private readonly floats = new FloatingTableAnchors();
  /** Depth of notes, comments and text boxes being written: tables there stay in the flow. */
  private floatsOff = 0;
  /** Table, column and cell styles the tables use. */
  readonly tableStyles = new OdfTableStyleSet();
  /** List styles, one per distinct nest format. */
  readonly listStyles = new OdfListStyleSet(this.fonts);
  /** The last top-level ordered list of each label (its attributes, to give it an id, and its last number), for continuations. */
  private readonly lastByLabel = new Map<string, { readonly attrs: Record<string, string | undefined>; readonly last: number }>();
  private listIds = 0;
  /** True when the document has a page break (the `P_page_break` style is needed). */
  usesPageBreak = false;
  /** Notes and annotations met in the text (`odf-notes-writer.ts`). */
  readonly stories = new OdfStoriesWriter((block) => this.unfloated(() => this.block(block)));
  /** Tracked changes and kept content; its `text:tracked-changes` goes first in `office:text`. */
  readonly changes = new OdfChangesWriter();
  /** True when the document has a column break (the `P_column_break` style is needed). */
  usesColumnBreak = false;
  /** Sections: page layouts, master pages, `text:section`s. */
  readonly sections: OdfSectionWriter;
  /** Table styles of tables that start a section: a copy of `base` naming the master page. */
  readonly tableMasters: { readonly name: string; readonly base: string | undefined; readonly master: OdfMasterRef }[] = [];
  /** True while a header or footer is written (its paragraphs name no master page). */
  private inStory = false;
  /** The heading outline numbering of the document (`outline-numbering.ts`). */
  private readonly outline: OutlineNumbering | null;

  /** @param frames writes pictures and bookmarks (`odf-frame-writer.ts`); without it they are dropped. */
  constructor(
    doc: PMNode,
    readonly frames?: OdfFrameWriter,
  ) {
    this.outline = outlineOf(doc);
    this.stories.prepare(doc);
    this.sections = new OdfSectionWriter(doc);
    doc.forEach((block) => {
      if (block.type.name === 'section_break') this.sections.sectionBreak(this.blocks);
      else this.sections.place(this.block(block), this.blocks);
    });
    this.sections.finish(this.blocks);
    if (this.floats.written) {
      const settled = this.floats.settle(this.blocks);
      this.blocks.length = 0;
      for (const block of settled) this.blocks.push(block);
    }
  }

  /** `write()`, with tables written in the flow (notes, comments and text boxes hold no frames of tables). */
  private unfloated<T>(write: () => T): T {
    this.floatsOff += 1;
    try {
      return write();
    } finally {
      this.floatsOff -= 1;
    }
  }

  /** The content of a header or footer story: its own `text:tracked-changes` (if any), then its blocks. */
  story(doc: PMNode): XmlOut[] {
    this.inStory = true;
    let written: { readonly result: XmlOut[]; readonly tracked: XmlOut | null };
    try {
      written = this.changes.apart(() => {
        const out: XmlOut[] = [];
        doc.forEach((block) => out.push(this.block(block)));
        return out;
      });
    } finally {
      this.inStory = false;
    }
    const blocks = this.floats.settle(written.result);
    return written.tracked ? [written.tracked, ...blocks] : blocks;
  }

  /** The style of a text block: its parent, or an automatic style over it when the block has formatting. */
  private paragraphStyle(node: PMNode, heading: boolean, inList: boolean): string {
    const parent = heading ? headingStyleName(Number(node.attrs.level)) : this.namedStyle(node.attrs.styleName as string | null | undefined);
    const tabs = odfTabStopsXml(node.attrs, inList);
    const props = odfParagraphPropsAttrs(node.attrs, inList) ?? (tabs ? {} : null);
    const master = this.inStory ? undefined : this.sections.takeMaster();
    if (!props && !master) return parent;
    const key = `${parent}\n${JSON.stringify(props)}\n${JSON.stringify(tabs)}\n${JSON.stringify(master ?? null)}`;
    let style = this.paragraphStyles.get(key);
    if (!style) {
      style = { name: `P${String(this.paragraphStyles.size + 1)}`, parent, props: props ?? {}, tabs, ...(master ? { master } : {}) };
      this.paragraphStyles.set(key, style);
    }
    return style.name;
  }

  /** The style of the paragraph holding a text frame; one that starts a section names its master page. */
  private frameStyle(): string {
    const master = this.inStory ? undefined : this.sections.takeMaster();
    if (!master) return BODY_STYLE;
    const key = `${BODY_STYLE}\n{}\n${JSON.stringify(master)}`;
    let style = this.paragraphStyles.get(key);
    if (!style) {
      style = { name: `P${String(this.paragraphStyles.size + 1)}`, parent: BODY_STYLE, props: {}, master };
      this.paragraphStyles.set(key, style);
    }
    return style.name;
  }

  /** The style of a break paragraph; one that starts a section also names its master page. */
  private breakStyle(kind: 'page' | 'column'): string {
    const master = this.inStory ? undefined : this.sections.takeMaster();
    if (!master) return kind === 'page' ? PAGE_BREAK_STYLE : COLUMN_BREAK_STYLE;
    const props = { 'fo:break-before': kind };
    const key = `${BODY_STYLE}\n${JSON.stringify(props)}\n${JSON.stringify(master)}`;
    let style = this.paragraphStyles.get(key);
    if (!style) {
      style = { name: `P${String(this.paragraphStyles.size + 1)}`, parent: BODY_STYLE, props, master };
      this.paragraphStyles.set(key, style);
    }
    return style.name;
  }

  /** The name of the common text style for character style `display`, allocated on first use. */
  namedTextStyle(display: string): string {
    const known = this.namedTextStyles.get(display);
    if (known) return known.name;
    const base = encodeStyleName(display);
    let name = base;
    for (let i = 2; [...this.namedTextStyles.values()].some((s) => s.name === name); i++) name = `${base}_${String(i)}`;
    this.namedTextStyles.set(display, { name, displayName: display });
    return name;
  }

  /** The name of the common paragraph style for model style `display` (`Standard` for none), allocated on first use. */
  namedStyle(display: string | null | undefined): string {
    if (!display || display === BODY_STYLE) return BODY_STYLE;
    const known = this.namedStyles.get(display);
    if (known) return known.name;
    const base = encodeStyleName(display);
    let name = base;
    const taken = (n: string): boolean => n === BODY_STYLE || n === PAGE_BREAK_STYLE || /^Heading_20_(?:[1-9]|10)$/.test(n) || [...this.namedStyles.values()].some((s) => s.name === n);
    for (let i = 2; taken(name); i++) name = `${base}_${String(i)}`;
    this.namedStyles.set(display, { name, displayName: display });
    return name;
  }

  private textStyleName(format: RunFormat): string {
    const known = this.textStyles.get(format.key);
    if (known) return known.name;
    const name = `T${String(this.textStyles.size + 1)}`;
    // A character style is the automatic style's parent (ODF 1.3 Part 3, 19.510 style:parent-style-name).
    this.textStyles.set(format.key, format.props.charStyle ? { name, format, parent: this.namedTextStyle(format.props.charStyle) } : { name, format });
    if (format.props.font) this.fonts.add(format.props.font);
    if (format.props.fontEastAsia) this.fonts.add(format.props.fontEastAsia);
    return name;
  }

  private block(node: PMNode, inList = false): XmlOut {
    switch (node.type.name) {
      case 'heading': {
        const level = Number(node.attrs.level);
        const style = this.paragraphStyle(node, true, inList);
        return this.anchor(node, inList, x('text:h', { 'text:style-name': style, 'text:outline-level': level, ...odfHeadingAttrs(node, this.inStory ? null : this.outline) }, this.inlines(node, style)));
      }
      case 'bullet_list':
      case 'ordered_list':
        return this.list(node);
      case 'table': {
        const position: unknown = node.attrs.position;
        if (this.frames && this.floatsOff === 0 && !inList && isTablePosition(position) && !floatsInFlow(node)) {
          // A floating table: a frame in the next paragraph, or in a paragraph of its own (that one names the master page of a section it starts).
          const style = this.frameStyle();
          const table = odfTable(node, this.tableStyles, (cell) => {
            const out: XmlOut[] = [];
            cell.forEach((child) => out.push(this.block(child)));
            return out;
          });
          const width = tableGrid(node).columns.reduce((sum, w) => sum + w, 0);
          const holder = x('text:p', { 'text:style-name': style }, this.frames.tableFrame(position, width, table));
          return style === BODY_STYLE ? this.floats.holder(holder) : holder;
        }
        // A table starting a section names the master page through its own table style.
        const master = this.inStory ? undefined : this.sections.takeMaster();
        const table = odfTable(node, this.tableStyles, (cell) => {
          const out: XmlOut[] = [];
          cell.forEach((child) => out.push(this.block(child)));
          return out;
        });
        if (!master) return table;
        const name = `Tbl_M${String(this.tableMasters.length + 1)}`;
        this.tableMasters.push({ name, base: table.attrs['table:style-name'] as string | undefined, master });
        return { ...table, attrs: { ...table.attrs, 'table:style-name': name } };
      }
      case 'page_break':
        this.usesPageBreak = true;
        return x('text:p', { 'text:style-name': this.breakStyle('page') });
      case 'column_break':
        this.usesColumnBreak = true;
        return x('text:p', { 'text:style-name': this.breakStyle('column') });
      case 'table_of_contents': {
        const body: XmlOut[] = [];
        node.forEach((child) => body.push(this.block(child)));
        const instruction = String(node.attrs.instruction);
        return x(
          'text:table-of-content',
          { 'text:name': instruction.trim() === '' ? 'Table of Contents' : instruction },
          x('text:table-of-content-source', { 'text:outline-level': Number(node.attrs.levels) }),
          x('text:index-body', {}, body),
        );
      }
      case 'text_frame': {
        // A paragraph holding only the frame: the reader gives the frame alone back.
        const children: XmlOut[] = [];
        this.unfloated(() => node.forEach((child) => children.push(this.block(child))));
        return x('text:p', { 'text:style-name': this.frameStyle() }, this.frames ? this.frames.textFrame(node, children) : null);
      }
      default: {
        const style = this.paragraphStyle(node, false, inList);
        return this.anchor(node, inList, x('text:p', { 'text:style-name': style }, this.inlines(node, style)));
      }
    }
  }

  /** `p`, the written paragraph or heading `node`, which may anchor a floating table before it when it has content outside a list. */
  private anchor(node: PMNode, inList: boolean, p: XmlOut): XmlOut {
    let content = false;
    node.forEach((child) => {
      if (child.type.name !== 'paragraph_change') content = true;
    });
    return content && !inList ? this.floats.anchor(p) : p;
  }

  /**
   * A `text:list`. The outermost list of a nest names its list style (one per distinct format,
   * `odf-list-format.ts`); nested lists of the same nest name none. A top-level list that
   * continues the previous one with the same label names it (`text:continue-list`, with an
   * `xml:id` on the list continued); others restart with a start value when they do not start at 1.
   */
  private list(node: PMNode, level = 0, parent: Parameters<OdfListStyleSet['nest']>[2] = null): XmlOut {
    const ordered = node.type.name === 'ordered_list';
    const skip = listSkipOf(node.attrs);
    const outerLevel = level;
    level = Math.min(level + skip, ODF_LIST_LEVELS - 1);
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
    if (outerLevel === 0 && ordered) {
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
    if (level === outerLevel) return x('text:list', attrs, items);
    // Skipped levels: items holding only the next list (5.3.2 allows a list item without paragraphs), as LibreOffice writes them.
    let inner = x('text:list', {}, items);
    for (let l = level - 1; l > outerLevel; l--) inner = x('text:list', {}, x('text:list-item', {}, inner));
    return x('text:list', attrs, x('text:list-item', {}, inner));
  }

  private inlines(block: PMNode, styleName: string): (XmlOut | string)[] {
    return this.encode(this.changes.pieces(block, styleName, (pieces) => this.encode(pieces)));
  }

  private encode(children: readonly OdfPiece[]): (XmlOut | string)[] {
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
    const edge = (n: OdfPiece | undefined, last: boolean): string => {
      if (!n) return '';
      if (isMarkup(n) || !n.isText) return '\n';
      const t = n.text ?? '';
      return (last ? t[t.length - 1] : t[0]) ?? '';
    };
    children.forEach((child, i) => {
      if (isMarkup(child)) {
        group.push(child);
        return;
      }
      const link = linkOfNode(child);
      if (!(link === groupLink || (link && groupLink && link.eq(groupLink)))) {
        close();
        groupLink = link;
      }
      if (!child.isText) {
        if (child.type.name === 'hard_break') group.push(x('text:line-break'));
        else if (this.frames && child.type.name === 'chart') group.push(this.frames.chart(child, this.changes.objects));
        else if (this.frames && (child.type.name === 'image' || child.type.name === 'bookmark' || child.type.name === 'shape')) group.push(...this.frames.inline(child, this.changes.objects));
        else if (child.type.name === 'field') {
          // Field elements hold character data only (no text:s or text:tab): white space runs as one space.
          const field = odfField(child, [String(child.attrs.result).replace(/[ \t\n\r]+/g, ' ')], this.tableStyles.data);
          const format = formatOfNode(child);
          group.push(format === PLAIN ? field : x('text:span', { 'text:style-name': this.textStyleName(format) }, field));
        } else group.push(...this.stories.inline(child));
        group.push(...this.stories.after(child));
        return;
      }
      const encoded = encodeText(child.text ?? '', edge(children[i - 1], true), edge(children[i + 1], false));
      const format = formatOfNode(child);
      if (format === PLAIN) group.push(...encoded);
      else group.push(x('text:span', { 'text:style-name': this.textStyleName(format) }, encoded));
      group.push(...this.stories.after(child));
    });
    close();
    return out;
  }
}
