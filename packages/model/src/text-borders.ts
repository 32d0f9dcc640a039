/**
 * Paragraph borders: up to four lines around a paragraph (ECMA-376 Part 1, 17.3.1.24 `w:pBdr`;
 * ODF 1.3 Part 3, 20.176 `fo:border-*` with 20.218 `fo:padding-*`). Consecutive paragraphs with
 * the same borders are drawn as one box by both Word and LibreOffice.
 *
 * Units are those of Word, which are the coarser: widths in eighths of a point (`w:sz`, 2 to 96)
 * and the distance to the text in whole points (`w:space`, 0 to 31). ODF lengths are rounded to
 * them when read, so a file written by Ostal reads back the same.
 */

/** The sides a paragraph border can have. */
export const TEXT_BORDER_SIDES = ['top', 'bottom', 'left', 'right'] as const;
export type TextBorderSide = (typeof TEXT_BORDER_SIDES)[number];

/** Line styles kept; the many others of Word (wave, triple, thin-thick…) read as their nearest. */
export type TextBorderStyle = 'solid' | 'double' | 'dotted' | 'dashed';
const STYLES: ReadonlySet<string> = new Set<TextBorderStyle>(['solid', 'double', 'dotted', 'dashed']);

/** One border line. */
export interface TextBorderLine {
  readonly style: TextBorderStyle;
  /** Eighths of a point, 2 to 96. */
  readonly width: number;
  /** `#rrggbb`, or null for automatic (the text colour). */
  readonly color: string | null;
  /** Distance to the text in points, 0 to 31. */
  readonly space: number;
}

/** A paragraph's borders: only the sides that draw a line. */
export type TextBorders = Readonly<Partial<Record<TextBorderSide, TextBorderLine>>>;

/** Narrowest and widest border Word stores (17.3.4 `w:sz`). */
export const TEXT_BORDER_WIDTH = { min: 2, max: 96 } as const;
/** Largest distance between a border and its text, in points (17.3.4 `w:space`). */
export const MAX_BORDER_SPACE = 31;

/** A width in eighths of a point within Word's range. */
export function clampBorderWidth(eighths: number): number {
  if (!Number.isFinite(eighths)) return TEXT_BORDER_WIDTH.min;
  return Math.max(TEXT_BORDER_WIDTH.min, Math.min(TEXT_BORDER_WIDTH.max, Math.round(eighths)));
}

/** A distance in points within Word's range. */
export function clampBorderSpace(points: number): number {
  if (!Number.isFinite(points)) return 0;
  return Math.max(0, Math.min(MAX_BORDER_SPACE, Math.round(points)));
}

function isLine(v: unknown): v is TextBorderLine {
  if (typeof v !== 'object' || v === null) return false;
  const l = v as Record<string, unknown>;
  return (
    Object.keys(l).length === 4 &&
    typeof l.style === 'string' &&
    STYLES.has(l.style) &&
    Number.isInteger(l.width) &&
    (l.width as number) >= TEXT_BORDER_WIDTH.min &&
    (l.width as number) <= TEXT_BORDER_WIDTH.max &&
    (l.color === null || (typeof l.color === 'string' && /^#[0-9a-f]{6}$/.test(l.color))) &&
    Number.isInteger(l.space) &&
    (l.space as number) >= 0 &&
    (l.space as number) <= MAX_BORDER_SPACE
  );
}

/** True for a well-formed, non-empty {@link TextBorders} value. */
export function isTextBorders(v: unknown): v is TextBorders {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => (TEXT_BORDER_SIDES as readonly string[]).includes(k) && isLine((v as Record<string, unknown>)[k]));
}

/**
 * TextBorders from sides that may be missing or cleared (`null`, a side a style drew and the
 * paragraph removes), or null when no side draws.
 */
export function textBordersOf(sides: Readonly<Partial<Record<TextBorderSide, TextBorderLine | null>>>): TextBorders | null {
  const out: Partial<Record<TextBorderSide, TextBorderLine>> = {};
  for (const side of TEXT_BORDER_SIDES) {
    const line = sides[side];
    if (line) out[side] = line;
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** CSS declarations drawing the borders in the editor (width, style, colour and padding per side). */
export function textBordersCss(borders: TextBorders): string[] {
  const css: string[] = [];
  for (const side of TEXT_BORDER_SIDES) {
    const line = borders[side];
    if (!line) continue;
    // A double line needs room for its two strokes and the gap between them.
    const width = line.style === 'double' ? Math.max(line.width / 8, 2.25) : line.width / 8;
    css.push(`border-${side}: ${String(width)}pt ${line.style} ${line.color ?? 'currentColor'}`);
    css.push(`padding-${side}: ${String(line.space)}pt`);
  }
  return css;
}
