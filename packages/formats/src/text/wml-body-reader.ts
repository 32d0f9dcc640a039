/**
 * Block content of a WordprocessingML body (ECMA-376 Part 1, 17.2.2 `w:body`, 17.3.1 paragraph
 * properties, 17.4 tables, 17.5.2 block-level content controls, 17.9 numbering): paragraphs,
 * headings and list placement, fed to a {@link FlowBuilder}.
 *
 * Tables are read by `wml-table-reader.ts`, their cells by a reader of this class. Page breaks
 * (`w:br w:type="page"` 17.3.3.1, `w:pageBreakBefore` 17.3.1.23) split the paragraph around a
 * `page_break` node; a paragraph holding nothing but the break gives the break alone, which is
 * how the writer writes one. Changes to the paragraph mark (`w:pPr/w:rPr/w:ins|w:del`,
 * 17.13.5.15-16; `w:pPrChange`) end the paragraph's content as `paragraph_change` nodes
 * (`wml-changes.ts`); the paragraph stays apart from the next one until the change is accepted.
 */
import { MAX_HEADING_LEVEL, textSchema } from '@ostal/model';
import type { FormerBlock } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { childElement } from '../xml/xml-tree.js';
import type { XmlElement, XmlNode } from '../xml/xml-tree.js';
import { FlowBuilder } from './flow-builder.js';
import { outlineLevelOfList } from './outline-numbering.js';
import type { OutlineTracker } from './outline-numbering.js';
import type { ListPlacement } from './flow-builder.js';
import type { ReadTally } from './read-tally.js';
import { blockAttrs, mergeBlockProps, withoutBaseline } from './block-props.js';
import { PLAIN, applyCharProps } from './text-marks.js';
import type { CharProps } from './text-marks.js';
import type { BlockProps } from './block-props.js';
import { readParagraphProps } from './wml-paragraph-properties.js';
import { paragraphMarkChanges } from './wml-changes.js';
import { WmlInlineReader, alternateBranch } from './wml-inline-reader.js';
import type { HyperlinkTargets } from './wml-inline-reader.js';
import type { WmlDrawingReader } from './wml-drawing-reader.js';
import type { WmlNumbering } from './wml-numbering.js';
import { intVal, onOff, wVal } from './wml-run-properties.js';
import type { WmlNs } from './wml-run-properties.js';
import type { WmlStyles } from './wml-styles.js';
import { WmlTableReader } from './wml-table-reader.js';
import { frameAttrs, frameKey, paragraphFrame } from './wml-frame-props.js';
import type { WmlStories } from './wml-notes-reader.js';
import { tocLevels } from './wml-field-reader.js';
import { defaultTocInstruction } from './wml-section-writer.js';

/** A `table_of_contents` block of the given result blocks (one empty paragraph when none). */
function tableOfContents(instruction: string, blocks: PMNode[]): PMNode {
  const levels = tocLevels(instruction);
  const plain = instruction.replace(/\s+/g, ' ').trim() === defaultTocInstruction(levels).trim();
  return textSchema.nodes.table_of_contents!.create({ instruction: plain ? '' : instruction, levels }, blocks);
}

/** Deepest list level WordprocessingML has (`w:ilvl` 0-8). */
const MAX_ILVL = 8;

/** Outline levels no heading has defined yet, from numbering instance `numId` (for headings added later). */
export function defineOutlineLevels(outline: OutlineTracker, numbering: WmlNumbering, numId: string): void {
  for (let k = 0; k <= MAX_ILVL; k++) {
    const other = outline.level(k + 1) === undefined ? numbering.level(numId, k) : undefined;
    if (other) outline.define(k + 1, outlineLevelOfList(other.ordered, other.format, other.definedStart), false);
  }
}
/** ST_TextDirection values (17.18.93, Transitional and Strict) that flow horizontally. */
const HORIZONTAL_FLOWS = new Set(['lrTb', 'lrTbV', 'tb', 'tbV']);
/** Block-level wrappers whose children are read as if they were not there. */
const READ_THROUGH = new Set(['customXml', 'ins', 'moveTo', 'smartTag']);

