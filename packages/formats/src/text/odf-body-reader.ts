/**
 * Block content of ODF text (ODF 1.3 Part 3, 5.1 `text:p`/`text:h`, 5.3 lists, 5.4
 * numbered paragraphs, 5.5 sections, 8 indexes, 9 tables, 5.5.1 tracked changes): paragraphs,
 * headings and list placement, fed to a {@link FlowBuilder}.
 *
 * Tables are flattened (one `table-flattened` diagnostic per table). Tracked changes are shown
 * as accepted: deleted text lives in `text:tracked-changes`, which is skipped, and inserted text
 * is already in the flow.
 */
import { NS } from '../xml/namespaces.js';
import { attr, childElement } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import type { FlowBuilder, ListPlacement } from './flow-builder.js';
import { OdfInlineReader } from './odf-inline-reader.js';
import type { OdfStyles } from './odf-styles.js';
import type { ReadTally } from './read-tally.js';
import { applyCharProps } from './text-marks.js';

/** Index elements (ODF 1.3 Part 3, 8): only their `text:index-body` holds displayed text. */
const INDEXES = new Set(['table-of-content', 'illustration-index', 'table-index', 'object-index', 'user-index', 'alphabetical-index', 'bibliography']);
/** Containers read through as if they were not there. */
const READ_THROUGH = new Set(['section', 'index-body', 'index-title', 'numbered-paragraph', 'deletion-free-region']);

/** Everything the body reader needs about the document. */
export interface OdfBodyContext {
  readonly styles: OdfStyles;
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
  private readonly path: string[] = [];
  private nextListId = 0;
  /** Last item number of top-level lists, for `text:continue-numbering` and `text:continue-list`. */
  private readonly lastNumberByStyle = new Map<string, number>();
  private readonly lastNumberById = new Map<string, number>();

  constructor(private readonly ctx: OdfBodyContext) {
    this.inline = new OdfInlineReader(ctx.styles, ctx.tally, ctx.part);
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
        this.ctx.tally.tableFlattened(this.ctx.part, this.where());
        this.tableContent(c);
        this.path.pop();
      } else if (c.ns === NS.draw) {
        // Frames anchored to the page or paragraph at block level.
        const { textBoxes } = this.inline.read({ ...container, children: [c] }, 0, this.where());
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
    const mask = heading === undefined ? applyCharProps(0, styles.paragraphProps(styleName)) : 0;
    this.path.push(p.qname);
    const { inlines, textBoxes } = this.inline.read(p, mask, this.where());
    this.path.pop();
    let placement = list?.placement;
    if (list && placement && !placement.continuation && list.styleName === undefined) {
      // A list without a list style takes the one its paragraph style names.
      const level = styles.listLevel(styles.paragraphListStyle(styleName), placement.level + 1);
      placement = { ...placement, ordered: level.ordered };
    }
    builder.addParagraph(inlines, heading, placement);
    for (const box of textBoxes) this.readBlocks(box);
  }

  private list(el: XmlElement, outer: ListContext | undefined): void {
    const level = outer ? outer.placement.level + 1 : 0;
    const styleName = attr(el, NS.text, 'style-name') ?? outer?.styleName;
    const info = this.ctx.styles.listLevel(styleName, level + 1);
    const id = `l${String(this.nextListId++)}`;
    let number = info.start - 1;
    // 5.3.1: text:continue-list names the list to continue; text:continue-numbering the previous one of this style.
    if (level === 0) {
      const continued = attr(el, NS.text, 'continue-list');
      const previous = continued !== undefined ? this.lastNumberById.get(continued) : attr(el, NS.text, 'continue-numbering') === 'true' ? this.lastNumberByStyle.get(styleName ?? '') : undefined;
      if (previous !== undefined) number = previous;
    }
    this.path.push(el.qname);
    for (const item of el.children) {
      if (typeof item !== 'object' || item.ns !== NS.text || (item.local !== 'list-item' && item.local !== 'list-header')) continue;
      const start = Number.parseInt(attr(item, NS.text, 'start-value') ?? '', 10);
      number = Number.isFinite(start) ? start : number + 1;
      this.readBlocks(item, { placement: { level, id, ordered: info.ordered, number }, styleName });
    }
    this.path.pop();
    if (level === 0) {
      this.lastNumberByStyle.set(styleName ?? '', number);
      const xmlId = attr(el, 'http://www.w3.org/XML/1998/namespace', 'id');
      if (xmlId !== undefined) this.lastNumberById.set(xmlId, number);
    }
  }

  /** Walks rows and cells (through header rows, row groups, sub-tables). */
  private tableContent(el: XmlElement): void {
    for (const c of el.children) {
      if (typeof c !== 'object' || c.ns !== NS.table) continue;
      if (c.local === 'table-cell' || c.local === 'covered-table-cell') this.readBlocks(c);
      else if (c.local !== 'table-columns' && c.local !== 'table-column' && c.local !== 'table-header-columns' && c.local !== 'table-column-group') this.tableContent(c);
    }
  }
}
