/**
 * Table cell margins: the space between a cell's borders and its content (ECMA-376 Part 1,
 * 17.4.42 `w:tblCellMar` and 17.4.68 `w:tcMar`; ODF 1.3 Part 3, 20.219 `fo:padding` on 17.18
 * table-cell-properties), in **twips**.
 *
 * A cell's `margins` attribute is either null — the default padding of the format (the editor
 * and the ODF writer use 0.1 cm, Word its table's defaults) — or all four sides, resolved by the
 * reader from everything the file says (the table style, the table, the cell).
 */

/** The four margins of a cell in twips. */
export interface TableCellMargins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** Sides of a {@link TableCellMargins}, in the order CSS says them. */
export const CELL_MARGIN_SIDES = ['top', 'right', 'bottom', 'left'] as const;

/** Largest margin kept (22 inches, Word's largest page side). */
export const MAX_CELL_MARGIN = 31680;

/** True for a well-formed {@link TableCellMargins}. */
export function isTableCellMargins(v: unknown): v is TableCellMargins {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return Object.keys(o).length === 4 && CELL_MARGIN_SIDES.every((s) => typeof o[s] === 'number' && Number.isInteger(o[s]) && (o[s]) >= 0 && (o[s]) <= MAX_CELL_MARGIN);
}

/** Margins from sides in twips, each rounded and clamped to 0..{@link MAX_CELL_MARGIN}. */
export function tableCellMarginsOf(sides: Readonly<Record<(typeof CELL_MARGIN_SIDES)[number], number>>): TableCellMargins {
  const clamp = (n: number): number => (Number.isFinite(n) ? Math.min(MAX_CELL_MARGIN, Math.max(0, Math.round(n))) : 0);
  return { top: clamp(sides.top), right: clamp(sides.right), bottom: clamp(sides.bottom), left: clamp(sides.left) };
}

/** The CSS `padding` declaration showing the margins in the editor. */
export function tableCellMarginsCss(m: TableCellMargins): string {
  return `padding: ${CELL_MARGIN_SIDES.map((s) => `${String(m[s] / 20)}pt`).join(' ')}`;
}

/** Parses the `data-margins` attribute the editor writes; null when absent or malformed. */
export function parseTableCellMargins(json: string | null): TableCellMargins | null {
  if (!json) return null;
  try {
    const v: unknown = JSON.parse(json);
    return isTableCellMargins(v) ? v : null;
  } catch {
    return null;
  }
}