/** Everything the body reader needs about the package. */
export interface WmlBodyContext {
  readonly ns: WmlNs;
  readonly styles: WmlStyles;
  readonly numbering: WmlNumbering;
  readonly tally: ReadTally;
  readonly builder: FlowBuilder;
  /** Part being read, for diagnostics. */
  readonly part: string;
  /** Qualified name of the part's root element, to start diagnostic paths with. */
  readonly rootName?: string;
  /** External targets of the part's hyperlink relationships. */
  readonly hyperlinks?: HyperlinkTargets;
  /** Notes and comments the story references (`wml-notes-reader.ts`); none are read without it. */
  readonly stories?: WmlStories;
  /** Reads the part's pictures (`wml-drawing-reader.ts`); without it pictures are dropped. */
  readonly drawings?: WmlDrawingReader;
  /** The `section_break` a paragraph's `w:sectPr` ends its section with (the body only). */
  readonly sectionBreak?: (sectPr: XmlElement) => PMNode;
  /** Heading outline numbering (the body and its tables and frames; not notes or headers). */
  readonly outline?: OutlineTracker;
  /** Run and paragraph properties a table style gives the paragraphs of the cell being read (`wml-table-style.ts`). */
  readonly tableRun?: CharProps | undefined;
  readonly tablePara?: BlockProps | undefined;
}

/** Reads block-level content of one story (the body, a cell, a text box) into the builder. */
export class WmlBodyReader {
  private readonly inline: WmlInlineReader;
  private readonly path: string[];
  private readonly tables: WmlTableReader;
  /** Content of a paragraph whose mark was deleted, waiting for the next paragraph. */
  private carry: PMNode[] | null = null;
  /** The table of contents being read (its instruction and blocks), if one is open. */
  private toc: { readonly instruction: string; readonly builder: FlowBuilder } | null = null;

  /**
   * @param counters counters per abstract numbering definition and level, to number items like
   *   Word does (with bookkeeping entries for instances seen and restarts); shared with the
   *   readers of table cells.
   */
  constructor(
    private readonly ctx: WmlBodyContext,
    private readonly counters = new Map<string, number[]>(),
    path?: readonly string[],
    /** True inside a frame of paragraphs (`w:framePr`), whose paragraphs are not framed again. */
    private readonly inFrame = false,
  ) {
    this.inline = new WmlInlineReader(ctx.ns, ctx.styles, ctx.tally, ctx.part, ctx.hyperlinks, ctx.stories, ctx.drawings);
    this.path = path ? [...path] : ctx.rootName ? [ctx.rootName] : [];
    this.tables = new WmlTableReader({ ns: ctx.ns, styles: ctx.styles, tally: ctx.tally, part: ctx.part, readCell: (tc, run, para) => this.cellBlocks(tc, run, para) });
  }

