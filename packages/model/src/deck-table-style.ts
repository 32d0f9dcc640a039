/**
 * A table cell as its table style shows it: the cell's own fill, borders and run formatting
 * first, what the style resolves onto the cell (`TableCell.styled`) where the cell has none.
 */
import type { Fill, Outline, TableCell } from './deck-shapes.js';
import type { TextBody } from './deck-text.js';

/** The fill the cell shows: its own, else its style's. */
export function cellFill(cell: TableCell | undefined): Fill | undefined {
  return cell?.fill ?? cell?.styled?.fill;
}

/** The borders the cell shows, side by side: its own, else its style's. */
export function cellBorders(cell: TableCell | undefined): { left?: Outline; right?: Outline; top?: Outline; bottom?: Outline } {
  const own = cell?.borders;
  const styled = cell?.styled?.borders;
  const side = (k: 'left' | 'right' | 'top' | 'bottom'): Outline | undefined => own?.[k] ?? styled?.[k];
  const out: { left?: Outline; right?: Outline; top?: Outline; bottom?: Outline } = {};
  for (const k of ['left', 'right', 'top', 'bottom'] as const) {
    const o = side(k);
    if (o) out[k] = o;
  }
  return out;
}

/** The cell's text with its style's colour, bold and italic given to runs that set none of their own. */
export function cellText(cell: TableCell | undefined): TextBody | undefined {
  const s = cell?.styled;
  if (!cell || !s || (s.color === undefined && s.bold === undefined && s.italic === undefined)) return cell?.text;
  const extra = { ...(s.color ? { color: s.color } : {}), ...(s.bold !== undefined ? { bold: s.bold } : {}), ...(s.italic !== undefined ? { italic: s.italic } : {}) };
  return {
    ...cell.text,
    paragraphs: cell.text.paragraphs.map((p) => ({
      ...p,
      runs: p.runs.map((r) => ({ ...r, style: { ...extra, ...r.style } })),
      ...(p.endStyle || p.runs.length === 0 ? { endStyle: { ...extra, ...p.endStyle } } : {}),
    })),
  };
}
