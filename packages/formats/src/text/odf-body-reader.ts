/**
 * Block content of ODF text (ODF 1.3 Part 3, 5.1 `text:p`/`text:h`, 5.3 lists, 5.4
 * numbered paragraphs, 5.5 sections, 8 indexes, 9 tables, 5.5.1 tracked changes): paragraphs,
 * headings and list placement, fed to a {@link FlowBuilder}.
 *
 * Tables are read by `odf-table-reader.ts`, their cells by a reader of this class. Page breaks
 * come from paragraph styles (`fo:break-before`/`fo:break-after="page"`) and table styles; an
 * empty paragraph that only carries a break gives the break alone, which is how the writer
 * writes one. Tracked changes (`odf-changes.ts`): `text:tracked-changes` is registered when met
 * (it comes first), the inline reader applies the regions; a paragraph holding a deletion that
 * spans paragraphs is emitted as several paragraphs.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { attr, childElement } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { FRAME_STYLE, onlyTableOf, tablePositionOfFrame } from './odf-table-frame.js';
import { odfHeadingNumber } from './outline-numbering.js';
import type { OutlineTracker } from './outline-numbering.js';
import { FlowBuilder } from './flow-builder.js';
import type { ListPlacement } from './flow-builder.js';
import type { OdfChangeRegions } from './odf-changes.js';
import type { OdfObjectReader } from './odf-opaque.js';
import type { OdfFrameReader } from './odf-frame-reader.js';
import { OdfInlineReader } from './odf-inline-reader.js';
import type { OdfStyles } from './odf-styles.js';
import { OdfTableReader } from './odf-table-reader.js';
import type { OdfTableStyles } from './odf-table-styles.js';
import type { ReadTally } from './read-tally.js';
import { blockAttrs, withoutBaseline } from './block-props.js';
import { PLAIN, applyCharProps } from './text-marks.js';
import type { OdfStories } from './odf-notes-reader.js';
import type { OdfSectionTracker } from './odf-section-reader.js';
import type { OdfChartReader } from './odf-chart-reader.js';
import { tocLevels } from './wml-field-reader.js';
import { MAX_HEADING_LEVEL, textSchema } from '@ostal/model';

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
  /** Notes and annotations of the story (`odf-notes-reader.ts`); none are read without it. */
  readonly stories?: OdfStories;
  /** Tracked changes of the document, shared by the readers of its cells and frames. */
  readonly changes?: OdfChangeRegions;
  /** Keeps formula objects (`odf-opaque.ts`). */
  readonly objects?: OdfObjectReader;
  /** Reads chart objects (`odf-chart-reader.ts`); without it they read as their picture. */
  readonly charts?: OdfChartReader;
  /** Reads pictures and bookmarks (`odf-frame-reader.ts`); without it they are dropped. */
  readonly frames?: OdfFrameReader;
  /** Section boundaries (the body only, not cells or headers). */
  readonly sections?: OdfSectionTracker;
  /** Heading outline numbering (the body, its tables and frames; not notes or headers). */
  readonly outline?: OutlineTracker;
  /** True in table cells and text boxes, where page breaks of paragraphs with text do nothing (LibreOffice ignores them). */
  readonly nested?: boolean;
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
  /** Depth of `text:section`s that are section breaks (only the outermost counts). */
  private sectionDepth = 0;

  /** @param path where the content being read sits, for diagnostics (table cells). */
  constructor(
    private readonly ctx: OdfBodyContext,
    path: readonly string[] = [],
  ) {
    this.inline = new OdfInlineReader(ctx.styles, ctx.tally, ctx.part, ctx.stories, ctx.changes, ctx.objects, ctx.frames, ctx.tableStyles.data, ctx.charts);
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
          this.ctx.sections?.beforeParagraph(attr(c, NS.text, 'style-name'), this.ctx.builder, c.children.length === 0);
          // In a list item, the second paragraph onwards continues the item.
          this.paragraph(c, list && !first ? { ...list, placement: { ...list.placement, continuation: true } } : list);
          first = false;
        } else if (c.local === 'list') {
          this.list(c, list);
          // The item's label went to the first paragraph of the nested list (5.3.4): what follows continues the item.
          first = false;
        }
        else if (c.local === 'table-of-content') this.tableOfContents(c);
        else if (INDEXES.has(c.local)) {
          const body = childElement(c, NS.text, 'index-body');
          if (body) this.readBlocks(body);
        } else if (c.local === 'section' && this.sectionDepth === 0 && this.ctx.sections?.startsPageWithNotes(c)) this.readBlocks(c);
        else if (c.local === 'section' && this.sectionDepth === 0 && this.ctx.sections?.sectionColumns(c) !== undefined) {
          this.ctx.sections.enterSection(this.ctx.sections.sectionColumns(c) ?? null, this.ctx.builder, this.ctx.sections.sectionNotes(c));
          this.sectionDepth += 1;
          this.readBlocks(c);
          this.sectionDepth -= 1;
          this.ctx.sections.leaveSection();
        } else if (READ_THROUGH.has(c.local)) this.readBlocks(c);
        else if (c.local === 'tracked-changes') this.ctx.changes?.register(c);
      } else if (c.ns === NS.table && c.local === 'table') {
        this.path.push(c.qname);
        this.ctx.sections?.beforeParagraph(attr(c, NS.table, 'style-name'), this.ctx.builder, false, true);
        const { table, breakBefore } = this.tables.read(c, this.where());
        if (breakBefore) this.ctx.builder.addPageBreak();
        if (table) this.ctx.builder.addBlock(table);
        this.path.pop();
      } else if (c.ns === NS.draw && c.local !== 'enhanced-geometry') {
        // Frames anchored to the page or paragraph at block level (a shape's geometry is not one).
        const { inlines, textBoxes } = this.inline.read({ ...container, children: [c] }, PLAIN, this.where());
        // Pictures anchored outside any paragraph get one of their own.
        if (inlines.length > 0) this.ctx.builder.addParagraph(inlines);
        this.textBoxes(textBoxes);
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
      heading = Number.isFinite(level) && level >= 1 ? Math.min(level, MAX_HEADING_LEVEL) : 1;
    }
    // Heading styles are bold by design; those marks belong to the heading, not its text.
    const mask = heading === undefined ? styles.runBaseline.apply(applyCharProps(applyCharProps(PLAIN, styles.baseRun), styles.paragraphProps(styleName))) : PLAIN;
    this.path.push(p.qname);
    const { inlines, textBoxes, splits } = this.inline.read(p, mask, this.where());
    this.path.pop();
    let placement = list?.placement;
    if (list && placement && !placement.continuation && list.styleName === undefined) {
      // A list without a list style takes the one its paragraph style names.
      const level = styles.listLevel(styles.paragraphListStyle(styleName), placement.level + 1);
      placement = { ...placement, ordered: level.ordered, format: level.ordered ? { ...level.format, continues: placement.format?.continues === true } : level.format };
    }
    // In cells and text boxes only an empty paragraph's break counts (how the writers write a page_break there).
    const breaks = this.ctx.nested && inlines.length > 0 ? { before: false, after: false } : styles.paragraphBreaks(styleName);
    if (placement && (breaks.before || breaks.after)) this.ctx.tally.note('page-break-dropped', this.ctx.part, this.where(), 'info');
    const columns = this.ctx.sections?.columnBreaks(styleName) ?? { before: false, after: false };
    const withColumns = !placement && (columns.before || columns.after);
    if (withColumns && columns.before) builder.addBlock(textSchema.nodes.column_break!.create());
    const withBreaks = (!placement && (breaks.before || breaks.after)) || withColumns;
    if (!placement && breaks.before) builder.addPageBreak();
    // A further paragraph of a list item keeps no style name: DOCX writes those with its "List Continue" styles.
    const named = list?.placement.continuation ? null : styles.styleName(styleName, heading !== undefined);
    let attrs = blockAttrs(withoutBaseline(styles.blockProps(styleName, heading !== undefined), styles.blockBaseline), named, list !== undefined);
    if (heading !== undefined && this.ctx.outline) {
      const { numbered, shows } = odfHeadingNumber(p, this.ctx.outline.level(heading)?.start ?? 1);
      const number = this.ctx.outline.heading(heading, numbered, shows);
      if (number.numbered) attrs = { ...attrs, ...number };
    }
    // A paragraph that only anchors text boxes gives the frames alone (how the writer writes one).
    // An inserted paragraph mark left open by the paragraph before reaches it: it is not content.
    const onlyFrames = this.ctx.frames !== undefined && textBoxes.length > 0 && inlines.every((n) => n.type.name === 'paragraph_change') && heading === undefined && list === undefined;
    // Floating tables stand before the paragraph their frames are anchored in.
    const boxes = onlyFrames ? textBoxes : this.floatingTables(textBoxes);
    if (splits.length > 0) {
      // A deletion spanning paragraphs: one paragraph per deleted mark; nothing after the last mark adds no paragraph.
      const pieces = [0, ...splits].map((at, i) => inlines.slice(at, splits[i] ?? inlines.length));
      if (pieces[pieces.length - 1]!.length === 0) pieces.pop();
      for (const piece of pieces) builder.addParagraph(piece, heading, placement, attrs);
    } else if (!onlyFrames && (!withBreaks || inlines.length > 0)) builder.addParagraph(inlines, heading, placement, attrs);
    this.textBoxes(boxes);
    if (!placement && breaks.after) builder.addPageBreak();
    if (withColumns && columns.after) builder.addBlock(textSchema.nodes.column_break!.create());
  }

  /** A `text:table-of-content` (8.3): its index body's blocks in a `table_of_contents` node. */
  private tableOfContents(el: XmlElement): void {
    this.ctx.sections?.beforeBlock(this.ctx.builder);
    const body = childElement(el, NS.text, 'index-body');
    const builder = new FlowBuilder();
    if (body) new OdfBodyReader({ ...this.ctx, builder, sections: undefined }, this.path).readBlocks(body);
    const source = childElement(el, NS.text, 'table-of-content-source');
    const n = Number.parseInt((source && attr(source, NS.text, 'outline-level')) ?? '3', 10);
    const levels = Number.isFinite(n) ? Math.min(9, Math.max(1, n)) : 3;
    const name = attr(el, NS.text, 'name') ?? '';
    // Ostal names a table of contents after its DOCX instruction (with switches, levels agreeing).
    const instruction = /^\s*TOC\s.*\\/.test(name) && tocLevels(name) === levels ? name : '';
    this.ctx.builder.addBlock(textSchema.nodes.table_of_contents!.create({ instruction, levels }, builder.finishBlocks()));
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
      // 5.3.3 text:list-header: paragraphs without a label, which do not count; they read as further paragraphs of the open item.
      const header = item.local === 'list-header';
      const start = Number.parseInt(attr(item, NS.text, 'start-value') ?? '', 10);
      // An item whose first content is a nested list gives its label to that list's first paragraph and is not counted (LibreOffice counts so).
      if (!header) number = Number.isFinite(start) ? start : opensWithList(item) ? number : number + 1;
      this.readBlocks(item, { placement: { level, id, ordered: info.ordered, number, format, ...(header ? { continuation: true } : {}) }, styleName });
    }
    this.path.pop();
    if (level === 0) {
      this.lastNumberByStyle.set(styleName ?? '', number);
      const xmlId = attr(el, 'http://www.w3.org/XML/1998/namespace', 'id');
      if (xmlId !== undefined) this.lastNumberById.set(xmlId, number);
    }
  }

  /**
   * Text boxes as `text_frame` blocks (without a frame reader, their blocks follow as they are);
   * a text box holding only a table gives the table, floating where its frame is.
   */
  private textBoxes(boxes: readonly XmlElement[]): void {
    for (const box of boxes) {
      const floating = this.floatingTable(box);
      if (floating) this.ctx.builder.addBlock(floating);
      else if (this.ctx.frames) this.ctx.builder.addBlock(this.ctx.frames.textFrame(box, this.cellBlocks(box)));
      else this.readBlocks(box);
    }
  }

  /** Adds the floating tables of `boxes` (text boxes holding only a table) and returns the other boxes. */
  private floatingTables(boxes: readonly XmlElement[]): XmlElement[] {
    const rest: XmlElement[] = [];
    for (const box of boxes) {
      const floating = this.floatingTable(box);
      if (floating) this.ctx.builder.addBlock(floating);
      else rest.push(box);
    }
    return rest;
  }

  /**
   * The table of a text box holding only a table, in a frame of LibreOffice's kind (its style
   * derives from `Frame`), with the position of its frame (`odf-table-frame.ts`); null for other
   * boxes (Ostal's text boxes holding a table among them).
   */
  private floatingTable(box: XmlElement): PMNode | null {
    const frames = this.ctx.frames;
    const frame = frames?.frameOfBox(box);
    if (!frames || !frame || !frames.derivesFrom(frame, FRAME_STYLE)) return null;
    const el = onlyTableOf(box);
    if (!el) return null;
    this.path.push(box.qname, el.qname);
    const { table } = this.tables.read(el, this.where());
    this.path.length -= 2;
    if (!table) return null;
    return table.type.create({ ...table.attrs, position: tablePositionOfFrame(frame, frames.graphicProps(frame)) }, table.content);
  }

  /** The blocks of a table cell, read by a reader of their own. */
  private cellBlocks(cell: XmlElement): PMNode[] {
    const builder = new FlowBuilder();
    new OdfBodyReader({ ...this.ctx, builder, sections: undefined, nested: true }, this.path).readBlocks(cell);
    return builder.finishBlocks();
  }
}

/** True when the first element of a list item is a nested `text:list` (no paragraph of its own before it). */
function opensWithList(item: XmlElement): boolean {
  for (const c of item.children) if (typeof c === 'object') return c.ns === NS.text && c.local === 'list';
  return false;
}
