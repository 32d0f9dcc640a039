/**
 * What `ostal inspect` counts in a document: a quick census to check a conversion kept the
 * content (same number of paragraphs, cells, formulas, slides on both sides).
 */
import type { Deck, OstalDocument, PMNodeJSON, SectionProps, TextDocument, Workbook } from '@ostal/model';
import { forEachCell } from '@ostal/model';

/** Counts for one document. Fields that do not apply to its kind are 0. */
export interface DocumentCounts {
  /** Text blocks: paragraphs and headings (in lists, tables, notes and comments too); for a deck, body paragraphs. */
  readonly paragraphs: number;
  readonly tables: number;
  readonly images: number;
  readonly sheets: number;
  /** Non-empty cells (a value or a formula). */
  readonly cells: number;
  readonly formulas: number;
  readonly slides: number;
  /** Footnotes, endnotes and comments (replies included) of a text document. */
  readonly footnotes: number;
  readonly endnotes: number;
  readonly comments: number;
  /**
   * Tracked changes in a text document: insertions, deletions and format changes (a run of
   * consecutive nodes carrying the same change counts once) and changed paragraph marks.
   */
  readonly trackedChanges: number;
  /** Content kept from the original file without being understood (formulas...). */
  readonly opaque: number;
  /** Bookmarks (text documents that have some). */
  readonly bookmarks?: number;
  /** Sections of a text document that declares page layout (0 when it declares none). */
  readonly sections: number;
  /** Distinct header and footer stories of a text document. */
  readonly headersFooters: number;
  /** Fields (page numbers, dates...) in the body, headers and footers. */
  readonly fields: number;
  /** Merged ranges (workbooks). */
  readonly merges: number;
  /** Cells with a style other than the default (workbooks). */
  readonly styledCells: number;
  /** Defined names (workbooks). */
  readonly definedNames: number;
  /** Distinct number format codes cells use, General excluded (workbooks). */
  readonly numberFormats: number;
}

const ZERO: DocumentCounts = {
  paragraphs: 0,
  tables: 0,
  images: 0,
  sheets: 0,
  cells: 0,
  formulas: 0,
  slides: 0,
  footnotes: 0,
  endnotes: 0,
  comments: 0,
  trackedChanges: 0,
  opaque: 0,
  sections: 0,
  headersFooters: 0,
  fields: 0,
  merges: 0,
  styledCells: 0,
  definedNames: 0,
  numberFormats: 0,
};

/** Node types counted as paragraphs, tables and images in text documents. */
const PARAGRAPH_TYPES = new Set(['paragraph', 'heading']);
const TABLE_TYPES = new Set(['table']);
const IMAGE_TYPES = new Set(['image', 'figure_image']);
const CHANGE_MARKS = ['insertion', 'deletion', 'format_change'] as const;

/** Change marks of the inline children of a block, one per run of the same change. */
function countChangeRuns(children: readonly PMNodeJSON[]): number {
  let count = 0;
  const previous = new Map<string, string>();
  for (const child of children) {
    for (const type of CHANGE_MARKS) {
      const mark = child.marks?.find((m) => m.type === type);
      const key = mark ? JSON.stringify(mark.attrs ?? {}) : '';
      if (mark && previous.get(type) !== key) count += 1;
      previous.set(type, key);
    }
  }
  return count;
}

/** Fields in a header or footer story. */
function countFields(story: PMNodeJSON): number {
  let n = 0;
  const stack: PMNodeJSON[] = [story];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'field') n += 1;
    if (node.content) stack.push(...node.content);
  }
  return n;
}

