/**
 * Fields, bookmarks and section boundaries: node and mark specs of the text schema.
 * Spread into `textSchema` by `text-schema.ts`.
 *
 * - `field`: an inline atom showing the last result a word processor computed (page number,
 *   page count, date, author...). `kind` says what it computes, `instruction` keeps the
 *   original code (a DOCX field instruction such as ` DATE \@ "dd/MM/yyyy" `, or for ODF the
 *   element name with its data style) so that round trips keep it; `result` is the text shown.
 * - `table_of_contents`: a block holding the last-result paragraphs of a table of contents,
 *   with the instruction that builds it (DOCX ` TOC \o "1-3" \h `) and its outline levels.
 * - `column_break`: the next block starts in the next column (like `page_break` for pages).
 * - `section_break`: ends a section. Its `section` attribute holds the properties of the
 *   section it ends ({@link SectionProps}); the last section's properties are the `doc` node's
 *   `section` attribute (null when the file declared none).
 */
import type { DOMOutputSpec, MarkSpec, NodeSpec, Node as PMNode } from 'prosemirror-model';
import type { PMNodeJSON } from './text-document.js';
import { isSectionNoteSettings } from './text-note-settings.js';
import type { SectionNoteSettings } from './text-note-settings.js';

/** What a field computes. */
export type FieldKind = 'page-number' | 'page-count' | 'date' | 'time' | 'author' | 'title' | 'file-name' | 'other';

export const FIELD_KINDS: readonly FieldKind[] = ['page-number', 'page-count', 'date', 'time', 'author', 'title', 'file-name', 'other'];

/** Kinds of fields whose result can be fixed (ODF `text:fixed`, DOCX `w:fldLock`): the others always update. */
export const FIXABLE_FIELD_KINDS: readonly FieldKind[] = ['page-number', 'date', 'time', 'author', 'title', 'file-name'];

/** How a section starts. */
export type SectionStart = 'next-page' | 'continuous' | 'even-page' | 'odd-page';

/** Header or footer stories of a section: each a `doc` node as JSON (same schema). */
export interface HeaderFooterSet {
  readonly default?: PMNodeJSON;
  /** Used on the first page when `titlePage` is set. */
  readonly first?: PMNodeJSON;
  /** Used on even pages (odd pages use `default`). */
  readonly even?: PMNodeJSON;
}

/**
 * Text columns of a section. `widths` is there only for columns of unequal widths or spacing:
 * each column's width and the space after it (the last one's is 0), in twips; `count` is then
 * their number and `gap` the first space.
 */
export interface SectionColumns {
  readonly count: number;
  readonly gap: number;
  readonly separator: boolean;
  readonly widths?: readonly { readonly width: number; readonly space: number }[];
}

/**
 * Line numbering: every `countBy`th line is numbered, `distance` twips from the text (undefined:
 * automatic), starting at `start` (DOCX only; ODF starts at 1), restarting on each page, each
 * section (DOCX only) or never.
 */
export interface LineNumbering {
  readonly countBy: number;
  readonly start?: number;
  readonly distance?: number;
  readonly restart: 'page' | 'section' | 'continuous';
}

/**
 * Page layout of a section. Lengths are in **twips** (1/1440 inch, as for tables). Every field
 * is optional: what a file did not declare is left out (writers use A4 with 2.5 cm margins).
 *
 * Readers give the form both DOCX and ODF can express, so that round trips across formats keep
 * it (`docs`: formats/src/text/CONTEXT.md): headers and footers are the effective ones (DOCX
 * inheritance resolved); a gutter is added to the left margin; `header`/`footer` distances are
 * 0 when the section has no header/footer; `start` is only ever `continuous` (next-page is the
 * default, even/odd starts are read as next-page), and a continuous section shares the page,
 * margins, headers and footers of the section before it (only its columns differ); with
 * `titlePage` the first-page stories exist (empty when the file gave none); `pageNumberFormat`
 * is left out for decimal.
 */
export interface SectionProps {
  readonly page?: { readonly width: number; readonly height: number; readonly orientation: 'portrait' | 'landscape' };
  readonly margins?: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number; readonly header: number; readonly footer: number };
  readonly columns?: SectionColumns;
  /** Line numbers in the margin (DOCX `w:lnNumType`; ODF has one setting for the whole document). */
  readonly lineNumbering?: LineNumbering;
  readonly start?: SectionStart;
  /** The first page has its own header and footer. */
  readonly titlePage?: boolean;
  /** Page numbering restarts at this number. */
  readonly pageNumberStart?: number;
  /** Page number format (DOCX `w:fmt` values: decimal, lowerRoman, upperRoman, lowerLetter, upperLetter). */
  readonly pageNumberFormat?: string;
  readonly headers?: HeaderFooterSet;
  readonly footers?: HeaderFooterSet;
  /** Footnote and endnote settings of this section, replacing the document's here (text-note-settings.ts). */
  readonly notes?: SectionNoteSettings;
}

