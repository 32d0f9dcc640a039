/**
 * How the headings of a text document look, level by level: the font, size, colour, weight,
 * slant and spacing of its heading styles (DOCX "heading 1"… styles, ECMA-376 Part 1, 17.7.4;
 * ODF paragraph styles with a `style:default-outline-level`, ODF 1.3 Part 3, 19.474). Headings
 * are structure in the model (the `heading` node), so their style's look travels with the
 * document rather than as marks on their text.
 *
 * - The `doc` node's `headings` attribute: one entry per level 1-9 (index 0 = level 1), null
 *   for a level that looks as Ostal's ({@link OSTAL_HEADING_LOOKS}, ten levels); the attribute is
 *   null when every level does.
 * - A null font, size or colour is the document's base one (`text-doc-base.ts`); null spacing is
 *   the base spacing. Units are the model's: points, twips.
 */
import type { AttributeSpec, Node as PMNode } from 'prosemirror-model';
import { MAX_TWIPS, safeColor, safeFontFamily, safeFontSize } from './text-format.js';

/** The look of the headings of one level. */
export interface HeadingLook {
  readonly font: string | null;
  /** Points. */
  readonly size: number | null;
  /** `#rrggbb`. */
  readonly color: string | null;
  readonly bold: boolean;
  readonly italic: boolean;
  /** Twips. */
  readonly spaceBefore: number | null;
  readonly spaceAfter: number | null;
}

/**
 * Heading levels whose look is kept: Word's nine (ODF's tenth level cannot reach DOCX, so it
 * always looks as Ostal's level 10).
 */
export const HEADING_LOOK_LEVELS = 9;

const OSTAL_SIZES = [18, 16, 14, 13, 12, 12, 12, 11, 11, 11] as const;

/** How Ostal's headings look: bold, 18 pt down to 11 pt, 12 pt before and 6 pt after. */
export const OSTAL_HEADING_LOOKS: readonly HeadingLook[] = OSTAL_SIZES.map((size) => ({ font: null, size, color: null, bold: true, italic: false, spaceBefore: 240, spaceAfter: 120 }));

const KEYS = ['font', 'size', 'color', 'bold', 'italic', 'spaceBefore', 'spaceAfter'] as const;

const spacing = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_TWIPS);

/** True when `v` is a valid look of a level. */
export function isHeadingLook(v: unknown): v is HeadingLook {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return (
    Object.keys(o).length === KEYS.length &&
    (o.font === null || safeFontFamily(o.font) === o.font) &&
    (o.size === null || safeFontSize(o.size) === o.size) &&
    (o.color === null || safeColor(o.color) === o.color) &&
    typeof o.bold === 'boolean' &&
    typeof o.italic === 'boolean' &&
    spacing(o.spaceBefore) &&
    spacing(o.spaceAfter)
  );
}

function sameLook(a: HeadingLook, b: HeadingLook): boolean {
  return KEYS.every((k) => a[k] === b[k]);
}

/** True when `v` is a valid `headings` attribute value. */
export function isStoredHeadingLooks(v: unknown): v is readonly (HeadingLook | null)[] | null {
  if (v === null) return true;
  return Array.isArray(v) && v.length > 0 && v.length <= HEADING_LOOK_LEVELS && v.some((l) => l !== null) && Array.from(v as unknown[]).every((l) => l === null || isHeadingLook(l));
}

/**
 * What to store of the looks read (index 0 = level 1; undefined or null for a level the file
 * does not say): the levels that differ from Ostal's, or null when none does.
 */
export function storedHeadingLooks(looks: readonly (HeadingLook | null | undefined)[]): (HeadingLook | null)[] | null {
  // Array.from visits the holes of a sparse array too (levels no style makes).
  const out = Array.from({ length: Math.min(looks.length, HEADING_LOOK_LEVELS) }, (_, i) => {
    const l = looks[i];
    return l && isHeadingLook(l) && !sameLook(l, OSTAL_HEADING_LOOKS[i]!) ? l : null;
  });
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out.length > 0 ? out : null;
}

/** Attribute added to the `doc` node. */
export const docHeadingLookAttrs: Record<string, AttributeSpec> = {
  headings: {
    default: null,
    validate: (v: unknown) => {
      if (!isStoredHeadingLooks(v)) throw new RangeError('Heading looks are up to ten levels, each null or a valid font, size, colour, weight, slant and spacing.');
    },
  },
};

/** The look of headings of `level` (1-10) in a document with these `doc` attributes. */
export function headingLookOf(attrs: PMNode['attrs'] | Readonly<Record<string, unknown>>, level: number): HeadingLook {
  const i = Math.max(1, Math.min(OSTAL_HEADING_LOOKS.length, Math.floor(level))) - 1;
  const stored = attrs.headings as readonly (HeadingLook | null)[] | null | undefined;
  return stored?.[i] ?? OSTAL_HEADING_LOOKS[i]!;
}
