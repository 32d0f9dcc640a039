/**
 * Table cell borders: the lines a cell draws on each of its sides (ECMA-376 Part 1, 17.4.66
 * `w:tcBorders` resolved with 17.4.39 `w:tblBorders` and the table style; ODF 1.3 Part 3,
 * 20.176 `fo:border-*` on 17.18 table-cell-properties).
 *
 * A cell's `borders` attribute is either null — the cell follows its table's `bordered` flag
 * (one thin black grid, as tables made in the editor have) — or the complete set of lines the
 * cell draws, resolved by the reader from everything the file says: a side missing from the set
 * draws nothing, and `{}` is a cell without any border. Lines are those of paragraph borders
 * ({@link TextBorderLine}); the distance to the text is always 0 for cells (cell padding is a
 * different property).
 */
import { TEXT_BORDER_SIDES, isTextBorders } from './text-borders.js';
import type { TextBorderLine, TextBorderSide } from './text-borders.js';

/** The lines one cell draws, by side; may be empty. */
export type TableCellBorders = Readonly<Partial<Record<TextBorderSide, TextBorderLine>>>;

/** True for a well-formed {@link TableCellBorders} (an empty set included). */
export function isTableCellBorders(v: unknown): v is TableCellBorders {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  return Object.keys(v).length === 0 || isTextBorders(v);
}

/** TableCellBorders from resolved sides (`null` or undefined for a side that draws nothing). */
export function tableCellBordersOf(sides: Readonly<Partial<Record<TextBorderSide, TextBorderLine | null | undefined>>>): TableCellBorders {
  const out: Partial<Record<TextBorderSide, TextBorderLine>> = {};
  for (const side of TEXT_BORDER_SIDES) {
    const line = sides[side];
    if (line) out[side] = { ...line, space: 0 };
  }
  return out;
}

/**
 * CSS declarations drawing a cell's borders in the editor: every side is set, so the table's
 * default grid and editing guides never show through a side the file leaves blank.
 */
export function tableCellBordersCss(borders: TableCellBorders): string[] {
  return TEXT_BORDER_SIDES.map((side) => {
    const line = borders[side];
    if (!line) return `border-${side}: none`;
    const width = line.style === 'double' ? Math.max(line.width / 8, 2.25) : line.width / 8;
    return `border-${side}: ${String(width)}pt ${line.style} ${line.color ?? 'currentColor'}`;
  });
}

/** Parses the `data-borders` attribute the editor writes; null when absent or malformed. */
export function parseTableCellBorders(json: string | null): TableCellBorders | null {
  if (!json) return null;
  try {
    const v: unknown = JSON.parse(json);
    return isTableCellBorders(v) ? v : null;
  } catch {
    return null;
  }
}