function countText(doc: TextDocument): DocumentCounts {
  let paragraphs = 0;
  let tables = 0;
  let images = 0;
  const notes = { footnotes: 0, endnotes: 0, comments: 0 };
  let trackedChanges = 0;
  let opaque = 0;
  let bookmarks = 0;
  let fields = 0;
  let breaks = 0;
  const stories = new Set<string>();
  /** Counts the distinct header and footer stories of a section and the fields they hold. */
  const sectionStories = (section: unknown): void => {
    const s = section as SectionProps | null | undefined;
    for (const set of [s?.headers, s?.footers]) {
      for (const story of [set?.default, set?.first, set?.even]) {
        if (!story) continue;
        const key = JSON.stringify(story);
        if (stories.has(key)) continue;
        stories.add(key);
        fields += countFields(story);
      }
    }
  };
  // Iterative walk: a hostile document may nest deeply; recursion would overflow the stack.
  const stack: PMNodeJSON[] = [doc.content];
  sectionStories(doc.content.attrs?.section);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (PARAGRAPH_TYPES.has(node.type)) paragraphs += 1;
    else if (TABLE_TYPES.has(node.type)) tables += 1;
    else if (IMAGE_TYPES.has(node.type)) images += 1;
    else if (node.type === 'note') notes[node.attrs?.kind === 'endnote' ? 'endnotes' : 'footnotes'] += 1;
    else if (node.type === 'comment') notes.comments += 1;
    else if (node.type === 'paragraph_change') trackedChanges += 1;
    else if (node.type === 'opaque') opaque += 1;
    else if (node.type === 'bookmark') bookmarks += 1;
    else if (node.type === 'field') fields += 1;
    else if (node.type === 'section_break') {
      breaks += 1;
      sectionStories(node.attrs?.section);
    }
    if (node.content) {
      if (node.content.some((c) => c.type === 'text' || c.marks)) trackedChanges += countChangeRuns(node.content);
      stack.push(...node.content);
    }
  }
  const sections = breaks > 0 || doc.content.attrs?.section ? breaks + 1 : 0;
  return { ...ZERO, paragraphs, tables, images, ...notes, trackedChanges, opaque, ...(bookmarks > 0 ? { bookmarks } : {}), sections, headersFooters: stories.size, fields };
}

function countWorkbook(book: Workbook): DocumentCounts {
  let cells = 0;
  let formulas = 0;
  let merges = 0;
  let styledCells = 0;
  const formats = new Set<string>();
  let comments = 0;
  let opaque = 0;
  let images = 0;
  for (const sheet of book.sheets) {
    merges += sheet.merges?.length ?? 0;
    images += sheet.images?.length ?? 0;
    // Cell notes; kept-as-is drawings, pivot tables and conditional formatting rules count as opaque content.
    comments += sheet.comments?.length ?? 0;
    opaque += (sheet.drawing ? 1 : 0) + (sheet.pivotTables?.parts.length ?? 0) + (sheet.conditionalFormats ?? []).reduce((n, f) => n + f.rules.filter((r) => r.xml !== undefined).length, 0);
    forEachCell(sheet, (cell) => {
      if (cell.formula !== undefined) formulas += 1;
      if (cell.formula !== undefined || cell.value !== null) cells += 1;
      if (cell.style) {
        styledCells += 1;
        const code = book.styles?.[cell.style]?.numberFormat;
        if (code !== undefined && code !== 'General') formats.add(code);
      }
    });
  }
  opaque += book.dataPilots?.count ?? 0;
  return { ...ZERO, sheets: book.sheets.length, cells, formulas, images, comments, opaque, merges, styledCells, definedNames: book.names?.length ?? 0, numberFormats: formats.size };
}

function countDeck(deck: Deck): DocumentCounts {
  const paragraphs = deck.slides.reduce((sum, slide) => sum + slide.body.length, 0);
  return { ...ZERO, slides: deck.slides.length, paragraphs };
}

/** Counts the content of any document. */
export function countDocument(doc: OstalDocument): DocumentCounts {
  switch (doc.kind) {
    case 'text':
      return countText(doc);
    case 'workbook':
      return countWorkbook(doc);
    case 'deck':
      return countDeck(doc);
    default: {
      const missing: never = doc;
      throw new Error(`Missing case for document kind ${String((missing as { kind: unknown }).kind)}`);
    }
  }
}
