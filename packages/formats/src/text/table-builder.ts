/**
 * Builds table nodes from what the readers found (ECMA-376 Part 1, 17.4 tables; ODF 1.3 Part 3,
 * 9.1 tables), normalised so that the result is always a table prosemirror-tables accepts,
 * whatever the file said: rows of different lengths, spans past the grid, overlapping spans,
 * vertical merges without a start, empty rows.
 *
 * Cells are placed on a grid in reading order: a cell goes to the column its file gave or, when
 * that is taken (by a span from above or from the left), to the next free one; a column span is
 * cut where it would overlap a taken slot; a row span is cut at the last row. Slots left empty
 * are filled with empty cells, so every row covers the same width. Column widths the file did
 * not give (or gave for fewer columns than the grid has) become equal shares of the page's text
 * width.
 */
import { TEXT_BORDER_SIDES, TWIPS_PER_PX, tableCellBordersOf, textSchema } from '@ostal/model';
import type { RowChange, TableCellBorders, TableCellMargins, TableCellValue, TablePosition } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import type { BorderSides, TableBorderSides } from './border-props.js';
import { TEXT_WIDTH_TWIPS } from './table-grid.js';

/** A cell as a reader found it. */
export interface CellInput {
  /** Grid column the file puts the cell at (0-based); the builder may move it right. */
  readonly col: number;
  readonly colspan: number;
  readonly rowspan: number;
  /** Shading colour `#rrggbb`, or null. */
  readonly background: string | null;
  /** Block content (at least one block; an empty cell gets an empty paragraph). */
  readonly blocks: readonly PMNode[];
  /** Border sides the cell itself declares (a line, null for none, missing for "as the table says"). */
  readonly sides?: BorderSides | undefined;
  /** The cell's typed value (`text-cell-value.ts` in the model), or null/missing for text. */
  readonly value?: TableCellValue | null;
  /** The cell's margins (`text-cell-margins.ts` in the model), or null/missing for the default. */
  readonly margins?: TableCellMargins | null;
}

/** A row as a reader found it. */
export interface RowInput {
  /** True for a header row (repeated on each page); only leading header rows are kept as such. */
  readonly header: boolean;
  readonly cells: readonly CellInput[];
  /** The row inserted or deleted with changes tracked. */
  readonly change?: RowChange | null;
}

/** Table-level information a reader found. */
export interface TableInput {
  readonly rows: readonly RowInput[];
  /** Grid column widths in twips (`w:tblGrid`, `table:table-column`), or null when unknown. */
  readonly columnWidths: readonly number[] | null;
  readonly bordered: boolean;
  /** Where a floating table sits, or null/absent for a table in the flow. */
  readonly position?: TablePosition | null;
  /** Borders the table declares (edges and inside lines), from its properties or its style. */
  readonly borderSides?: TableBorderSides | undefined;
  /** Margins of the cells the builder adds to fill short rows (those the table gives all its cells). */
  readonly fillMargins?: TableCellMargins | null;
}

/** Longest span kept; beyond it a file is wrong or hostile. */
const MAX_SPAN = 1000;
/** Narrowest share given to a column of unknown width. */
const MIN_SHARE_TWIPS = 300;

interface Placed {
  readonly col: number;
  readonly colspan: number;
  readonly rowspan: number;
  readonly input: CellInput;
}

const span = (n: number): number => (Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), MAX_SPAN) : 1);

/** Places the cells of every row; returns the placements and the grid width. */
function place(rows: readonly RowInput[], fillMargins: TableCellMargins | null): { placed: Placed[][]; width: number } {
  const taken: boolean[][] = rows.map(() => []);
  const placed: Placed[][] = rows.map(() => []);
  let width = 0;
  rows.forEach((row, r) => {
    const here = taken[r]!;
    let next = 0;
    for (const cell of row.cells) {
      let col = Math.max(Number.isFinite(cell.col) ? Math.floor(cell.col) : 0, next);
      while (here[col]) col++;
      let colspan = 1;
      while (colspan < span(cell.colspan) && !here[col + colspan]) colspan++;
      const rowspan = Math.min(span(cell.rowspan), rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) {
        // A slot below already taken by an earlier cell stops the row span there.
        if (dr > 0 && Array.from({ length: colspan }, (_, i) => taken[r + dr]![col + i]).some(Boolean)) {
          placed[r]!.push({ col, colspan, rowspan: dr, input: cell });
          break;
        }
        for (let i = 0; i < colspan; i++) taken[r + dr]![col + i] = true;
        if (dr === rowspan - 1) placed[r]!.push({ col, colspan, rowspan, input: cell });
      }
      next = col + colspan;
      width = Math.max(width, next);
    }
  });
  // Empty slots become empty cells.
  rows.forEach((_, r) => {
    for (let col = 0; col < width; col++) {
      if (!taken[r]![col]) placed[r]!.push({ col, colspan: 1, rowspan: 1, input: { col, colspan: 1, rowspan: 1, background: null, blocks: [], margins: fillMargins } });
    }
    placed[r]!.sort((a, b) => a.col - b.col);
  });
  return { placed, width };
}

