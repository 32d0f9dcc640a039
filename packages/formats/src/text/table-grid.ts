/**
 * The grid of a model table, as both table writers need it (ECMA-376 Part 1, 17.4.48
 * `w:tblGrid` and 17.4.84 `w:vMerge`; ODF 1.3 Part 3, 9.1.5 covered cells and 9.1.6 columns):
 * which cell starts in each slot and which slots are covered by a span, and the width of each
 * grid column in twips.
 *
 * Widths: a cell's `colwidth` (pixels, what the editor resizes) wins, then the table's
 * `columnWidths` (twips) when it has one entry per column; columns still unknown share what is
 * left of the text width, equally.
 */
import { TWIPS_PER_PX } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';

/** Width of the text area of the A4 page the writers declare (21 cm less 2 × 2.5 cm), in twips. */
export const TEXT_WIDTH_TWIPS = 9072;
/** Narrowest column written. */
const MIN_COLUMN_TWIPS = 300;

/** One slot of the grid. */
export type GridSlot =
  /** A cell starts here. */
  | { readonly kind: 'cell'; readonly cell: PMNode; readonly colspan: number; readonly rowspan: number }
  /** Covered by the span of a cell starting above (`fromAbove`) or to the left on the same row. */
  | { readonly kind: 'covered'; readonly origin: PMNode; readonly fromAbove: boolean; readonly colspan: number }
  /** A hole no cell fills (only in a malformed table); written as an empty cell. */
  | { readonly kind: 'empty' };

/** A table laid out on its grid. */
export interface TableGrid {
  readonly width: number;
  /** `rows[r][c]`; slots to the right of a cell start on the same row are `covered` with `fromAbove: false`. */
  readonly rows: readonly (readonly GridSlot[])[];
  /** Grid column widths in twips. */
  readonly columns: readonly number[];
  /** Row nodes, in order. */
  readonly rowNodes: readonly PMNode[];
  /** How many leading rows are header rows. */
  readonly headerRows: number;
}

/** True for a row the writers mark as a header row. */
function isHeaderRow(row: PMNode): boolean {
  if (row.attrs.header === true) return true;
  let all = row.childCount > 0;
  row.forEach((cell) => {
    if (cell.type.spec.tableRole !== 'header_cell') all = false;
  });
  return all;
}

/**
 * Lays `table` out on its grid. Tables from the readers and the editor are rectangular; should
 * one not be, slots nobody fills are `empty` and row spans are cut at the last row.
 */
export function tableGrid(table: PMNode): TableGrid {
  const rowNodes: PMNode[] = [];
  table.forEach((row) => rowNodes.push(row));
  const slots: (GridSlot | undefined)[][] = rowNodes.map(() => []);
  const known: (number | undefined)[] = [];
  rowNodes.forEach((row, r) => {
    const here = slots[r]!;
    let col = 0;
    row.forEach((cell) => {
      while (here[col]) col++;
      const colspan = Math.max(1, Number(cell.attrs.colspan) || 1);
      const rowspan = Math.max(1, Math.min(Number(cell.attrs.rowspan) || 1, rowNodes.length - r));
      const colwidth = cell.attrs.colwidth as number[] | null;
      for (let dc = 0; dc < colspan; dc++) {
        const px = colwidth?.[dc];
        if (px !== undefined && px > 0 && known[col + dc] === undefined) known[col + dc] = Math.round(px * TWIPS_PER_PX);
        for (let dr = 0; dr < rowspan; dr++) {
          slots[r + dr]![col + dc] ??=
            dr === 0 && dc === 0 ? { kind: 'cell', cell, colspan, rowspan } : { kind: 'covered', origin: cell, fromAbove: dr > 0, colspan };
        }
      }
      col += colspan;
    });
  });
  const width = Math.max(0, ...slots.map((r) => r.length));
  const declared = table.attrs.columnWidths as number[] | null;
  if (declared && declared.length === width) declared.forEach((w, i) => (known[i] ??= w > 0 ? Math.round(w) : undefined));
  const sumKnown = known.reduce<number>((s, w) => s + (w ?? 0), 0);
  const unknown = Array.from({ length: width }, (_, i) => i).filter((i) => known[i] === undefined).length;
  const share = unknown > 0 ? Math.max(MIN_COLUMN_TWIPS, Math.floor((TEXT_WIDTH_TWIPS - sumKnown) / unknown)) : 0;
  const columns = Array.from({ length: width }, (_, i) => known[i] ?? share);
  let headerRows = 0;
  while (headerRows < rowNodes.length && isHeaderRow(rowNodes[headerRows]!)) headerRows++;
  return { width, rows: slots.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? { kind: 'empty' })), columns, rowNodes, headerRows };
}
