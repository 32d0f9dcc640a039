/**
 * What a cell shows: its computed value through the cell's number format (French users see
 * `1 234,56 €` and `28/11/2026`), with the style's font, colours, alignment and wrapping.
 */
import { formatCellValue } from '@ostal/calc';
import type { BorderLine, CellBorders, CellStyle, CellValue } from '@ostal/model';
import type { BorderDisplay, CellBordersDisplay, CellDisplay } from './grid-adapter.js';
import { displayValue } from './cell-text.js';
import type { BooleanWords } from './cell-text.js';

/** The display of `value` in a cell styled `style`. */
export function cellDisplay(value: CellValue, style: CellStyle, locale: string, words: BooleanWords, date1904 = false): CellDisplay {
  const error = typeof value === 'object' && value !== null;
  const code = style.numberFormat;
  let text: string;
  let color = style.font?.color;
  if (code !== undefined && (typeof value === 'number' || typeof value === 'string')) {
    const shown = formatCellValue(value, code, { locale, date1904 });
    text = shown.text;
    color = shown.color ?? color;
  } else text = displayValue(value, locale, words);
  const h = style.alignment?.horizontal;
  const align =
    h === 'left' || h === 'right' || h === 'center' || h === 'justify'
      ? h
      : h === 'centerContinuous'
        ? 'center'
        : typeof value === 'number'
          ? 'right'
          : typeof value === 'boolean' || error
            ? 'center'
            : 'left';
  const f = style.font;
  const v = style.alignment?.vertical;
  return {
    text,
    align,
    error,
    ...(f?.bold ? { bold: true } : {}),
    ...(f?.italic ? { italic: true } : {}),
    ...(f?.underline ? { underline: true } : {}),
    ...(f?.strike ? { strike: true } : {}),
    ...(f?.size ? { fontSize: f.size } : {}),
    ...(f?.family ? { fontFamily: f.family } : {}),
    ...(color ? { color } : {}),
    ...(style.fill ? { background: style.fill } : {}),
    ...(style.alignment?.wrap ? { wrap: true } : {}),
    ...(v === 'top' || v === 'center' ? { vertical: v === 'center' ? 'middle' : 'top' } : {}),
    ...(style.borders ? bordersDisplay(style.borders) : {}),
  };
}

function lineDisplay(line: BorderLine | undefined): BorderDisplay | undefined {
  if (!line) return undefined;
  const width = line.style === 'thick' ? 3 : line.style.startsWith('medium') ? 2 : 1;
  return { width, color: line.color ?? '#000000', ...(line.style === 'double' ? { double: true } : {}) };
}

/** The lines a cell draws (none: no `borders` member). */
function bordersDisplay(borders: CellBorders): { borders?: CellBordersDisplay } {
  const out: Record<string, BorderDisplay> = {};
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const line = lineDisplay(borders[side]);
    if (line) out[side] = line;
  }
  return Object.keys(out).length > 0 ? { borders: out } : {};
}
