/**
 * Block content of ODF text (ODF 1.3 Part 3, 5.1 `text:p`/`text:h`, 5.3 lists, 5.4
 * numbered paragraphs, 5.5 sections, 8 indexes, 9 tables, 5.5.1 tracked changes): paragraphs,
 * headings and list placement, fed to a {@link FlowBuilder}.
 *
 * Tables are read by `odf-table-reader.ts`, their cells by a reader of this class. Page breaks
 * come from paragraph styles (`fo:break-before`/`fo:break-after="page"`) and table styles; an
 * empty paragraph that only carries a break gives the break alone, which is how the writer
 * writes one. Tracked changes are shown as accepted: deleted text lives in
 * `text:tracked-changes`, which is skipped, and inserted text is already in the flow.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { attr, childElement } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { FlowBuilder } from './flow-builder.js';
import type { ListPlacement } from './flow-builder.js';
import { OdfInlineReader } from './odf-inline-reader.js';
import type { OdfStyles } from './odf-styles.js';
import { OdfTableReader } from './odf-table-reader.js';
import type { OdfTableStyles } from './odf-table-styles.js';
import type { ReadTally } from './read-tally.js';
import { blockAttrs, withoutBaseline } from './block-props.js';
import { PLAIN, applyCharProps } from './text-marks.js';

/** Index elements (ODF 1.3 Part 3, 8): only their `text:index-body` holds displayed text. */
const INDEXES = new Set(['table-of-content', 'illustration-index', 'table-index', 'object-index', 'user-index', 'alphabetical-index', 'bibliography']);
/** Containers read through as if they were not there. */
const READ_THROUGH = new Set(['section', 'index-body', 'index-title', 'numbered-paragraph', 'deletion-free-region']);

/** Everything the body reader needs about the document. */
export interface OdfBodyContext {
  readonly styles: OdfStyles;
  readonly tableStyles: OdfTableStyles;
  readonly tally: ReadTally;
  readonly builder: FlowBuilder;
  /** Part being read, for diagnostics. */
  readonly part: string;
}

interface ListContext {
  readonly placement: ListPlacement;
  /** List style of the enclosing list, for paragraphs whose list names none. */
  readonly styleName: string | undefined;
}

/** Reads block-level content (`office:text`, cells, text boxes, sections) into the builder. */
export class OdfBodyReader {
  private readonly inline: OdfInlineReader;
  private readonly tables: OdfTableReader;
  private readonly path: string[];
  private nextListId = 0;
  /** Last item number of top-level lists, for `text:continue-numbering` and `text:continue-list`. */
  private readonly lastNumberByStyle = new Map<string, number>();
  private readonly lastNumberById = new Map<string, number>();

  /** @param path where the content being read sits, for diagnostics (table cells). */
  constructor(
    private readonly ctx: OdfBodyContext,
    path: readonly string[] = [],
  ) {
    this.inline = new OdfInlineReader(ctx.styles, ctx.tally, ctx.part);
    this.path = [...path];
    this.tables = new OdfTableReader({ tableStyles: ctx.tableStyles, tally: ctx.tally, part: ctx.part, readCell: (cell) => this.cellBlocks(cell) });
  }

  /** Reads the block children of `container`. */
  readBlocks(container: XmlElement, list?: ListContext): void {
    this.path.push(container.qname);
    let first = true;
    for (const c of container.children) {
      if (typeof c !== 'object') continue;
      if (c.ns === NS.text) {
        if (c.local === 'p' || c.local === 'h') {
          // In a list item, the second paragraph onwards continues the item.
          this.paragraph(c, list && !first ? { ...list, placement: { ...list.placement, continuation: true } } : list);
          first = false;
        } else if (c.local === 'list') this.list(c, list);
        else if (INDEXES.has(c.local)) {
          const body = childElement(c, NS.text, 'index-body');
          if (body) this.readBlocks(body);
        } else if (READ_THROUGH.has(c.local)) this.readBlocks(c);
        else if (c.local === 'tracked-changes') {
          if (c.children.some((n) => typeof n === 'object')) this.ctx.tally.note('tracked-changes-accepted', this.ctx.part, this.where());
        }
      } else if (c.ns === NS.table && c.local === 'table') {
        this.path.push(c.qname);
        const { table, breakBefore } = this.tables.read(c, this.where());
        if (breakBefore) this.ctx.builder.addPageBreak();
        if (table) this.ctx.builder.addBlock(table);
        this.path.pop();
      } else if (c.ns === NS.draw) {
        // Frames anchored to the page or paragraph at block level.
        const { textBoxes } = this.inline.read({ ...container, children: [c] }, PLAIN, this.where());
        for (const box of textBoxes) this.readBlocks(box);
      }
    }
    this.path.pop();
  }

