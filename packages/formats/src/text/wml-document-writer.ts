/**
 * Writes the main document part of a WordprocessingML package (ECMA-376 Part 1, 17.2 document
 * body, 17.3.1 paragraphs, 17.3.2-17.3.3 runs, 17.9 numbering references, 17.16.22 hyperlinks,
 * 17.3.3.1 page breaks). Mirrors `wml-body-reader.ts`: headings use the `HeadingN` styles, list
 * items a `w:numPr` (indents come from the numbering level), further paragraphs of an item `ListContinueN` (see
 * `wml-parts-writer.ts`), tables `wml-table-writer.ts`, page breaks a paragraph holding only
 * `w:br w:type="page"`, links a `w:hyperlink` (external targets through a relationship,
 * `#anchor` targets as `w:anchor`) whose runs use the `Hyperlink` character style.
 *
 * A list and the lists nested in it share a `w:num` instance (`wml-list-writer.ts`), so numbering
 * restarts where the model starts a list and continues where a list `continues`.
 * Paragraph formatting is written as direct `w:pPr` properties and character formatting as
 * direct `w:rPr` (17.3.2); a paragraph's `styleName` becomes a `w:pStyle` naming a property-less
 * paragraph style (collected in {@link WmlDocumentWriter.paragraphStyles}), so reading it back
 * gives the same name and the same formatting.
 */
import type { NamedStyleProps } from './named-style-props.js';
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import type { Mark } from 'prosemirror-model';
import { formatOfMarks, formatOfNode, linkOfNode } from './text-marks.js';
import type { RunFormat } from './text-marks.js';
import { WmlChangesWriter } from './wml-changes-writer.js';
import type { WrittenInline } from './wml-changes-writer.js';
import { paragraphPropsXml } from './wml-paragraph-properties.js';
import { highlightName } from './wml-run-properties.js';
import { NS_MC, NS_WP, NS_WPS } from './wml-drawing-writer.js';
import type { WmlPictureWriter } from './wml-drawing-writer.js';
import { WmlListAllocator } from './wml-list-writer.js';
import { WmlOutlineNumbering } from './outline-numbering.js';
import type { WmlListNest } from './wml-list-writer.js';
import { wmlTable } from './wml-table-writer.js';
import { WmlTableStyles } from './wml-table-style-writer.js';
import type { StyleText } from './wml-table-style-writer.js';
import { WmlStoriesWriter } from './wml-notes-writer.js';
import { WmlSectionWriter, sectionBreakParagraph, wmlFieldRuns, wmlInstruction, wmlTableOfContents } from './wml-section-writer.js';
import type { FieldKind, FormerBlock, SectionProps } from '@ostal/model';
import { listSkipOf, outlineOf } from '@ostal/model';

/** Deepest list level WordprocessingML has (`w:ilvl` 0-8); deeper model lists are written at 8. */
const MAX_ILVL = 8;

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

/** Heading levels WordprocessingML has (`w:outlineLvl` 0-8; 9 is body text): a model level 10 is written as 9. */
export const WORD_HEADING_LEVELS = 9;

/** Style ids `wml-parts-writer.ts` defines; a model style name never takes one of them. */
const BUILT_IN_IDS = new Set(['Normal', 'DefaultParagraphFont', HYPERLINK_STYLE, ...Array.from({ length: WORD_HEADING_LEVELS }, (_, l) => `Heading${String(l + 1)}`), ...Array.from({ length: 9 }, (_, l) => listContinueStyleId(l))]);

/**
 * The style id of character style `name` (model `char_style`): `Char` and its letters and digits,
 * with a checksum of the whole name when characters were left out, so that distinct names never
 * share an id and no paragraph style id takes it (those never start with `Char`).
 */
