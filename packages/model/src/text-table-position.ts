/**
 * Floating (positioned) tables: where a table that is not in the text flow sits and how far text
 * keeps from it (ECMA-376 Part 1, 17.4.58 `w:tblpPr` and 17.4.56 `w:tblOverlap`; in ODF a
 * `draw:frame` holding only the table, ODF 1.3 Part 3, 10.4.2 with 20.348/20.349/20.386/20.387
 * positions and 20.176 `fo:margin-*`).
 *
 * A table's `position` attribute is null for a table in the flow, or a {@link TablePosition}.
 * The table still has its place among the blocks: like Word, its position is measured from the
 * paragraph that follows it (the "next regular paragraph"), which is also where ODF anchors the
 * frame. All lengths are **twips** (WordprocessingML's unit; ODF lengths written in points with
 * two decimals read back to the same integer).
 */

/** What the horizontal offset is measured from: the page edge, the page margin, or the text column. */
export const TABLE_X_RELATIVES = ['page', 'margin', 'column'] as const;
export type TableXRelative = (typeof TABLE_X_RELATIVES)[number];
/** What the vertical offset is measured from: the page edge, the page margin, or the following paragraph. */
export const TABLE_Y_RELATIVES = ['page', 'margin', 'paragraph'] as const;
export type TableYRelative = (typeof TABLE_Y_RELATIVES)[number];
/** Alignments across that replace the horizontal offset. */
export const TABLE_X_ALIGNS = ['left', 'center', 'right', 'inside', 'outside'] as const;
export type TableXAlign = (typeof TABLE_X_ALIGNS)[number];
/** Alignments down that replace the vertical offset. */
export const TABLE_Y_ALIGNS = ['top', 'center', 'bottom', 'inside', 'outside'] as const;
export type TableYAlign = (typeof TABLE_Y_ALIGNS)[number];

/** The place of a floating table (see the module comment). */
export interface TablePosition {
  readonly xRelative: TableXRelative;
  readonly yRelative: TableYRelative;
  /** Offsets in twips of the table's top-left corner from its frames of reference (may be negative). */
  readonly x: number;
  readonly y: number;
  /** An alignment replacing `x`, or null. */
  readonly xAlign: TableXAlign | null;
  /** An alignment replacing `y`, or null. */
  readonly yAlign: TableYAlign | null;
  /** Distances in twips between the table and the text around it. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** Whether the table may overlap other floating tables (`w:tblOverlap`; ODF cannot say it). */
  readonly overlap: boolean;
}

/** Largest offset or distance kept, in twips (about 11 metres: beyond any page). */
export const MAX_TABLE_POSITION_TWIPS = 31680 * 20;

/** The position of a floating table with nothing said: Word's defaults (text column, margin, offsets 0). */
export const DEFAULT_TABLE_POSITION: TablePosition = {
  xRelative: 'column',
  yRelative: 'margin',
  x: 0,
  y: 0,
  xAlign: null,
  yAlign: null,
  left: 0,
  right: 0,
  top: 0,
  bottom: 0,
  overlap: true,
};

const KEYS = Object.keys(DEFAULT_TABLE_POSITION);

function twips(v: unknown, signed: boolean): boolean {
  return typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= MAX_TABLE_POSITION_TWIPS && (signed || v >= 0);
}

function oneOf(values: readonly string[], v: unknown, nullable: boolean): boolean {
  return (nullable && v === null) || (typeof v === 'string' && values.includes(v));
}

/** True for a well-formed {@link TablePosition} (every field present, nothing else). */
export function isTablePosition(v: unknown): v is TablePosition {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const p = v as Record<string, unknown>;
  if (Object.keys(p).length !== KEYS.length || !KEYS.every((k) => k in p)) return false;
  return (
    oneOf(TABLE_X_RELATIVES, p.xRelative, false) &&
    oneOf(TABLE_Y_RELATIVES, p.yRelative, false) &&
    oneOf(TABLE_X_ALIGNS, p.xAlign, true) &&
    oneOf(TABLE_Y_ALIGNS, p.yAlign, true) &&
    twips(p.x, true) &&
    twips(p.y, true) &&
    twips(p.left, false) &&
    twips(p.right, false) &&
    twips(p.top, false) &&
    twips(p.bottom, false) &&
    typeof p.overlap === 'boolean'
  );
}

/** A length clamped into what a position keeps (rounded twips). */
export function clampPositionTwips(v: number, signed: boolean): number {
  if (!Number.isFinite(v)) return 0;
  const n = Math.round(v);
  return Math.max(signed ? -MAX_TABLE_POSITION_TWIPS : 0, Math.min(MAX_TABLE_POSITION_TWIPS, n));
}