  private where(): string {
    return '/' + this.path.join('/');
  }

  private paragraph(p: XmlElement, list: ListContext | undefined): void {
    const { styles, builder } = this.ctx;
    const styleName = attr(p, NS.text, 'style-name');
    let heading: number | undefined;
    if (p.local === 'h') {
      const level = Number.parseInt(attr(p, NS.text, 'outline-level') ?? '1', 10);
      heading = Number.isFinite(level) && level >= 1 ? Math.min(level, 6) : 1;
    }
    // Heading styles are bold by design; those marks belong to the heading, not its text.
    const mask = heading === undefined ? styles.runBaseline.apply(applyCharProps(applyCharProps(PLAIN, styles.baseRun), styles.paragraphProps(styleName))) : PLAIN;
    this.path.push(p.qname);
    const { inlines, textBoxes } = this.inline.read(p, mask, this.where());
    this.path.pop();
    let placement = list?.placement;
    if (list && placement && !placement.continuation && list.styleName === undefined) {
      // A list without a list style takes the one its paragraph style names.
      const level = styles.listLevel(styles.paragraphListStyle(styleName), placement.level + 1);
      placement = { ...placement, ordered: level.ordered, format: level.ordered ? { ...level.format, continues: placement.format?.continues === true } : level.format };
    }
    const breaks = styles.paragraphBreaks(styleName);
    if (placement && (breaks.before || breaks.after)) this.ctx.tally.note('page-break-dropped', this.ctx.part, this.where(), 'info');
    const withBreaks = !placement && (breaks.before || breaks.after);
    if (withBreaks && breaks.before) builder.addPageBreak();
    // A further paragraph of a list item keeps no style name: DOCX writes those with its "List Continue" styles.
    const named = list?.placement.continuation ? null : styles.styleName(styleName, heading !== undefined);
    const attrs = blockAttrs(withoutBaseline(styles.blockProps(styleName, heading !== undefined), styles.blockBaseline), named, list !== undefined);
    if (!withBreaks || inlines.length > 0) builder.addParagraph(inlines, heading, placement, attrs);
    for (const box of textBoxes) this.readBlocks(box);
    if (withBreaks && breaks.after) builder.addPageBreak();
  }

  private list(el: XmlElement, outer: ListContext | undefined): void {
    const level = outer ? outer.placement.level + 1 : 0;
    const styleName = attr(el, NS.text, 'style-name') ?? outer?.styleName;
    const info = this.ctx.styles.listLevel(styleName, level + 1);
    const id = `l${String(this.nextListId++)}`;
    let number = info.start - 1;
    let continues = false;
    // 5.3.1: text:continue-list names the list to continue; text:continue-numbering the previous one of this style.
    if (level === 0) {
      const continued = attr(el, NS.text, 'continue-list');
      const previous = continued !== undefined ? this.lastNumberById.get(continued) : attr(el, NS.text, 'continue-numbering') === 'true' ? this.lastNumberByStyle.get(styleName ?? '') : undefined;
      if (previous !== undefined) number = previous;
      continues = previous !== undefined;
    }
    if (info.simplified) this.ctx.tally.note('list-label-simplified', this.ctx.part, this.where(), 'info');
    const format = info.ordered ? { ...info.format, continues } : info.format;
    this.path.push(el.qname);
    for (const item of el.children) {
      if (typeof item !== 'object' || item.ns !== NS.text || (item.local !== 'list-item' && item.local !== 'list-header')) continue;
      const start = Number.parseInt(attr(item, NS.text, 'start-value') ?? '', 10);
      number = Number.isFinite(start) ? start : number + 1;
      this.readBlocks(item, { placement: { level, id, ordered: info.ordered, number, format }, styleName });
    }
    this.path.pop();
    if (level === 0) {
      this.lastNumberByStyle.set(styleName ?? '', number);
      const xmlId = attr(el, 'http://www.w3.org/XML/1998/namespace', 'id');
      if (xmlId !== undefined) this.lastNumberById.set(xmlId, number);
    }
  }

  /** The blocks of a table cell, read by a reader of their own. */
  private cellBlocks(cell: XmlElement): PMNode[] {
    const builder = new FlowBuilder();
    new OdfBodyReader({ ...this.ctx, builder }, this.path).readBlocks(cell);
    return builder.finishBlocks();
  }
}
