/**
 * Sections, page layout, headers/footers, fields and column breaks of ODF text (ODF 1.3 Part 3:
 * 16.5 `style:page-layout`, 17.2 `style:page-layout-properties`, 16.9 `style:master-page`,
 * 16.10-16.13 headers and footers, 17.12 `style:columns`, 19.509 `style:master-page-name`,
 * 20.330 `style:page-number`, 5.4 `text:section`, 7.3-7.5 fields). Mirrors
 * `odf-section-writer.ts` and gives the model's form of {@link SectionProps} (see there):
 *
 * - a paragraph whose style names a master page starts a section on a new page, whose
 *   properties are that master page's (the first paragraph's, or `Standard`, for the first);
 * - a top-level `text:section` whose style has `style:columns` is a continuous section (the
 *   page of the section before it, its own columns); content after it is another continuous
 *   section, with the page's columns.
 */
import { FIXABLE_FIELD_KINDS, textSchema } from '@ostal/model';
import type { FieldKind, HeaderFooterSet, NoteSettings, PMNodeJSON, SectionNoteSettings, SectionProps } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import type { FlowBuilder } from './flow-builder.js';
import { odfLengthToTwips } from './odf-format-props.js';
import { PAGE_NUMBER_FORMAT } from './odf-section-writer.js';
import { wmlFieldKind } from './wml-field-reader.js';
import { datePictureInstruction, datePictureOf, wordPictureOfCode } from './date-picture.js';
import { fieldValueOfOdf } from './fixed-field-value.js';
import type { OdfDataStyles } from './odf-data-styles.js';
import { isDefaultSection } from './wml-section-writer.js';
import { keptSection, readOdfColumns } from './section-columns.js';
import { emptySet, sameStory } from './wml-section-reader.js';
import { readOdfSectionNotes } from './note-settings.js';

const MAX_CHAIN = 32;
const FORMAT_OF_NUM = new Map(Object.entries(PAGE_NUMBER_FORMAT).map(([k, v]) => [v, k]));

/** The field kind of an ODF field element (null: not a field the model keeps). */
export function odfFieldKind(el: XmlElement): { kind: FieldKind; instruction: string } | null {
  if (el.ns !== NS.text) return null;
  switch (el.local) {
    case 'page-number':
      return attr(el, NS.text, 'select-page') === 'previous' || attr(el, NS.text, 'select-page') === 'next' ? null : { kind: 'page-number', instruction: '' };
    case 'page-count':
      return { kind: 'page-count', instruction: '' };
    case 'date':
      return { kind: 'date', instruction: '' };
    case 'time':
      return { kind: 'time', instruction: '' };
    case 'initial-creator':
    case 'author-name':
      return { kind: 'author', instruction: '' };
    case 'title':
      return { kind: 'title', instruction: '' };
    case 'file-name':
      return { kind: 'file-name', instruction: '' };
    case 'text-input': {
      // Ostal keeps a DOCX field instruction as the description.
      const description = attr(el, NS.text, 'description') ?? '';
      const kind = wmlFieldKind(description);
      return { kind: kind === null || kind === 'toc' ? 'other' : kind, instruction: description };
    }
    default:
      return null;
  }
}

/** The displayed text of a field element: character data (white space collapsed), `text:s`, `text:tab`. */
export function odfFieldText(el: XmlElement): string {
  let s = '';
  for (const c of el.children) {
    if (typeof c === 'string') s += c.replace(/[ \t\n\r]+/g, ' ');
    else if (c.ns === NS.text && c.local === 's') {
      const n = Number.parseInt(attr(c, NS.text, 'c') ?? '1', 10);
      s += ' '.repeat(Number.isFinite(n) && n > 0 ? Math.min(n, 1000) : 1);
    } else if (c.ns === NS.text && c.local === 'tab') s += '\t';
    else if (c.ns === NS.text && c.local === 'line-break') s += ' ';
    else s += odfFieldText(c);
  }
  return s;
}

interface ParagraphPageInfo {
  readonly parent: string | undefined;
  readonly master: string | undefined;
  readonly pageNumber: number | undefined;
  readonly columnBefore: boolean | undefined;
  readonly columnAfter: boolean | undefined;
  /** `fo:break-before`/`fo:break-after` is `page`. */
  readonly pageBreak: boolean | undefined;
}