/**
 * The normalised table node, or null when there is nothing to show (no rows, or no cells at all).
 */
export function buildTable(input: TableInput): PMNode | null {
  const { placed, width } = place(input.rows, input.fillMargins ?? null);
  if (width === 0) return null;
  const declared = input.columnWidths && input.columnWidths.length >= width && input.columnWidths.slice(0, width).every((w) => Number.isFinite(w) && w > 0) ? input.columnWidths.slice(0, width).map(Math.round) : null;
  // Unknown widths become equal shares of the text width, so that writing and reading again gives the same table.
  const grid = declared ?? Array.from({ length: width }, () => Math.max(MIN_SHARE_TWIPS, Math.floor(TEXT_WIDTH_TWIPS / width)));
  const nodes = textSchema.nodes;
  // Once the file says anything of borders, every cell gets the lines it draws.
  const saysBorders = input.borderSides !== undefined || input.rows.some((row) => row.cells.some((c) => c.sides !== undefined));
  const resolved = saysBorders ? placed.map((cells, r) => cells.map((c) => cellBorders(c, r, placed.length, width, input.borderSides ?? {}))) : null;
  // Uniform tables stay as the editor makes them: one thin grid everywhere (`bordered`), or none.
  const uniform = resolved && (resolved.every((cells) => cells.every(isThinGrid)) ? true : resolved.every((cells) => cells.every((b) => Object.keys(b).length === 0)) ? false : undefined);
  let leadingHeader = true;
  const rows = placed.map((cells, r) => {
    const header = leadingHeader && input.rows[r]!.header;
    if (!header) leadingHeader = false;
    const type = header ? nodes.table_header! : nodes.table_cell!;
    const content = cells.map((c, i) => {
      const colwidth = grid.slice(c.col, c.col + c.colspan).map((w) => w / TWIPS_PER_PX);
      const blocks = c.input.blocks.length > 0 ? [...c.input.blocks] : [nodes.paragraph!.create()];
      const borders = resolved && uniform === undefined ? resolved[r]![i]! : null;
      return type.create({ colspan: c.colspan, rowspan: c.rowspan, colwidth, background: c.input.background, borders, value: c.input.value ?? null, margins: c.input.margins ?? null }, blocks);
    });
    return nodes.table_row!.create({ header, change: input.rows[r]!.change ?? null }, content);
  });
  const drawsAny = resolved ? resolved.some((cells) => cells.some((b) => Object.keys(b).length > 0)) : input.bordered;
  return nodes.table!.create({ columnWidths: grid, bordered: uniform ?? drawsAny, position: input.position ?? null }, rows);
}

/** True for the four thin (½ pt) solid black or automatic lines writers use for `bordered` tables. */
function isThinGrid(borders: TableCellBorders): boolean {
  return TEXT_BORDER_SIDES.every((side) => {
    const line = borders[side];
    return line !== undefined && line.style === 'solid' && line.width === 4 && (line.color === null || line.color === '#000000');
  });
}

/**
 * The lines a placed cell draws: its own sides first, then the table's edge lines on the
 * table's outside and its inside lines (`insideH`, `insideV`) between cells (17.4.39, 17.4.66).
 */
function cellBorders(c: Placed, row: number, rows: number, width: number, table: TableBorderSides): TableCellBorders {
  const own = c.input.sides ?? {};
  const pick = (side: 'top' | 'bottom' | 'left' | 'right', edge: boolean, inside: 'insideH' | 'insideV') => {
    const mine = own[side];
    return mine !== undefined ? mine : (edge ? table[side] : table[inside]);
  };
  return tableCellBordersOf({
    top: pick('top', row === 0, 'insideH'),
    bottom: pick('bottom', row + c.rowspan >= rows, 'insideH'),
    left: pick('left', c.col === 0, 'insideV'),
    right: pick('right', c.col + c.colspan >= width, 'insideV'),
  });
}