function validateSection(v: unknown): void {
  if (v !== null && (typeof v !== 'object' || Array.isArray(v))) throw new RangeError('Section properties must be an object or null.');
  const notes = (v as { notes?: unknown } | null)?.notes;
  if (notes !== undefined && !isSectionNoteSettings(notes)) throw new RangeError('Section note settings give a format, start, restart and position per kind.');
}

const FIELD_VALUE = /^(?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2})?|\d{2}:\d{2}:\d{2})$/;

/**
 * True for the stored value of a fixed date or time field: ISO 8601 `yyyy-MM-dd`,
 * `yyyy-MM-ddTHH:mm:ss` or `HH:mm:ss` (local time, as ODF `text:date-value` / `text:time-value`).
 */
export function isFieldValue(v: unknown): v is string {
  return typeof v === 'string' && FIELD_VALUE.test(v);
}

/** The text a field shows. */
function fieldResult(node: PMNode): string {
  return typeof node.attrs.result === 'string' ? node.attrs.result : '';
}

export const fieldNodeSpecs: Record<string, NodeSpec> = {
  field: {
    inline: true,
    group: 'inline',
    atom: true,
    selectable: true,
    attrs: {
      kind: { default: 'other', validate: (v: unknown) => { if (!FIELD_KINDS.includes(v as FieldKind)) throw new RangeError('Unknown field kind.'); } },
      instruction: { default: '', validate: 'string' },
      result: { default: '', validate: 'string' },
      /** True when the field keeps its result and is never updated (ODF `text:fixed`, DOCX `w:fldLock`). */
      fixed: { default: false, validate: 'boolean' },
      /** The date or time a fixed date or time field holds (see {@link isFieldValue}), or null. */
      value: { default: null, validate: (v: unknown) => { if (v !== null && !isFieldValue(v)) throw new RangeError('A field value is an ISO date, date-time or time.'); } },
    },
    leafText: fieldResult,
    parseDOM: [
      {
        tag: 'span[data-field]',
        getAttrs: (dom) => ({
          kind: FIELD_KINDS.includes(dom.getAttribute('data-field') as FieldKind) ? dom.getAttribute('data-field') : 'other',
          instruction: dom.getAttribute('data-instruction') ?? '',
          result: dom.textContent ?? '',
        }),
      },
    ],
    toDOM: (node): DOMOutputSpec => ['span', { 'data-field': node.attrs.kind as string, 'data-instruction': node.attrs.instruction as string, class: 'field' }, fieldResult(node)],
  },
  table_of_contents: {
    group: 'block',
    content: 'block+',
    defining: true,
    attrs: { instruction: { default: '', validate: 'string' }, levels: { default: 3, validate: 'number' } },
    parseDOM: [{ tag: 'div[data-toc]', getAttrs: (dom) => ({ instruction: dom.getAttribute('data-instruction') ?? '', levels: Number(dom.getAttribute('data-levels') ?? 3) || 3 }) }],
    toDOM: (node): DOMOutputSpec => ['div', { 'data-toc': 'true', 'data-instruction': node.attrs.instruction as string, 'data-levels': String(node.attrs.levels), class: 'table-of-contents' }, 0],
  },
  column_break: {
    group: 'block',
    atom: true,
    selectable: true,
    parseDOM: [{ tag: 'hr[data-column-break]' }],
    toDOM: (): DOMOutputSpec => ['hr', { 'data-column-break': 'true', class: 'column-break' }],
  },
  section_break: {
    group: 'block',
    atom: true,
    selectable: true,
    attrs: { section: { default: null, validate: validateSection } },
    parseDOM: [{ tag: 'hr[data-section-break]', getAttrs: (dom) => ({ section: parseSection(dom.getAttribute('data-section')) }) }],
    toDOM: (node): DOMOutputSpec => ['hr', { 'data-section-break': 'true', 'data-section': node.attrs.section ? JSON.stringify(node.attrs.section) : '', class: 'section-break' }],
  },
};

function parseSection(s: string | null): SectionProps | null {
  if (!s) return null;
  try {
    const v: unknown = JSON.parse(s);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v) : null;
  } catch {
    return null;
  }
}

/** Attributes of the `doc` node: the last section's properties. */
export const docSectionAttrs = { section: { default: null, validate: validateSection } };

export const fieldMarkSpecs: Record<string, MarkSpec> = {};