/** Reads a story (header/footer content) into `doc` JSON. */
export type OdfStoryReader = (container: XmlElement) => PMNodeJSON;

/** Page layouts, master pages and the page-related properties of paragraph and section styles. */
export class OdfPageStyles {
  private readonly paragraphs = new Map<string, ParagraphPageInfo>();
  /** Master pages named by table styles. */
  private readonly tableMasters = new Map<string, string>();
  private readonly sectionColumns = new Map<string, XmlElement>();
  /** The note settings of section styles that have their own. */
  private readonly sectionNotes = new Map<string, SectionNoteSettings>();
  private readonly layouts = new Map<string, XmlElement>();
  private readonly masters = new Map<string, XmlElement>();
  private readonly firstMaster: string | undefined;
  private readonly cache = new Map<string, SectionProps | null>();

  /**
   * @param roots styles root then content root (later roots win on a name clash).
   * @param ownFile the file was written by Ostal: a default page reads as none.
   */
  constructor(
    roots: readonly (XmlElement | undefined)[],
    private readonly readStory: OdfStoryReader,
    private readonly ownFile: boolean,
    docNotes: NoteSettings | null = null,
  ) {
    let firstMaster: string | undefined;
    for (const root of roots) {
      if (!root) continue;
      for (const group of childElements(root, NS.office)) {
        if (group.local === 'master-styles') {
          for (const mp of childElements(group, NS.style, 'master-page')) {
            const name = attr(mp, NS.style, 'name');
            if (name === undefined) continue;
            this.masters.set(name, mp);
            firstMaster ??= name;
          }
          continue;
        }
        if (group.local !== 'styles' && group.local !== 'automatic-styles') continue;
        for (const el of childElements(group, NS.style)) {
          const name = attr(el, NS.style, 'name');
          if (name === undefined) continue;
          if (el.local === 'page-layout') this.layouts.set(name, el);
          else if (el.local === 'style' && attr(el, NS.style, 'family') === 'paragraph') {
            const pp = childElement(el, NS.style, 'paragraph-properties');
            const pn = pp ? Number.parseInt(attr(pp, NS.style, 'page-number') ?? '', 10) : Number.NaN;
            const br = (local: string): boolean | undefined => {
              const v = pp && attr(pp, NS.fo, local);
              return v === undefined ? undefined : v === 'column';
            };
            this.paragraphs.set(name, {
              parent: attr(el, NS.style, 'parent-style-name'),
              master: attr(el, NS.style, 'master-page-name') || undefined,
              pageNumber: Number.isFinite(pn) && pn >= 0 ? pn : undefined,
              columnBefore: br('break-before'),
              columnAfter: br('break-after'),
              pageBreak: pp && (attr(pp, NS.fo, 'break-before') !== undefined || attr(pp, NS.fo, 'break-after') !== undefined) ? attr(pp, NS.fo, 'break-before') === 'page' || attr(pp, NS.fo, 'break-after') === 'page' : undefined,
            });
          } else if (el.local === 'style' && attr(el, NS.style, 'family') === 'table') {
            const master = attr(el, NS.style, 'master-page-name');
            if (master) this.tableMasters.set(name, master);
          } else if (el.local === 'style' && attr(el, NS.style, 'family') === 'section') {
            const sp = childElement(el, NS.style, 'section-properties');
            const columns = childElement(sp ?? el, NS.style, 'columns');
            if (columns) this.sectionColumns.set(name, columns);
            const notes = sp && readOdfSectionNotes(childElements(sp, NS.text, 'notes-configuration'), docNotes);
            if (notes) this.sectionNotes.set(name, notes);
          }
        }
      }
    }
    this.firstMaster = firstMaster;
  }

  /** True when the document has master pages (its sections have page properties). */
  get hasPages(): boolean {
    return this.masters.size > 0;
  }

  /** The master page and page number a paragraph style starts (the style itself, not its parents). */
  paragraphMaster(style: string | undefined): { master: string; pageNumber: number | undefined } | undefined {
    const info = style === undefined ? undefined : this.paragraphs.get(style);
    return info?.master !== undefined && this.masters.has(info.master) ? { master: info.master, pageNumber: info.pageNumber } : undefined;
  }

