/**
 * What `ostal inspect` counts in a document: a quick census to check a conversion kept the
 * content (same number of paragraphs, cells, formulas, slides on both sides).
 */
import type { Deck, OstalDocument, PMNodeJSON, TextDocument, Workbook } from '@ostal/model';
import { forEachCell } from '@ostal/model';

/** Counts for one document. Fields that do not apply to its kind are 0. */
export interface DocumentCounts {
  /** Text blocks: paragraphs and headings (in lists and tables too); for a deck, body paragraphs. */
  readonly paragraphs: number;
  readonly tables: number;
  readonly images: number;
  readonly sheets: number;
  /** Non-empty cells (a value or a formula). */
  readonly cells: number;
  readonly formulas: number;
  readonly slides: number;
  /** Merged ranges (workbooks). */
  readonly merges: number;
  /** Cells with a style other than the default (workbooks). */
  readonly styledCells: number;
  /** Defined names (workbooks). */
  readonly definedNames: number;
  /** Distinct number format codes cells use, General excluded (workbooks). */
  readonly numberFormats: number;
}

const ZERO: DocumentCounts = { paragraphs: 0, tables: 0, images: 0, sheets: 0, cells: 0, formulas: 0, slides: 0, merges: 0, styledCells: 0, definedNames: 0, numberFormats: 0 };

/** Node types counted as paragraphs, tables and images in text documents. */
const PARAGRAPH_TYPES = new Set(['paragraph', 'heading']);
const TABLE_TYPES = new Set(['table']);
const IMAGE_TYPES = new Set(['image', 'figure_image']);

function countText(doc: TextDocument): DocumentCounts {
  let paragraphs = 0;
  let tables = 0;
  let images = 0;
  // Iterative walk: a hostile document may nest deeply; recursion would overflow the stack.
  const stack: PMNodeJSON[] = [doc.content];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (PARAGRAPH_TYPES.has(node.type)) paragraphs += 1;
    else if (TABLE_TYPES.has(node.type)) tables += 1;
    else if (IMAGE_TYPES.has(node.type)) images += 1;
    if (node.content) stack.push(...node.content);
  }
  return { ...ZERO, paragraphs, tables, images };
}

function countWorkbook(book: Workbook): DocumentCounts {
  let cells = 0;
  let formulas = 0;
  let merges = 0;
  let styledCells = 0;
  const formats = new Set<string>();
  for (const sheet of book.sheets) {
    merges += sheet.merges?.length ?? 0;
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
  return { ...ZERO, sheets: book.sheets.length, cells, formulas, merges, styledCells, definedNames: book.names?.length ?? 0, numberFormats: formats.size };
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
