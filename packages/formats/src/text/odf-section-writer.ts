/**
 * Writes sections, headers/footers, fields and tables of contents as ODF (ODF 1.3 Part 3:
 * 16.5 `style:page-layout` and 17.2 page layout properties, 16.9 `style:master-page`, 16.10-16.13
 * headers and footers with `style:header-left`/`style:header-first`, 17.12 `style:columns`,
 * 5.4 `text:section` and 17.11 section properties, 7.3-7.5 fields, 8.3 `text:table-of-content`).
 * Mirrors `odf-section-reader.ts`:
 *
 * - each section starting on a new page gets a page layout `PLn` and a master page (`Standard`
 *   for the first, `MPn` after); its first paragraph names the master page
 *   (`style:master-page-name`) and, for a restart, the page number (`style:page-number`);
 * - a continuous section is a `text:section` whose section style has `style:columns` (a count
 *   of 1 when it has no columns of its own) and the section's own note settings, if any
 *   (`note-settings.ts`); a section starting on a new page with its own note settings is a
 *   `text:section` too, whose style has no columns and whose first paragraph names the master page;
 * - the header area: the page's top margin is the header distance, the header's `fo:min-height`
 *   the rest of the model's top margin (footers alike);
 * - fields of a kind with no instruction of their own are ODF fields (`text:page-number`...);
 *   others are `text:text-input` fields whose description keeps the DOCX instruction;
 * - a table of contents is a `text:table-of-content` named after its instruction, with a
 *   minimal source (`text:outline-level`) and its paragraphs as the index body.
 */
import type { FieldKind, HeaderFooterSet, PMNodeJSON, SectionProps } from '@ostal/model';
import { FIXABLE_FIELD_KINDS, textSchema } from '@ostal/model';
import { Node as PMNode } from 'prosemirror-model';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { DEFAULT_SECTION } from './wml-section-writer.js';
import { odfColumnsXml } from './section-columns.js';
import { codeOfWordPicture, datePictureInstruction, datePictureOf, wordPictureOfCode } from './date-picture.js';
import { fieldValueOfOdf } from './fixed-field-value.js';
import { odfSectionNotesConfigurations } from './note-settings.js';
import type { OdfDataStyleSet } from './odf-data-styles.js';

/** Length in points, exact for twips (1/20 pt). */
export function odfPt(twips: number): string {
  return `${String(Math.round(twips * 5) / 100)}pt`;
}

/** ODF `style:num-format` of the model's page number formats. */
export const PAGE_NUMBER_FORMAT: Readonly<Record<string, string>> = { lowerRoman: 'i', upperRoman: 'I', lowerLetter: 'a', upperLetter: 'A' };

/** The ODF field element of each kind. */
export const ODF_FIELD_ELEMENT: Readonly<Record<Exclude<FieldKind, 'other'>, string>> = {
  'page-number': 'text:page-number',
  'page-count': 'text:page-count',
  date: 'text:date',
  time: 'text:time',
  author: 'text:initial-creator',
  title: 'text:title',
  'file-name': 'text:file-name',
};

/** A field node as ODF: `content` is the encoded result. */
export function odfField(node: PMNode, content: (XmlOut | string)[], dataStyles?: OdfDataStyleSet): XmlOut {
  const kind = node.attrs.kind as FieldKind;
  const instruction = String(node.attrs.instruction);
  const fixed = node.attrs.fixed === true && FIXABLE_FIELD_KINDS.includes(kind) ? 'true' : undefined;
  // A fixed date or time says what it holds; without it LibreOffice shows today's.
  const value = fixed && (kind === 'date' || kind === 'time') ? fieldValueOfOdf(kind, (node.attrs.value as string | null) ?? undefined) : null;
  const valueAttr = value === null ? {} : { [`text:${kind}-value`]: value };
  if (kind !== 'other' && instruction === '') {
    const name = ODF_FIELD_ELEMENT[kind];
    const attrs = kind === 'page-number' ? { 'text:select-page': 'current' } : kind === 'file-name' ? { 'text:display': 'name-and-extension' } : {};
    return x(name, { ...attrs, 'text:fixed': fixed, ...valueAttr }, content);
  }
  // A date or time with a Word picture: the element with a data style showing it (date-picture.ts).
  const dated = dataStyles && (kind === 'date' || kind === 'time') ? datePictureOf(instruction) : null;
  const code = dated ? codeOfWordPicture(dated.picture) : null;
  // Only the canonical form reads back the same; any other instruction stays a text input.
  if (dated && code !== null && dated.kind === kind && wordPictureOfCode(code) === dated.picture && datePictureInstruction(kind, dated.picture) === instruction) {
    return x(ODF_FIELD_ELEMENT[kind], { 'style:data-style-name': dataStyles!.name(code), 'text:fixed': fixed, ...valueAttr }, content);
  }
  return x('text:text-input', { 'text:description': instruction }, content);
}