  /** True when paragraphs of `style` break the page (through its parents). */
  pageBreak(style: string | undefined): boolean {
    let n = style;
    for (let i = 0; n !== undefined && i < MAX_CHAIN; i++) {
      const s = this.paragraphs.get(n);
      if (!s) break;
      if (s.pageBreak !== undefined) return s.pageBreak;
      n = s.parent;
    }
    return false;
  }

  /** The master page a table style starts. */
  tableMaster(style: string | undefined): { master: string; pageNumber: number | undefined } | undefined {
    const master = style === undefined ? undefined : this.tableMasters.get(style);
    return master !== undefined && this.masters.has(master) ? { master, pageNumber: undefined } : undefined;
  }

  /** Column breaks before and after paragraphs of `style` (through its parents). */
  columnBreaks(style: string | undefined): { before: boolean; after: boolean } {
    let before: boolean | undefined;
    let after: boolean | undefined;
    let n = style;
    for (let i = 0; n !== undefined && i < MAX_CHAIN; i++) {
      const s = this.paragraphs.get(n);
      if (!s) break;
      before ??= s.columnBefore;
      after ??= s.columnAfter;
      n = s.parent;
    }
    return { before: before ?? false, after: after ?? false };
  }

  /** The note settings of a section style (undefined: the document's). */
  sectionStyleNotes(style: string | undefined): SectionNoteSettings | undefined {
    return style === undefined ? undefined : this.sectionNotes.get(style);
  }

  /**
   * The columns of a section style: null for one column, undefined when the style declares
   * neither columns nor note settings (not a section break).
   */
  sectionStyleColumns(style: string | undefined): SectionProps['columns'] | null | undefined {
    const el = style === undefined ? undefined : this.sectionColumns.get(style);
    if (!el) return style !== undefined && this.sectionNotes.has(style) ? null : undefined;
    // Relative column widths are shares of the text width of the page the section is on.
    const page = this.section(this.initialMaster(), undefined);
    return readColumns(el, page?.page && page.margins ? page.page.width - page.margins.left - page.margins.right : undefined) ?? null;
  }

  /** The master page of the first section: the first paragraph's, else `Standard`, else the first one. */
  initialMaster(): string | undefined {
    return this.masters.has('Standard') ? 'Standard' : this.firstMaster;
  }

  /** The section properties of master page `name` (null when none). */
  section(name: string | undefined, pageNumber: number | undefined): SectionProps | null {
    if (name === undefined) return null;
    const key = `${name}\n${String(pageNumber)}`;
    if (!this.cache.has(key)) this.cache.set(key, this.readSection(name, pageNumber));
    return this.cache.get(key)!;
  }

  private readSection(name: string, pageNumber: number | undefined): SectionProps | null {
    const mp = this.masters.get(name);
    if (!mp) return null;
    const layout = this.layouts.get(attr(mp, NS.style, 'page-layout-name') ?? '');
    const props = layout && childElement(layout, NS.style, 'page-layout-properties');
    const out: { -readonly [K in keyof SectionProps]: SectionProps[K] } = {};
    const len = (el: XmlElement | undefined, ns: string, local: string): number | undefined => (el ? odfLengthToTwips(attr(el, ns, local)) : undefined);
    const width = len(props, NS.fo, 'page-width');
    const height = len(props, NS.fo, 'page-height');
    if (width !== undefined && height !== undefined && width > 0 && height > 0) {
      const orient = props && attr(props, NS.style, 'print-orientation');
      out.page = { width, height, orientation: orient === 'landscape' || (orient === undefined && width > height) ? 'landscape' : 'portrait' };
    }
    const headers = this.stories(mp, 'header');
    const footers = this.stories(mp, 'footer');
    if (props) {
      const area = (tag: string, side: string): number => {
        const hf = layout && childElement(childElement(layout, NS.style, `${tag}-style`) ?? layout, NS.style, 'header-footer-properties');
        if (!hf) return 0;
        return Math.max(0, (len(hf, NS.fo, 'min-height') ?? len(hf, NS.svg, 'height') ?? 0) + (len(hf, NS.fo, side) ?? 0));
      };
      const m = (local: string): number => Math.max(0, len(props, NS.fo, local) ?? len(props, NS.fo, 'margin') ?? 0);
      const top = m('margin-top');
      const bottom = m('margin-bottom');
      out.margins = {
        top: headers ? top + area('header', 'margin-bottom') : top,
        right: m('margin-right'),
        bottom: footers ? bottom + area('footer', 'margin-top') : bottom,
        left: m('margin-left'),
        header: headers ? top : 0,
        footer: footers ? bottom : 0,
      };
      const columns = childElement(props, NS.style, 'columns');
      const cols = columns && readColumns(columns, out.page && out.page.width - out.margins.left - out.margins.right);
      if (cols) out.columns = cols;
      const fmt = FORMAT_OF_NUM.get(attr(props, NS.style, 'num-format') ?? '');
      if (fmt) out.pageNumberFormat = fmt;
    }
    if (pageNumber !== undefined) out.pageNumberStart = pageNumber;
    const title = childElement(mp, NS.style, 'header-first') !== undefined || childElement(mp, NS.style, 'footer-first') !== undefined;
    const complete = (set: HeaderFooterSet | undefined): HeaderFooterSet | undefined => (set && title ? { ...set, first: set.first ?? set.default } : set);
    if (title && (headers || footers)) out.titlePage = true;
    const h = complete(headers);
    const f = complete(footers);
    if (h) out.headers = h;
    if (f) out.footers = f;
    return keptSection(out, this.ownFile, isDefaultSection);
  }