export function charStyleId(name: string): string {
  const kept = name.replace(/[^A-Za-z0-9]/g, '');
  if (kept === name) return `Char${kept}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return `Char${kept}${h.toString(36)}`;
}

/** A paragraph style the document refers to by its model `styleName`. */
export interface WmlNamedStyle {
  readonly id: string;
  readonly name: string;
  /** What its paragraphs share, written in the style (`named-style-props.ts`). */
  readonly props?: NamedStyleProps | undefined;
  /** Ids of the style it is based on and of the next paragraph's style (the style sheet). */
  readonly basedOn?: string | undefined;
  readonly next?: string | undefined;
}

/**
 * The bold and colour a run of a styled table's cell takes from the table style. `exact` when
 * the paragraph's style says neither (Normal): a run equal to it then says nothing; else the run
 * says its own as usual. Either way a run without them switches them off.
 */
export interface TableRunText {
  readonly bold?: boolean | undefined;
  readonly color?: string | undefined;
  readonly exact: boolean;
}

/** `w:rPr` in schema order (17.3.2.28 CT_RPr); `table`: what the run's table style gives it. */
export function runProps(format: RunFormat, linked: boolean, tableText?: TableRunText): XmlOut | null {
  const p = format.props;
  // A character style (a link's too) beats a table style: its runs say their own bold, and their colour is the character style's business.
  const table = tableText && (linked || p.charStyle ? { bold: tableText.bold, exact: false } : tableText);
  if (format.marks.length === 0 && !linked && !table?.bold && !table?.color) return null;
  const hl = p.highlight ? highlightName(p.highlight) : undefined;
  const hex = (c: string): string => c.slice(1).toUpperCase();
  const rPr = x(
    'w:rPr',
    {},
    // One character style per run: the run's own wins over the look of links.
    p.charStyle ? x('w:rStyle', { 'w:val': charStyleId(p.charStyle) }) : linked ? x('w:rStyle', { 'w:val': HYPERLINK_STYLE }) : null,
    p.font || p.fontEastAsia ? x('w:rFonts', { 'w:ascii': p.font ?? undefined, 'w:hAnsi': p.font ?? undefined, 'w:cs': p.font ?? undefined, 'w:eastAsia': p.fontEastAsia ?? p.font ?? undefined }) : null,
    p.bold ? (table?.exact && table.bold ? null : x('w:b')) : table?.bold ? x('w:b', { 'w:val': '0' }) : null,
    p.italic ? x('w:i') : null,
    p.caps === 'all' ? x('w:caps') : null,
    p.caps === 'small' ? x('w:smallCaps') : null,
    p.strike ? x('w:strike') : null,
    p.color ? (table?.exact && table.color === p.color ? null : x('w:color', { 'w:val': hex(p.color) })) : table?.color ? x('w:color', { 'w:val': 'auto' }) : null,
    p.letterSpacing ? x('w:spacing', { 'w:val': Math.round(p.letterSpacing * 20) }) : null,
    p.size ? x('w:sz', { 'w:val': Math.round(p.size * 2) }) : null,
    p.size ? x('w:szCs', { 'w:val': Math.round(p.size * 2) }) : null,
    hl ? x('w:highlight', { 'w:val': hl }) : null,
    p.underline ? x('w:u', { 'w:val': 'single' }) : null,
    p.highlight && !hl ? x('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': hex(p.highlight) }) : null,
    p.vertAlign ? x('w:vertAlign', { 'w:val': p.vertAlign }) : null,
    p.lang || p.langEastAsia || p.langComplex ? x('w:lang', { 'w:val': p.lang ?? undefined, 'w:eastAsia': p.langEastAsia ?? undefined, 'w:bidi': p.langComplex ?? undefined }) : null,
  );
  // A run equal to its table style says nothing.
  return rPr.children.length > 0 || !table ? rPr : null;
}

function run(child: PMNode, linked: boolean, table?: TableRunText): XmlOut | null {
  if (child.isText) {
    const parts: XmlOut[] = [];
    const pieces = (child.text ?? '').split('\t');
    pieces.forEach((piece, i) => {
      if (i > 0) parts.push(x('w:tab'));
      if (piece !== '') parts.push(x('w:t', { 'xml:space': 'preserve' }, piece));
    });
    return x('w:r', {}, runProps(formatOfNode(child), linked, table), parts);
  }
  if (child.type.name === 'hard_break') return x('w:r', {}, runProps(formatOfNode(child), linked, table), x('w:br'));
  return null;
}

/** A text node standing for `node` (same marks), for content written as its text. */
function textNode(text: string, node: PMNode): PMNode {
  return node.type.schema.text(text || ' ', node.marks);
}

/** The runs of a `field` node: a complex field with its last result, or the result alone. */
function fieldRuns(child: PMNode, linked: boolean, table?: TableRunText): XmlOut[] {
  const rPr = runProps(formatOfNode(child), linked, table);
  const result = String(child.attrs.result);
  const resultRuns = result === '' ? [] : [x('w:r', {}, rPr, x('w:t', { 'xml:space': 'preserve' }, result))];
  const instruction = wmlInstruction(child.attrs.kind as FieldKind, String(child.attrs.instruction));
  return instruction === null ? resultRuns : wmlFieldRuns(instruction, resultRuns, rPr, child.attrs.fixed === true);
}

/** Collects body paragraphs and the list instances and hyperlinks they use. */
export class WmlDocumentWriter {
  private readonly body: XmlOut[] = [];
  /** The `w:num` instances and abstract definitions of the lists (`wml-list-writer.ts`). */
  readonly lists: WmlListAllocator;
  /** The heading outline numbering (`outline-numbering.ts`). */
  readonly outline: WmlOutlineNumbering;
  /** External hyperlink relationships, one per distinct target. */
  readonly hyperlinks: WmlHyperlink[] = [];
  /** Paragraph styles named by `styleName` attributes, in order of first use. */
  readonly paragraphStyles: WmlNamedStyle[] = [];
  private readonly styleIds = new Map<string, string>();
  /** Word table styles the tables keep (`wml-table-style-writer.ts`), for `styles.xml`. */
  readonly tableStyles = new WmlTableStyles((id) => BUILT_IN_IDS.has(id) || id.startsWith('Char') || this.paragraphStyles.some((s) => s.id.toLowerCase() === id.toLowerCase()));
  /** Footnotes, endnotes and comments met in the text (`wml-notes-writer.ts`). */
  readonly stories = new WmlStoriesWriter((block, out) => this.withTableText(undefined, () => this.block(block, -1, out)));
  /** Tracked changes and kept equations (`wml-changes-writer.ts`). */
  private readonly changes = new WmlChangesWriter({ runProps: (marks) => runProps(formatOfMarks(marks), false) });
  /** Section properties and header/footer parts. */
  readonly sections = new WmlSectionWriter((story) => this.story(story), { 'xmlns:w': NS.w, 'xmlns:r': NS.r, 'xmlns:wp': NS_WP, 'xmlns:wps': NS_WPS, 'xmlns:mc': NS_MC });
  private readonly lastSection: SectionProps | null;
  /** What the table style of the cell being written gives its text (undefined outside styled tables). */
  private tableText: StyleText | undefined;

  /** Writes the blocks of `doc`; `pictures` writes its images and bookmarks (dropped without it). */
  constructor(
    doc: PMNode,
    private readonly pictures?: WmlPictureWriter,
  ) {
    this.outline = new WmlOutlineNumbering(outlineOf(doc), doc);
    this.lists = new WmlListAllocator(this.outline.idsUsed + 1);
    this.stories.prepare(doc);
    this.sections.prepare(doc);
    doc.forEach((block) => this.block(block, -1, this.body));
    this.body.push(...this.stories.closeAll());
    this.lists.finish();
    this.lastSection = (doc.attrs.section as SectionProps | null | undefined) ?? null;
  }

  /** Body-level elements of a header or footer story. */
  private story(doc: PMNode): XmlOut[] {
    const out: XmlOut[] = [];
    doc.forEach((block) => this.block(block, -1, out));
    return out;
  }

  /** The `w:document` element. */
  document(): XmlOut {
    const sectPr = this.sections.sectPr(this.lastSection);
    return x('w:document', { 'xmlns:w': NS.w, 'xmlns:r': NS.r, 'xmlns:wp': NS_WP, 'xmlns:wps': NS_WPS, 'xmlns:mc': NS_MC }, x('w:body', {}, this.body, sectPr));
  }

  /**
   * Writes a text block. `pStyle` is the structural style (heading, list continuation), which
   * wins over the node's `styleName`; `numPr` places a list item.
   */
  private paragraph(node: PMNode, out: XmlOut[], pStyle: string | null = null, numPr: XmlOut | null = null, inList = false): void {
    const styleId = pStyle ?? this.styleId(node.attrs.styleName as string | null | undefined);
    const props = [...paragraphPropsXml(node.attrs, inList, numPr), ...this.changes.paragraphMark(node, (former) => this.formerParagraphProps(former, node, pStyle, numPr, inList))];
    const pPr = styleId !== null || props.length > 0 ? x('w:pPr', {}, styleId !== null ? x('w:pStyle', { 'w:val': styleId }) : null, props) : null;
    out.push(x('w:p', {}, pPr, this.runs(node, this.runText(node, styleId))));
  }

  /**
   * What the table style gives the runs of a paragraph with style `styleId`: a paragraph style
   * beats a table style (17.7.2), so only Normal and the List Continue styles (which say nothing
   * of runs) let runs leave it unsaid; a heading's style is bold, so only the colour counts there.
   */
  private runText(node: PMNode, styleId: string | null): TableRunText | undefined {
    const t = this.tableText;
    if (!t || (t.bold === undefined && t.color === undefined)) return undefined;
    if (node.type.name === 'heading') return { color: t.color, exact: true };
    return { ...t, exact: styleId === null || /^ListContinue\d*$/.test(styleId) };
  }

  /** Runs `f` with `text` as the current cell's table style text, then restores the previous. */
  private withTableText<T>(text: StyleText | undefined, f: () => T): T {
    const outer = this.tableText;
    this.tableText = text;
    try {
      return f();
    } finally {
      this.tableText = outer;
    }
  }

  /**
   * The `w:pPr` a paragraph format change keeps (CT_PPrBase, 17.13.5.29): the block as it was,
   * in the same list place; a heading its `HeadingN` style, else the structural style the block
   * has now or the former style name's.
   */
  private formerParagraphProps(former: FormerBlock, node: PMNode, pStyle: string | null, numPr: XmlOut | null, inList: boolean): XmlOut {
    const level = Number(former.attrs.level);
    const heading = former.type === 'heading' && Number.isFinite(level) && level >= 1;
    const structural = node.type.name === 'heading' ? null : pStyle;
    const styleId = heading ? `Heading${String(Math.min(WORD_HEADING_LEVELS, Math.round(level)))}` : (structural ?? this.styleId(former.attrs.styleName as string | null | undefined));
    return x('w:pPr', {}, styleId !== null ? x('w:pStyle', { 'w:val': styleId }) : null, paragraphPropsXml(former.attrs, inList, former.type === node.type.name ? numPr : null));
  }

  /** The id of the (property-less) style for a model style name, allocated on first use. */
  styleId(name: string | null | undefined): string | null {
    if (!name) return null;
    const known = this.styleIds.get(name);
    if (known) return known;
    // Ids starting with `Char` belong to character styles (charStyleId).
    const base = (name.replace(/[^A-Za-z0-9]/g, '') || 'Style').replace(/^Char/, 'PChar');
    let id = base;
    for (let i = 2; BUILT_IN_IDS.has(id) || this.tableStyles.has(id) || this.paragraphStyles.some((s) => s.id.toLowerCase() === id.toLowerCase()); i++) id = `${base}${String(i)}`;
    this.styleIds.set(name, id);
    this.paragraphStyles.push({ id, name });
    return id;
  }

  /** Runs of a text block; consecutive nodes with the same link go in one `w:hyperlink`. */
  private runs(block: PMNode, table?: TableRunText): XmlOut[] {
    const out: XmlOut[] = [];
    let group: WrittenInline[] = [];
    let groupLink: Mark | null = null;
    const close = (): void => {
      if (groupLink) out.push(this.hyperlink(groupLink, this.changes.wrap(group)));
      else out.push(...this.changes.wrap(group));
      group = [];
    };
    block.forEach((child) => {
      const link = linkOfNode(child);
      if (!(link === groupLink || (link && groupLink && link.eq(groupLink)))) {
        close();
        groupLink = link;
      }
      if (child.type.name === 'field') {
        for (const o of fieldRuns(child, link !== null, table)) group.push({ node: child, out: o });
        for (const o of this.stories.after(child)) group.push({ node: child, out: o });
        return;
      }
      if (child.type.name === 'image' || child.type.name === 'bookmark' || child.type.name === 'shape' || child.type.name === 'chart') {
        if (this.pictures) for (const o of this.pictures.inline(child)) group.push({ node: child, out: o });
        for (const o of this.stories.after(child)) group.push({ node: child, out: o });
        return;
      }
      const r = child.type.name === 'opaque' ? this.changes.opaque(child, (text) => run(textNode(text, child), link !== null, table)!) : run(child, link !== null, table);
      if (r) group.push({ node: child, out: r });
      else for (const o of this.stories.inline(child)) group.push({ node: child, out: o });
      for (const o of this.stories.after(child)) group.push({ node: child, out: o });
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

  private block(node: PMNode, listLevel: number, out: XmlOut[], nest: WmlListNest | null = null): void {
    switch (node.type.name) {
      case 'heading':
        this.paragraph(node, out, `Heading${String(Math.min(WORD_HEADING_LEVELS, Number(node.attrs.level)))}`, this.outline.headingNumPr(node));
        break;
      case 'bullet_list':
      case 'ordered_list':
        this.list(node, listLevel + 1, out, nest);
        break;
      case 'table':
        out.push(wmlTable(node, (cell, text) => this.cellBlocks(cell, text), (row) => this.changes.rowRevision(row), this.tableStyles));
        break;
      case 'page_break':
        out.push(x('w:p', {}, x('w:r', {}, x('w:br', { 'w:type': 'page' }))));
        break;
      case 'text_frame':
        if (this.pictures) out.push(this.pictures.textFrame(node, this.cellBlocks(node)));
        else out.push(...this.cellBlocks(node));
        break;
      case 'column_break':
        out.push(x('w:p', {}, x('w:r', {}, x('w:br', { 'w:type': 'column' }))));
        break;
      case 'section_break':
        out.push(sectionBreakParagraph(this.sections.sectPr(node.attrs.section as SectionProps | null)));
        break;
      case 'table_of_contents': {
        const inner: XmlOut[] = [];
        node.forEach((child) => this.block(child, -1, inner));
        out.push(wmlTableOfContents(String(node.attrs.instruction), Number(node.attrs.levels), inner));
        break;
      }
      default:
        if (listLevel >= 0) this.paragraph(node, out, listContinueStyleId(Math.min(listLevel, MAX_ILVL)), null, true);
        else this.paragraph(node, out);
    }
  }

  /** The blocks of a table cell (`text`: what its table style gives its text) or a text frame. */
  private cellBlocks(cell: PMNode, text?: StyleText): XmlOut[] {
    const out: XmlOut[] = [];
    this.withTableText(text, () => cell.forEach((block) => this.block(block, -1, out)));
    return out;
  }

  private list(node: PMNode, level: number, out: XmlOut[], parent: WmlListNest | null): void {
    // A list that skips levels sits that much deeper (its label counts at that level).
    const depth = level + listSkipOf(node.attrs);
    const ilvl = Math.min(depth, MAX_ILVL);
    const nest = this.lists.place(node, ilvl, parent);
    const numId = nest.numId;
    node.forEach((item) => {
      item.forEach((child, _offset, index) => {
        if (index === 0 && child.type.name === 'paragraph') {
          this.lists.item(nest, ilvl);
          const numPr = x('w:numPr', {}, x('w:ilvl', { 'w:val': ilvl }), x('w:numId', { 'w:val': numId }));
          this.paragraph(child, out, null, numPr, true);
        } else this.block(child, depth, out, nest);
      });
    });
  }
}