/** Where a paragraph starting a new-page section sends its page. */
export interface OdfMasterRef {
  readonly masterPage: string;
  readonly pageNumber: number | undefined;
}

interface PlannedSection {
  readonly props: SectionProps;
  readonly continuous: boolean;
  readonly master: string;
}

/** Writes a story (`doc` node) into ODF block elements, with the body writer's styles. */
export type OdfStoryWriter = (doc: PMNode) => XmlOut[];

/** Plans the sections of a document and writes their page layouts, master pages and section styles. */
export class OdfSectionWriter {
  private readonly sections: PlannedSection[] = [];
  private index = 0;
  /** The master page the next paragraph must name, if any. */
  private pendingMaster: OdfMasterRef | undefined;
  /** The `text:section` being filled, for a continuous section. */
  private open: XmlOut[] | null = null;
  /** True when the document declares page layout or has a style sheet (false: nothing is written, as before sections). */
  readonly declared: boolean;

  constructor(doc: PMNode) {
    const props: (SectionProps | null)[] = [];
    doc.forEach((block) => {
      if (block.type.name === 'section_break') props.push((block.attrs.section as SectionProps | null) ?? null);
    });
    props.push((doc.attrs.section as SectionProps | null | undefined) ?? null);
    // A document with a style sheet gets the default page too: LibreOffice (7.4) drops the parents
    // of named styles from a document without master page.
    this.declared = props.length > 1 || props[0] !== null || doc.attrs.styles != null;
    let masters = 0;
    props.forEach((p, i) => {
      const continuous = i > 0 && p?.start === 'continuous';
      const master = continuous ? this.sections[i - 1]!.master : i === 0 ? 'Standard' : `MP${String(++masters)}`;
      this.sections.push({ props: p ?? DEFAULT_SECTION, continuous, master });
    });
    const first = this.sections[0]!;
    if (first.props.pageNumberStart !== undefined) this.pendingMaster = { masterPage: first.master, pageNumber: first.props.pageNumberStart };
    if (first.props.notes) this.open = [];
  }

  /** The master page the paragraph being written must name (once per new-page section). */
  takeMaster(): OdfMasterRef | undefined {
    const m = this.pendingMaster;
    this.pendingMaster = undefined;
    return m;
  }

  /** Adds a written block to `blocks`, or to the open `text:section`. */
  place(block: XmlOut, blocks: XmlOut[]): void {
    if (this.open) this.open.push(block);
    else blocks.push(block);
  }

  /** A section break: closes the section being written and starts the next one. */
  sectionBreak(blocks: XmlOut[]): void {
    this.closeSection(blocks);
    this.index = Math.min(this.index + 1, this.sections.length - 1);
    const s = this.sections[this.index]!;
    if (s.continuous) this.open = [];
    else {
      this.pendingMaster = { masterPage: s.master, pageNumber: s.props.pageNumberStart };
      // A new-page section with its own note settings: its content is a text:section too.
      if (s.props.notes) this.open = [];
    }
  }

  /** Closes the last `text:section`, at the end of the body. */
  finish(blocks: XmlOut[]): void {
    this.closeSection(blocks);
  }

  private closeSection(blocks: XmlOut[]): void {
    if (!this.open) return;
    const n = this.index + 1;
    // A section holds at least one paragraph.
    blocks.push(x('text:section', { 'text:style-name': `Sect${String(n)}`, 'text:name': `Section${String(n)}` }, this.open.length > 0 ? this.open : x('text:p')));
    this.open = null;
  }