  private stories(mp: XmlElement, tag: 'header' | 'footer'): HeaderFooterSet | undefined {
    const el = childElement(mp, NS.style, tag);
    if (!el || attr(el, NS.style, 'display') === 'false') return undefined;
    const story = (suffix: string): PMNodeJSON | undefined => {
      const c = childElement(mp, NS.style, `${tag}${suffix}`);
      return c && attr(c, NS.style, 'display') !== 'false' ? this.readStory(c) : undefined;
    };
    const def = this.readStory(el);
    const even = story('-left');
    const first = story('-first');
    const set: HeaderFooterSet = { default: def, ...(even && !sameStory(even, def) ? { even } : {}), ...(first ? { first } : {}) };
    return emptySet(set) ? undefined : set;
  }
}

const readColumns = readOdfColumns;

/** A continuous section on the page of `page`, with `columns` and note settings `notes`. */
function continuous(page: SectionProps | null, columns: SectionProps['columns'] | null | undefined, notes?: SectionNoteSettings): SectionProps {
  const { columns: _c, start: _s, notes: _n, ...rest } = page ?? {};
  return { ...rest, ...(columns ? { columns } : {}), ...(notes ? { notes } : {}), start: 'continuous' };
}

/** Follows section boundaries while the body is read, and adds `section_break` nodes. */
export class OdfSectionTracker {
  private current: SectionProps | null;
  private master: SectionProps | null;
  private started = false;
  /** After a `text:section`: its properties, for the break the next block makes. */
  private pending: SectionProps | null | undefined;
  /** The note settings of a `text:section` around the new-page section about to start. */
  private pageNotes: SectionNoteSettings | undefined;

  constructor(private readonly pages: OdfPageStyles) {
    this.current = pages.section(pages.initialMaster(), undefined);
    this.master = this.current;
  }

  /**
   * Before a paragraph (or, with `table`, a table) of style `style`: a new master page starts a
   * section. A page break (an empty paragraph breaking the page) before the first master page
   * does not start the content.
   */
  beforeParagraph(style: string | undefined, builder: FlowBuilder, empty = false, table = false): void {
    const start = table ? this.pages.tableMaster(style) : this.pages.paragraphMaster(style);
    if (!start) {
      if (empty && !this.started && this.pending === undefined && this.pages.pageBreak(style)) return;
      this.beforeBlock(builder);
      return;
    }
    if (this.started) this.addBreak(builder, this.pending !== undefined ? this.pending : this.current);
    this.pending = undefined;
    const page = this.pages.section(start.master, start.pageNumber);
    this.master = page;
    this.current = this.pageNotes ? { ...(page ?? {}), notes: this.pageNotes } : page;
    this.pageNotes = undefined;
    this.started = true;
  }

  /** Before any other block. */
  beforeBlock(builder: FlowBuilder): void {
    if (this.pending !== undefined) {
      this.addBreak(builder, this.pending);
      this.pending = undefined;
      this.current = continuous(this.master, undefined);
    }
    this.started = true;
  }

