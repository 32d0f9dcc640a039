/**
 * The base formatting of a text document: what text and paragraphs look like when nothing
 * closer says otherwise — DOCX `w:docDefaults` with the default paragraph style (ECMA-376
 * Part 1, 17.7.5 and 17.7.4.17), ODF `style:default-style` with the `Standard` paragraph style
 * (ODF 1.3 Part 3, 16.4). Runs and paragraphs store only what differs from it (see
 * packages/formats/src/text/CONTEXT.md), so the base must travel with the document: a Word file
 * in Calibri 11 justified stays Calibri 11 justified when written again, in either format.
 *
 * - The `doc` node's `base` attribute holds the values that differ from {@link OSTAL_BASE}
 *   (what a new Ostal document uses); null when none does.
 * - Units are the model's (`text-format.ts`): points, twips, a multiple of single spacing.
 * - A null font or colour means the application's default (Liberation Serif, automatic colour).
 */
import type { AttributeSpec, Node as PMNode } from 'prosemirror-model';
import { MAX_TWIPS, safeAlign, safeColor, safeFontFamily, safeFontSize } from './text-format.js';
import type { TextAlign } from './text-format.js';

/** The base formatting of a document, every value resolved. */
export interface TextBase {
  readonly font: string | null;
  /** Font of East-Asian characters, null for the font. */
  readonly fontEastAsia: string | null;
  /** Points. */
  readonly size: number;
  /** `#rrggbb`, null for automatic. */
  readonly color: string | null;
  /** Null for the start of the line. */
  readonly align: TextAlign | null;
  /** Twips. */
  readonly indentLeft: number;
  readonly indentRight: number;
  readonly indentFirstLine: number;
  readonly spaceBefore: number;
  readonly spaceAfter: number;
  /** Multiple of single line spacing. */
  readonly lineHeight: number;
}

/** The values of a document's `base` attribute: only those that differ from {@link OSTAL_BASE}. */
export type StoredTextBase = Partial<TextBase>;

/** The base of a new Ostal document: 12 pt, 6 pt after paragraphs, lines at 1.15. */
export const OSTAL_BASE: TextBase = {
  font: null,
  fontEastAsia: null,
  size: 12,
  color: null,
  align: null,
  indentLeft: 0,
  indentRight: 0,
  indentFirstLine: 0,
  spaceBefore: 0,
  spaceAfter: 120,
  lineHeight: 1.15,
};

const KEYS = Object.keys(OSTAL_BASE) as (keyof TextBase)[];

const twips = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= MAX_TWIPS ? v : undefined);
const spacing = (v: unknown): number | undefined => {
  const t = twips(v);
  return t !== undefined && t >= 0 ? t : undefined;
};

/** The valid value of `key`, or undefined (null is valid for the nullable keys). */
function validValue(key: keyof TextBase, v: unknown): TextBase[keyof TextBase] | undefined {
  switch (key) {
    case 'font':
    case 'fontEastAsia':
      return v === null ? null : (safeFontFamily(v) ?? undefined);
    case 'color':
      return v === null ? null : (safeColor(v) ?? undefined);
    case 'align':
      return v === null ? null : (safeAlign(v) ?? undefined);
    case 'size':
      return safeFontSize(v) ?? undefined;
    case 'lineHeight':
      return typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= 10 ? v : undefined;
    case 'indentLeft':
    case 'indentRight':
    case 'indentFirstLine':
      return twips(v);
    case 'spaceBefore':
    case 'spaceAfter':
      return spacing(v);
  }
}

/**
 * What to store of `base`: the valid values that differ from {@link OSTAL_BASE}, or null when
 * none does. Invalid values are left out (the base then keeps Ostal's).
 */
export function storedTextBase(base: Partial<Record<keyof TextBase, unknown>>): StoredTextBase | null {
  const out: Record<string, unknown> = {};
  for (const k of KEYS) {
    if (!(k in base)) continue;
    const v = validValue(k, base[k]);
    if (v !== undefined && v !== OSTAL_BASE[k]) out[k] = v;
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** True when `v` is a valid `base` attribute value. */
export function isStoredTextBase(v: unknown): v is StoredTextBase | null {
  if (v === null) return true;
  if (typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  return keys.length > 0 && keys.every((k) => (KEYS as string[]).includes(k) && validValue(k as keyof TextBase, o[k]) === o[k]);
}

/** Attribute added to the `doc` node. */
export const docBaseAttrs: Record<string, AttributeSpec> = {
  base: {
    default: null,
    validate: (v: unknown) => {
      if (!isStoredTextBase(v)) throw new RangeError('The base formatting holds a font, size, colour, alignment, indents, spacing and line height, each valid.');
    },
  },
};

/** The base formatting of a `doc` node's attributes (Ostal's where the document says nothing). */
export function textBaseOf(attrs: PMNode['attrs'] | Readonly<Record<string, unknown>>): TextBase {
  const stored = attrs.base as StoredTextBase | null | undefined;
  return stored ? { ...OSTAL_BASE, ...stored } : OSTAL_BASE;
}