  /**
   * Section styles (content automatic styles) of the continuous sections and of the new-page
   * sections with their own note settings (these without columns: the page gives them).
   */
  sectionStyles(): XmlOut[] {
    return this.sections.flatMap((s, i) =>
      s.continuous || s.props.notes
        ? [x('style:style', { 'style:name': `Sect${String(i + 1)}`, 'style:family': 'section' }, x('style:section-properties', {}, s.continuous ? columnsXml(s.props.columns) : null, odfSectionNotesConfigurations(s.props.notes)))]
        : [],
    );
  }

  /** Page layouts (automatic styles of styles.xml) of the new-page sections. */
  pageLayouts(): XmlOut[] {
    if (!this.declared) return [];
    return this.sections.flatMap((s, i) => (s.continuous ? [] : [pageLayout(`PL${String(i + 1)}`, s.props)]));
  }

  /** `office:master-styles` (null when the document declares no page layout). */
  masterStyles(writeStory: OdfStoryWriter): XmlOut | null {
    if (!this.declared) return null;
    const pages = this.sections.flatMap((s, i) =>
      s.continuous
        ? []
        : [x('style:master-page', { 'style:name': s.master, 'style:page-layout-name': `PL${String(i + 1)}` }, stories('header', s.props.headers, s.props.titlePage, writeStory), stories('footer', s.props.footers, s.props.titlePage, writeStory))],
    );
    return x('office:master-styles', {}, pages);
  }
}

function columnsXml(columns: SectionProps['columns']): XmlOut {
  return odfColumnsXml(columns, odfPt);
}

function pageLayout(name: string, s: SectionProps): XmlOut {
  const page = s.page ?? DEFAULT_SECTION.page!;
  const m = s.margins ?? DEFAULT_SECTION.margins!;
  const hasHeader = s.headers?.default !== undefined;
  const hasFooter = s.footers?.default !== undefined;
  const area = (tag: 'header' | 'footer', distance: number, margin: number): XmlOut =>
    x(`style:${tag}-style`, {}, x('style:header-footer-properties', { 'fo:min-height': odfPt(Math.max(0, margin - distance)), [tag === 'header' ? 'fo:margin-bottom' : 'fo:margin-top']: '0pt' }));
  return x(
    'style:page-layout',
    { 'style:name': name },
    x(
      'style:page-layout-properties',
      {
        'fo:page-width': odfPt(page.width),
        'fo:page-height': odfPt(page.height),
        'style:num-format': s.pageNumberFormat ? PAGE_NUMBER_FORMAT[s.pageNumberFormat] : '1',
        'style:print-orientation': page.orientation,
        'fo:margin-top': odfPt(hasHeader ? m.header : m.top),
        'fo:margin-bottom': odfPt(hasFooter ? m.footer : m.bottom),
        'fo:margin-left': odfPt(m.left),
        'fo:margin-right': odfPt(m.right),
      },
      s.columns ? columnsXml(s.columns) : null,
    ),
    hasHeader ? area('header', m.header, m.top) : null,
    hasFooter ? area('footer', m.footer, m.bottom) : null,
  );
}

function storyNode(json: PMNodeJSON): PMNode {
  try {
    return PMNode.fromJSON(textSchema, json);
  } catch {
    return textSchema.node('doc', null, [textSchema.node('paragraph')]);
  }
}

/** `style:header`, `style:header-left`, `style:header-first` (or the footer ones) of a set. */
function stories(tag: 'header' | 'footer', set: HeaderFooterSet | undefined, titlePage: boolean | undefined, writeStory: OdfStoryWriter): XmlOut[] {
  if (!set?.default) return [];
  const el = (suffix: string, json: PMNodeJSON): XmlOut => x(`style:${tag}${suffix}`, {}, writeStory(storyNode(json)));
  return [el('', set.default), set.even ? el('-left', set.even) : null, titlePage && set.first ? el('-first', set.first) : null].filter((e): e is XmlOut => e !== null);
}
