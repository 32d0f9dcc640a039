/**
 * ODF table templates (ODF 1.3 Part 3, 16.3 `table:table-template`: 16.4-16.13 `table:body`,
 * `first-row`, `last-row`, `first-column`, `last-column`, `even-rows`, `odd-rows`,
 * `even-columns`, `odd-columns`, `background`, each naming a cell style, and 19.729-19.732
 * `table:first-row-start-column` … `last-row-end-column` saying whether a corner cell follows its
 * row or its column), applied by a table's 19.728 `table:template-name` with the regions its
 * 19.736-19.741 `table:use-*-styles` switch on (false when absent).
 *
 * The reader resolves a template onto the cells as the DOCX reader resolves Word table styles:
 * each cell takes, property by property, its own cell style first, then the regions it falls in
 * from the most specific (a corner's row or column region, the other, banded rows, banded
 * columns, body, background). Bands are counted from the first row (column) after a first-row
 * (first-column) region in use, so the first body row is odd, as in Word and LibreOffice. The
 * template and its cell styles are also kept as source XML, for the ODF writer to write back.
 */
import type { TableTemplate } from '@ostal/model';
import { MAX_TABLE_TEMPLATE_SOURCE, textSchema } from '@ostal/model';
import { Fragment } from 'prosemirror-model';
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { attr, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { odfStyleGroups } from '../odf/odf-style-groups.js';
import { xmlSource } from './opaque-xml.js';

/** The regions a template can name, ODF's element names. */
export type TemplateRegion = 'first-row' | 'last-row' | 'first-column' | 'last-column' | 'even-rows' | 'odd-rows' | 'even-columns' | 'odd-columns' | 'body' | 'background';
const REGIONS: readonly TemplateRegion[] = ['first-row', 'last-row', 'first-column', 'last-column', 'even-rows', 'odd-rows', 'even-columns', 'odd-columns', 'body', 'background'];
type Corner = 'first-row-start-column' | 'first-row-end-column' | 'last-row-start-column' | 'last-row-end-column';

/** A template as read: the cell style of each region, and who owns each corner. */
export interface OdfTemplate {
  readonly regions: ReadonlyMap<TemplateRegion, string>;
  /** True when the corner cell follows the column region (`column`), false for the row (the default). */
  readonly cornerToColumn: Readonly<Record<Corner, boolean>>;
  /** The template and its cell styles serialised (see {@link TableTemplate.source}). */
  readonly source: readonly string[];
  /** The text formatting of its cell styles (`style:text-properties`), by style name. */
  readonly text: ReadonlyMap<string, TemplateText>;
}

/** What a template cell style says of its text: bold (`fo:font-weight`) and colour (`fo:color`). */
export interface TemplateText {
  readonly bold?: boolean;
  readonly color?: string;
}

function textOf(style: XmlElement | undefined): TemplateText {
  const props = style ? childElements(style, NS.style, 'text-properties')[0] : undefined;
  if (!props) return {};
  const weight = attr(props, NS.fo, 'font-weight');
  const color = attr(props, NS.fo, 'color')?.toLowerCase();
  return { ...(weight !== undefined ? { bold: weight === 'bold' || Number(weight) >= 600 } : {}), ...(color && /^#[0-9a-f]{6}$/.test(color) ? { color } : {}) };
}

/** The marks a cell's text takes from the template styles it falls in (`styles`, most specific first). */
export function templateTextMarks(template: OdfTemplate, styles: readonly string[]): Mark[] {
  const bold = styles.map((s) => template.text.get(s)?.bold).find((b) => b !== undefined);
  const color = styles.map((s) => template.text.get(s)?.color).find((c) => c !== undefined);
  return [...(bold ? [textSchema.marks.bold!.create()] : []), ...(color ? [textSchema.marks.color!.create({ color })] : [])];
}

/** `blocks` with `marks` on their text where the text has no mark of that kind (its own format wins). */
export function withTemplateText(blocks: readonly PMNode[], marks: readonly Mark[]): PMNode[] {
  if (marks.length === 0) return [...blocks];
  const apply = (node: PMNode): PMNode => {
    if (node.isText) return node.mark(marks.reduce((set, m) => (m.type.isInSet(set) ? set : m.addToSet(set)), node.marks));
    if (node.isLeaf) return node;
    const children: PMNode[] = [];
    node.forEach((c) => children.push(apply(c)));
    return node.copy(Fragment.from(children));
  };
  return blocks.map(apply);
}

/** The templates of a document's style containers, by name. */
export class OdfTableTemplates {
  private readonly templates = new Map<string, OdfTemplate>();

  /** Collects templates from `roots` (styles.xml before content.xml; later ones win). */
  constructor(roots: readonly (XmlElement | undefined)[]) {
    const groups = odfStyleGroups(roots);
    const cellStyles = new Map<string, XmlElement>();
    for (const group of groups) {
      for (const el of childElements(group, NS.style, 'style')) {
        const name = attr(el, NS.style, 'name');
        if (name !== undefined && attr(el, NS.style, 'family') === 'table-cell') cellStyles.set(name, el);
      }
    }
    for (const group of groups) {
      for (const el of childElements(group, NS.table, 'table-template')) {
        const name = attr(el, NS.table, 'name');
        if (name !== undefined) this.templates.set(name, readTemplate(el, cellStyles));
      }
    }
  }

  /** The template named `name`, or undefined. */
  get(name: string | undefined): OdfTemplate | undefined {
    return name === undefined ? undefined : this.templates.get(name);
  }
}

function readTemplate(el: XmlElement, cellStyles: ReadonlyMap<string, XmlElement>): OdfTemplate {
  const regions = new Map<TemplateRegion, string>();
  for (const c of childElements(el, NS.table)) {
    const style = attr(c, NS.table, 'style-name');
    if (style !== undefined && (REGIONS as readonly string[]).includes(c.local)) regions.set(c.local as TemplateRegion, style);
  }
  const corner = (a: Corner): boolean => attr(el, NS.table, a) === 'column';
  const source = [xmlSource(el)];
  let size = source[0]!.length;
  for (const style of new Set(regions.values())) {
    const def = cellStyles.get(style);
    if (!def) continue;
    const s = xmlSource(def);
    if (size + s.length > MAX_TABLE_TEMPLATE_SOURCE) break;
    size += s.length;
    source.push(s);
  }
  return {
    regions,
    cornerToColumn: { 'first-row-start-column': corner('first-row-start-column'), 'first-row-end-column': corner('first-row-end-column'), 'last-row-start-column': corner('last-row-start-column'), 'last-row-end-column': corner('last-row-end-column') },
    source: size <= MAX_TABLE_TEMPLATE_SOURCE ? source : [],
    text: new Map([...new Set(regions.values())].map((style) => [style, textOf(cellStyles.get(style))])),
  };
}

/** The template a `table:table` follows, as the model keeps it, or null when it names none. */
export function tableTemplateOf(table: XmlElement, templates: OdfTableTemplates): TableTemplate | null {
  const name = attr(table, NS.table, 'template-name');
  if (name === undefined || name === '' || name.length > 256) return null;
  const flag = (local: string): boolean => attr(table, NS.table, local) === 'true';
  return {
    name,
    firstRow: flag('use-first-row-styles'),
    lastRow: flag('use-last-row-styles'),
    firstColumn: flag('use-first-column-styles'),
    lastColumn: flag('use-last-column-styles'),
    bandingRows: flag('use-banding-rows-styles'),
    bandingColumns: flag('use-banding-columns-styles'),
    source: templates.get(name)?.source ?? [],
  };
}

/**
 * The cell styles a cell at `row`, spanning columns `col`…`lastCol` of a `rows` × `cols` table
 * takes from `template`, most specific first.
 */
export function templateCellStyles(template: OdfTemplate, use: TableTemplate, row: number, col: number, lastCol: number, rows: number, cols: number): string[] {
  const out: TemplateRegion[] = [];
  const rowRegion: TemplateRegion | null = use.firstRow && row === 0 ? 'first-row' : use.lastRow && row === rows - 1 ? 'last-row' : null;
  const colRegion: TemplateRegion | null = use.firstColumn && col === 0 ? 'first-column' : use.lastColumn && lastCol === cols - 1 ? 'last-column' : null;
  if (rowRegion && colRegion) {
    const corner = `${rowRegion}-${colRegion === 'first-column' ? 'start' : 'end'}-column` as Corner;
    out.push(...(template.cornerToColumn[corner] ? [colRegion, rowRegion] : [rowRegion, colRegion]));
  } else if (rowRegion) out.push(rowRegion);
  else if (colRegion) out.push(colRegion);
  if (use.bandingRows && !rowRegion) out.push((row - (use.firstRow ? 1 : 0)) % 2 === 0 ? 'odd-rows' : 'even-rows');
  if (use.bandingColumns && !colRegion) out.push((col - (use.firstColumn ? 1 : 0)) % 2 === 0 ? 'odd-columns' : 'even-columns');
  out.push('body', 'background');
  return out.flatMap((r) => {
    const style = template.regions.get(r);
    return style === undefined ? [] : [style];
  });
}