  /** Reads the children of `container` (`w:body`, `w:tc`, `w:txbxContent`...). */
  readBlocks(container: XmlElement): void {
    const w = this.ctx.ns.w;
    this.path.push(container.qname);
    const kids = container.children;
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      if (typeof c !== 'object') continue;
      if (c.ns === w) {
        const framePr = c.local === 'p' && this.ctx.drawings && !this.inFrame ? paragraphFrame(c, this.ctx.ns) : undefined;
        if (framePr) i = this.frame(kids, i, framePr);
        else if (c.local === 'p') this.paragraph(c);
        else if (c.local === 'tbl') this.table(c);
        else if (c.local === 'sdt') {
          const content = childElement(c, w, 'sdtContent');
          if (content) this.readBlocks(content);
        } else if (READ_THROUGH.has(c.local)) this.readBlocks(c);
        else if (c.local === 'del' || c.local === 'moveFrom') this.ctx.tally.note('unsupported-element', this.ctx.part, this.where());
        else if (c.local === 'altChunk') this.ctx.tally.note('unsupported-element', this.ctx.part, this.where());
        else if (c.local === 'commentRangeStart' || c.local === 'commentRangeEnd') this.ctx.stories?.commentBoundary(c, null);
      } else if (c.ns === NS.mc && c.local === 'AlternateContent') {
        const branch = alternateBranch(c);
        if (branch) this.readBlocks(branch);
      }
    }
    this.path.pop();
  }

  /**
   * Reads the paragraphs from `kids[start]` on that share the frame `framePr` (17.3.1.11) into
   * one `text_frame`; returns the index of the last one.
   */
  private frame(kids: readonly XmlNode[], start: number, framePr: XmlElement): number {
    const { ns } = this.ctx;
    const key = frameKey(framePr);
    const group: XmlElement[] = [];
    let last = start;
    for (let j = start; j < kids.length; j++) {
      const k = kids[j]!;
      if (typeof k !== 'object') continue;
      const f = k.ns === ns.w && k.local === 'p' ? paragraphFrame(k, ns) : undefined;
      if (!f || frameKey(f) !== key) break;
      group.push(k);
      last = j;
    }
    const builder = new FlowBuilder();
    const reader = new WmlBodyReader({ ...this.ctx, builder }, this.counters, this.path, true);
    reader.readBlocks({ ns: ns.w, local: 'framePr', qname: 'w:framePr', attrs: new Map(), nsDecls: new Map(), children: group });
    reader.flush();
    const blocks = builder.finishBlocks();
    if (this.carry) this.out.addParagraph(this.carry);
    this.carry = null;
    this.out.addBlock(textSchema.nodes.text_frame!.create(frameAttrs(framePr, ns, group.length), blocks.length > 0 ? blocks : [textSchema.nodes.paragraph!.create()]));
    return last;
  }

  /** Emits a paragraph still waiting to be joined (end of story, or a table follows). */
  flush(): void {
    if (this.carry) this.out.addParagraph(this.carry);
    this.carry = null;
    this.closeToc();
  }

  /** Where blocks go: the open table of contents, else the story. */
  private get out(): FlowBuilder {
    return this.toc?.builder ?? this.ctx.builder;
  }

  private closeToc(): void {
    const toc = this.toc;
    if (!toc) return;
    this.toc = null;
    this.ctx.builder.addBlock(tableOfContents(toc.instruction, toc.builder.finishBlocks()));
  }

  private where(): string {
    return '/' + this.path.join('/');
  }

  private paragraph(p: XmlElement): void {
    const { ns, styles } = this.ctx;
    const w = ns.w;
    const pPr = childElement(p, w, 'pPr');
    const styleId = wVal(pPr && childElement(pPr, w, 'pStyle'), ns) ?? styles.defaultParagraphStyle;
    const outline = pPr ? intVal(childElement(pPr, w, 'outlineLvl'), ns) : undefined;
    const heading = outline !== undefined ? (outline >= 0 && outline < 9 ? outline + 1 : undefined) : styles.headingLevel(styleId);
    // Heading styles are bold or italic by design; those marks belong to the heading, not its text.
    let mask = applyCharProps(applyCharProps(PLAIN, styles.baseRun), this.ctx.tableRun);
    if (heading === undefined) mask = applyCharProps(mask, styles.runProps(styleId));
    // Heading and "List Continue" styles are structure: only direct paragraph properties count.
    const structural = heading !== undefined || styles.listContinueLevel(styleId) !== undefined;
    const props = withoutBaseline(mergeBlockProps(mergeBlockProps(this.ctx.tablePara ?? {}, structural ? {} : styles.paragraphProps(styleId)), readParagraphProps(pPr, ns)), styles.blockBaseline);
    const styleName = structural ? null : styles.styleName(styleId);
    // 17.3.1.41 w:textDirection: only horizontal flows are kept.
    const flow = wVal(pPr && childElement(pPr, w, 'textDirection'), ns);
    if (flow !== undefined && !HORIZONTAL_FLOWS.has(flow)) this.ctx.tally.note('text-direction-dropped', this.ctx.part, this.where(), 'info');
    this.path.push(p.qname);
    const { inlines, textBoxes, pageBreaks, columnBreaks } = this.inline.read(p, mask, this.where());
    this.path.pop();
    const tocEvent = this.inline.fields.takeToc();
    if (tocEvent.opened !== undefined && !this.toc) {
      this.flush();
      this.toc = { instruction: tocEvent.opened, builder: new FlowBuilder() };
    }
    const builder = this.out;
    const sectPr = this.ctx.sectionBreak && pPr && childElement(pPr, w, 'sectPr');
    const carried = this.carry?.length ?? 0;
    const list = heading === undefined ? this.listPlacement(pPr, styleId) : undefined;
    const marks = paragraphMarkChanges(pPr, ns, (old) => this.formerBlock(old, list !== undefined));
    const content = this.carry ? [...this.carry, ...inlines, ...marks] : [...inlines, ...marks];
    this.carry = null;
    let attrs = blockAttrs(props, styleName, list !== undefined);
    if (heading !== undefined && this.ctx.outline) {
      const number = this.headingNumber(pPr, styleId, heading, this.ctx.outline);
      if (number.numbered) attrs = { ...attrs, ...number };
    }
    const before = onOff(pPr && childElement(pPr, w, 'pageBreakBefore'), ns) ?? false;
    const breaks = [...(before ? [0] : []), ...pageBreaks.map((i) => i + carried)];
    // A paragraph that only anchors text boxes gives the frames alone (how the writer writes one).
    const onlyFrames = this.ctx.drawings !== undefined && textBoxes.length > 0 && content.length === 0 && heading === undefined && list === undefined;
    if (onlyFrames) {
      // The frames below stand for the paragraph.
    } else if (breaks.length === 0 && columnBreaks.length === 0) {
      // A paragraph holding only its section's properties is the section break alone.
      if (!sectPr || content.length > 0) builder.addParagraph(content, heading, list, attrs);
    } else if (list) {
      this.ctx.tally.note('page-break-dropped', this.ctx.part, this.where(), 'info');
      builder.addParagraph(content, heading, list, attrs);
    } else this.splitAtPageBreaks(content, breaks, columnBreaks.map((i) => i + carried), heading, attrs);
    if (tocEvent.closed) this.closeToc();
    for (const box of textBoxes) {
      if (this.ctx.drawings) {
        builder.addBlock(this.ctx.drawings.textFrame(box, this.cellBlocks(box)));
        continue;
      }
      const inner = new WmlBodyReader(this.ctx);
      inner.readBlocks(box);
      inner.flush();
    }
    // The section ends after the paragraph and the frames it anchors.
    if (sectPr) {
      this.closeToc();
      this.ctx.builder.addBlock(this.ctx.sectionBreak(sectPr));
    }
  }

  /**
   * The block a paragraph format change's previous `w:pPr` describes, read as `paragraph` reads
   * the paragraph's own (the list place stays the paragraph's).
   */
  private formerBlock(pPr: XmlElement, inList: boolean): FormerBlock {
    const { ns, styles } = this.ctx;
    const styleId = wVal(childElement(pPr, ns.w, 'pStyle'), ns) ?? styles.defaultParagraphStyle;
    const outline = intVal(childElement(pPr, ns.w, 'outlineLvl'), ns);
    const heading = inList ? undefined : outline !== undefined ? (outline >= 0 && outline < 9 ? outline + 1 : undefined) : styles.headingLevel(styleId);
    const structural = heading !== undefined || styles.listContinueLevel(styleId) !== undefined;
    const props = withoutBaseline(mergeBlockProps(structural ? {} : styles.paragraphProps(styleId), readParagraphProps(pPr, ns)), styles.blockBaseline);
    const attrs = blockAttrs(props, structural ? null : styles.styleName(styleId), inList) ?? {};
    return heading === undefined ? { type: 'paragraph', attrs } : { type: 'heading', attrs: { ...attrs, level: Math.min(MAX_HEADING_LEVEL, heading) } };
  }

  /** Emits the pieces of a paragraph between its page and column breaks; empty pieces are left out. */
  private splitAtPageBreaks(content: readonly PMNode[], pageBreaks: readonly number[], columnBreaks: readonly number[], heading: number | undefined, attrs: Readonly<Record<string, unknown>> | null): void {
    const builder = this.out;
    const breaks = [...pageBreaks.map((at) => ({ at, column: false })), ...columnBreaks.map((at) => ({ at, column: true }))].sort((a, b) => a.at - b.at);
    let start = 0;
    for (const { at, column } of breaks) {
      if (at > start) builder.addParagraph(content.slice(start, at), heading, undefined, attrs);
      if (column) builder.addBlock(textSchema.nodes.column_break!.create());
      else builder.addPageBreak();
      start = Math.max(start, at);
    }
    if (start < content.length) builder.addParagraph(content.slice(start), heading, undefined, attrs);
  }

  /**
   * The outline attributes of a heading at `level` (`outline-numbering.ts`): numbered when its
   * paragraph or style names a numbering instance whose level counts; the number is counted
   * with the lists' counters (headings and lists of one definition count together, as in Word).
   * A heading style naming no level uses the heading's own (Word links levels to heading styles).
   */
  private headingNumber(pPr: XmlElement | undefined, styleId: string | undefined, level: number, outline: OutlineTracker): { numbered: boolean; restart: number | null } {
    const { ns, styles, numbering } = this.ctx;
    const numPr = pPr && childElement(pPr, ns.w, 'numPr');
    const numId = wVal(numPr && childElement(numPr, ns.w, 'numId'), ns) ?? styles.numbering(styleId)?.numId;
    if (numId === undefined || numId === '0') return outline.heading(level, false, null);
    const placement = this.listPlacement(pPr, styleId, level - 1);
    if (!placement) return outline.heading(level, false, null);
    const info = numbering.level(numId, placement.level);
    outline.define(level, outlineLevelOfList(placement.ordered, placement.format ?? {}, info?.definedStart ?? 1));
    defineOutlineLevels(outline, numbering, numId);
    return outline.heading(level, placement.ordered, placement.number);
  }

  private listPlacement(pPr: XmlElement | undefined, styleId: string | undefined, defaultIlvl = 0): ListPlacement | undefined {
    const { ns, styles, numbering } = this.ctx;
    const numPr = pPr && childElement(pPr, ns.w, 'numPr');
    const fromStyle = styles.numbering(styleId);
    const numId = wVal(numPr && childElement(numPr, ns.w, 'numId'), ns) ?? fromStyle?.numId;
    if (numId === undefined || numId === '0') {
      const level = styles.listContinueLevel(styleId);
      return level === undefined ? undefined : { level, id: '', ordered: false, number: 0, continuation: true };
    }
    let ilvl = (numPr ? intVal(childElement(numPr, ns.w, 'ilvl'), ns) : undefined) ?? fromStyle?.ilvl ?? defaultIlvl;
    if (ilvl < 0) ilvl = 0;
    if (ilvl > MAX_ILVL) {
      this.ctx.tally.note('list-level-clamped', this.ctx.part, this.where());
      ilvl = MAX_ILVL;
    }
    const info = numbering.level(numId, ilvl);
    if (!info) return undefined;
    // Instances of one abstract definition share counters; an instance's start override
    // restarts its level the first time the instance is used (17.9.26).
    const counting = numbering.counting(numId)!;
    const key = `a${counting.key}`;
    let counters = this.counters.get(key);
    if (!counters) this.counters.set(key, (counters = []));
    const seen = `n${numId}/${String(ilvl)}`;
    if (!this.counters.has(seen)) {
      this.counters.set(seen, []);
      if (counting.restarts.has(ilvl)) {
        counters.length = Math.min(counters.length, ilvl);
        this.counters.set(`g${key}`, [(this.counters.get(`g${key}`)?.[0] ?? 0) + 1]);
      }
    }
    const id = `${key}#${String(this.counters.get(`g${key}`)?.[0] ?? 0)}`;
    // Levels above this one that never counted show their start value, and count on from it.
    let implicit = this.counters.get(`i${key}`);
    if (!implicit) this.counters.set(`i${key}`, (implicit = []));
    for (let k = 0; k < ilvl; k++) {
      if (counters[k] !== undefined) continue;
      counters[k] = numbering.level(numId, k)?.start ?? 1;
      implicit[k] = 1;
    }
    // A list opening where this instance's level already counted continues its numbering.
    const continues = counters[ilvl] !== undefined && implicit[ilvl] !== 1;
    implicit[ilvl] = 0;
    const number = (counters[ilvl] ?? info.start - 1) + 1;
    counters[ilvl] = number;
    counters.length = ilvl + 1; // a higher-level item restarts the levels below it
    if (info.simplified) this.ctx.tally.note('list-label-simplified', this.ctx.part, this.where(), 'info');
    return { level: ilvl, id, ordered: info.ordered, number, format: info.ordered ? { ...info.format, continues } : info.format };
  }

  private table(tbl: XmlElement): void {
    this.flush();
    this.path.push(tbl.qname);
    const node = this.tables.read(tbl, this.where());
    if (node) this.out.addBlock(node);
    this.path.pop();
  }

  /**
   * The blocks of a table cell. Word needs a paragraph after a table that ends a cell; that
   * empty paragraph is not content, so it is dropped (the writer adds it back).
   */
  private cellBlocks(tc: XmlElement, tableRun?: CharProps, tablePara?: BlockProps): PMNode[] {
    const builder = new FlowBuilder();
    const reader = new WmlBodyReader({ ...this.ctx, builder, tableRun, tablePara }, this.counters, this.path);
    reader.readBlocks(tc);
    reader.flush();
    const blocks = builder.finishBlocks();
    const last = blocks[blocks.length - 1];
    const beforeLast = blocks[blocks.length - 2];
    if (blocks.length >= 2 && last?.type.name === 'paragraph' && last.childCount === 0 && beforeLast?.type.spec.tableRole === 'table') blocks.pop();
    return blocks;
  }
}
