/**
 * Direct formatting values of text documents and their CSS form.
 *
 * Units, chosen so that both file formats map to them without rounding drift:
 * - font sizes in **points** (a number, steps of 0.5 pt: DOCX stores half-points, ODF points);
 * - paragraph indents and spacing in **twips** (1/20 pt; DOCX's unit, ODF lengths convert);
 * - line height as a **multiple** of single spacing (1.15), never an absolute length;
 * - colours as lowercase `#rrggbb` (highlights too: Word's named highlights map to hex).
 *
 * The editor renders these as inline CSS, and reads pasted HTML back through the parsers here:
 * only known properties with validated values get through (no `url()`, no expressions).
 */

/** Paragraph alignment; `null` leaves the paragraph aligned as its style says (start). */
export type TextAlign = 'left' | 'center' | 'right' | 'justify';

const ALIGNS: readonly string[] = ['left', 'center', 'right', 'justify'];
const HEX = /^#[0-9a-f]{6}$/;
const FAMILY = /^[\p{L}\p{N} _.\-&+]{1,100}$/u;
/** Largest font size Word accepts (1638 pt). */
export const MAX_FONT_SIZE = 1638;
/** Largest indent or spacing kept, in twips (about 55 cm); larger values are clamped by readers. */
export const MAX_TWIPS = 31_680;

/** The `#rrggbb` form of a colour, or null when `value` is not one. Accepts `#rgb`, `#rrggbb` and `rgb(r, g, b)`. */
export function safeColor(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  if (HEX.test(v)) return v;
  if (/^#[0-9a-f]{3}$/.test(v)) return `#${v[1]!}${v[1]!}${v[2]!}${v[2]!}${v[3]!}${v[3]!}`;
  const m = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*1(?:\.0*)?\s*)?\)$/.exec(v);
  if (!m) return null;
  const parts = [m[1], m[2], m[3]].map(Number);
  if (parts.some((n) => n > 255)) return null;
  return '#' + parts.map((n) => n.toString(16).padStart(2, '0')).join('');
}

/** A font family name the model keeps (letters, digits, spaces, `-_.&+`), or null. Quotes around it are removed. */
export function safeFontFamily(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().replace(/^(['"])(.*)\1$/, '$2').trim();
  return FAMILY.test(v) ? v : null;
}

/** A font size in points, rounded to half a point, or null outside 1-1638 pt. */
export function safeFontSize(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const v = Math.round(value * 2) / 2;
  return v >= 1 && v <= MAX_FONT_SIZE ? v : null;
}

/** A paragraph alignment, or null. */
export function safeAlign(value: unknown): TextAlign | null {
  return typeof value === 'string' && ALIGNS.includes(value) ? (value as TextAlign) : null;
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(message);
}

/** Attribute validators for the schema: each throws a `RangeError` on a value the model refuses. */
export const validateFormat = {
  color: (v: unknown): void => check(typeof v === 'string' && HEX.test(v), 'Colours must be written #rrggbb in lowercase.'),
  family: (v: unknown): void => check(safeFontFamily(v) === v, 'Font family names may only hold letters, digits, spaces and -_.&+.'),
  size: (v: unknown): void => check(safeFontSize(v) === v, 'Font sizes are points from 1 to 1638, in half points.'),
  align: (v: unknown): void => check(v === null || safeAlign(v) === v, 'Alignment is left, center, right, justify or null.'),
  twips: (v: unknown): void => check(v === null || (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= MAX_TWIPS), 'Indents and spacing are whole twips or null.'),
  lineHeight: (v: unknown): void => check(v === null || (typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= 10), 'Line height is a multiple between 0 and 10, or null.'),
  styleName: (v: unknown): void => check(v === null || (typeof v === 'string' && v.length > 0 && v.length <= 200), 'Style names are 1 to 200 characters, or null.'),
  flag: (v: unknown): void => check(typeof v === 'boolean', 'This attribute is true or false.'),
};

/** A CSS length in points for a value in twips. */
export function twipsToCss(twips: number): string {
  return `${String(twips / 20)}pt`;
}

/** Twips for a CSS length in pt, px, cm, mm or in; null for anything else. */
export function cssLengthToTwips(value: string | null | undefined): number | null {
  const m = /^(-?\d+(?:\.\d+)?)(pt|px|cm|mm|in)$/.exec((value ?? '').trim());
  if (!m) return null;
  const n = Number(m[1]);
  const perUnit = { pt: 20, px: 15, cm: 1440 / 2.54, mm: 144 / 2.54, in: 1440 }[m[2] as 'pt' | 'px' | 'cm' | 'mm' | 'in'];
  const twips = Math.round(n * perUnit);
  return Math.abs(twips) <= MAX_TWIPS ? twips : null;
}

/** Points for a CSS font size in pt or px; null for anything else. */
export function cssFontSizeToPt(value: string | null | undefined): number | null {
  const m = /^(\d+(?:\.\d+)?)(pt|px)$/.exec((value ?? '').trim());
  if (!m) return null;
  return safeFontSize(m[2] === 'px' ? Number(m[1]) * 0.75 : Number(m[1]));
}

/** The first family of a CSS `font-family` list, when the model accepts it. */
export function cssFontFamily(value: string | null | undefined): string | null {
  const first = (value ?? '').split(',')[0];
  return safeFontFamily(first);
}

/** The CSS of a font family name (quoted; names are already restricted to safe characters). */
export function fontFamilyCss(family: string): string {
  return `"${family}"`;
}