  /** The columns of `el` when it is a section break (`text:section` whose style has columns). */
  sectionColumns(el: XmlElement): SectionProps['columns'] | null | undefined {
    return this.pages.sectionStyleColumns(attr(el, NS.text, 'style-name'));
  }

  /** Column breaks before and after paragraphs of `style`. */
  columnBreaks(style: string | undefined): { before: boolean; after: boolean } {
    return this.pages.columnBreaks(style);
  }

  /** The note settings of `el`'s section style (undefined: the document's). */
  sectionNotes(el: XmlElement): SectionNoteSettings | undefined {
    return this.pages.sectionStyleNotes(attr(el, NS.text, 'style-name'));
  }

  /**
   * True when `el` is a `text:section` giving its note settings to the new-page section its
   * first paragraph starts (no columns of its own); that section takes them.
   */
  startsPageWithNotes(el: XmlElement): boolean {
    const style = attr(el, NS.text, 'style-name');
    const notes = this.pages.sectionStyleNotes(style);
    if (!notes || this.pages.sectionStyleColumns(style) !== null) return false;
    // The first paragraph or table, through lists.
    let first = childElements(el).find((c) => c.ns === NS.text || c.ns === NS.table);
    for (let i = 0; i < MAX_CHAIN && first?.ns === NS.text && (first.local === 'list' || first.local === 'list-item' || first.local === 'list-header'); i++) {
      first = childElements(first).find((c) => c.ns === NS.text || c.ns === NS.table);
    }
    const starts =
      first?.ns === NS.table ? first.local === 'table' && this.pages.tableMaster(attr(first, NS.table, 'style-name')) !== undefined : (first?.local === 'p' || first?.local === 'h') && this.pages.paragraphMaster(attr(first, NS.text, 'style-name')) !== undefined;
    if (!starts) return false;
    this.pageNotes = notes;
    return true;
  }

  /** A `text:section` with `columns` (or its own note settings `notes`) starts. */
  enterSection(columns: SectionProps['columns'] | null, builder: FlowBuilder, notes?: SectionNoteSettings): void {
    if (this.pending !== undefined) this.addBreak(builder, this.pending);
    else if (this.started) this.addBreak(builder, this.current);
    if (this.started) this.current = continuous(this.master, columns, notes);
    else {
      const { columns: _c, notes: _n, ...page } = this.master ?? {};
      const own = { ...page, ...(columns ? { columns } : {}), ...(notes ? { notes } : {}) };
      this.current = Object.keys(own).length > 0 ? own : null;
      this.master = this.current;
    }
    this.pending = undefined;
    this.started = true;
  }

  /** The `text:section` ends. */
  leaveSection(): void {
    this.pending = this.current;
  }

  /** The last section's properties. */
  finish(): SectionProps | null {
    return this.current;
  }

  private addBreak(builder: FlowBuilder, section: SectionProps | null): void {
    builder.addBlock(textSchema.nodes.section_break!.create({ section }));
  }
}

/** A `field` node for an ODF field element, with the marks of `marks`. */
export function odfFieldNode(el: XmlElement, marks: PMNode['marks'], dataStyles?: OdfDataStyles): PMNode | null {
  const f = odfFieldKind(el);
  if (!f) return null;
  let instruction = f.instruction;
  // 7.3.2/7.3.3: a date or time shown through a data style keeps it as a Word picture (date-picture.ts).
  if ((f.kind === 'date' || f.kind === 'time') && instruction === '') {
    const code = dataStyles?.code(attr(el, NS.style, 'data-style-name'));
    const picture = code === undefined ? null : wordPictureOfCode(code);
    if (picture !== null) instruction = datePictureInstruction(f.kind, picture);
  }
  const fixed = attr(el, NS.text, 'fixed') === 'true' && FIXABLE_FIELD_KINDS.includes(f.kind) && (instruction === '' || datePictureOf(instruction)?.kind === f.kind);
  // A fixed date or time keeps the value it holds (text:date-value, text:time-value).
  const value = fixed && (f.kind === 'date' || f.kind === 'time') ? fieldValueOfOdf(f.kind, attr(el, NS.text, `${f.kind}-value`)) : null;
  return textSchema.nodes.field!.create({ kind: f.kind, instruction, result: odfFieldText(el), ...(fixed ? { fixed } : {}), ...(value !== null ? { value } : {}) }, null, marks);
}
